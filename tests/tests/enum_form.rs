//! The enum form: a status-discriminated union.

use operation_response::{from_json, ErrorKind, OperationResponse, Path, Validate};
use operation_response_tests::{
    AuthSessionError, CreateAuthSessionResultResponseBody as Body, CreateAuthSessionResultStatus,
    ErrorCode, GenericResult, OpenCategory, OpenResultResponse, OpenResultStatus, Reason,
};

const BODIES: &[&str] = &[
    r#"{"status":"done","authSessionId":"auth-session-123"}"#,
    r#"{"status":"pending"}"#,
    r#"{"status":"in_progress","runId":"run-7"}"#,
    r#"{"status":"failed","message":"boom","error":{"message":"script crashed","code":"script-timeout","category":"server","retirable":true,"doc_url":"https://docs","correlationId":"c-1","details":{"line":"3"}}}"#,
    r#"{"status":"canceled","message":"stopped","reason":{"type":"user","message":"by user","doc_url":"https://docs"}}"#,
];

#[test]
fn each_status_parses_and_round_trips() {
    use CreateAuthSessionResultStatus as S;
    let expected = [
        (S::Done, true, false),
        (S::Pending, false, false),
        (S::InProgress, false, false),
        (S::Failed, true, true),
        (S::Canceled, true, true),
    ];
    for (json, (status, terminal, failure)) in BODIES.iter().zip(expected) {
        let body: Body = from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(body.status(), status, "{json}");
        assert_eq!(body.is_terminal(), terminal, "{json}");
        assert_eq!(body.is_failure(), failure, "{json}");
        assert_eq!(body.is_success(), terminal && !failure, "{json}");
        assert_eq!(serde_json::to_string(&body).unwrap(), *json);
        assert_eq!(serde_json::from_str::<Body>(json).unwrap(), body);
    }
    let body: Body = from_json(BODIES[3]).unwrap();
    let Body::Failed { error, .. } = body else {
        panic!("not failed")
    };
    assert_eq!(error.code, Some(ErrorCode::ScriptTimeout));
    assert_eq!(error.category, OpenCategory::Server);
    assert_eq!(error.correlation_id.as_deref(), Some("c-1"));
    assert_eq!(
        CreateAuthSessionResultStatus::KNOWN,
        ["done", "pending", "in_progress", "failed", "canceled"]
    );
}

#[test]
fn status_key_in_any_position() {
    let expected: Body =
        from_json(r#"{"status":"canceled","message":"m","reason":{"type":"t","message":"x"}}"#)
            .unwrap();
    for json in [
        r#"{"message":"m","status":"canceled","reason":{"type":"t","message":"x"}}"#,
        r#"{"message":"m","reason":{"type":"t","message":"x"},"status":"canceled"}"#,
        r#"{"reason":{"message":"x","type":"t"},"message":"m","status":"canceled"}"#,
    ] {
        assert_eq!(from_json::<Body>(json).unwrap(), expected, "{json}");
        assert_eq!(
            serde_json::from_str::<Body>(json).unwrap(),
            expected,
            "{json}"
        );
    }
    // Rules still apply to fields read before the status.
    let err = from_json::<Body>(r#"{"authSessionId":"ab","status":"done"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(
        err.to_string(),
        "authSessionId: length 2 is less than the minimum 3"
    );
}

#[test]
fn unknown_status_fails_when_closed() {
    let err = from_json::<Body>(r#"{"status":"paused"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(
        err.to_string().contains(
            "unknown variant `paused`, expected one of `done`, `pending`, `in_progress`, `failed`, `canceled`"
        ),
        "{err}"
    );
    let err = from_json::<Body>(r#"{"runId":"r"}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `status`"), "{err}");
    let err = from_json::<Body>(r#"["done"]"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
}

#[test]
fn unknown_status_round_trips_with_its_fields_when_open() {
    let json = r#"{"status":"paused","until":"2026-12-01","progress":{"done":3,"of":[1,2]}}"#;
    let body: OpenResultResponse = from_json(json).unwrap();
    let OpenResultResponse::Unknown { status, fields } = &body else {
        panic!("not unknown: {body:?}")
    };
    assert_eq!(status, "paused");
    assert_eq!(fields.len(), 2);
    assert_eq!(
        body.status(),
        OpenResultStatus::Unknown("paused".to_owned())
    );
    assert!(!body.is_terminal());
    assert_eq!(serde_json::to_string(&body).unwrap(), json);
    // The status later in the object: nothing is lost either.
    let later = r#"{"until":"2026-12-01","status":"paused"}"#;
    let body: OpenResultResponse = from_json(later).unwrap();
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"status":"paused","until":"2026-12-01"}"#
    );
    // Listed statuses, with `status_case` and a per-variant `status`.
    let done: OpenResultResponse = from_json(r#"{"status":"all-done","count":3}"#).unwrap();
    assert_eq!(done, OpenResultResponse::AllDone { count: 3 });
    assert!(done.is_terminal());
    let waiting: OpenResultResponse = from_json(r#"{"status":"queued"}"#).unwrap();
    assert_eq!(waiting, OpenResultResponse::Waiting);
    assert_eq!(
        serde_json::to_string(&waiting).unwrap(),
        r#"{"status":"queued"}"#
    );
    let err = from_json::<OpenResultResponse>(r#"{"status":"all-done","count":11}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "count: value 11 is greater than the maximum 10"
    );
}

#[test]
fn extra_keys_on_unit_variants_fail_under_deny_unknown_fields() {
    let err = from_json::<Body>(r#"{"status":"pending","extra":1}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    let err = from_json::<Body>(r#"{"extra":1,"status":"pending"}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    let err = from_json::<Body>(r#"{"status":"done","authSessionId":"abc","x":true}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field `x`"), "{err}");
    // Without `deny_unknown_fields`, extra keys are ignored.
    assert!(from_json::<OpenResultResponse>(r#"{"status":"queued","extra":1}"#).is_ok());
}

#[test]
fn missing_field_inside_a_variant_names_its_path() {
    let err = from_json::<Body>(r#"{"status":"in_progress"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("missing field `runId`"), "{err}");
    let err = from_json::<Body>(r#"{"status":"failed","message":"m","error":{"message":"x"}}"#)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert_eq!(err.path(), Some("error"));
    assert!(
        err.to_string()
            .starts_with("error: missing field `category`"),
        "{err}"
    );
    let err = from_json::<Body>(
        r#"{"status":"failed","message":"m","error":{"message":"x","category":5}}"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), Some("error.category"));
}

#[test]
fn rules_inside_variants_report_wire_paths() {
    let err = from_json::<Body>(
        r#"{"status":"failed","message":"m","error":{"message":"","category":"new-kind"}}"#,
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.to_string(), "error.message: must not be empty");
    let body = Body::Canceled {
        message: "m".to_owned(),
        reason: operation_response_tests::CancelReason {
            kind: String::new(),
            message: "x".to_owned(),
            doc_url: None,
            details: None,
        },
    };
    let errors = body.validate().unwrap_err();
    assert_eq!(errors.paths().collect::<Vec<_>>(), ["reason.type"]);
    let _: Option<Reason> = None;
    let _: Option<AuthSessionError> = None;
}

/// The caller's payload: a model with a rule.
#[operation_response::response_model]
pub struct Payload {
    #[response(min = 1)]
    count: u32,
}

#[test]
fn generic_union_round_trips_and_validates_the_payload() {
    let json = r#"{"state":"done","result":{"count":2}}"#;
    let body: GenericResult<Payload> = from_json(json).unwrap();
    assert!(body.is_terminal());
    assert_eq!(serde_json::to_string(&body).unwrap(), json);
    let err = from_json::<GenericResult<Payload>>(r#"{"state":"done","result":{"count":0}}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "result.count: value 0 is less than the minimum 1"
    );
    let running: GenericResult<Payload> = from_json(r#"{"state":"running"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&running).unwrap(),
        r#"{"state":"running"}"#
    );
    let _ = Path::root();
}

#[test]
fn generic_model_validates_every_item() {
    use operation_response_tests::Page;
    let json = r#"{"items":[{"count":1},{"count":2}],"next":"c2"}"#;
    let page: Page<Payload> = from_json(json).unwrap();
    assert_eq!(page.items.len(), 2);
    assert_eq!(serde_json::to_string(&page).unwrap(), json);
    let err = from_json::<Page<Payload>>(r#"{"items":[{"count":1},{"count":0},{"count":3}]}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "items: length 3 is greater than the maximum 2\nitems[1].count: value 0 is less than the minimum 1"
    );
}

#[test]
fn a_second_status_key_is_an_error() {
    for json in [
        r#"{"status":"pending","status":"done"}"#,
        r#"{"status":"done","authSessionId":"abc","status":"pending"}"#,
        r#"{"authSessionId":"abc","status":"done","status":"done"}"#,
    ] {
        let err = from_json::<Body>(json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Type, "{json}");
        assert!(err.to_string().contains("status"), "{json}: {err}");
    }
    let err = from_json::<OpenResultResponse>(r#"{"status":"paused","status":"x"}"#).unwrap_err();
    assert!(
        err.to_string().contains("duplicate field `status`"),
        "{err}"
    );
}
