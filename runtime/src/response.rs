//! Response bodies that carry a status.

use crate::{Lifecycle, OperationStatus};

/// A response body with a status: what `#[operation_response]` generates.
///
/// ```
/// use operation_response::{from_json, operation_response, OperationResponse};
///
/// #[operation_response(status = ["pending", "done"], terminal = ["done"])]
/// pub struct JobResponse {
///     pub result: Option<String>,
/// }
///
/// let body: JobResponse = from_json(r#"{"status":"pending"}"#).unwrap();
/// assert_eq!(body.status(), JobStatus::Pending);
/// assert!(!body.is_terminal());
/// ```
///
/// Implemented by hand, it needs `Status` and `status`:
///
/// ```
/// use operation_response::{Lifecycle, OperationResponse};
///
/// pub struct Upload {
///     pub bytes_sent: u64,
///     pub bytes_total: u64,
/// }
///
/// impl OperationResponse for Upload {
///     type Status = Lifecycle;
///
///     fn status(&self) -> Lifecycle {
///         if self.bytes_sent < self.bytes_total {
///             Lifecycle::Running
///         } else {
///             Lifecycle::Succeeded
///         }
///     }
/// }
///
/// assert!(!Upload { bytes_sent: 1, bytes_total: 2 }.is_terminal());
/// assert!(Upload { bytes_sent: 2, bytes_total: 2 }.is_success());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an operation response: it has no status",
    label = "not an `#[operation_response]` type",
    note = "declare it with `#[operation_response]`, or a `#[response_model(lifecycle = …)]` struct, or implement `operation_response::OperationResponse` for it"
)]
pub trait OperationResponse {
    /// The generated status enum.
    type Status: OperationStatus;

    /// The body's status.
    fn status(&self) -> Self::Status;

    /// Where the body leaves the operation: its status's lifecycle.
    fn lifecycle(&self) -> Lifecycle {
        self.status().lifecycle()
    }

    crate::status::lifecycle_questions!();
}
