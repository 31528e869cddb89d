//! The same bodies written by hand, three ways: plain serde (the floor, no
//! validation), serde + garde, serde + validator; the Azure-style body with
//! serde's aliases; and the tagged sink as serde's internally tagged enum. They mirror `operation_response_tests`' models
//! (and `crate::ours`) field for field.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Plain serde: the floor.
pub mod plain {
    use super::{BTreeMap, Deserialize};

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum StartStatus {
        Started,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Start {
        pub status: StartStatus,
        pub operation_id: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum RunStatus {
        Pending,
        Started,
        Completed,
        Canceled,
        Failed,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Code {
        InternalServerError,
        ScriptTimeout,
        AuthCheckFailed,
        #[serde(other)]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Category {
        Server,
        User,
        #[serde(rename = "unknown_error")]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct ErrorDetails {
        pub message: String,
        pub code: Option<Code>,
        pub category: Category,
        #[serde(default)]
        pub retirable: bool,
        #[serde(rename = "doc_url")]
        pub doc_url: Option<String>,
        pub details: Option<BTreeMap<String, String>>,
    }

    #[derive(Debug, Deserialize)]
    pub struct Reason {
        #[serde(rename = "type")]
        pub kind: String,
        pub message: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Run {
        pub status: RunStatus,
        pub run_id: String,
        pub result: Option<String>,
        pub error: Option<ErrorDetails>,
        pub reason: Option<Reason>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct RunValue {
        pub status: RunStatus,
        pub run_id: String,
        pub result: Option<serde_json::Value>,
        pub error: Option<ErrorDetails>,
        pub reason: Option<Reason>,
    }
}

/// The Azure-style status monitor with plain serde: serde has no
/// case-insensitive mode, so every spelling the bodies use is an alias.
pub mod alias_peer {
    use super::Deserialize;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
    pub enum AzureStatus {
        #[serde(alias = "notStarted", alias = "NOTSTARTED")]
        NotStarted,
        #[serde(alias = "running", alias = "RUNNING")]
        Running,
        #[serde(alias = "succeeded", alias = "SUCCEEDED")]
        Succeeded,
        #[serde(alias = "failed", alias = "FAILED")]
        Failed,
        #[serde(
            alias = "canceled",
            alias = "CANCELED",
            alias = "Cancelled",
            alias = "cancelled",
            alias = "CANCELLED"
        )]
        Canceled,
    }

    #[derive(Debug, Deserialize)]
    pub struct AzureError {
        pub code: String,
        pub message: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct AzureLike {
        pub status: AzureStatus,
        pub id: String,
        pub percent_complete: Option<f64>,
        pub error: Option<AzureError>,
    }
}

/// The tagged sink with plain serde: an internally tagged enum, which
/// buffers the whole object before it picks a variant.
pub mod tag_peer {
    use super::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(
        tag = "type",
        rename_all = "snake_case",
        rename_all_fields = "camelCase"
    )]
    pub enum Sink {
        Webhook {
            url: String,
            secret: Option<String>,
        },
        Bucket {
            bucket: String,
            prefix: Option<String>,
        },
        Queue {
            queue_name: String,
            ttl_seconds: Option<u32>,
        },
        Discard,
    }
}

/// serde + garde 0.23: parse, then `validate()`.
pub mod garde_peer {
    use super::{plain, BTreeMap, Deserialize};
    use garde::Validate;

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct Start {
        #[garde(skip)]
        pub status: plain::StartStatus,
        #[garde(skip)]
        pub operation_id: String,
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct ErrorDetails {
        #[garde(length(min = 1))]
        pub message: String,
        #[garde(skip)]
        pub code: Option<plain::Code>,
        #[garde(skip)]
        pub category: plain::Category,
        #[serde(default)]
        #[garde(skip)]
        pub retirable: bool,
        #[serde(rename = "doc_url")]
        #[garde(skip)]
        pub doc_url: Option<String>,
        #[garde(skip)]
        pub details: Option<BTreeMap<String, String>>,
    }

    #[derive(Debug, Deserialize, Validate)]
    pub struct Reason {
        #[serde(rename = "type")]
        #[garde(length(min = 1))]
        pub kind: String,
        #[garde(skip)]
        pub message: String,
    }

    fn absent_when<T>(forbidden: bool) -> impl FnOnce(&Option<T>, &()) -> garde::Result {
        move |value, ()| {
            if forbidden && value.is_some() {
                Err(garde::Error::new("must be absent"))
            } else {
                Ok(())
            }
        }
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct Run {
        #[garde(skip)]
        pub status: plain::RunStatus,
        #[garde(length(min = 3))]
        pub run_id: String,
        #[garde(custom(absent_when(matches!(self.status, plain::RunStatus::Pending | plain::RunStatus::Started))))]
        pub result: Option<String>,
        #[garde(dive, if(cond = matches!(self.status, plain::RunStatus::Failed), required))]
        pub error: Option<ErrorDetails>,
        #[garde(dive, if(cond = matches!(self.status, plain::RunStatus::Canceled), required))]
        pub reason: Option<Reason>,
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct RunValue {
        #[garde(skip)]
        pub status: plain::RunStatus,
        #[garde(length(min = 3))]
        pub run_id: String,
        #[garde(custom(absent_when(matches!(self.status, plain::RunStatus::Pending | plain::RunStatus::Started))))]
        pub result: Option<serde_json::Value>,
        #[garde(dive, if(cond = matches!(self.status, plain::RunStatus::Failed), required))]
        pub error: Option<ErrorDetails>,
        #[garde(dive, if(cond = matches!(self.status, plain::RunStatus::Canceled), required))]
        pub reason: Option<Reason>,
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct UnionError {
        #[garde(length(min = 1))]
        pub message: String,
        #[garde(skip)]
        pub code: Option<crate::SerdeCode>,
        #[garde(skip)]
        pub category: crate::SerdeCategory,
        #[serde(default)]
        #[garde(skip)]
        pub retirable: bool,
        #[serde(rename = "doc_url")]
        #[garde(skip)]
        pub doc_url: Option<String>,
        #[garde(skip)]
        pub correlation_id: Option<String>,
        #[garde(skip)]
        pub details: Option<BTreeMap<String, String>>,
    }

    #[derive(Debug, Deserialize, Validate)]
    pub struct UnionReason {
        #[serde(rename = "type")]
        #[garde(length(min = 1))]
        pub kind: String,
        #[garde(skip)]
        pub message: String,
        #[serde(rename = "doc_url")]
        #[garde(skip)]
        pub doc_url: Option<String>,
        #[garde(skip)]
        pub details: Option<BTreeMap<String, String>>,
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(tag = "status", rename_all = "snake_case")]
    pub enum Union {
        Done {
            #[serde(rename = "authSessionId")]
            #[garde(length(min = 3))]
            auth_session_id: String,
        },
        Pending,
        InProgress {
            #[serde(rename = "runId")]
            #[garde(skip)]
            run_id: String,
        },
        Failed {
            #[garde(skip)]
            message: String,
            #[garde(dive)]
            error: UnionError,
        },
        Canceled {
            #[garde(skip)]
            message: String,
            #[garde(dive)]
            reason: UnionReason,
        },
    }

    #[derive(Debug, PartialEq, Deserialize, Validate)]
    #[serde(
        tag = "type",
        rename_all = "snake_case",
        rename_all_fields = "camelCase"
    )]
    pub enum Sink {
        Webhook {
            #[garde(length(min = 8))]
            url: String,
            #[garde(skip)]
            secret: Option<String>,
        },
        Bucket {
            #[garde(skip)]
            bucket: String,
            #[garde(length(max = 256))]
            prefix: Option<String>,
        },
        Queue {
            #[garde(skip)]
            queue_name: String,
            #[garde(range(max = 86400))]
            ttl_seconds: Option<u32>,
        },
        Discard,
    }
}

/// serde + validator 0.21: parse, then `validate()`. validator has no enum
/// support, so it has no union peer.
pub mod validator_peer {
    use super::{plain, BTreeMap, Deserialize};
    use validator::{Validate, ValidationError};

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct Start {
        pub status: plain::StartStatus,
        pub operation_id: String,
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    pub struct ErrorDetails {
        #[validate(length(min = 1))]
        pub message: String,
        pub code: Option<plain::Code>,
        pub category: plain::Category,
        #[serde(default)]
        pub retirable: bool,
        #[serde(rename = "doc_url")]
        pub doc_url: Option<String>,
        pub details: Option<BTreeMap<String, String>>,
    }

    #[derive(Debug, Deserialize, Validate)]
    pub struct Reason {
        #[serde(rename = "type")]
        #[validate(length(min = 1))]
        pub kind: String,
        pub message: String,
    }

    /// The flat result's status rules, for both result types.
    fn check_flat(
        status: &plain::RunStatus,
        result: bool,
        error: bool,
        reason: bool,
    ) -> Result<(), ValidationError> {
        use plain::RunStatus::{Canceled, Failed, Pending, Started};
        if matches!(status, Pending | Started) && result {
            return Err(ValidationError::new("result_forbidden"));
        }
        if matches!(status, Failed) && !error {
            return Err(ValidationError::new("error_required"));
        }
        if matches!(status, Canceled) && !reason {
            return Err(ValidationError::new("reason_required"));
        }
        Ok(())
    }

    fn check_run(run: &Run) -> Result<(), ValidationError> {
        check_flat(
            &run.status,
            run.result.is_some(),
            run.error.is_some(),
            run.reason.is_some(),
        )
    }

    fn check_run_value(run: &RunValue) -> Result<(), ValidationError> {
        check_flat(
            &run.status,
            run.result.is_some(),
            run.error.is_some(),
            run.reason.is_some(),
        )
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    #[validate(schema(function = "check_run"))]
    pub struct Run {
        pub status: plain::RunStatus,
        #[validate(length(min = 3))]
        pub run_id: String,
        pub result: Option<String>,
        #[validate(nested)]
        pub error: Option<ErrorDetails>,
        #[validate(nested)]
        pub reason: Option<Reason>,
    }

    #[derive(Debug, Deserialize, Validate)]
    #[serde(rename_all = "camelCase")]
    #[validate(schema(function = "check_run_value"))]
    pub struct RunValue {
        pub status: plain::RunStatus,
        #[validate(length(min = 3))]
        pub run_id: String,
        pub result: Option<serde_json::Value>,
        #[validate(nested)]
        pub error: Option<ErrorDetails>,
        #[validate(nested)]
        pub reason: Option<Reason>,
    }
}
