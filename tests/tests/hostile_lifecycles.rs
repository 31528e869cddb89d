//! Hostile input for the lifecycle forms: case folding stays ASCII, tags of
//! the wrong type or missing are errors with paths, and nothing is lost.

use operation_response::standard::{AzureOperationStatus, AzureStatus, GoogleOperation};
use operation_response::{from_json, ErrorKind, OperationResponse};
use operation_response_tests::vendors::{Destination, GetTranscriptionJobResponse};

#[test]
fn case_folding_is_ascii_only() {
    // U+017F LATIN SMALL LETTER LONG S folds to `s` in Unicode, not in ASCII:
    // it is an unlisted status, kept as it came, and keeps polling.
    let body: AzureOperationStatus = from_json("{\"status\":\"\u{17F}ucceeded\"}").unwrap();
    assert_eq!(body.status, AzureStatus::Unknown("\u{17F}ucceeded".into()));
    assert!(!body.is_terminal());
    // A long status is kept whole.
    let long = "S".repeat(100_000);
    let body: AzureOperationStatus = from_json(&format!(r#"{{"status":"{long}"}}"#)).unwrap();
    assert_eq!(body.status.as_str().len(), 100_000);
}

#[test]
fn tags_of_the_wrong_type_or_missing() {
    for (json, path) in [
        (r#"{"endpointType":7}"#, Some("endpointType")),
        (r#"{"endpointType":null}"#, Some("endpointType")),
        (r#"{"properties":{}}"#, None),
        (r#"[]"#, None),
    ] {
        let err = from_json::<Destination>(json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Type, "{json}");
        assert_eq!(err.path(), path, "{json}: {err}");
    }
    let err = from_json::<Destination>(r#"{"properties":{}}"#).unwrap_err();
    assert!(
        err.to_string().contains("missing field `endpointType`"),
        "{err}"
    );
}

#[test]
fn a_nested_status_of_the_wrong_type_has_its_path() {
    let err = from_json::<GetTranscriptionJobResponse>(
        r#"{"TranscriptionJob":{"TranscriptionJobName":"j","TranscriptionJobStatus":false}}"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), Some("TranscriptionJob.TranscriptionJobStatus"));
    let err = from_json::<GetTranscriptionJobResponse>(
        r#"{"TranscriptionJob":{"TranscriptionJobName":"j"}}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("TranscriptionJobStatus"), "{err}");
}

#[test]
fn google_operations_with_odd_payloads() {
    // `done` of the wrong type, and a payload of any JSON kind.
    let err = from_json::<GoogleOperation>(r#"{"name":"o","done":"yes"}"#).unwrap_err();
    assert_eq!(err.path(), Some("done"));
    let op: GoogleOperation =
        from_json(r#"{"name":"o","done":true,"response":[1,"two",null]}"#).unwrap();
    assert!(op.is_success());
    assert_eq!(op.response.unwrap()[1], "two");
    // A deeply nested payload is read within serde_json's recursion limit.
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let op: GoogleOperation =
        from_json(&format!(r#"{{"name":"o","done":true,"response":{deep}}}"#)).unwrap();
    assert!(op.is_terminal());
}

#[test]
fn a_second_tag_or_status_key_is_an_error_without_deny_unknown_fields() {
    use operation_response_tests::serde_attrs::SerdeTagged;
    let err = from_json::<Destination>(
        r#"{"endpointType":"EventHub","properties":{"resourceId":"/subscriptions/x"},"endpointType":"StorageQueue"}"#,
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(
        err.to_string().contains("duplicate field `endpointType`"),
        "{err}"
    );
    for json in [
        r#"{"state":"DONE","result_id":"r","state":"IN_PROGRESS"}"#,
        r#"{"result_id":"r","state":"DONE","state":"DONE"}"#,
    ] {
        let err = from_json::<SerdeTagged>(json).unwrap_err();
        assert!(
            err.to_string().contains("duplicate field `state`"),
            "{json}: {err}"
        );
        assert!(serde_json::from_str::<SerdeTagged>(json).is_err(), "{json}");
    }
}
