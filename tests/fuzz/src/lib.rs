//! The fuzzed types and the property every target checks.
#![allow(missing_docs)]

use operation_response::{
    from_slice, from_slice_lenient, operation_response, response_model, Validate,
};
use std::collections::BTreeMap;
use std::fmt::Debug;

/// Whatever the bytes: parsing returns a value or an error, never a panic;
/// `from_slice` and plain serde_json agree on what they accept; an accepted
/// value is valid, serializes, and reads back equal.
pub fn check<T>(data: &[u8])
where
    T: serde::de::DeserializeOwned + serde::Serialize + Validate + PartialEq + Debug,
{
    let ours = from_slice::<T>(data);
    let plain = serde_json::from_slice::<T>(data);
    assert_eq!(
        ours.is_ok(),
        plain.is_ok(),
        "from_slice and serde_json disagree: {ours:?} / {plain:?}"
    );
    let lenient = from_slice_lenient::<T>(data);
    if let Ok(value) = ours {
        assert!(
            value.validate().is_ok(),
            "an accepted value is invalid: {value:?}"
        );
        let (same, violations) = lenient.expect("lenient accepts what strict accepts");
        assert!(violations.is_empty());
        assert_eq!(same, value);
        let json = serde_json::to_vec(&value).expect("an accepted value serializes");
        let again: T = from_slice(&json).unwrap_or_else(|e| {
            panic!("{} does not read back: {e}", String::from_utf8_lossy(&json))
        });
        assert_eq!(
            again,
            value,
            "round trip through {}",
            String::from_utf8_lossy(&json)
        );
    } else if let Ok((value, violations)) = lenient {
        // Leniently accepted but strictly rejected: it breaks a rule.
        assert!(
            !violations.is_empty(),
            "rejected without a reason: {value:?}"
        );
        assert_eq!(value.validate().err(), Some(violations));
    }
}

/// The seed body.
#[operation_response(status = "started")]
pub struct StartResponseBody {
    pub operation_id: String,
}

#[response_model(rename_all = "kebab-case", open)]
pub enum Code {
    InternalServerError,
    ScriptTimeout,
}

#[response_model]
pub enum Category {
    Server,
    User,
}

#[response_model]
pub struct ErrorDetails {
    #[response(non_empty, max_length = 64)]
    pub message: String,
    pub code: Option<Code>,
    pub category: Category,
    #[response(default)]
    pub retirable: bool,
    pub details: Option<BTreeMap<String, String>>,
}

#[response_model]
pub struct Payload {
    #[response(length = 3)]
    pub api: String,
    #[response(min = -1.5, less_than = 100)]
    pub score: f64,
    #[response(min = 1, max = 10)]
    pub count: Option<u8>,
}

/// A flat result with a nested error and a `Vec` of nested objects.
#[operation_response(
    status = ["pending", "started", "completed", "canceled", "failed"],
    terminal = ["completed", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub struct RunResponse {
    #[response(min_length = 3)]
    pub run_id: String,
    #[response(forbidden_when = ["pending", "started"])]
    pub result: Option<String>,
    #[response(required_when = "failed")]
    pub error: Option<ErrorDetails>,
    #[response(max_length = 4)]
    pub extended_payloads: Option<Vec<Payload>>,
}

/// The create-auth-session result union.
#[operation_response(terminal = ["done", "failed"], failure = ["failed"], deny_unknown_fields)]
pub enum ResultResponse {
    Done {
        #[response(min_length = 3)]
        auth_session_id: String,
    },
    Pending,
    InProgress {
        run_id: String,
    },
    Failed {
        message: String,
        error: ErrorDetails,
    },
}

/// An open union: unlisted statuses are kept with all their fields; a body
/// without a status is `waiting`.
#[operation_response(terminal = ["done"], open, status_default = "waiting")]
pub enum OpenResponse {
    Done {
        #[response(max = 10)]
        count: u32,
        items: Vec<Payload>,
    },
    Waiting,
}

/// A tagged model: `open`, rules in variants, an alias, a unit variant.
#[response_model(tag = "type", open)]
pub enum Sink {
    Webhook {
        #[response(min_length = 8, max_bytes = 64)]
        url: String,
        secret: Option<String>,
    },
    #[response(rename = "s3", alias = "S3")]
    Bucket {
        bucket: String,
        #[response(max = 86400)]
        ttl: Option<u32>,
    },
    Discard,
}

/// Statuses as servers send them: aliases, any case, a classifier for the
/// rest, an outcome, a status that waits for a person, a default status.
#[operation_response(
    status = ["NotStarted", "Running", "Paused", "Succeeded", "Failed"],
    terminal = ["Succeeded", "Failed"],
    failure = ["Failed"],
    waiting = ["Paused"],
    status_default = "NotStarted",
    alias = ["Cancelled" => "Failed"],
    case_insensitive,
    open,
    unknown = classify,
)]
pub struct Lifecycles {
    #[response(min_bytes = 1, max_bytes = 32)]
    pub id: String,
    #[response(outcome)]
    pub conclusion: Option<Conclusion>,
    pub google: Option<operation_response::standard::GoogleOperation>,
}

#[response_model(failure = ["failure"], open)]
pub enum Conclusion {
    Success,
    Failure,
}

fn classify(status: &str) -> operation_response::Lifecycle {
    if status.len() % 2 == 0 {
        operation_response::Lifecycle::Running
    } else {
        operation_response::Lifecycle::Failed
    }
}
