//! Standard operation shapes, declared with this crate's own attributes.
//!
//! - [`GoogleOperation`]: `google.longrunning.Operation` (AIP-151), whose
//!   lifecycle is a function of its fields: `done` (absent while running)
//!   and which of `error` and `response` is set.
//! - [`AzureOperationStatus`]: the Azure status monitor, whose status drifts
//!   in case and spelling between services.

use crate::{operation_response, response_model, Lifecycle};
use serde_json::Value;

/// `google.longrunning.Operation`, with typed `metadata` (`M`) and
/// `response` (`R`); both default to any JSON.
///
/// Its status is a [`Lifecycle`]: running while `done` is false (or absent),
/// then failed when `error` is set and succeeded otherwise. Exactly one of
/// `error` and `response` is set once done, and neither before (AIP-151):
/// a body that breaks that is rejected while parsing. The payloads keep
/// their `@type` as any other key: `Value` keeps it, and a typed payload
/// reads it if it declares it (`#[serde(rename = "@type")]`) and ignores it
/// otherwise.
///
/// ```
/// use operation_response::standard::GoogleOperation;
/// use operation_response::{from_json, Lifecycle, OperationResponse};
///
/// let running: GoogleOperation = from_json(r#"{"name":"operations/1","metadata":{"@type":"t"}}"#)?;
/// assert_eq!(running.status(), Lifecycle::Running);
///
/// let failed: GoogleOperation =
///     from_json(r#"{"name":"operations/1","done":true,"error":{"code":3,"message":"bad"}}"#)?;
/// assert!(failed.is_failure());
/// assert_eq!(failed.error.as_ref().map(|e| e.code), Some(3));
///
/// let err = from_json::<GoogleOperation>(r#"{"name":"operations/1","done":true}"#).unwrap_err();
/// assert_eq!(err.to_string(), "a done operation has exactly one of `error` and `response`");
/// # Ok::<(), operation_response::Error>(())
/// ```
#[response_model(crate = crate, lifecycle = google_lifecycle, validate_with = error_or_response)]
pub struct GoogleOperation<M = Value, R = Value> {
    /// The server-assigned name, unique within the service.
    pub name: String,
    /// Progress information, service-specific.
    pub metadata: Option<M>,
    /// Whether the operation has ended; absent means `false`.
    #[response(default)]
    pub done: bool,
    /// The error, when it failed.
    pub error: Option<RpcStatus>,
    /// The result, when it succeeded.
    pub response: Option<R>,
}

/// `google.rpc.Status`: the error of a failed [`GoogleOperation`].
#[response_model(crate = crate)]
pub struct RpcStatus {
    /// The `google.rpc.Code`.
    pub code: i32,
    /// A developer-facing message, in English.
    pub message: String,
    /// Error details, each with its `@type`.
    #[response(default)]
    pub details: Vec<Value>,
}

fn google_lifecycle<M, R>(op: &GoogleOperation<M, R>) -> Lifecycle {
    match (op.done, &op.error) {
        (false, _) => Lifecycle::Running,
        (true, Some(_)) => Lifecycle::Failed,
        (true, None) => Lifecycle::Succeeded,
    }
}

fn error_or_response<M, R>(op: &GoogleOperation<M, R>) -> Result<(), String> {
    match (op.done, op.error.is_some(), op.response.is_some()) {
        (true, true, false) | (true, false, true) | (false, false, false) => Ok(()),
        (true, _, _) => Err("a done operation has exactly one of `error` and `response`".into()),
        (false, _, _) => Err("an operation that is not done has no `error` or `response`".into()),
    }
}

/// The Azure status monitor (`Azure-AsyncOperation`, `Operation-Location`):
/// `NotStarted`, `Running`, `Succeeded`, `Failed`, `Canceled`, matched
/// ASCII case-insensitively (`notStarted`, `succeeded`), `Cancelled` read as
/// `Canceled`; a status a service adds (`InProgress`, `Cancelling`) is kept
/// and keeps polling, as azure-core does.
///
/// ```
/// use operation_response::standard::{AzureOperationStatus, AzureStatus};
/// use operation_response::{from_json, OperationResponse};
///
/// let body: AzureOperationStatus = from_json(r#"{"id":"op","status":"notStarted"}"#)?;
/// assert_eq!(body.status, AzureStatus::NotStarted);
/// let body: AzureOperationStatus = from_json(r#"{"id":"op","status":"Cancelled"}"#)?;
/// assert!(body.is_failure());
/// let body: AzureOperationStatus = from_json(r#"{"id":"op","status":"Cancelling"}"#)?;
/// assert!(!body.is_terminal());
/// assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"status":"Cancelling","id":"op"}"#);
/// # Ok::<(), operation_response::Error>(())
/// ```
#[operation_response(
    crate = crate,
    status = ["NotStarted", "Running", "Succeeded", "Failed", "Canceled"],
    terminal = ["Succeeded", "Failed", "Canceled"],
    failure = ["Failed", "Canceled"],
    alias = ["Cancelled" => "Canceled"],
    case_insensitive,
    open,
    status_enum = AzureStatus,
)]
pub struct AzureOperationStatus {
    /// The operation's id (some services call it `jobId` and leave it out).
    pub id: Option<String>,
    /// Why it failed.
    pub error: Option<AzureError>,
    /// Progress, where the service reports it.
    #[response(min = 0, max = 100)]
    pub percent_complete: Option<f64>,
}

/// The Azure error object.
#[response_model(crate = crate)]
pub struct AzureError {
    /// A service-defined error code.
    pub code: String,
    /// A human-readable message.
    pub message: String,
    /// The target of the error.
    pub target: Option<String>,
    /// Errors that led to this one.
    #[response(default)]
    pub details: Vec<AzureError>,
    /// More specific information, service-defined (`innererror`, or
    /// `innerError` in older services).
    #[serde(alias = "innerError")]
    pub innererror: Option<Value>,
}
