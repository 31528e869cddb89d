//! The type of the product's origin: the create-auth-session `start` body.

use operation_response::{from_json, operation_response, ErrorKind, OperationResponse};

/// Create AuthSession operation started
#[operation_response(status = "started")]
pub struct CreateOrUpdateAuthSessionStartResponseBody {
    pub operation_id: String,
}

const STARTED: &str = r#"{"status":"started","operationId":"<id>"}"#;

#[test]
fn started_body_parses_and_round_trips() {
    let body: CreateOrUpdateAuthSessionStartResponseBody = from_json(STARTED).unwrap();
    assert_eq!(body.status(), CreateOrUpdateAuthSessionStartStatus::Started);
    assert_eq!(body.operation_id, "<id>");
    assert_eq!(serde_json::to_string(&body).unwrap(), STARTED);

    let through_serde: CreateOrUpdateAuthSessionStartResponseBody =
        serde_json::from_str(STARTED).unwrap();
    assert_eq!(through_serde, body);
}

#[test]
fn unknown_status_names_it_and_the_allowed_one() {
    let json = r#"{"status":"finished","operationId":"x"}"#;
    let err = from_json::<CreateOrUpdateAuthSessionStartResponseBody>(json).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert_eq!(err.path(), Some("status"));
    let message = err.to_string();
    assert!(message.contains("`finished`"), "{message}");
    assert!(message.contains("`started`"), "{message}");

    let err = serde_json::from_str::<CreateOrUpdateAuthSessionStartResponseBody>(json).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("`finished`") && message.contains("`started`"),
        "{message}"
    );
}

#[test]
fn missing_operation_id_is_named() {
    let err = from_json::<CreateOrUpdateAuthSessionStartResponseBody>(r#"{"status":"started"}"#)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("`operationId`"), "{err}");
}

#[test]
fn missing_status_is_named() {
    let err = from_json::<CreateOrUpdateAuthSessionStartResponseBody>(r#"{"operationId":"x"}"#)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("`status`"), "{err}");
}
