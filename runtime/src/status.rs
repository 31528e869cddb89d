//! The status of an operation.

use core::fmt;

/// A string enum: a closed (or, with `open`, an extensible) set of wire
/// values. `#[response_model]` implements it for the string enums it
/// generates, and `#[operation_response]` for status enums, which are
/// [`OperationStatus`] too. Every generated enum also has these items as
/// inherent constants and methods (`ErrorCode::KNOWN`, `code.as_str()`,
/// `code.is_known()`), so calling them needs no import; the trait is for
/// generic code.
///
/// ```
/// use operation_response::{response_model, StringEnum};
///
/// #[response_model(rename_all = "kebab-case", open)]
/// pub enum ErrorCode {
///     InternalServerError,
///     ScriptTimeout,
/// }
///
/// fn wire<E: StringEnum>(value: &E) -> &str {
///     value.as_str()
/// }
///
/// assert_eq!(ErrorCode::KNOWN, ["internal-server-error", "script-timeout"]);
/// assert_eq!(wire(&ErrorCode::ScriptTimeout), "script-timeout");
/// assert_eq!(wire(&ErrorCode::Unknown("quota".into())), "quota");
/// assert!(!ErrorCode::Unknown("quota".into()).is_known());
/// ```
///
/// Implemented by hand, it needs `KNOWN` and `as_str` (and the supertraits):
///
/// ```
/// use operation_response::StringEnum;
/// use std::fmt;
///
/// #[derive(Debug, Clone, PartialEq, Eq)]
/// pub enum Region { Eu, Us }
///
/// impl fmt::Display for Region {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         f.write_str(self.as_str())
///     }
/// }
///
/// impl StringEnum for Region {
///     const KNOWN: &'static [&'static str] = &["eu", "us"];
///
///     fn as_str(&self) -> &str {
///         match self {
///             Region::Eu => "eu",
///             Region::Us => "us",
///         }
///     }
/// }
///
/// assert!(Region::Us.is_known());
/// assert_eq!(Region::Eu.to_string(), "eu");
/// ```
pub trait StringEnum: Sized + fmt::Debug + fmt::Display + Clone + Eq {
    /// Every listed wire value, in declaration order.
    const KNOWN: &'static [&'static str];

    /// The wire value, as the server sent it.
    fn as_str(&self) -> &str;

    /// Whether the value is one of [`KNOWN`](Self::KNOWN) (always true for a
    /// closed enum).
    fn is_known(&self) -> bool {
        Self::KNOWN.contains(&self.as_str())
    }
}

/// Where a status leaves an operation: still running, waiting for a
/// person, or ended with success or failure.
///
/// It is a [`StringEnum`] (`"running"`, `"waiting"`, `"succeeded"`,
/// `"failed"`), so it implements `Display`, `FromStr` and serde's traits
/// with those values.
///
/// ```
/// use operation_response::Lifecycle;
///
/// assert!(!Lifecycle::Running.is_terminal());
/// assert!(Lifecycle::Waiting.is_waiting() && !Lifecycle::Waiting.is_terminal());
/// assert!(Lifecycle::Failed.is_terminal() && Lifecycle::Failed.is_failure());
/// assert!(Lifecycle::Succeeded.is_success());
/// assert_eq!("failed".parse::<Lifecycle>(), Ok(Lifecycle::Failed));
/// assert_eq!("waiting".parse::<Lifecycle>(), Ok(Lifecycle::Waiting));
/// assert_eq!(Lifecycle::Running.as_str(), "running");
/// assert!("done".parse::<Lifecycle>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lifecycle {
    /// The operation may still change: keep polling.
    Running,
    /// The operation waits for a person (an approval, a confirmation, a
    /// resume): it has not ended, but polling will not see it move until
    /// someone acts. Neither terminal nor running: a poller stops here
    /// unless told to poll while waiting (`Poller::poll_while_waiting`).
    Waiting,
    /// It ended and succeeded.
    Succeeded,
    /// It ended without succeeding.
    Failed,
}

impl Lifecycle {
    /// Every wire value, in declaration order.
    pub const KNOWN: &'static [&'static str] = &["running", "waiting", "succeeded", "failed"];

    /// The wire value: `"running"`, `"waiting"`, `"succeeded"` or `"failed"`.
    pub const fn as_str(&self) -> &'static str {
        match self {
            Lifecycle::Running => "running",
            Lifecycle::Waiting => "waiting",
            Lifecycle::Succeeded => "succeeded",
            Lifecycle::Failed => "failed",
        }
    }

    /// Always true: every `Lifecycle` is listed.
    pub const fn is_known(&self) -> bool {
        true
    }

    /// Whether the operation will not change any more.
    pub const fn is_terminal(self) -> bool {
        matches!(self, Lifecycle::Succeeded | Lifecycle::Failed)
    }

    /// Whether the operation waits for a person: not ended, not running.
    pub const fn is_waiting(self) -> bool {
        matches!(self, Lifecycle::Waiting)
    }

    /// Whether the operation ended without succeeding.
    pub const fn is_failure(self) -> bool {
        matches!(self, Lifecycle::Failed)
    }

    /// Whether the operation ended and succeeded.
    pub const fn is_success(self) -> bool {
        matches!(self, Lifecycle::Succeeded)
    }
}

impl fmt::Display for Lifecycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl core::str::FromStr for Lifecycle {
    type Err = ParseStatusError;

    fn from_str(value: &str) -> Result<Self, ParseStatusError> {
        crate::string_enum::parse_closed(value)
    }
}

impl serde::Serialize for Lifecycle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycle {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::string_enum::deserialize_string_enum(deserializer)
    }
}

/// `Lifecycle` is the status of bodies whose lifecycle is a function of their
/// fields (`#[response_model(lifecycle = path)]`): `"running"`,
/// `"waiting"`, `"succeeded"` or `"failed"`.
impl StringEnum for Lifecycle {
    const KNOWN: &'static [&'static str] = Lifecycle::KNOWN;

    fn as_str(&self) -> &str {
        Lifecycle::as_str(self)
    }
}

impl crate::string_enum::WireEnum for Lifecycle {
    const EXPECTING: &'static str = "a lifecycle string";

    fn from_known(value: &str) -> Option<Self> {
        match value {
            "running" => Some(Lifecycle::Running),
            "waiting" => Some(Lifecycle::Waiting),
            "succeeded" => Some(Lifecycle::Succeeded),
            "failed" => Some(Lifecycle::Failed),
            _ => None,
        }
    }
}

impl OperationStatus for Lifecycle {
    const TERMINAL: &'static [&'static str] = &["succeeded", "failed"];
    const FAILURE: &'static [&'static str] = &["failed"];

    fn lifecycle(&self) -> Lifecycle {
        *self
    }
}

/// A value that tells whether an ended operation failed: a string enum
/// declared with `#[response_model(failure = […])]`, the type of an
/// `#[response(outcome)]` field (or `Option` of it). A generated enum has
/// `is_failure()` and `FAILURE` as inherent items too, so calling them needs
/// no import.
///
/// ```
/// use operation_response::{from_json, operation_response, response_model, OperationResponse};
///
/// #[response_model(failure = ["failure", "timed_out"], open)]
/// pub enum Conclusion { Success, Failure, TimedOut, Skipped }
///
/// #[operation_response(status = ["queued", "completed"], terminal = ["completed"])]
/// pub struct Run {
///     #[response(outcome, required_when = "completed")]
///     pub conclusion: Option<Conclusion>,
/// }
///
/// let run: Run = from_json(r#"{"status":"completed","conclusion":"timed_out"}"#)?;
/// assert!(run.is_terminal() && run.is_failure());
/// let run: Run = from_json(r#"{"status":"completed","conclusion":"skipped"}"#)?;
/// assert!(run.is_success());
/// assert!(Conclusion::TimedOut.is_failure());
/// # Ok::<(), operation_response::Error>(())
/// ```
///
/// Implemented by hand, it needs `is_failure`:
///
/// ```
/// use operation_response::{from_json, operation_response, Outcome, OperationResponse};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// pub struct ExitCode(pub i32);
///
/// impl Outcome for ExitCode {
///     fn is_failure(&self) -> bool {
///         self.0 != 0
///     }
/// }
///
/// #[operation_response(status = ["running", "exited"], terminal = ["exited"])]
/// pub struct Process {
///     #[response(outcome)]
///     pub exit_code: Option<ExitCode>,
/// }
///
/// let process: Process = from_json(r#"{"status":"exited","exitCode":2}"#)?;
/// assert!(process.is_failure());
/// # Ok::<(), operation_response::Error>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `failure` classification, so it cannot be an `outcome`",
    label = "not declared with `#[response_model(failure = [\"…\"])]`",
    note = "declare the string enum with `#[response_model(failure = [\"failure\", …])]`, or implement `operation_response::Outcome` for it"
)]
pub trait Outcome {
    /// Whether the value means the operation did not succeed.
    fn is_failure(&self) -> bool;
}

/// No outcome: not a failure.
impl<T: Outcome> Outcome for Option<T> {
    fn is_failure(&self) -> bool {
        self.as_ref().is_some_and(Outcome::is_failure)
    }
}

impl<T: Outcome + ?Sized> Outcome for &T {
    fn is_failure(&self) -> bool {
        (**self).is_failure()
    }
}

/// A body's lifecycle from its status's and its outcome: a status declared a
/// failure stays one; for the other terminal statuses the outcome decides (a
/// terminal body without one succeeded); a running or waiting one stays as it
/// is.
pub fn with_outcome<O: Outcome + ?Sized>(status: Lifecycle, outcome: &O) -> Lifecycle {
    match status {
        Lifecycle::Running => Lifecycle::Running,
        Lifecycle::Waiting => Lifecycle::Waiting,
        Lifecycle::Failed => Lifecycle::Failed,
        Lifecycle::Succeeded if outcome.is_failure() => Lifecycle::Failed,
        Lifecycle::Succeeded => Lifecycle::Succeeded,
    }
}

/// The questions a status and a body both answer from their
/// [`lifecycle`](OperationStatus::lifecycle): provided methods of
/// [`OperationStatus`] and [`OperationResponse`](crate::OperationResponse).
macro_rules! lifecycle_questions {
    () => {
        /// Whether the operation will not change any more: stop polling.
        fn is_terminal(&self) -> bool {
            self.lifecycle().is_terminal()
        }

        /// Whether the operation ended without succeeding.
        fn is_failure(&self) -> bool {
            self.lifecycle().is_failure()
        }

        /// Whether the operation ended and succeeded.
        fn is_success(&self) -> bool {
            self.lifecycle().is_success()
        }

        /// Whether the operation waits for a person (an approval, a
        /// confirmation, a resume): not ended, and not running either.
        fn is_waiting(&self) -> bool {
            self.lifecycle().is_waiting()
        }
    };
}
pub(crate) use lifecycle_questions;

/// The status enum of a response body: a [`StringEnum`] whose values are
/// classified as running, terminal, or terminal failures.
///
/// `#[operation_response]` implements it for the enum it generates; the same
/// items are there as inherent methods and constants, so calling them needs
/// no import. Generic code imports the trait, or
/// `use operation_response::prelude::*;`.
///
/// ```
/// use operation_response::operation_response;
/// use operation_response::prelude::*;
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
///
/// Implemented by hand, it needs `TERMINAL`, `FAILURE` and `lifecycle`; a
/// status in which the operation waits for a person has the lifecycle
/// [`Lifecycle::Waiting`], and `is_waiting()` follows:
///
/// ```
/// use operation_response::{Lifecycle, OperationStatus, StringEnum};
/// use std::fmt;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// pub enum Phase { Running, Approval, Done, Broken }
///
/// impl fmt::Display for Phase {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         f.write_str(self.as_str())
///     }
/// }
///
/// impl StringEnum for Phase {
///     const KNOWN: &'static [&'static str] = &["running", "approval", "done", "broken"];
///
///     fn as_str(&self) -> &str {
///         match self {
///             Phase::Running => "running",
///             Phase::Approval => "approval",
///             Phase::Done => "done",
///             Phase::Broken => "broken",
///         }
///     }
/// }
///
/// impl OperationStatus for Phase {
///     const TERMINAL: &'static [&'static str] = &["done", "broken"];
///     const FAILURE: &'static [&'static str] = &["broken"];
///
///     fn lifecycle(&self) -> Lifecycle {
///         match self {
///             Phase::Running => Lifecycle::Running,
///             Phase::Approval => Lifecycle::Waiting,
///             Phase::Done => Lifecycle::Succeeded,
///             Phase::Broken => Lifecycle::Failed,
///         }
///     }
/// }
///
/// assert!(Phase::Broken.is_terminal() && Phase::Broken.is_failure());
/// assert!(!Phase::Running.is_terminal() && !Phase::Running.is_waiting());
/// assert!(Phase::Approval.is_waiting() && !Phase::Approval.is_terminal());
/// ```
pub trait OperationStatus: StringEnum {
    /// The wire values after which the operation will not change.
    const TERMINAL: &'static [&'static str];
    /// The terminal wire values that mean the operation did not succeed.
    const FAILURE: &'static [&'static str];

    /// Where this status leaves the operation.
    fn lifecycle(&self) -> Lifecycle;

    lifecycle_questions!();
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
