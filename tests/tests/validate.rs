//! Every field rule, table-driven over `fixtures/rules.json`: each body is
//! parsed with `from_json`, with `serde_json` directly, leniently, and checked
//! again with `validate()`; all four must agree.

use operation_response::{
    from_json, from_json_lenient, ErrorKind, Validate, ValidationErrors, Violation,
};
use operation_response_tests::{
    ErrorCategory, ErrorDetails, Limits, OpenJobResponse, Reason, RunResultResponseBody,
    RunResultStatus,
};
use serde_json::Value;
use std::collections::BTreeMap;

fn triples(errors: &ValidationErrors) -> Vec<[String; 3]> {
    errors
        .iter()
        .map(|v| {
            [
                v.path().to_owned(),
                v.rule().to_owned(),
                v.message().to_owned(),
            ]
        })
        .collect()
}

/// A macro rather than a generic function, so that this crate names no
/// serde trait: it has no `serde` dependency, as users need none.
macro_rules! check_case {
    ($T:ty, $case:expr, $body:expr, $expected:expr) => {{
        type T = $T;
        let (case, body, expected): (&str, &str, &[[String; 3]]) = ($case, $body, $expected);
        // Leniently: the value and its violations.
        let (value, violations) =
            from_json_lenient::<T>(body).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(triples(&violations), expected, "{case}: lenient");
        // validate() on the value agrees with parsing.
        let again = value.validate().err().unwrap_or_default();
        assert_eq!(triples(&again), expected, "{case}: validate()");
        // What was read serializes back to a body that reads the same.
        let wire = serde_json::to_string(&value).unwrap();
        let (rebuilt, again) = from_json_lenient::<T>(&wire).unwrap();
        assert_eq!(rebuilt, value, "{case}: round trip");
        assert_eq!(triples(&again), expected, "{case}: round trip violations");
        match (from_json::<T>(body), expected.is_empty()) {
            (Ok(_), true) => {}
            (Err(err), false) => {
                assert_eq!(err.kind(), ErrorKind::Validation, "{case}");
                assert_eq!(
                    triples(err.violations().unwrap()),
                    expected,
                    "{case}: from_json"
                );
            }
            (result, _) => panic!("{case}: from_json gave {result:?}"),
        }
        // serde_json alone enforces the same rules, and its message lists every
        // violation with its path.
        match (serde_json::from_str::<T>(body), expected.is_empty()) {
            (Ok(_), true) => {}
            (Err(err), false) => {
                let message = err.to_string();
                for [path, _, text] in expected {
                    assert!(
                        message.contains(&format!("{path}: {text}")),
                        "{case}: {message}"
                    );
                }
            }
            (result, _) => panic!("{case}: serde_json gave {result:?}"),
        }
    }};
}

#[test]
fn every_rule_from_fixtures() {
    let fixtures: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/rules.json")).unwrap();
    assert!(fixtures.len() >= 20);
    for fixture in fixtures {
        let case = fixture["case"].as_str().unwrap();
        let body = fixture["body"].to_string();
        let expected: Vec<[String; 3]> =
            serde_json::from_value(fixture["violations"].clone()).unwrap();
        match fixture["type"].as_str().unwrap() {
            "run" => check_case!(RunResultResponseBody, case, &body, &expected),
            "limits" => check_case!(Limits, case, &body, &expected),
            "open" => check_case!(OpenJobResponse, case, &body, &expected),
            other => panic!("unknown fixture type {other}"),
        }
    }
}

#[test]
fn nan_fails_any_bound() {
    let limits = Limits {
        ratio: f64::NAN,
        offset: 0,
        id: None,
        tags: vec!["a".to_owned()],
        country: "FR".to_owned(),
    };
    let errors = limits.validate().unwrap_err();
    assert_eq!(errors.paths().collect::<Vec<_>>(), ["ratio", "ratio"]);
    assert_eq!(
        errors.iter().map(Violation::rule).collect::<Vec<_>>(),
        ["greater_than", "less_than"]
    );
}

#[test]
fn violation_three_levels_deep_and_in_the_third_element() {
    // A `Vec` of bodies: paths start at the index.
    let body = r#"[
        {"status":"pending","runId":"abc"},
        {"status":"pending","runId":"abc"},
        {"status":"failed","runId":"abc","error":{"message":"","category":"server"}}
    ]"#;
    let err = from_json::<Vec<RunResultResponseBody>>(body).unwrap_err();
    assert_eq!(err.to_string(), "[2].error.message: must not be empty");

    // Maps of models: the key is part of the path.
    let body =
        r#"{"first":{"message":"ok","category":"user"},"second":{"message":"","category":"user"}}"#;
    let err = from_json::<BTreeMap<String, ErrorDetails>>(body).unwrap_err();
    assert_eq!(err.to_string(), "second.message: must not be empty");

    // Three levels: map → vec → model.
    let body = r#"{"batch":[{"type":"x","message":"m"},{"type":"x","message":"m"},{"type":"","message":"m"}]}"#;
    let err = from_json::<BTreeMap<String, Vec<Reason>>>(body).unwrap_err();
    assert_eq!(err.to_string(), "batch[2].type: must not be empty");
}

#[test]
fn lenient_returns_value_and_two_violations() {
    let body = r#"{"status":"failed","runId":"r1"}"#;
    let (value, violations) = from_json_lenient::<RunResultResponseBody>(body).unwrap();
    assert_eq!(value.status, RunResultStatus::Failed);
    assert_eq!(value.run_id, "r1");
    assert_eq!(violations.len(), 2);
    assert_eq!(
        violations.to_string(),
        "runId: length 2 is less than the minimum 3\nerror: required when status is \"failed\""
    );
    // A valid body: no violations.
    let (_, none) =
        from_json_lenient::<RunResultResponseBody>(r#"{"status":"pending","runId":"r12"}"#)
            .unwrap();
    assert!(none.is_empty());
    // Type errors are still errors, with their path.
    let err = from_json_lenient::<RunResultResponseBody>(
        r#"{"status":"failed","runId":"r1","error":{"message":"m","category":"oops"}}"#,
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert_eq!(err.path(), Some("error.category"));
    assert!(err.to_string().starts_with(
        "error.category: unknown variant `oops`, expected one of `server`, `user`, `unknown_error`"
    ));
}

#[test]
fn value_built_in_code_reports_like_parsing() {
    let built = RunResultResponseBody {
        status: RunResultStatus::Canceled,
        run_id: "r".to_owned(),
        result: None,
        error: Some(ErrorDetails {
            message: String::new(),
            code: None,
            category: ErrorCategory::Server,
            retirable: false,
            doc_url: None,
            details: None,
        }),
        reason: None,
    };
    let from_code = built.validate().unwrap_err();
    let json = serde_json::to_string(&built).unwrap();
    let (_, from_wire) = from_json_lenient::<RunResultResponseBody>(&json).unwrap();
    assert_eq!(from_code, from_wire);
    assert_eq!(
        from_code.paths().collect::<Vec<_>>(),
        ["runId", "error.message", "reason"]
    );
}

#[test]
fn open_string_enums_keep_unknown_values() {
    use operation_response_tests::ErrorCode;
    let details: ErrorDetails = from_json(
        r#"{"message":"m","code":"quota-exceeded","category":"user","doc_url":"https://x"}"#,
    )
    .unwrap();
    assert_eq!(
        details.code,
        Some(ErrorCode::Unknown("quota-exceeded".to_owned()))
    );
    assert_eq!(details.doc_url.as_deref(), Some("https://x"));
    assert!(!details.retirable);
    assert_eq!(
        serde_json::to_string(&details).unwrap(),
        r#"{"message":"m","code":"quota-exceeded","category":"user","retirable":false,"doc_url":"https://x"}"#
    );
    assert_eq!(ErrorCode::ScriptTimeout.as_str(), "script-timeout");
    assert_eq!("auth-check-failed".parse(), Ok(ErrorCode::AuthCheckFailed));
    assert_eq!(ErrorCategory::Other.as_str(), "unknown_error");
}

#[test]
fn a_report_left_by_serde_json_is_not_taken_by_a_later_from_json() {
    // serde_json alone fails with a validation report…
    assert!(
        serde_json::from_str::<RunResultResponseBody>(r#"{"status":"pending","runId":"r"}"#)
            .is_err()
    );
    // …and a later from_json that fails on the shape reports a type error.
    let err = from_json::<RunResultResponseBody>(r#"{"status":"pending","runId":5}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert_eq!(err.path(), Some("runId"));
    // A validation failure still comes back structured.
    let err =
        from_json::<RunResultResponseBody>(r#"{"status":"pending","runId":"r"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.violations().map(ValidationErrors::len), Some(1));
}
