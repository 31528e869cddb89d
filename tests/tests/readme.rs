//! The README's snippets, compiled and run as a user writes them: each
//! block sits here verbatim with the imports it shows and no others (types
//! from earlier snippets come from their own modules, as in the reader's
//! crate), and `every_readme_snippet_is_here` fails when a block of
//! README.md is not here or in `tests/poll/tests/readme.rs` (the polling
//! snippet and the HTTP one, which need reqwest, tokio and axum).

/// The user's own types that the snippets name without declaring.
mod context {
    use operation_response::response_model;

    /// What went wrong.
    #[response_model]
    pub struct ErrorDetails {
        #[response(non_empty)]
        pub message: String,
    }

    /// Why a run was canceled.
    #[response_model]
    pub enum Reason {
        UserCanceled,
        Timeout,
    }
}

mod start {
    use operation_response::operation_response;

    /// Create AuthSession operation started
    #[operation_response(status = "started")]
    pub struct CreateOrUpdateAuthSessionStartResponseBody {
        pub operation_id: String,
    }
}

mod start_parse {
    use super::start::*;

    #[test]
    fn readme() -> Result<(), operation_response::Error> {
        use operation_response::{from_json, OperationResponse};

        let body: CreateOrUpdateAuthSessionStartResponseBody =
            from_json(r#"{"status":"started","operationId":"op-1"}"#)?;
        assert_eq!(body.status(), CreateOrUpdateAuthSessionStartStatus::Started);

        let err = from_json::<CreateOrUpdateAuthSessionStartResponseBody>(
            r#"{"status":"finished","operationId":"x"}"#,
        )
        .unwrap_err();
        // status: unknown variant `finished`, expected `started` at line 1 column 20
        assert!(err
            .to_string()
            .starts_with("status: unknown variant `finished`"));
        Ok(())
    }
}

mod run_result {
    use super::context::*;

    use operation_response::operation_response;

    #[operation_response(
        status = ["pending", "started", "completed", "canceled", "failed"],
        terminal = ["completed", "canceled", "failed"],
        failure = ["canceled", "failed"],
    )]
    pub struct RunResultResponseBody {
        #[response(min_length = 3)]
        pub run_id: String,
        #[response(required_when = "failed")]
        pub error: Option<ErrorDetails>,
    }

    #[test]
    fn readme() {
        use operation_response::OperationResponse;
        let body: RunResultResponseBody = operation_response::from_json(
            r#"{"status":"failed","runId":"r-1","error":{"message":"boom"}}"#,
        )
        .unwrap();
        assert!(RunResultStatus::Failed.is_failure() && body.is_terminal());
    }
}

// Laid out as the README shows it.
#[rustfmt::skip]
mod result_union {
    use super::context::*;

    use operation_response::operation_response;

    #[operation_response(
        terminal = ["done", "canceled", "failed"],
        failure = ["canceled", "failed"],
        deny_unknown_fields,
    )]
    pub enum CreateAuthSessionResultResponseBody {
        Done { #[response(min_length = 3)] auth_session_id: String },
        Pending,
        InProgress { run_id: String },
        Failed { message: String, error: ErrorDetails },
        Canceled { message: String, reason: Reason },
    }

    #[test]
    fn readme() {
        let body: CreateAuthSessionResultResponseBody = operation_response::from_json(
            r#"{"status":"canceled","message":"m","reason":"timeout"}"#,
        )
        .unwrap();
        assert!(matches!(
            body,
            CreateAuthSessionResultResponseBody::Canceled {
                reason: Reason::Timeout,
                ..
            }
        ));
    }
}

// Laid out as the README shows it.
#[rustfmt::skip]
mod lifecycles {
    use operation_response::{operation_response, response_model, Lifecycle};

    // Azure: drifting case and spelling, statuses added later, classified per value.
    #[operation_response(
        status = ["NotStarted", "Running", "Succeeded", "Failed", "Canceled"],
        terminal = ["Succeeded", "Failed", "Canceled"], failure = ["Failed", "Canceled"],
        alias = ["Cancelled" => "Canceled"], case_insensitive, open, unknown = classify,
    )]
    pub struct TranslationStatusResponse { pub id: String }

    fn classify(status: &str) -> Lifecycle {
        match status {
            "ValidationFailed" => Lifecycle::Failed,
            _ => Lifecycle::Running, // "Cancelling" and whatever comes next: keep polling
        }
    }

    // GitHub: `completed` is terminal; whether it failed is in `conclusion`.
    #[response_model(failure = ["failure", "cancelled", "timed_out"], open)]
    pub enum Conclusion { Success, Failure, Cancelled, TimedOut, Skipped }

    #[operation_response(status = ["queued", "in_progress", "completed"], terminal = ["completed"])]
    pub struct WorkflowRun {
        #[response(outcome, required_when = "completed")]
        pub conclusion: Option<Conclusion>,
    }

    #[test]
    fn readme() {
        use operation_response::{from_json, OperationResponse};
        let body: TranslationStatusResponse =
            from_json(r#"{"status":"ValidationFailed","id":"t"}"#).unwrap();
        assert!(body.is_failure() && body.id == "t");
        let run: WorkflowRun =
            from_json(r#"{"status":"completed","conclusion":"timed_out"}"#).unwrap();
        assert!(run.is_failure() && Conclusion::TimedOut.is_failure());
        assert!(!Conclusion::Skipped.is_failure());
        let _ = [
            Conclusion::Success,
            Conclusion::Failure,
            Conclusion::Cancelled,
        ];
    }
}

mod number_as_string {
    #[test]
    fn readme() {
        use operation_response::{from_json, response_model};

        #[response_model]
        pub struct CompletionStats {
            #[response(number_as_string)]
            pub successful_count: i64,
            #[response(number_as_string, max = 1000)]
            pub failed_count: Option<u64>,
        }

        let stats: CompletionStats =
            from_json(r#"{"successfulCount": "12", "failedCount": 3}"#).unwrap();
        assert_eq!((stats.successful_count, stats.failed_count), (12, Some(3)));
        assert_eq!(
            serde_json::to_string(&stats).unwrap(),
            r#"{"successfulCount":"12","failedCount":"3"}"#
        );
        // "1x" is not a decimal string: a type error at `successfulCount`
        assert!(from_json::<CompletionStats>(r#"{"successfulCount": "1x"}"#).is_err());
    }
}

mod schemas {
    use super::run_result::*;

    #[test]
    fn readme() {
        use operation_response::schemars::generate::SchemaSettings;

        let mut generator = SchemaSettings::openapi3().into_generator();
        generator.subschema_for::<RunResultResponseBody>(); // "$ref": "#/components/schemas/RunResultResponseBody"
        let components = generator.take_definitions(true); // RunResultResponseBody, RunResultStatus, ErrorDetails, …
        assert!(
            components.contains_key("RunResultResponseBody"),
            "{components:?}"
        );
        assert!(components.contains_key("RunResultStatus"), "{components:?}");
    }
}

mod drift {
    use operation_response_tests::openapi::Batch;

    #[test]
    fn batch_matches_openai() {
        let openapi: serde_json::Value =
            serde_json::from_str(include_str!("../fixtures/openapi/openai.json")).unwrap();
        let drift =
            operation_response::schema::drift::<Batch>(&openapi, "#/components/schemas/Batch");
        assert!(drift.is_empty(), "{drift}");
    }
}

mod generators {
    use super::run_result::*;

    use operation_response::from_json;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn client_handles_every_result(body in any::<RunResultResponseBody>()) {
            prop_assert!(body.run_id.chars().count() >= 3); // every rule holds
        }

        #[test]
        fn server_rejects_each_broken_rule(case in operation_response::proptest::invalid::<RunResultResponseBody>()) {
            let violations = from_json::<RunResultResponseBody>(&case.body).unwrap_err();
            let violation = violations.violations().unwrap().iter().next().unwrap();
            prop_assert_eq!((violation.path(), violation.rule()), (case.path.as_str(), case.rule));
        }
    }
}

/// Every ```rust block of README.md is here, token for token (whitespace
/// aside, as rustfmt lays it out), or in the polling and HTTP snippets'
/// tests.
#[test]
fn every_readme_snippet_is_here() {
    fn squeezed(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }
    let readme = include_str!("../../README.md");
    let here = [
        squeezed(include_str!("readme.rs")),
        squeezed(include_str!("../poll/tests/readme.rs")),
    ];
    let mut blocks = 0;
    let mut rest = readme;
    while let Some(start) = rest.find("```rust\n") {
        let body = &rest[start + "```rust\n".len()..];
        let end = body.find("```").expect("a closed block");
        let block = squeezed(&body[..end]);
        assert!(
            here.iter().any(|file| file.contains(&block)),
            "this README block is compiled nowhere:\n{}",
            &body[..end]
        );
        blocks += 1;
        rest = &body[end + 3..];
    }
    assert_eq!(blocks, 11, "the README's rust blocks");
}
