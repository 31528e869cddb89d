//! Property tests: arbitrary valid values round-trip exactly; a value that
//! breaks exactly one rule is rejected with that rule's path.

use operation_response::{from_json, ErrorKind, Validate};
use operation_response_tests::{
    CancelReason, CreateAuthSessionResultResponseBody as Union, ErrorCategory, ErrorCode,
    ErrorDetails, Reason, RunResultResponseBody as Run, RunResultStatus as Status,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn text(min: usize, max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("\\PC{{{min},{max}}}")).expect("a valid regex")
}

fn code() -> impl Strategy<Value = ErrorCode> {
    prop_oneof![
        Just(ErrorCode::InternalServerError),
        Just(ErrorCode::ScriptTimeout),
        Just(ErrorCode::AuthCheckFailed),
        text(0, 12)
            .prop_filter("not a listed code", |s| !ErrorCode::KNOWN
                .contains(&s.as_str()))
            .prop_map(ErrorCode::Unknown),
    ]
}

fn error() -> impl Strategy<Value = ErrorDetails> {
    (
        text(1, 30),
        proptest::option::of(code()),
        prop_oneof![
            Just(ErrorCategory::Server),
            Just(ErrorCategory::User),
            Just(ErrorCategory::Other)
        ],
        any::<bool>(),
        proptest::option::of(text(0, 20)),
        proptest::option::of(proptest::collection::btree_map(
            text(0, 5),
            text(0, 5),
            0..3,
        )),
    )
        .prop_map(
            |(message, code, category, retirable, doc_url, details)| ErrorDetails {
                message,
                code,
                category,
                retirable,
                doc_url,
                details,
            },
        )
}

fn reason() -> impl Strategy<Value = Reason> {
    (text(1, 10), text(0, 20)).prop_map(|(kind, message)| Reason { kind, message })
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Pending),
        Just(Status::Started),
        Just(Status::Completed),
        Just(Status::Canceled),
        Just(Status::Failed),
    ]
}

/// Valid run results: each rule is met by construction.
fn valid_run() -> impl Strategy<Value = Run> {
    (
        status(),
        "[a-z0-9-]{3,20}",
        proptest::option::of(text(0, 20)),
        error(),
        any::<bool>(),
        reason(),
        any::<bool>(),
    )
        .prop_map(
            |(status, run_id, result, error, keep_error, reason, keep_reason)| {
                let running = matches!(status, Status::Pending | Status::Started);
                Run {
                    result: if running { None } else { result },
                    error: (keep_error || status == Status::Failed).then_some(error),
                    reason: (keep_reason || status == Status::Canceled).then_some(reason),
                    status,
                    run_id,
                }
            },
        )
}

/// The ways to break exactly one rule, with the path and rule they break.
#[derive(Debug, Clone, Copy)]
enum Break {
    ShortRunId,
    FailedWithoutError,
    CanceledWithoutReason,
    ResultWhilePending,
    EmptyErrorMessage,
    EmptyReasonType,
}

fn broken(mut run: Run, how: Break, short: String) -> (Run, &'static str, &'static str) {
    match how {
        Break::ShortRunId => {
            run.run_id = short;
            (run, "runId", "min_length")
        }
        Break::FailedWithoutError => {
            run.status = Status::Failed;
            run.error = None;
            (run, "error", "required_when")
        }
        Break::CanceledWithoutReason => {
            run.status = Status::Canceled;
            run.reason = None;
            (run, "reason", "required_when")
        }
        Break::ResultWhilePending => {
            run.status = Status::Pending;
            run.result = Some("too early".into());
            (run, "result", "forbidden_when")
        }
        Break::EmptyErrorMessage => {
            let mut error = run.error.take().unwrap_or(ErrorDetails {
                message: String::new(),
                code: None,
                category: ErrorCategory::User,
                retirable: false,
                doc_url: None,
                details: None,
            });
            error.message.clear();
            run.error = Some(error);
            (run, "error.message", "non_empty")
        }
        Break::EmptyReasonType => {
            let mut reason = run.reason.take().unwrap_or(Reason {
                kind: String::new(),
                message: "m".into(),
            });
            reason.kind.clear();
            run.reason = Some(reason);
            (run, "reason.type", "non_empty")
        }
    }
}

fn union() -> impl Strategy<Value = Union> {
    prop_oneof![
        "[a-z]{3,12}".prop_map(|auth_session_id| Union::Done { auth_session_id }),
        Just(Union::Pending),
        text(0, 10).prop_map(|run_id| Union::InProgress { run_id }),
        (text(0, 10), text(1, 10), text(0, 10)).prop_map(|(message, kind, text)| Union::Canceled {
            message,
            reason: CancelReason {
                kind,
                message: text,
                doc_url: None,
                details: Some(BTreeMap::new()),
            },
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn valid_values_round_trip_exactly(run in valid_run()) {
        prop_assert!(run.validate().is_ok());
        let json = serde_json::to_string(&run).unwrap();
        let back: Run = from_json(&json).unwrap();
        prop_assert_eq!(&back, &run);
        let again: Run = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&again, &run);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    #[test]
    fn valid_unions_round_trip_exactly(body in union()) {
        let json = serde_json::to_string(&body).unwrap();
        let back: Union = from_json(&json).unwrap();
        prop_assert_eq!(&back, &body);
    }

    #[test]
    fn one_broken_rule_is_reported_at_its_path(
        run in valid_run(),
        how in prop_oneof![
            Just(Break::ShortRunId),
            Just(Break::FailedWithoutError),
            Just(Break::CanceledWithoutReason),
            Just(Break::ResultWhilePending),
            Just(Break::EmptyErrorMessage),
            Just(Break::EmptyReasonType),
        ],
        short in "[a-z]{0,2}",
    ) {
        let (run, path, rule) = broken(run, how, short);
        let json = serde_json::to_string(&run).unwrap();
        let err = from_json::<Run>(&json).unwrap_err();
        prop_assert_eq!(err.kind(), ErrorKind::Validation);
        let violations = err.violations().unwrap();
        prop_assert_eq!(violations.len(), 1, "{}", violations);
        let violation = violations.iter().next().unwrap();
        prop_assert_eq!(violation.path(), path);
        prop_assert_eq!(violation.rule(), rule);
        // validate() on the value agrees, and serde_json alone rejects it.
        prop_assert_eq!(run.validate().unwrap_err(), violations.clone());
        let message = serde_json::from_str::<Run>(&json).unwrap_err().to_string();
        prop_assert!(message.starts_with(&format!("{path}: ")), "{}", message);
    }
}
