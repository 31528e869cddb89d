//! What a fetch gives: a body, or a [`Polled`] body with the server's
//! `Retry-After`; [`IntoPolled`] takes either.

use std::time::Duration;

use crate::OperationResponse;

/// A body as fetched, with the server's `Retry-After`, if it sent one.
///
/// A fetch may return the body alone or a `Polled` body: both work, with no
/// annotation (see [`IntoPolled`]).
///
/// ```
/// use std::time::Duration;
/// use operation_response::{from_json, operation_response, poll::Polled};
///
/// #[operation_response(status = ["running", "done"], terminal = ["done"])]
/// pub struct Job {}
///
/// let body: Job = from_json(r#"{"status":"running"}"#)?;
/// let polled = Polled::new(body).retry_after(Duration::from_secs(5));
/// assert_eq!(polled.retry_after, Some(Duration::from_secs(5)));
/// # Ok::<(), operation_response::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Polled<T> {
    /// The body.
    pub body: T,
    /// How long the server asked to wait before the next poll.
    pub retry_after: Option<Duration>,
}

impl<T> Polled<T> {
    /// A body with no `Retry-After`.
    pub fn new(body: T) -> Self {
        Polled {
            body,
            retry_after: None,
        }
    }

    /// Sets the server's `Retry-After`; `None` (a response without the
    /// header) leaves the schedule's own delay.
    #[must_use]
    pub fn retry_after(mut self, retry_after: impl Into<Option<Duration>>) -> Self {
        self.retry_after = retry_after.into();
        self
    }
}

#[cfg(feature = "http")]
impl<T> Polled<T> {
    /// A body with the wait its response's headers ask for: the millisecond
    /// hints, else `Retry-After`, as [`crate::http::retry_after`] reads
    /// them. The same as
    /// `Polled::new(body).retry_after(operation_response::http::retry_after(headers))`.
    ///
    /// ```
    /// use std::time::Duration;
    /// use http::HeaderMap;
    /// use operation_response::{from_json, operation_response, poll::Polled};
    ///
    /// #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// pub struct Job {}
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("retry-after", "5".parse().unwrap());
    /// let body: Job = from_json(r#"{"status":"running"}"#)?;
    /// let polled = Polled::from_http(&headers, body);
    /// assert_eq!(polled.retry_after, Some(Duration::from_secs(5)));
    /// # Ok::<(), operation_response::Error>(())
    /// ```
    pub fn from_http(headers: &::http::HeaderMap, body: T) -> Self {
        Polled::new(body).retry_after(crate::http::retry_after(headers))
    }
}

/// What a fetch may return: a body (`T: OperationResponse`) or a
/// [`Polled`] body. It tells the two apart by its associated type, so a fetch
/// closure needs no annotation.
#[diagnostic::on_unimplemented(
    message = "a poller's fetch must give a response body or a `Polled` body, not `{Self}`",
    label = "not an operation response",
    note = "declare the body with `#[operation_response]` (or implement `operation_response::OperationResponse`), and return it or `Polled::new(body)`"
)]
pub trait IntoPolled {
    /// The body's type.
    type Body: OperationResponse;
    /// The body with its `Retry-After`, if any.
    fn into_polled(self) -> Polled<Self::Body>;
}

impl<T: OperationResponse> IntoPolled for T {
    fn into_polled(self) -> Polled<T> {
        Polled::new(self)
    }
    type Body = T;
}

impl<T: OperationResponse> IntoPolled for Polled<T> {
    type Body = T;
    fn into_polled(self) -> Polled<T> {
        self
    }
}
