//! Ours, with exactly the peers' data model (closed code and category
//! enums), so that every style parses the same bodies into values of the
//! same size. `operation_response_tests` models the same bodies with open
//! enums, which keep unknown values and make the value larger.

use operation_response::{operation_response, response_model};
use std::collections::BTreeMap;

/// Error codes, closed.
#[response_model(rename_all = "kebab-case")]
pub enum Code {
    InternalServerError,
    ScriptTimeout,
    AuthCheckFailed,
}

/// Error categories of the flat result, closed.
#[response_model]
pub enum Category {
    Server,
    User,
    #[response(rename = "unknown_error")]
    Other,
}

/// The flat result's error.
#[response_model]
pub struct ErrorDetails {
    #[response(non_empty)]
    pub message: String,
    pub code: Option<Code>,
    pub category: Category,
    #[response(default)]
    pub retirable: bool,
    #[response(rename = "doc_url")]
    pub doc_url: Option<String>,
    pub details: Option<BTreeMap<String, String>>,
}

/// The flat result's cancel reason.
#[response_model]
pub struct Reason {
    #[response(non_empty, rename = "type")]
    pub kind: String,
    pub message: String,
}

/// The flat result.
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
    #[response(required_when = "canceled")]
    pub reason: Option<Reason>,
}

/// The flat result with arbitrary JSON as its result: the same rules.
#[operation_response(
    status = ["pending", "started", "completed", "canceled", "failed"],
    terminal = ["completed", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub struct RunValueResponse {
    #[response(min_length = 3)]
    pub run_id: String,
    #[response(forbidden_when = ["pending", "started"])]
    pub result: Option<serde_json::Value>,
    #[response(required_when = "failed")]
    pub error: Option<ErrorDetails>,
    #[response(required_when = "canceled")]
    pub reason: Option<Reason>,
}

/// The union's error categories, closed.
#[response_model]
pub enum UnionCategory {
    Server,
    User,
}

/// The union's error.
#[response_model]
pub struct UnionError {
    #[response(non_empty)]
    pub message: String,
    pub code: Option<Code>,
    pub category: UnionCategory,
    #[response(default)]
    pub retirable: bool,
    #[response(rename = "doc_url")]
    pub doc_url: Option<String>,
    pub correlation_id: Option<String>,
    pub details: Option<BTreeMap<String, String>>,
}

/// The union's cancel reason.
#[response_model]
pub struct UnionReason {
    #[response(non_empty, rename = "type")]
    pub kind: String,
    pub message: String,
    #[response(rename = "doc_url")]
    pub doc_url: Option<String>,
    pub details: Option<BTreeMap<String, String>>,
}

/// The create-auth-session result union.
#[operation_response(terminal = ["done", "canceled", "failed"], failure = ["canceled", "failed"])]
pub enum UnionResponse {
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
        error: UnionError,
    },
    Canceled {
        message: String,
        reason: UnionReason,
    },
}

/// The Azure-style error, closed.
#[response_model]
pub struct AzureLikeError {
    pub code: String,
    pub message: String,
}

/// The Azure-style status monitor: aliased and case-insensitive, closed so
/// that its value has the size of serde's (`peers::alias_peer::AzureLike`).
#[operation_response(
    status = ["NotStarted", "Running", "Succeeded", "Failed", "Canceled"],
    terminal = ["Succeeded", "Failed", "Canceled"],
    failure = ["Failed", "Canceled"],
    alias = ["Cancelled" => "Canceled"],
    case_insensitive,
)]
pub struct AzureLikeResponse {
    pub id: String,
    pub percent_complete: Option<f64>,
    pub error: Option<AzureLikeError>,
}

/// A tagged model: where deliveries go, discriminated by `type`, closed so
/// that its value has the size of serde's (`peers::tag_peer::Sink`).
#[response_model(tag = "type")]
pub enum Sink {
    Webhook {
        #[response(min_length = 8)]
        url: String,
        secret: Option<String>,
    },
    Bucket {
        bucket: String,
        #[response(max_length = 256)]
        prefix: Option<String>,
    },
    Queue {
        queue_name: String,
        #[response(max = 86400)]
        ttl_seconds: Option<u32>,
    },
    Discard,
}
