//! Models whose wire values are given through serde's own attributes, which
//! the macro honors exactly as their `#[response(…)]` twins.

use operation_response::{operation_response, response_model};

/// `#[serde(rename_all)]` on a string enum: the case of its values.
#[response_model]
#[serde(rename_all = "kebab-case")]
pub enum KebabCode {
    /// `"internal-server-error"`
    InternalServerError,
    /// `"script-timeout"`
    ScriptTimeout,
}

/// `#[serde(rename)]` and `#[serde(alias)]` on string enum variants.
#[response_model(open)]
pub enum SdkCode {
    /// `"internal-server-error"`, renamed by serde.
    #[serde(rename = "internal-server-error")]
    InternalServerError,
    /// `"canceled"`, also read as `"cancelled"`.
    #[serde(alias = "cancelled")]
    Canceled,
    /// `"timed_out"`, also read as `"timeout"`, our own twin.
    #[response(alias = "timeout")]
    TimedOut,
}

/// The enum form with serde's tagging attributes: `tag` is `status_field`,
/// `rename_all` is `status_case`, `rename_all_fields` is `rename_all`.
#[operation_response(terminal = ["DONE", "CANCELED"], failure = ["CANCELED"])]
#[serde(
    tag = "state",
    rename_all = "SCREAMING_SNAKE_CASE",
    rename_all_fields = "snake_case"
)]
pub enum SerdeTagged {
    /// `"DONE"`.
    Done {
        /// `result_id` on the wire.
        result_id: String,
    },
    /// `"IN_PROGRESS"`, also read as `"RUNNING"`.
    #[serde(alias = "RUNNING")]
    InProgress,
    /// `"CANCELED"`, also read as `"CANCELLED"`; `"cancel_reason"` kebab-cased by
    /// the variant's own `rename_all`.
    #[serde(alias = "CANCELLED", rename_all = "kebab-case")]
    Canceled {
        /// `cancel-reason` on the wire.
        cancel_reason: Option<String>,
    },
    /// `"waiting"`, renamed by serde.
    #[serde(rename = "waiting")]
    Queued,
}

/// Container aliases on the struct form: two spellings of one status.
#[operation_response(
    status = ["Succeeded", "Failed", "Canceled", "Running"],
    terminal = ["Succeeded", "Failed", "Canceled"],
    failure = ["Failed", "Canceled"],
    alias = ["succeeded" => "Succeeded", "Cancelled" => "Canceled"],
)]
pub struct AzureLikeResponse {
    /// The operation.
    pub id: String,
    /// A default from a function.
    #[response(default = default_percent)]
    pub percent_complete: u8,
}

fn default_percent() -> u8 {
    100
}

/// A union with one status: no match of one arm in its expansion.
#[operation_response(terminal = ["done"], deny_unknown_fields)]
pub enum OnlyDone {
    /// Done.
    Done {
        /// The result.
        id: String,
    },
}
