//! The status of an operation.

use core::fmt;

/// The status enum of a response body: a closed (or, with `open`, an
/// extensible) set of wire values, some of them terminal, some of those
/// failures.
///
/// `#[operation_response]` implements it for the enum it generates; the same
/// items are there as inherent methods and constants, so calling them needs
/// no import. A hand-written impl needs only the constants and
/// [`as_str`](Self::as_str).
///
/// ```
/// use operation_response::{operation_response, OperationStatus};
///
/// #[operation_response(
///     status = ["pending", "started", "completed", "canceled", "failed"],
///     terminal = ["completed", "canceled", "failed"],
///     failure = ["canceled", "failed"],
/// )]
/// pub struct RunResponse {
///     pub run_id: String,
/// }
///
/// fn keep_polling<S: OperationStatus>(status: &S) -> bool {
///     !status.is_terminal()
/// }
///
/// assert!(keep_polling(&RunStatus::Pending));
/// assert!(RunStatus::Failed.is_failure());
/// assert!(RunStatus::Completed.is_success());
/// assert_eq!(RunStatus::TERMINAL, ["completed", "canceled", "failed"]);
/// ```
pub trait OperationStatus: fmt::Debug + fmt::Display + Clone + Eq {
    /// Every listed wire value, in declaration order.
    const KNOWN: &'static [&'static str];
    /// The wire values after which the operation will not change.
    const TERMINAL: &'static [&'static str];
    /// The terminal wire values that mean the operation did not succeed.
    const FAILURE: &'static [&'static str];

    /// The wire value, as the server sent it.
    fn as_str(&self) -> &str;

    /// Whether the value is one of [`KNOWN`](Self::KNOWN) (always true for a
    /// closed enum).
    fn is_known(&self) -> bool {
        Self::KNOWN.contains(&self.as_str())
    }

    /// Whether the operation will not change any more: stop polling.
    fn is_terminal(&self) -> bool {
        Self::TERMINAL.contains(&self.as_str())
    }

    /// Whether the operation ended without succeeding.
    fn is_failure(&self) -> bool {
        Self::FAILURE.contains(&self.as_str())
    }

    /// Whether the operation ended and succeeded.
    fn is_success(&self) -> bool {
        self.is_terminal() && !self.is_failure()
    }
}

/// The error of `FromStr` for a closed status or string enum: names the value
/// and the ones allowed.
///
/// ```
/// use operation_response::operation_response;
///
/// #[operation_response(status = ["pending", "done"])]
/// pub struct JobResponse {}
///
/// let err = "finished".parse::<JobStatus>().unwrap_err();
/// assert_eq!(err.value(), "finished");
/// assert_eq!(err.to_string(), "unknown value `finished`, expected `pending` or `done`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseStatusError {
    value: String,
    expected: &'static [&'static str],
}

impl ParseStatusError {
    /// `value` is not one of `expected`.
    pub fn new(value: &str, expected: &'static [&'static str]) -> Self {
        ParseStatusError {
            value: value.to_owned(),
            expected,
        }
    }

    /// The value that was not recognised.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The values that are allowed.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown value `{}`, expected ", self.value)?;
        write_one_of(f, self.expected)
    }
}

impl std::error::Error for ParseStatusError {}

/// `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``, as serde words it.
pub(crate) fn write_one_of(f: &mut fmt::Formatter<'_>, values: &[&str]) -> fmt::Result {
    match values {
        [] => f.write_str("no value"),
        [one] => write!(f, "`{one}`"),
        [a, b] => write!(f, "`{a}` or `{b}`"),
        _ => {
            f.write_str("one of ")?;
            for (i, value) in values.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "`{value}`")?;
            }
            Ok(())
        }
    }
}
