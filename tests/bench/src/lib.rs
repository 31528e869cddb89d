//! Inputs and peers for the benchmarks in `benches/`: seeded batches of
//! response bodies, and the same bodies modelled by hand with serde.
#![forbid(unsafe_code)]

pub mod ours;
pub mod peers;

use serde::Deserialize;
use std::collections::BTreeMap;

/// The create-auth-session result as serde models it by hand: an internally
/// tagged enum, which buffers the whole object before it picks a variant.
#[derive(Debug, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum SerdeResult {
    /// `done`
    Done {
        /// The new session.
        #[serde(rename = "authSessionId")]
        auth_session_id: String,
    },
    /// `pending`
    Pending,
    /// `in_progress`
    InProgress {
        /// The run.
        #[serde(rename = "runId")]
        run_id: String,
    },
    /// `failed`
    Failed {
        /// What happened.
        message: String,
        /// The details.
        error: SerdeError,
    },
    /// `canceled`
    Canceled {
        /// What happened.
        message: String,
        /// Why.
        reason: SerdeReason,
    },
}

/// The error object, by hand.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SerdeError {
    /// What went wrong.
    pub message: String,
    /// A code.
    pub code: Option<SerdeCode>,
    /// The category.
    pub category: SerdeCategory,
    /// Whether retrying may help.
    #[serde(default)]
    pub retirable: bool,
    /// Where to read more.
    #[serde(rename = "doc_url")]
    pub doc_url: Option<String>,
    /// For support.
    pub correlation_id: Option<String>,
    /// Extra details.
    pub details: Option<BTreeMap<String, String>>,
}

/// The cancel reason, by hand.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SerdeReason {
    /// The kind.
    #[serde(rename = "type")]
    pub kind: String,
    /// What happened.
    pub message: String,
    /// Where to read more.
    #[serde(rename = "doc_url")]
    pub doc_url: Option<String>,
    /// Extra details.
    pub details: Option<BTreeMap<String, String>>,
}

/// Error codes, by hand.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SerdeCode {
    /// `internal-server-error`
    InternalServerError,
    /// `script-timeout`
    ScriptTimeout,
    /// `auth-check-failed`
    AuthCheckFailed,
    /// Anything else.
    #[serde(other)]
    Other,
}

/// Error categories, by hand.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SerdeCategory {
    /// `server`
    Server,
    /// `user`
    User,
    /// Anything else.
    #[serde(other)]
    Other,
}

/// One body of each status, with the status first.
pub const SINGLES: &[(&str, &str)] = &[
    (
        "done",
        r#"{"status":"done","authSessionId":"auth-session-123"}"#,
    ),
    ("pending", r#"{"status":"pending"}"#),
    (
        "in_progress",
        r#"{"status":"in_progress","runId":"run-7f3a"}"#,
    ),
    (
        "failed",
        r#"{"status":"failed","message":"boom","error":{"message":"script crashed","code":"script-timeout","category":"server","retirable":true,"correlationId":"c-1"}}"#,
    ),
    (
        "canceled",
        r#"{"status":"canceled","message":"stopped","reason":{"type":"user","message":"canceled by user"}}"#,
    ),
];

/// The start body, 58 bytes.
pub const START: &str = r#"{"status":"started","operationId":"op-5f2c9a7e-1b3d-4e8f"}"#;

/// A flat result that failed, with a nested error object.
pub const FLAT_FAILED: &str = r#"{"status":"failed","runId":"run-7f3a91","error":{"message":"The script timed out after 300 seconds while waiting for the login page","code":"script-timeout","category":"server","retirable":true,"doc_url":"https://docs.example.com/errors/script-timeout","details":{"step":"login","attempt":"3","region":"eu-west-1"}}}"#;

/// A flat result that completed, with arbitrary JSON as its result: a
/// string, a number, a nested object and an array of three small objects.
pub const FLAT_VALUE: &str = r#"{"status":"completed","runId":"run-7f3a91","result":{"authSessionId":"auth-session-8c21","expiresIn":3600,"account":{"id":"acct-42","email":"ada@example.com","verified":true},"cookies":[{"name":"sid","domain":".example.com","secure":true},{"name":"csrf","domain":".example.com","secure":true},{"name":"lang","domain":"example.com","secure":false}]}}"#;

/// Azure-style status bodies: exact spellings (`Running`, `Succeeded`,
/// `Failed`), other cases (`notStarted`, `succeeded`) and the alias
/// `Cancelled`.
pub const AZURE: &[&str] = &[
    r#"{"id":"op-7f3a91","status":"notStarted"}"#,
    r#"{"id":"op-7f3a91","status":"Running","percentComplete":42.5}"#,
    r#"{"id":"op-7f3a91","status":"succeeded","percentComplete":100.0}"#,
    r#"{"id":"op-7f3a91","status":"Succeeded","percentComplete":100.0}"#,
    r#"{"id":"op-7f3a91","status":"Failed","error":{"code":"Conflict","message":"The resource is locked"}}"#,
    r#"{"id":"op-7f3a91","status":"Cancelled"}"#,
];

/// Tagged sink bodies: every variant, the tag first in six and last in two.
pub const SINKS: &[&str] = &[
    r#"{"type":"webhook","url":"https://hooks.example.com/ingest","secret":"whsec-91c2"}"#,
    r#"{"type":"bucket","bucket":"events-eu-west-1","prefix":"deliveries/2026/"}"#,
    r#"{"type":"queue","queueName":"deliveries","ttlSeconds":3600}"#,
    r#"{"type":"discard"}"#,
    r#"{"type":"webhook","url":"https://hooks.example.com/alt"}"#,
    r#"{"type":"bucket","bucket":"events-archive"}"#,
    r#"{"url":"https://hooks.example.com/late","secret":"whsec-77ab","type":"webhook"}"#,
    r#"{"queueName":"retries","ttlSeconds":600,"type":"queue"}"#,
];

/// The same bodies with the status last.
fn status_last(body: &str) -> String {
    let value: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(body).expect("a fixture body");
    let mut out = String::from("{");
    let mut status = None;
    for (key, value) in value {
        if key == "status" {
            status = Some(value);
            continue;
        }
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(&format!("{}:{}", serde_json::Value::from(key), value));
    }
    if let Some(status) = status {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(&format!("\"status\":{status}"));
    }
    out.push('}');
    out
}

/// A seeded batch of `n` mixed bodies, `last_percent` of them with the
/// status last.
pub fn batch(n: usize, last_percent: u64, seed: u64) -> Vec<String> {
    let mut state = seed | 1;
    let mut next = move || {
        // xorshift64: small, seeded, the same on every machine.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|_| {
            let pick = (next() % SINGLES.len() as u64) as usize;
            let body = SINGLES[pick].1;
            if next() % 100 < last_percent {
                status_last(body)
            } else {
                body.to_owned()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{batch, status_last, SerdeResult, SINGLES};
    use operation_response_tests::CreateAuthSessionResultResponseBody as Ours;

    #[test]
    fn every_style_accepts_its_bodies() {
        use super::peers::{garde_peer, plain, validator_peer};
        use super::{FLAT_FAILED, START};
        use garde::Validate as _;
        use validator::Validate as _;
        serde_json::from_str::<plain::Start>(START).unwrap();
        serde_json::from_str::<garde_peer::Start>(START)
            .unwrap()
            .validate()
            .unwrap();
        serde_json::from_str::<validator_peer::Start>(START)
            .unwrap()
            .validate()
            .unwrap();
        serde_json::from_str::<operation_response_tests::CreateOrUpdateAuthSessionStartResponseBody>(START).unwrap();
        serde_json::from_str::<plain::Run>(FLAT_FAILED).unwrap();
        serde_json::from_str::<garde_peer::Run>(FLAT_FAILED)
            .unwrap()
            .validate()
            .unwrap();
        serde_json::from_str::<validator_peer::Run>(FLAT_FAILED)
            .unwrap()
            .validate()
            .unwrap();
        serde_json::from_str::<operation_response_tests::RunResultResponseBody>(FLAT_FAILED)
            .unwrap();
        // The peers reject what ours rejects.
        let short = FLAT_FAILED.replace("run-7f3a91", "r1");
        assert!(serde_json::from_str::<garde_peer::Run>(&short)
            .unwrap()
            .validate()
            .is_err());
        assert!(serde_json::from_str::<validator_peer::Run>(&short)
            .unwrap()
            .validate()
            .is_err());
        assert!(
            serde_json::from_str::<operation_response_tests::RunResultResponseBody>(&short)
                .is_err()
        );
        // The arbitrary-JSON result: every style reads the same data.
        use super::ours::{RunValueResponse, RunValueStatus};
        use super::peers::plain::RunStatus;
        use super::FLAT_VALUE;
        let expected: serde_json::Value =
            serde_json::from_str::<serde_json::Value>(FLAT_VALUE).unwrap()["result"].clone();
        let ours = serde_json::from_str::<RunValueResponse>(FLAT_VALUE).unwrap();
        assert_eq!(
            operation_response::from_json::<RunValueResponse>(FLAT_VALUE).unwrap(),
            ours
        );
        assert_eq!(ours.status, RunValueStatus::Completed);
        assert_eq!(
            (ours.run_id.as_str(), ours.result.as_ref()),
            ("run-7f3a91", Some(&expected))
        );
        assert!(ours.error.is_none() && ours.reason.is_none());
        let plain = serde_json::from_str::<plain::RunValue>(FLAT_VALUE).unwrap();
        let garde = serde_json::from_str::<garde_peer::RunValue>(FLAT_VALUE).unwrap();
        garde.validate().unwrap();
        let validator = serde_json::from_str::<validator_peer::RunValue>(FLAT_VALUE).unwrap();
        validator.validate().unwrap();
        let peers = [
            (
                &plain.status,
                &plain.run_id,
                &plain.result,
                plain.error.is_none() && plain.reason.is_none(),
            ),
            (
                &garde.status,
                &garde.run_id,
                &garde.result,
                garde.error.is_none() && garde.reason.is_none(),
            ),
            (
                &validator.status,
                &validator.run_id,
                &validator.result,
                validator.error.is_none() && validator.reason.is_none(),
            ),
        ];
        for (status, run_id, result, rest_absent) in peers {
            assert!(matches!(status, RunStatus::Completed));
            assert_eq!((run_id, result), (&ours.run_id, &ours.result));
            assert!(rest_absent);
        }
        // The same rules: a short id, or a result while pending, fail everywhere.
        for bad in [
            FLAT_VALUE.replace("run-7f3a91", "r1"),
            FLAT_VALUE.replace("completed", "pending"),
        ] {
            assert!(serde_json::from_str::<garde_peer::RunValue>(&bad)
                .unwrap()
                .validate()
                .is_err());
            assert!(serde_json::from_str::<validator_peer::RunValue>(&bad)
                .unwrap()
                .validate()
                .is_err());
            assert!(serde_json::from_str::<RunValueResponse>(&bad).is_err());
            assert!(operation_response::from_json::<RunValueResponse>(&bad).is_err());
        }
        for body in batch(100, 10, 3) {
            serde_json::from_str::<garde_peer::Union>(&body)
                .unwrap()
                .validate()
                .unwrap();
        }
    }

    #[test]
    fn both_styles_accept_every_body() {
        for body in batch(200, 10, 7) {
            serde_json::from_str::<Ours>(&body).unwrap();
            serde_json::from_str::<SerdeResult>(&body).unwrap();
        }
        assert!(status_last(SINGLES[0].1).ends_with(r#""status":"done"}"#));
    }
}

#[cfg(test)]
mod azure {
    use super::ours::{AzureLikeResponse, AzureLikeStatus};
    use super::peers::alias_peer::{AzureLike, AzureStatus};
    use super::AZURE;

    #[test]
    fn both_read_every_spelling_as_the_same_status() {
        let expected = [
            (AzureStatus::NotStarted, AzureLikeStatus::NotStarted),
            (AzureStatus::Running, AzureLikeStatus::Running),
            (AzureStatus::Succeeded, AzureLikeStatus::Succeeded),
            (AzureStatus::Succeeded, AzureLikeStatus::Succeeded),
            (AzureStatus::Failed, AzureLikeStatus::Failed),
            (AzureStatus::Canceled, AzureLikeStatus::Canceled),
        ];
        assert_eq!(AZURE.len(), expected.len());
        for (body, (peer_status, our_status)) in AZURE.iter().zip(expected) {
            let peer = serde_json::from_str::<AzureLike>(body).unwrap();
            let ours = serde_json::from_str::<AzureLikeResponse>(body).unwrap();
            assert_eq!(
                operation_response::from_json::<AzureLikeResponse>(body).unwrap(),
                ours
            );
            assert_eq!((peer.status, ours.status), (peer_status, our_status));
            assert_eq!(
                (peer.id.as_str(), ours.id.as_str()),
                ("op-7f3a91", "op-7f3a91")
            );
            assert_eq!(peer.percent_complete, ours.percent_complete);
            assert_eq!(
                peer.error.map(|e| (e.code, e.message)),
                ours.error.map(|e| (e.code, e.message))
            );
        }
        // Neither takes a status it does not know.
        let unknown = r#"{"id":"op-7f3a91","status":"Cancelling"}"#;
        assert!(serde_json::from_str::<AzureLike>(unknown).is_err());
        assert!(operation_response::from_json::<AzureLikeResponse>(unknown).is_err());
    }
}

#[cfg(test)]
mod tagged {
    use super::ours::Sink;
    use super::peers::{garde_peer, tag_peer};
    use super::SINKS;
    use garde::Validate as _;

    fn from_plain(sink: tag_peer::Sink) -> Sink {
        match sink {
            tag_peer::Sink::Webhook { url, secret } => Sink::Webhook { url, secret },
            tag_peer::Sink::Bucket { bucket, prefix } => Sink::Bucket { bucket, prefix },
            tag_peer::Sink::Queue {
                queue_name,
                ttl_seconds,
            } => Sink::Queue {
                queue_name,
                ttl_seconds,
            },
            tag_peer::Sink::Discard => Sink::Discard,
        }
    }

    fn from_garde(sink: garde_peer::Sink) -> Sink {
        match sink {
            garde_peer::Sink::Webhook { url, secret } => Sink::Webhook { url, secret },
            garde_peer::Sink::Bucket { bucket, prefix } => Sink::Bucket { bucket, prefix },
            garde_peer::Sink::Queue {
                queue_name,
                ttl_seconds,
            } => Sink::Queue {
                queue_name,
                ttl_seconds,
            },
            garde_peer::Sink::Discard => Sink::Discard,
        }
    }

    #[test]
    fn every_style_reads_every_body_to_the_same_sink() {
        let mut seen = [false; 4];
        for body in SINKS {
            let plain = from_plain(serde_json::from_str::<tag_peer::Sink>(body).unwrap());
            let garde = serde_json::from_str::<garde_peer::Sink>(body).unwrap();
            garde.validate().unwrap();
            let ours = serde_json::from_str::<Sink>(body).unwrap();
            assert_eq!(operation_response::from_json::<Sink>(body).unwrap(), ours);
            assert_eq!(plain, ours, "{body}");
            assert_eq!(from_garde(garde), ours, "{body}");
            seen[match ours {
                Sink::Webhook { .. } => 0,
                Sink::Bucket { .. } => 1,
                Sink::Queue { .. } => 2,
                Sink::Discard => 3,
            }] = true;
        }
        assert_eq!(seen, [true; 4], "every variant has a body");
        assert!(SINKS.iter().any(|b| !b.starts_with(r#"{"type""#)));
        assert_eq!(
            serde_json::from_str::<Sink>(SINKS[2]).unwrap(),
            Sink::Queue {
                queue_name: "deliveries".into(),
                ttl_seconds: Some(3600)
            }
        );
    }

    #[test]
    fn garde_and_ours_reject_what_breaks_a_rule() {
        let long_prefix = format!(
            r#"{{"type":"bucket","bucket":"b","prefix":"{}"}}"#,
            "p".repeat(257)
        );
        for bad in [
            r#"{"type":"webhook","url":"http:/"}"#.to_owned(),
            r#"{"queueName":"q","ttlSeconds":86401,"type":"queue"}"#.to_owned(),
            long_prefix,
        ] {
            serde_json::from_str::<tag_peer::Sink>(&bad).unwrap();
            assert!(serde_json::from_str::<garde_peer::Sink>(&bad)
                .unwrap()
                .validate()
                .is_err());
            assert!(serde_json::from_str::<Sink>(&bad).is_err(), "{bad}");
            assert!(
                operation_response::from_json::<Sink>(&bad).is_err(),
                "{bad}"
            );
        }
        // An unknown tag is an error everywhere: both are closed.
        let unknown = r#"{"type":"topic","topic":"t"}"#;
        assert!(serde_json::from_str::<tag_peer::Sink>(unknown).is_err());
        assert!(serde_json::from_str::<garde_peer::Sink>(unknown).is_err());
        assert!(operation_response::from_json::<Sink>(unknown).is_err());
    }
}

#[cfg(test)]
mod same_size {
    #[test]
    fn ours_and_the_peers_hold_the_same_data() {
        use std::mem::size_of;
        assert_eq!(
            size_of::<crate::ours::UnionResponse>(),
            size_of::<crate::SerdeResult>()
        );
        assert_eq!(
            size_of::<crate::ours::RunResponse>(),
            size_of::<crate::peers::plain::Run>()
        );
        assert_eq!(
            size_of::<crate::ours::RunValueResponse>(),
            size_of::<crate::peers::plain::RunValue>()
        );
        assert_eq!(
            size_of::<crate::ours::RunValueResponse>(),
            size_of::<crate::peers::garde_peer::RunValue>()
        );
        assert_eq!(
            size_of::<crate::ours::RunValueResponse>(),
            size_of::<crate::peers::validator_peer::RunValue>()
        );
        for body in crate::batch(200, 10, 11) {
            serde_json::from_str::<crate::ours::UnionResponse>(&body).unwrap();
        }
        serde_json::from_str::<crate::ours::RunResponse>(crate::FLAT_FAILED).unwrap();
        assert_eq!(
            size_of::<crate::ours::AzureLikeResponse>(),
            size_of::<crate::peers::alias_peer::AzureLike>()
        );
        assert_eq!(
            size_of::<crate::ours::Sink>(),
            size_of::<crate::peers::tag_peer::Sink>()
        );
        assert_eq!(
            size_of::<crate::ours::Sink>(),
            size_of::<crate::peers::garde_peer::Sink>()
        );
    }
}
