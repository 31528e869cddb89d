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
/// Implemented by hand, it needs `Status` and `status`; `progress` is
/// there to override where the body reports how far along it is, and a
/// status whose lifecycle is [`Lifecycle::Waiting`] makes the body
/// `is_waiting()`:
///
/// ```
/// use operation_response::{Lifecycle, OperationResponse};
///
/// pub struct Upload {
///     pub bytes_sent: u64,
///     pub bytes_total: u64,
///     pub paused: bool,
/// }
///
/// impl OperationResponse for Upload {
///     type Status = Lifecycle;
///
///     fn status(&self) -> Lifecycle {
///         if self.bytes_sent >= self.bytes_total {
///             Lifecycle::Succeeded
///         } else if self.paused {
///             Lifecycle::Waiting
///         } else {
///             Lifecycle::Running
///         }
///     }
///
///     fn progress(&self) -> Option<f64> {
///         (self.bytes_total > 0).then(|| self.bytes_sent as f64 / self.bytes_total as f64)
///     }
/// }
///
/// let running = Upload { bytes_sent: 1, bytes_total: 4, paused: false };
/// assert!(!running.is_terminal() && !running.is_waiting());
/// assert_eq!(running.progress(), Some(0.25));
/// assert!(Upload { bytes_sent: 1, bytes_total: 4, paused: true }.is_waiting());
/// assert!(Upload { bytes_sent: 4, bytes_total: 4, paused: false }.is_success());
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

    /// How far along the operation is, as a fraction from 0 to 1, where the
    /// body reports it (a percentage, a count of items done); `None`, the
    /// default, where it does not. A poller (`poll::Poller`) plans its next
    /// fetch from it.
    ///
    /// ```
    /// use operation_response::{Lifecycle, OperationResponse};
    ///
    /// struct Job;
    ///
    /// impl OperationResponse for Job {
    ///     type Status = Lifecycle;
    ///
    ///     fn status(&self) -> Lifecycle {
    ///         Lifecycle::Running
    ///     }
    /// }
    ///
    /// // Not overridden: the body reports no progress.
    /// assert_eq!(Job.progress(), None);
    /// ```
    fn progress(&self) -> Option<f64> {
        None
    }
}
