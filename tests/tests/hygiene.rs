//! The expansions in `src/hygiene.rs` compiled among shadowed prelude names;
//! here they also behave.

use operation_response::{from_json, OperationResponse};
use operation_response_tests::hygiene::{ShadowedKind, ShadowedResponse, ShadowedStatus};

#[test]
fn shadowed_declarations_work() {
    let body: ShadowedResponse =
        from_json(r#"{"status":"failed","name":"n","detail":{"message":"m"},"count":1}"#).unwrap();
    assert_eq!(body.status(), ShadowedStatus::Failed);
    assert!(body.is_failure());
    let err =
        from_json::<ShadowedResponse>(r#"{"status":"failed","name":"","count":0}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "name: length 0 is less than the minimum 1\ndetail: required when status is \"failed\"\ncount: value 0 is less than the minimum 1"
    );
    assert_eq!(
        "b".parse::<ShadowedKind>(),
        Ok(ShadowedKind::Unknown("b".to_owned()))
    );
}
