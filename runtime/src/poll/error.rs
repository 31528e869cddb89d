//! [`PollError`]: why a poller gave no successful body.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

#[cfg(doc)]
use super::Poller;
use crate::{OperationResponse, StringEnum};

/// Why a poller gave no successful body.
///
/// `T` is the body, `E` the fetch's error. With `T: Debug` and
/// `E: std::error::Error + 'static` it is an error whose
/// [`source`](StdError::source) is the fetch's error, if there is one.
///
/// A `Box<dyn Error + Send + Sync>` is not itself a `std::error::Error` (a
/// rule of the standard library), so neither is a `PollError` holding one:
/// [`map_fetch_error`](PollError::map_fetch_error) with
/// `std::io::Error::other` makes it one, source included.
///
/// ```
/// use std::error::Error;
/// use operation_response::{operation_response, poll::PollError};
///
/// #[operation_response(status = ["running", "done"], terminal = ["done"])]
/// pub struct Job {}
///
/// let boxed: Box<dyn Error + Send + Sync> = "connection reset".into();
/// let err: PollError<Job, _> = PollError::Fetch(boxed);
/// let err: Box<dyn Error> = err.map_fetch_error(std::io::Error::other).into();
/// assert_eq!(err.to_string(), "fetching the operation's status failed");
/// assert_eq!(err.source().unwrap().to_string(), "connection reset");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PollError<T, E> {
    /// The operation ended in a failure: a failure status, or a failure
    /// outcome (`is_failure()`).
    Failed(T),
    /// A fetch failed, and [`Poller::retry`] did not retry it.
    Fetch(E),
    /// The operation waits for a person (its body's lifecycle is
    /// [`Waiting`](crate::Lifecycle::Waiting): an approval, a confirmation, a
    /// resume), and the poller was not told to
    /// [poll while waiting](Poller::poll_while_waiting). It has not ended:
    /// the caller may ask the person, then poll again.
    ///
    /// ```
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, PollError, Poller};
    /// use operation_response::{Lifecycle, OperationResponse};
    ///
    /// #[derive(Debug, PartialEq)]
    /// struct Deploy(Lifecycle);
    ///
    /// impl OperationResponse for Deploy {
    ///     type Status = Lifecycle;
    ///     fn status(&self) -> Lifecycle {
    ///         self.0
    ///     }
    /// }
    ///
    /// let mut answers = [Lifecycle::Running, Lifecycle::Waiting, Lifecycle::Succeeded].into_iter();
    /// let err = Poller::blocking(|| Ok::<_, std::io::Error>(Deploy(answers.next().unwrap())))
    ///     .backoff(Backoff::constant(Duration::ZERO))
    ///     .wait()
    ///     .unwrap_err();
    /// assert!(matches!(&err, PollError::Waiting(body) if body.is_waiting()));
    /// assert_eq!(err.to_string(), "the operation waits for a person: status `waiting`");
    /// ```
    Waiting(T),
    /// The deadline passed with the operation still running.
    Deadline {
        /// The last body fetched, if any was.
        last: Option<T>,
        /// How many fetches were made, failed ones included.
        polls: u32,
        /// The time from the start of the first fetch (or from
        /// [`Poller::since`]'s time) to giving up.
        elapsed: Duration,
        /// The last fetch's error, when the last fetch failed with an error
        /// that [`Poller::retry`] retried.
        error: Option<E>,
    },
    /// [`Poller::max_polls`] fetches were made with the operation still
    /// running.
    Exhausted {
        /// The last body fetched, if any was.
        last: Option<T>,
        /// How many fetches were made, failed ones included.
        polls: u32,
        /// The time from the start of the first fetch (or from
        /// [`Poller::since`]'s time) to giving up.
        elapsed: Duration,
        /// The last fetch's error, when the last fetch failed with an error
        /// that [`Poller::retry`] retried.
        error: Option<E>,
    },
    /// With [`Poller::confirm`], a body after the first terminal one was
    /// classified differently (running again, or succeeded instead of failed).
    Regressed {
        /// The terminal body before it.
        previous: T,
        /// The body that went back on it.
        body: T,
    },
}

impl<T, E> PollError<T, E> {
    /// The body the error is about, if any: the failed one, the waiting one,
    /// the last one before the deadline or the last allowed poll, the one
    /// that regressed.
    pub fn body(&self) -> Option<&T> {
        match self {
            PollError::Failed(body)
            | PollError::Waiting(body)
            | PollError::Regressed { body, .. } => Some(body),
            PollError::Deadline { last, .. } | PollError::Exhausted { last, .. } => last.as_ref(),
            PollError::Fetch(_) => None,
        }
    }

    /// The fetch's error, if the error is about one.
    pub fn fetch_error(&self) -> Option<&E> {
        match self {
            PollError::Fetch(error)
            | PollError::Deadline {
                error: Some(error), ..
            }
            | PollError::Exhausted {
                error: Some(error), ..
            } => Some(error),
            _ => None,
        }
    }

    /// The same error with the fetch's error mapped, such as a
    /// `Box<dyn Error + Send + Sync>` into an error type.
    pub fn map_fetch_error<E2>(self, f: impl FnOnce(E) -> E2) -> PollError<T, E2> {
        match self {
            PollError::Failed(body) => PollError::Failed(body),
            PollError::Fetch(error) => PollError::Fetch(f(error)),
            PollError::Waiting(body) => PollError::Waiting(body),
            PollError::Deadline {
                last,
                polls,
                elapsed,
                error,
            } => PollError::Deadline {
                last,
                polls,
                elapsed,
                error: error.map(f),
            },
            PollError::Exhausted {
                last,
                polls,
                elapsed,
                error,
            } => PollError::Exhausted {
                last,
                polls,
                elapsed,
                error: error.map(f),
            },
            PollError::Regressed { previous, body } => PollError::Regressed { previous, body },
        }
    }

    /// The body the error is about, by value.
    pub fn into_body(self) -> Option<T> {
        match self {
            PollError::Failed(body)
            | PollError::Waiting(body)
            | PollError::Regressed { body, .. } => Some(body),
            PollError::Deadline { last, .. } | PollError::Exhausted { last, .. } => last,
            PollError::Fetch(_) => None,
        }
    }
}

impl<T: OperationResponse, E> fmt::Display for PollError<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PollError::Failed(body) => write!(
                f,
                "the operation failed with status `{}`",
                body.status().as_str()
            ),
            PollError::Fetch(_) => f.write_str("fetching the operation's status failed"),
            PollError::Waiting(body) => write!(
                f,
                "the operation waits for a person: status `{}`",
                body.status().as_str()
            ),
            PollError::Deadline {
                last,
                polls,
                elapsed,
                error,
            } => {
                write!(
                    f,
                    "the operation had not ended after {elapsed:?} ({})",
                    Polls(*polls)
                )?;
                last_fetch(f, last.as_ref(), error.is_some())
            }
            PollError::Exhausted {
                last,
                polls,
                elapsed,
                error,
            } => {
                write!(
                    f,
                    "the operation had not ended after {}, the most allowed ({elapsed:?})",
                    Polls(*polls)
                )?;
                last_fetch(f, last.as_ref(), error.is_some())
            }
            PollError::Regressed { previous, body } => write!(
                f,
                "the operation went back from `{}` to `{}`",
                previous.status().as_str(),
                body.status().as_str()
            ),
        }
    }
}

/// "1 poll", "4 polls".
struct Polls(u32);

impl fmt::Display for Polls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = if self.0 == 1 { "" } else { "s" };
        write!(f, "{} poll{s}", self.0)
    }
}

/// How a poller that gave up last saw the operation: the last fetch failed,
/// or the last body's status.
fn last_fetch<T: OperationResponse>(
    f: &mut fmt::Formatter<'_>,
    last: Option<&T>,
    failed: bool,
) -> fmt::Result {
    match last {
        _ if failed => f.write_str(": the last fetch failed"),
        Some(last) => write!(f, ": last status `{}`", last.status().as_str()),
        None => Ok(()),
    }
}

impl<T, E> StdError for PollError<T, E>
where
    T: OperationResponse + fmt::Debug,
    E: StdError + 'static,
{
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.fetch_error()
            .map(|error| error as &(dyn StdError + 'static))
    }
}
