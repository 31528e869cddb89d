//! Standard operation shapes, declared with this crate's own attributes.
//!
//! - [`GoogleOperation`]: `google.longrunning.Operation` (AIP-151), whose
//!   lifecycle is a function of its fields: `done` (absent while running)
//!   and which of `error` and `response` is set.
//! - [`AzureOperationStatus`]: the Azure status monitor, whose status drifts
//!   in case and spelling between services.
//!
//! Each reads its vendor's real bodies and writes back the same keys and
//! values it read (key order is not kept: JSON objects are unordered),
//! except where its docs say what changes.

use crate::{operation_response, response_model, Lifecycle};
use serde::Serializer;
use serde_json::Value;
use std::collections::BTreeMap;

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
/// # Proto3 JSON, both ways
///
/// The body is proto3 JSON, which leaves out a field holding its default:
/// a missing `name` reads as `""`, a missing `done` as `false`, a missing
/// `metadata`, `error` or `response` as `None` (as does `null`). Serializing
/// writes the same keys and values that were read (key order is not kept),
/// with these differences, all of which mean the same to a proto3 reader:
///
/// - a key that held its default is left out: `"name": ""`, `"done": false`
///   (and, inside `error`, `"code": 0`, `"message": ""`, `"details": []`; see
///   [`RpcStatus`]);
/// - a key that held `null` (`"metadata": null`) is left out;
/// - keys that are not fields of `google.longrunning.Operation` are ignored
///   when reading, so they are not written back; a typed payload writes
///   what its own type keeps.
///
/// ```
/// use operation_response::standard::GoogleOperation;
/// use operation_response::{from_json, Lifecycle, OperationResponse};
///
/// let running: GoogleOperation = from_json(r#"{"name":"operations/1","metadata":{"@type":"t"}}"#)?;
/// assert_eq!(running.status(), Lifecycle::Running);
/// // No `"done": false` is added on the way back.
/// assert_eq!(
///     serde_json::to_value(&running).unwrap(),
///     serde_json::json!({"name": "operations/1", "metadata": {"@type": "t"}}),
/// );
///
/// let failed: GoogleOperation =
///     from_json(r#"{"name":"operations/1","done":true,"error":{"code":3,"message":"bad"}}"#)?;
/// assert!(failed.is_failure());
/// assert_eq!(failed.error.as_ref().map(|e| e.code), Some(3));
///
/// let err = from_json::<GoogleOperation>(r#"{"name":"operations/1","done":true}"#).unwrap_err();
/// assert_eq!(err.to_string(), "a done operation has exactly one of `error` and `response`");
///
/// // A key spelled out with its default is left out when written back.
/// let spelled: GoogleOperation = from_json(r#"{"name":"operations/1","done":false}"#)?;
/// assert_eq!(serde_json::to_string(&spelled).unwrap(), r#"{"name":"operations/1"}"#);
/// # Ok::<(), operation_response::Error>(())
/// ```
#[response_model(crate = crate, lifecycle = google_lifecycle, validate_with = error_or_response)]
pub struct GoogleOperation<M = Value, R = Value> {
    /// The server-assigned name, unique within the service; absent (proto3's
    /// default) reads as `""`, and `""` is left out when written.
    #[response(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Progress information, service-specific.
    pub metadata: Option<M>,
    /// Whether the operation has ended; absent means `false`, and `false`
    /// is left out when written.
    #[response(default)]
    #[serde(skip_serializing_if = "is_false")]
    pub done: bool,
    /// The error, when it failed.
    pub error: Option<RpcStatus>,
    /// The result, when it succeeded.
    pub response: Option<R>,
}

/// `google.rpc.Status`: the error of a failed [`GoogleOperation`].
///
/// The body is proto3 JSON, which leaves out a field holding its default:
/// `{"code": 13}` (no `message`), `{"message": "x"}` (code `0`, `OK`) and
/// `{}` are all read, a missing `code` as `0`, `message` as `""` and
/// `details` as empty. Serializing writes the same keys and values that were
/// read (key order is not kept), except that a key that held its default
/// (`"code": 0`, `"message": ""`, `"details": []`) is left out, as proto3
/// JSON writers do; keys that are not fields of `google.rpc.Status` are
/// ignored when reading, so they are not written back.
///
/// ```
/// use operation_response::standard::RpcStatus;
/// use operation_response::from_json;
///
/// let status: RpcStatus = from_json(r#"{"code":13}"#)?;
/// assert_eq!((status.code, status.message.as_str()), (13, ""));
/// assert_eq!(serde_json::to_string(&status).unwrap(), r#"{"code":13}"#);
///
/// let spelled: RpcStatus = from_json(r#"{"code":13,"message":"","details":[]}"#)?;
/// assert_eq!(spelled, status);
/// assert_eq!(serde_json::to_string(&spelled).unwrap(), r#"{"code":13}"#);
/// # Ok::<(), operation_response::Error>(())
/// ```
#[response_model(crate = crate)]
pub struct RpcStatus {
    /// The `google.rpc.Code`; absent (proto3's default) reads as `0`, and
    /// `0` is left out when written.
    #[response(default)]
    #[serde(skip_serializing_if = "is_zero")]
    pub code: i32,
    /// A developer-facing message, in English; absent reads as `""`, and
    /// `""` is left out when written.
    #[response(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub message: String,
    /// Error details, each with its `@type`; absent reads as empty, and
    /// empty is left out when written.
    #[response(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<Value>,
}

/// `skip_serializing_if` of a proto3 `bool`.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
fn is_false(value: &bool) -> bool {
    !*value
}

/// `skip_serializing_if` of a proto3 `int32`.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
fn is_zero(value: &i32) -> bool {
    *value == 0
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
/// Every key besides `status`, `id`, `error` and `percentComplete` (`name`,
/// `startTime`, `properties`, a service's own such as `jobId` or `summary`)
/// is kept in [`extra`](Self::extra) and written back as it was read.
///
/// # Writing back what was read
///
/// Serializing writes the same keys and values that were read (key order
/// is not kept), with these differences:
///
/// - a listed status is written as listed: `notStarted` comes back
///   `NotStarted`, `Cancelled` comes back `Canceled` (an unlisted status
///   keeps its spelling);
/// - `null` in `id`, `error` or `percentComplete` reads as `None`, and the
///   key is left out when written (a `null` under any other key is kept);
/// - an integral `percentComplete` written as a float (`50.0`, `5e1`) comes
///   back as the integer `50`: the same JSON number, though
///   `serde_json::Value` tells the two apart; a fractional one (`12.5`)
///   comes back as it was;
/// - inside `error`, see [`AzureError`] (`"details": []` is left out).
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
///
/// // Other keys are kept, and an integral progress stays an integer.
/// let json = r#"{"status":"InProgress","percentComplete":40,"startTime":"2023-07-26T12:14:26Z"}"#;
/// let body: AzureOperationStatus = from_json(json)?;
/// assert_eq!(body.percent_complete, Some(40.0));
/// assert_eq!(body.progress(), Some(0.4)); // a fraction, for the poller
/// assert_eq!(body.extra["startTime"], "2023-07-26T12:14:26Z");
/// assert_eq!(
///     serde_json::to_value(&body).unwrap(),
///     serde_json::from_str::<serde_json::Value>(json).unwrap(),
/// );
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
    /// Progress, where the service reports it; written as an integer when
    /// it is one (`40`, not `40.0`).
    #[response(min = 0, max = 100, progress)]
    #[serde(serialize_with = "write_percent")]
    pub percent_complete: Option<f64>,
    /// Every other key of the body, as read (`name`, `startTime`,
    /// `endTime`, `properties`, a service's own keys), written back with it.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// Writes a progress that is an integer as one, so `40` comes back `40`.
#[allow(clippy::ref_option)] // serde passes a reference
fn write_percent<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    /// 2^53: every integer up to it is exactly an `f64`.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match *value {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // integral and in range
        Some(x) if x.fract() == 0.0 && x.abs() <= EXACT && !(x == 0.0 && x.is_sign_negative()) => {
            if x >= 0.0 {
                serializer.serialize_u64(x as u64)
            } else {
                serializer.serialize_i64(x as i64)
            }
        }
        Some(x) => serializer.serialize_f64(x),
        None => serializer.serialize_none(),
    }
}

/// The Azure error object (ARM's `ErrorDetail`, and the data-plane errors
/// shaped like it).
///
/// Older services spell the inner error `innerError`, newer ones
/// `innererror`: each spelling has its own field
/// ([`innererror`](Self::innererror), [`inner_error`](Self::inner_error)), so
/// a body is written back with the spelling it came with;
/// [`inner`](Self::inner) reads whichever is set. Every other key
/// (`additionalInfo`, a service's own) is kept in [`extra`](Self::extra).
///
/// Serializing writes the same keys and values that were read (key order
/// is not kept), except that `"details": []` is left out, and a `null` in
/// `target`, `innererror` or `innerError` reads as `None` and is left out
/// (a `null` under any other key is kept).
///
/// ```
/// use operation_response::standard::AzureError;
/// use operation_response::from_json;
///
/// let json = r#"{"code":"InvalidRequest","message":"m","innerError":{"code":"Denied"},"additionalInfo":[]}"#;
/// let error: AzureError = from_json(json)?;
/// assert_eq!(error.inner().unwrap()["code"], "Denied");
/// assert_eq!(
///     serde_json::to_value(&error).unwrap(),
///     serde_json::from_str::<serde_json::Value>(json).unwrap(),
/// );
/// # Ok::<(), operation_response::Error>(())
/// ```
#[response_model(crate = crate)]
pub struct AzureError {
    /// A service-defined error code.
    pub code: String,
    /// A human-readable message.
    pub message: String,
    /// The target of the error.
    pub target: Option<String>,
    /// Errors that led to this one; absent reads as empty, and empty is left
    /// out when written.
    #[response(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<AzureError>,
    /// More specific information, service-defined, under the key
    /// `innererror` (ARM and newer services).
    pub innererror: Option<Value>,
    /// The same under the key `innerError` (older services).
    pub inner_error: Option<Value>,
    /// Every other key of the error, as read (`additionalInfo`, a
    /// service's own keys), written back with it.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl AzureError {
    /// The inner error, whichever key it came under: `innererror`, else
    /// `innerError`.
    pub fn inner(&self) -> Option<&Value> {
        self.innererror.as_ref().or(self.inner_error.as_ref())
    }
}
