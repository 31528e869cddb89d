//! Generated types next to the caller's own serde types: a generic body with a
//! hand-validated payload, and a model reached only through a type that does
//! not implement `Validate`.

use renamed_runtime::{
    from_json, operation_response, response_model, ErrorKind, Path, Validate, ValidationErrors,
    Violation,
};

/// A generic body: the payload type is the caller's.
#[operation_response(crate = ::renamed_runtime, status = ["running", "done"], terminal = ["done"])]
pub struct RunApiResult<R> {
    #[response(nested)]
    pub result: Option<R>,
}

/// A payload type of the caller's, with a hand-written rule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Payload {
    count: u32,
}

impl Validate for Payload {
    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        if self.count == 0 {
            errors.push(Violation::new(
                path.key("count"),
                "custom",
                "must be positive",
            ));
        }
    }
}

#[test]
fn generic_body_validates_the_payload() {
    let ok: RunApiResult<Payload> = from_json(r#"{"status":"done","result":{"count":2}}"#).unwrap();
    assert_eq!(ok.result, Some(Payload { count: 2 }));
    assert_eq!(
        serde_json::to_string(&ok).unwrap(),
        r#"{"status":"done","result":{"count":2}}"#
    );
    let bad = r#"{"status":"done","result":{"count":0}}"#;
    let err = from_json::<RunApiResult<Payload>>(bad).unwrap_err();
    assert_eq!(err.to_string(), "result.count: must be positive");
    let err = serde_json::from_str::<RunApiResult<Payload>>(bad).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("result.count: must be positive"),
        "{err}"
    );
}

/// A nested model.
#[response_model(crate = ::renamed_runtime)]
pub struct Reason {
    #[response(non_empty, rename = "type")]
    pub kind: String,
}

/// A plain serde type of the caller's, which does not implement `Validate`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Envelope {
    inner: Reason,
}

/// A body that reaches a model only through `Envelope`.
#[operation_response(crate = ::renamed_runtime, status = "done")]
pub struct WrappedResponse {
    envelope: Envelope,
}

#[test]
fn model_behind_a_type_without_validate_still_checks_itself() {
    let bad = r#"{"status":"done","envelope":{"inner":{"type":""}}}"#;
    let err = serde_json::from_str::<WrappedResponse>(bad).unwrap_err();
    assert!(
        err.to_string().starts_with("type: must not be empty"),
        "{err}"
    );
    let err = from_json::<WrappedResponse>(bad).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.to_string(), "type: must not be empty");
    let good = r#"{"status":"done","envelope":{"inner":{"type":"t"}}}"#;
    assert!(from_json::<WrappedResponse>(good).is_ok());
    // Nothing is left over for the next parse on this thread.
    assert!(serde_json::from_str::<WrappedResponse>(good).is_ok());
}

/// Reads a count through the caller's own function, ten times what the wire
/// says.
fn tens<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    <u32 as serde::Deserialize>::deserialize(deserializer).map(|n| n * 10)
}

/// A field read by the caller's own `#[serde(deserialize_with)]` function.
#[response_model(crate = ::renamed_runtime)]
pub struct Scaled {
    #[serde(deserialize_with = "tens")]
    pub count: u32,
}

/// As the crate docs say, the integers a `#[serde(with)]` function asks for
/// read integral floats too.
#[test]
fn a_callers_deserialize_with_reads_integral_floats() {
    let scaled: Scaled = from_json(r#"{"count":2.0}"#).unwrap();
    assert_eq!(scaled.count, 20);
    let err = from_json::<Scaled>(r#"{"count":2.5}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type, "{err}");
}
