//! `Examples` of every test model: every status (every variant) covered,
//! every example valid, and each one round-trips through `from_json`.

use operation_response::standard::{AzureOperationStatus, GoogleOperation};
use operation_response::{from_json, Examples, OperationResponse, Validate};
use operation_response_tests::openapi::{Batch, CodeScanningAutofix, TestClock};
use operation_response_tests::serde_attrs::{
    AzureLikeResponse, KebabCode, OnlyDone, SdkCode, SerdeTagged,
};
use operation_response_tests::vendors::{
    Destination, FineTuningJob, GetTranscriptionJobResponse, TranslationResponse, WorkflowRun,
};
use operation_response_tests::*;
use std::collections::BTreeSet;

/// Every example validates and reads back from its own JSON as itself.
fn round_trip<T>(name: &str) -> Vec<T>
where
    T: Examples
        + Validate
        + PartialEq
        + std::fmt::Debug
        + operation_response::__private::Serialize
        + operation_response::__private::DeserializeOwned,
{
    let examples = T::examples();
    assert!(!examples.is_empty(), "{name}: no examples");
    for example in &examples {
        example
            .validate()
            .unwrap_or_else(|e| panic!("{name}: {e}: {example:?}"));
        let json = serde_json::to_string(example).unwrap();
        let back: T = from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}: {json}"));
        assert_eq!(&back, example, "{name}: {json}");
    }
    assert_eq!(T::examples(), examples, "{name}: not deterministic");
    examples
}

/// …and every status the type lists is among them.
fn every_status<T>(name: &str)
where
    T: Examples
        + Validate
        + PartialEq
        + std::fmt::Debug
        + OperationResponse
        + operation_response::__private::Serialize
        + operation_response::__private::DeserializeOwned,
    T::Status: operation_response::StringEnum,
{
    let examples = round_trip::<T>(name);
    let seen: BTreeSet<String> = examples
        .iter()
        .map(|e| operation_response::StringEnum::as_str(&e.status()).to_owned())
        .collect();
    let listed: BTreeSet<String> = <T::Status as operation_response::StringEnum>::KNOWN
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(seen, listed, "{name}");
}

macro_rules! statuses {
    ($($t:ty),* $(,)?) => {$(every_status::<$t>(stringify!($t));)*};
}
macro_rules! valid {
    ($($t:ty),* $(,)?) => {$( { round_trip::<$t>(stringify!($t)); } )*};
}

#[test]
fn response_types_cover_every_status() {
    statuses!(
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
        vendors::Pipeline,
        forms::TerraformRun,
        vendors::Action,
        forms::DefaultedRun,
        vendors::QueueStatus,
        forms::CheckRun,
    );
    // Its status is a `Lifecycle`, and an AIP-151 operation never waits for
    // a person (`done` is a boolean): every lifecycle but `waiting`.
    let seen: BTreeSet<String> = round_trip::<GoogleOperation>("GoogleOperation")
        .iter()
        .map(|e| e.status().as_str().to_owned())
        .collect();
    let lifecycles = operation_response::Lifecycle::KNOWN.iter();
    let expected: BTreeSet<String> = lifecycles
        .filter(|l| **l != "waiting")
        .map(|l| (*l).to_owned())
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn models_and_string_enums_are_valid() {
    valid!(
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
        hygiene::ShadowedKind
    );
}

#[test]
fn unions_cover_every_variant() {
    let tags: Vec<String> = Destination::examples()
        .iter()
        .map(|d| {
            serde_json::to_value(d).unwrap()["endpointType"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(tags, ["EventHub", "StorageQueue", "WebHook"]);
    valid!(Destination);
}

#[test]
fn rules_are_met_by_construction() {
    let run = RunResultResponseBody::examples();
    let by_status = |status: &str| {
        run.iter()
            .find(|b| b.status.as_str() == status)
            .unwrap_or_else(|| panic!("no {status}"))
    };
    // forbidden_when = ["pending", "started"]; required_when = "failed" / "canceled".
    assert!(by_status("pending").result.is_none() && by_status("started").result.is_none());
    assert!(by_status("failed").error.is_some() && by_status("canceled").reason.is_some());
    // A field some status requires is shown with that status only.
    assert!(by_status("pending").error.is_none() && by_status("completed").reason.is_none());
    assert!(run.iter().all(|b| b.run_id.chars().count() >= 3));

    let [limits] = Limits::examples().try_into().unwrap();
    assert!(limits.ratio > 0.0 && limits.ratio < 1.0, "{limits:?}");
    assert!((-10..=10).contains(&limits.offset));
    let id = limits.id.as_deref().unwrap();
    assert!(
        id.len() == 21
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    );
    assert!((1..=3).contains(&limits.tags.len()));
    assert_eq!(
        limits.country, "FR",
        "the `example` of a `validate_with` field"
    );

    // A lifecycle decided by a function: every alternative, one per status.
    let google: Vec<String> = <GoogleOperation>::examples()
        .iter()
        .map(|op| operation_response::StringEnum::as_str(&op.status()).to_owned())
        .collect();
    assert_eq!(google, ["succeeded", "failed", "running"]);
}

mod every_status;

#[test]
fn delegating_models_cover_every_status() {
    use every_status::{Around, Wrapped};
    statuses!(Around, Wrapped, FineTuningJob, GetTranscriptionJobResponse);
}

#[test]
fn rule_combinations_have_examples() {
    use every_status::{Named, Payloads, Tags};
    statuses!(Payloads);
    valid!(Named, Tags);
    let [named] = Named::examples().try_into().unwrap();
    assert!(
        named.name.len() >= 12 && named.name.starts_with("job-"),
        "{named:?}"
    );
    assert!(named.short.chars().count() <= 8 && named.short.len() >= 6);
    assert_eq!(named.exact.chars().count(), 10);
    let [tags] = Tags::examples().try_into().unwrap();
    assert!(
        tags.tags.len() >= 2 && tags.flags.len() == 2 && (3..=4).contains(&tags.digits.len()),
        "{tags:?}"
    );
}

/// Every payload type of the runtime has examples, values that serialize and
/// read back as themselves.
#[test]
fn every_payload_type_has_examples() {
    use serde_json::{Map, Number, Value};
    use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

    fn check<T>(name: &str)
    where
        T: Examples
            + operation_response::Validate
            + PartialEq
            + std::fmt::Debug
            + operation_response::__private::Serialize
            + operation_response::__private::DeserializeOwned,
    {
        let examples = T::examples();
        assert!(!examples.is_empty(), "{name}: no examples");
        for example in &examples {
            // The runtime implements `Examples` for each type it implements
            // `Validate` for, and the two agree.
            assert!(example.validate().is_ok(), "{name}: {example:?}");
            let json = serde_json::to_string(example).unwrap();
            let back: T =
                serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}: {json}"));
            assert_eq!(&back, example, "{name}: {json}");
        }
        assert_eq!(T::examples(), examples, "{name}: not deterministic");
    }
    macro_rules! each {
        ($($t:ty),* $(,)?) => {$( check::<$t>(stringify!($t)); )*};
    }
    each!(
        String, bool, char,
        i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize,
        f32, f64,
        Value, Map<String, Value>, Number,
        Option<String>, Option<Value>, Vec<u8>, Vec<Value>, VecDeque<String>, Box<i32>, Box<Value>,
        [u8; 3], [String; 2], [bool; 0],
        BTreeMap<String, u32>, HashMap<String, Value>, BTreeSet<String>, HashSet<i64>,
        (u8,), (u8, String), (u8, String, bool), (u8, String, bool, Value),
        (u8, String, bool, Value, f64), (u8, String, bool, Value, f64, Vec<char>),
        Vec<Option<Map<String, Value>>>,
        operation_response::Lifecycle, (), std::borrow::Cow<'static, str>,
    );
    // Containers hold values where they can.
    assert!(Vec::<u8>::examples().iter().any(|v| !v.is_empty()));
    assert!(BTreeMap::<String, u32>::examples()
        .iter()
        .any(|m| !m.is_empty()));
    assert!(Map::<String, Value>::examples()
        .iter()
        .any(|m| !m.is_empty()));
    assert!(HashSet::<i64>::examples().iter().any(|s| !s.is_empty()));
    assert_eq!(<[bool; 0]>::examples(), vec![[false; 0]]);
}
