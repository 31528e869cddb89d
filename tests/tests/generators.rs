//! The proptest generators (feature `proptest`) of every test model: 256
//! values of `any::<T>()` per type, each valid and reading back as itself,
//! every status seen; 256 bodies of `invalid::<T>()` per type with rules,
//! each rejected by `from_json` with exactly the path and rule it names.

use operation_response::proptest::{invalid, Generated};
use operation_response::standard::{AzureOperationStatus, GoogleOperation};
use operation_response::{from_json, OperationResponse, StringEnum, Validate};
use operation_response_tests::openapi::{Batch, CodeScanningAutofix, TestClock};
use operation_response_tests::serde_attrs::{
    AzureLikeResponse, KebabCode, OnlyDone, SdkCode, SerdeTagged,
};
use operation_response_tests::vendors::{
    Destination, FineTuningJob, GetTranscriptionJobResponse, TranscriptionJob, TranslationResponse,
    WorkflowRun,
};
use operation_response_tests::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use std::collections::BTreeSet;

const CASES: u32 = 256;

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    })
}

/// 256 values of `T`, each valid and reading back as itself.
fn valid<T>(name: &str) -> Vec<T>
where
    T: Arbitrary
        + Validate
        + PartialEq
        + std::fmt::Debug
        + operation_response::__private::Serialize
        + operation_response::__private::DeserializeOwned,
{
    generate(runner(), name)
}

/// 256 values of `T` from `runner`, each valid and reading back as itself.
fn generate<T>(mut runner: TestRunner, name: &str) -> Vec<T>
where
    T: Arbitrary
        + Validate
        + PartialEq
        + std::fmt::Debug
        + operation_response::__private::Serialize
        + operation_response::__private::DeserializeOwned,
{
    let strategy = any::<T>();
    (0..CASES)
        .map(|_| {
            let value = strategy
                .new_tree(&mut runner)
                .unwrap_or_else(|e| panic!("{name}: {e}"))
                .current();
            value
                .validate()
                .unwrap_or_else(|e| panic!("{name}: {e}: {value:?}"));
            let json = serde_json::to_string(&value).unwrap();
            let back: T = from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}: {json}"));
            assert_eq!(back, value, "{name}: {json}");
            value
        })
        .collect()
}

fn statuses<T>(name: &str)
where
    T: Arbitrary
        + Validate
        + PartialEq
        + std::fmt::Debug
        + OperationResponse
        + operation_response::__private::Serialize
        + operation_response::__private::DeserializeOwned,
{
    let seen: BTreeSet<String> = valid::<T>(name)
        .iter()
        .map(|v| v.status().as_str().to_owned())
        .collect();
    let listed: BTreeSet<String> = <T::Status as StringEnum>::KNOWN
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(seen, listed, "{name}: statuses seen");
}

/// 256 bodies that each break one rule: `from_json` reports exactly it.
fn broken<T>(name: &str) -> BTreeSet<(String, &'static str)>
where
    T: Generated + std::fmt::Debug + operation_response::__private::DeserializeOwned + Validate,
{
    let mut runner = runner();
    let strategy = invalid::<T>();
    let mut seen = BTreeSet::new();
    for _ in 0..CASES {
        let case = strategy
            .new_tree(&mut runner)
            .expect("no rejection")
            .current();
        let error =
            from_json::<T>(&case.body).expect_err(&format!("{name}: accepted {}", case.body));
        let violations = error
            .violations()
            .unwrap_or_else(|| panic!("{name}: not a rule violation ({error}): {}", case.body));
        let found: Vec<(&str, &str)> = violations.iter().map(|v| (v.path(), v.rule())).collect();
        assert_eq!(
            found,
            [(case.path.as_str(), case.rule)],
            "{name}: {}",
            case.body
        );
        seen.insert((case.path, case.rule));
    }
    seen
}

macro_rules! each {
    ($f:ident: $($t:ty),* $(,)?) => {$( $f::<$t>(stringify!($t)); )*};
}

#[test]
fn any_value_is_valid_over_every_status() {
    each!(statuses:
        CreateOrUpdateAuthSessionStartResponseBody,
        RunResultResponseBody,
        OpenJobResponse,
        JobResponse,
        RunApiResult<Reason>,
        CreateAuthSessionResultResponseBody,
        OpenResultResponse,
        GenericResult<Reason>,
        WorkflowRun,
        SerdeTagged,
        AzureLikeResponse,
        OnlyDone,
        hygiene::ShadowedResponse,
        Batch,
        CodeScanningAutofix,
        TestClock,
        AzureOperationStatus,
        TranscriptionJob,
        // Issue 23's forms: waiting statuses, default statuses, classify,
        // outcomes in variants, number_as_string.
        vendors::Pipeline,
        vendors::Action,
        vendors::QueueStatus,
        vendors::BatchPredictionJob,
        forms::TerraformRun,
        forms::DefaultedRun,
        forms::CheckRun,
        proto3::BatchPredictionJob,
    );
}

#[test]
fn any_model_is_valid() {
    macro_rules! models {
        ($($t:ty),* $(,)?) => {$( { valid::<$t>(stringify!($t)); } )*};
    }
    models!(
        ErrorDetails,
        Reason,
        ErrorCode,
        ErrorCategory,
        Limits,
        AuthSessionError,
        CancelReason,
        OpenCategory,
        Page<Reason>,
        TranslationResponse,
        GetTranscriptionJobResponse,
        FineTuningJob,
        KebabCode,
        SdkCode,
        hygiene::ShadowedModel,
        hygiene::ShadowedKind,
        Destination
    );
}

#[test]
fn google_operations_cover_every_lifecycle() {
    // `serde_json::Value` has no `Arbitrary`: typed payloads.
    let seen: BTreeSet<String> = valid::<GoogleOperation<Reason, Reason>>("GoogleOperation")
        .iter()
        .map(|op| op.status().as_str().to_owned())
        .collect();
    assert_eq!(seen.len(), 3, "{seen:?}");
}

#[test]
fn invalid_bodies_break_exactly_the_rule_they_name() {
    let run = broken::<RunResultResponseBody>("RunResultResponseBody");
    let expected: BTreeSet<(String, &str)> = [
        ("runId", "min_length"),
        ("result", "forbidden_when"),
        ("error", "required_when"),
        ("reason", "required_when"),
    ]
    .into_iter()
    .map(|(p, r)| (p.to_owned(), r))
    .collect();
    assert_eq!(run, expected);
    let limits = broken::<Limits>("Limits");
    // (`country`'s `length` is not among them: its `validate_with` could
    // break with it, and no generator knows what it accepts.)
    for rule in [
        "greater_than",
        "less_than",
        "min",
        "max",
        "pattern",
        "min_length",
        "max_length",
    ] {
        assert!(
            limits.iter().any(|(_, r)| *r == rule),
            "Limits: no `{rule}` case in {limits:?}"
        );
    }
    broken::<OpenJobResponse>("OpenJobResponse");
    broken::<CreateAuthSessionResultResponseBody>("CreateAuthSessionResultResponseBody");
    broken::<OpenResultResponse>("OpenResultResponse");
    broken::<ErrorDetails>("ErrorDetails");
    broken::<Reason>("Reason");
    broken::<TranscriptionJob>("TranscriptionJob");
    broken::<Page<Reason>>("Page<Reason>");
}

mod every_status;

/// A runner that takes no rejection: every value generated directly.
fn strict() -> TestRunner {
    TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        max_local_rejects: 0,
        max_global_rejects: 0,
        ..Config::default()
    })
}

/// 256 values of `T` from a runner that takes no rejection, each valid and
/// reading back as itself; the statuses seen.
fn direct<T>(name: &str) -> BTreeSet<String>
where
    T: Arbitrary
        + Validate
        + PartialEq
        + std::fmt::Debug
        + operation_response::__private::Serialize
        + operation_response::__private::DeserializeOwned,
{
    generate::<T>(strict(), name)
        .iter()
        .filter_map(|value| match serde_json::to_value(value) {
            Ok(Value::Object(map)) => map.get("status").and_then(Value::as_str).map(str::to_owned),
            _ => None,
        })
        .collect()
}

use serde_json::Value;

#[test]
fn delegating_models_generate_every_status() {
    use every_status::{Around, Payloads, Wrapped};
    each!(statuses: Around, Wrapped, Payloads, FineTuningJob, GetTranscriptionJobResponse);
    assert_eq!(direct::<Around>("Around").len(), 3);
    assert_eq!(direct::<Payloads>("Payloads").len(), 2);
    direct::<Wrapped>("Wrapped");
}

#[test]
fn rule_combinations_generate_without_rejection() {
    use every_status::{Named, Tags};
    direct::<Named>("Named");
    direct::<Tags>("Tags");
    let mut runner = strict();
    let names: BTreeSet<String> = (0..CASES)
        .map(|_| any::<Named>().new_tree(&mut runner).unwrap().current().name)
        .collect();
    assert!(names.len() > 1, "one name only: {names:?}");
}
