//! serde's attributes where the macro owns wire values mean exactly what
//! their `#[response(…)]` twins mean: each test proves the wire value.

use operation_response::{from_json, OperationResponse};
use operation_response_tests::serde_attrs::{
    AzureLikeResponse, AzureLikeStatus, KebabCode, SdkCode, SerdeTagged, SerdeTaggedStatus,
};

#[test]
fn serde_rename_all_on_a_string_enum_sets_its_case() {
    assert_eq!(
        KebabCode::KNOWN,
        ["internal-server-error", "script-timeout"]
    );
    let code: KebabCode = from_json(r#""internal-server-error""#).unwrap();
    assert_eq!(code, KebabCode::InternalServerError);
    assert_eq!(
        serde_json::to_string(&code).unwrap(),
        r#""internal-server-error""#
    );
    let err = from_json::<KebabCode>(r#""internal_server_error""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown variant `internal_server_error`, expected `internal-server-error` or `script-timeout` at line 1 column 23"
    );
}

#[test]
fn serde_rename_and_alias_on_string_enum_variants() {
    assert_eq!(
        SdkCode::KNOWN,
        ["internal-server-error", "canceled", "timed_out"]
    );
    for (json, value, written) in [
        (
            r#""internal-server-error""#,
            SdkCode::InternalServerError,
            r#""internal-server-error""#,
        ),
        (r#""canceled""#, SdkCode::Canceled, r#""canceled""#),
        (r#""cancelled""#, SdkCode::Canceled, r#""canceled""#),
        (r#""timeout""#, SdkCode::TimedOut, r#""timed_out""#),
    ] {
        let parsed: SdkCode = from_json(json).unwrap();
        assert_eq!(parsed, value, "{json}");
        assert_eq!(serde_json::to_string(&parsed).unwrap(), written);
        assert_eq!(json.trim_matches('"').parse::<SdkCode>(), Ok(value));
    }
    // Open: an unlisted value is kept as it came.
    let other: SdkCode = from_json(r#""quota""#).unwrap();
    assert_eq!(other, SdkCode::Unknown("quota".into()));
    assert!(!other.is_known());
}

#[test]
fn serde_tag_and_cases_on_the_enum_form() {
    assert_eq!(
        SerdeTaggedStatus::KNOWN,
        ["DONE", "IN_PROGRESS", "CANCELED", "waiting"]
    );
    for (json, status, written) in [
        (
            r#"{"state":"DONE","result_id":"r-1"}"#,
            SerdeTaggedStatus::Done,
            None,
        ),
        (
            r#"{"state":"IN_PROGRESS"}"#,
            SerdeTaggedStatus::InProgress,
            None,
        ),
        (
            r#"{"state":"RUNNING"}"#,
            SerdeTaggedStatus::InProgress,
            Some(r#"{"state":"IN_PROGRESS"}"#),
        ),
        (
            r#"{"state":"CANCELED","cancel-reason":"user"}"#,
            SerdeTaggedStatus::Canceled,
            None,
        ),
        (
            r#"{"cancel-reason":"user","state":"CANCELLED"}"#,
            SerdeTaggedStatus::Canceled,
            Some(r#"{"state":"CANCELED","cancel-reason":"user"}"#),
        ),
        (r#"{"state":"waiting"}"#, SerdeTaggedStatus::Queued, None),
    ] {
        let body: SerdeTagged = from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(body.status(), status, "{json}");
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            written.unwrap_or(json)
        );
    }
    let body: SerdeTagged = from_json(r#"{"state":"CANCELLED"}"#).unwrap();
    assert!(body.is_failure());
    let err = from_json::<SerdeTagged>(r#"{"state":"done"}"#).unwrap_err();
    assert_eq!(err.path(), Some("state"));
}

#[test]
fn container_aliases_and_a_default_from_a_function() {
    let body: AzureLikeResponse = from_json(r#"{"status":"succeeded","id":"op"}"#).unwrap();
    assert_eq!(body.status, AzureLikeStatus::Succeeded);
    assert_eq!(body.percent_complete, 100);
    assert!(body.is_success());
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"status":"Succeeded","id":"op","percentComplete":100}"#
    );
    let body: AzureLikeResponse =
        from_json(r#"{"status":"Cancelled","id":"op","percentComplete":5}"#).unwrap();
    assert_eq!(body.status, AzureLikeStatus::Canceled);
    assert_eq!(body.percent_complete, 5);
    assert!(body.is_failure());
    assert_eq!(
        "Cancelled".parse::<AzureLikeStatus>(),
        Ok(AzureLikeStatus::Canceled)
    );
    assert_eq!(
        AzureLikeStatus::KNOWN,
        ["Succeeded", "Failed", "Canceled", "Running"]
    );
}

#[test]
fn a_union_of_one_status() {
    use operation_response_tests::serde_attrs::{OnlyDone, OnlyDoneStatus};
    let body: OnlyDone = from_json(r#"{"id":"x","status":"done"}"#).unwrap();
    assert_eq!(body.status(), OnlyDoneStatus::Done);
    assert!(body.is_success());
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"status":"done","id":"x"}"#
    );
    let err = from_json::<OnlyDone>(r#"{"status":"pending"}"#).unwrap_err();
    assert_eq!(err.path(), Some("status"));
    assert_eq!(err.column(), Some(19));
    assert!(from_json::<OnlyDone>(r#"{"status":"done","id":"x","extra":1}"#).is_err());
}
