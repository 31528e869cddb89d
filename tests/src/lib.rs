//! Models shared by the tests of `operation-response`.
//!
//! Declared in a library with every lint that matters denied, so that the
//! expansion is proven warning-free (`missing_docs` only fires on a
//! library's public items).
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, unused_qualifications)]
#![warn(clippy::pedantic)]

pub mod forms;
pub mod hygiene;
pub mod openapi;
pub mod proto3;
pub mod serde_attrs;
pub mod vendors;

use operation_response::{operation_response, response_model};
use std::collections::BTreeMap;

/// Create AuthSession operation started
#[allow(clippy::doc_markdown)] // the API's own words
#[operation_response(status = "started")]
pub struct CreateOrUpdateAuthSessionStartResponseBody {
    /// The operation to poll.
    pub operation_id: String,
}

/// The result of a run, flat: five statuses, three terminal, two failures.
#[operation_response(
    status = ["pending", "started", "completed", "canceled", "failed"],
    terminal = ["completed", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub struct RunResultResponseBody {
    /// The run.
    #[response(min_length = 3)]
    pub run_id: String,
    /// What the run returned, once completed.
    #[response(forbidden_when = ["pending", "started"])]
    pub result: Option<String>,
    /// Why it failed.
    #[response(required_when = "failed")]
    pub error: Option<ErrorDetails>,
    /// Why it was canceled.
    #[response(required_when = "canceled")]
    pub reason: Option<Reason>,
}

/// An error's details.
#[response_model]
pub struct ErrorDetails {
    /// What went wrong.
    #[response(non_empty)]
    pub message: String,
    /// A machine-readable code.
    pub code: Option<ErrorCode>,
    /// The category.
    pub category: ErrorCategory,
    /// Whether retrying may help.
    #[response(default)]
    pub retirable: bool,
    /// Where to read more.
    #[response(rename = "doc_url")]
    pub doc_url: Option<String>,
    /// Extra details.
    pub details: Option<BTreeMap<String, String>>,
}

/// Why a run was canceled.
#[response_model]
pub struct Reason {
    /// The kind of reason.
    #[response(non_empty, rename = "type")]
    pub kind: String,
    /// What happened.
    pub message: String,
}

/// Error codes; the server may add more.
#[response_model(rename_all = "kebab-case", open)]
pub enum ErrorCode {
    /// `"internal-server-error"`
    InternalServerError,
    /// `"script-timeout"`
    ScriptTimeout,
    /// `"auth-check-failed"`
    AuthCheckFailed,
}

/// Error categories, closed.
#[response_model]
pub enum ErrorCategory {
    /// `"server"`
    Server,
    /// `"user"`
    User,
    /// `"unknown_error"`
    #[response(rename = "unknown_error")]
    Other,
}

/// An `open` body: unlisted statuses are kept, and count as failures.
#[operation_response(
    status = ["pending", "done"],
    terminal = ["done"],
    open,
    unknown = "failure",
)]
pub struct OpenJobResponse {
    /// Progress in percent.
    #[response(min = 0, max = 100)]
    pub progress: Option<u8>,
}

/// Every other container argument at once.
#[operation_response(
    status = ["QUEUED", "in progress", "job-run-terminated"],
    terminal = "job-run-terminated",
    status_enum = JobState,
    status_field = "state",
    rename_all = "snake_case",
    deny_unknown_fields,
)]
#[derive(Eq, Hash)]
pub struct JobResponse {
    /// The job.
    pub job_id: String,
    /// Attempts so far.
    #[response(default)]
    pub attempt_count: u32,
    /// Present, but may be `null`.
    #[response(required)]
    pub owner: Option<String>,
}

/// Numbers with bounds, and a pattern.
#[response_model]
pub struct Limits {
    /// A ratio.
    #[response(greater_than = 0, less_than = 1)]
    pub ratio: f64,
    /// A signed offset.
    #[response(min = -10, max = 10)]
    pub offset: i32,
    /// An id of 21 url-safe characters.
    #[response(pattern = "^[A-Za-z0-9_-]{21}$")]
    pub id: Option<String>,
    /// Tags: one to three.
    #[response(min_length = 1, max_length = 3)]
    pub tags: Vec<String>,
    /// A code of exactly two chars.
    #[response(length = 2, validate_with = upper, example = "FR")]
    pub country: String,
}

fn upper(value: &String) -> Result<(), String> {
    if value.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!("{value:?} is not upper case"))
    }
}

/// A generic body: the payload type is the caller's.
#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct RunApiResult<R> {
    /// The payload, validated with the body.
    #[response(nested)]
    pub result: Option<R>,
}

/// The create-auth-session result: one shape per status.
#[operation_response(
    terminal = ["done", "canceled", "failed"],
    failure = ["canceled", "failed"],
    deny_unknown_fields,
)]
pub enum CreateAuthSessionResultResponseBody {
    /// The session exists.
    Done {
        /// The new session.
        #[response(min_length = 3)]
        auth_session_id: String,
    },
    /// Not started yet.
    Pending,
    /// Running.
    InProgress {
        /// The run doing the work.
        run_id: String,
    },
    /// It failed.
    Failed {
        /// What happened.
        message: String,
        /// The details.
        error: AuthSessionError,
    },
    /// It was canceled.
    Canceled {
        /// What happened.
        message: String,
        /// Why.
        reason: CancelReason,
    },
}

/// The error of a failed auth-session operation.
#[response_model]
pub struct AuthSessionError {
    /// What went wrong.
    #[response(non_empty)]
    pub message: String,
    /// A machine-readable code.
    pub code: Option<ErrorCode>,
    /// The category; the server may add more.
    pub category: OpenCategory,
    /// Whether retrying may help.
    #[response(default)]
    pub retirable: bool,
    /// Where to read more.
    #[response(rename = "doc_url")]
    pub doc_url: Option<String>,
    /// For support.
    pub correlation_id: Option<String>,
    /// Extra details.
    pub details: Option<BTreeMap<String, String>>,
}

/// Why an operation was canceled.
#[response_model]
pub struct CancelReason {
    /// The kind of reason.
    #[response(non_empty, rename = "type")]
    pub kind: String,
    /// What happened.
    pub message: String,
    /// Where to read more.
    #[response(rename = "doc_url")]
    pub doc_url: Option<String>,
    /// Extra details.
    pub details: Option<BTreeMap<String, String>>,
}

/// Error categories; the server may add more.
#[response_model(open)]
pub enum OpenCategory {
    /// `"server"`
    Server,
    /// `"user"`
    User,
}

/// An `open` union: unlisted statuses are kept with all their fields.
#[operation_response(
    status_case = "kebab-case",
    terminal = ["all-done"],
    open,
)]
pub enum OpenResultResponse {
    /// Finished.
    AllDone {
        /// How many items.
        #[response(max = 10)]
        count: u32,
    },
    /// Waiting, under another wire name.
    #[response(status = "queued")]
    Waiting,
}

/// A generic union: the payload type is the caller's.
#[operation_response(terminal = ["done"], status_field = "state")]
pub enum GenericResult<R> {
    /// With a payload, validated with the body.
    Done {
        /// The payload.
        #[response(nested)]
        result: R,
    },
    /// Still running.
    Running,
}

/// A generic model: a page of the caller's items.
#[response_model]
pub struct Page<T> {
    /// The items, each validated.
    #[response(nested, max_length = 2)]
    pub items: Vec<T>,
    /// The next page's cursor.
    pub next: Option<String>,
}
