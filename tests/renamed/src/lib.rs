//! `crate = ::renamed_runtime`: the runtime is a dependency under another
//! name, and no `operation_response` is in scope.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

use renamed_runtime::{operation_response, response_model};

/// A body whose generated code names the runtime through `crate`.
#[operation_response(
    crate = ::renamed_runtime,
    status = ["pending", "done"],
    terminal = ["done"],
)]
pub struct RenamedResponse {
    /// The details, validated with the body.
    pub details: Option<Details>,
}

/// A nested model, also through `crate`.
#[response_model(crate = ::renamed_runtime)]
pub struct Details {
    /// Must not be empty.
    #[response(non_empty)]
    pub message: String,
}

/// A string enum through `crate`.
#[response_model(crate = ::renamed_runtime, open)]
pub enum Kind {
    /// `"fast"`
    Fast,
}

#[cfg(test)]
mod tests {
    use super::{Kind, RenamedResponse, RenamedStatus};
    use renamed_runtime::{from_json, OperationResponse};

    #[test]
    fn generated_code_reaches_the_renamed_crate() {
        let body: RenamedResponse =
            from_json(r#"{"status":"done","details":{"message":"ok"}}"#).unwrap();
        assert_eq!(body.status(), RenamedStatus::Done);
        assert!(body.is_terminal());
        let err = from_json::<RenamedResponse>(r#"{"status":"done","details":{"message":""}}"#)
            .unwrap_err();
        assert_eq!(err.to_string(), "details.message: must not be empty");
        assert_eq!(
            serde_json::from_str::<Kind>(r#""slow""#).unwrap(),
            Kind::Unknown("slow".to_owned())
        );
    }
}
