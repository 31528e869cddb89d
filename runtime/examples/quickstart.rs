//! The main job: declare a body in four lines, then parse and validate real
//! response bodies with it.
//!
//! Run with `cargo run --example quickstart`.

use operation_response::{from_json, operation_response, OperationResponse};

/// Create AuthSession operation started
#[operation_response(status = "started")]
pub struct CreateOrUpdateAuthSessionStartResponseBody {
    pub operation_id: String,
}

/// The result of a run: five statuses, two of them failures.
#[operation_response(
    status = ["pending", "started", "completed", "canceled", "failed"],
    terminal = ["completed", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub struct RunResultResponseBody {
    #[response(min_length = 3)]
    pub run_id: String,
    #[response(required_when = "failed")]
    pub error: Option<String>,
}

fn main() {
    // 1. A body built in code, serialized as the API sends it.
    let example = CreateOrUpdateAuthSessionStartResponseBody {
        status: CreateOrUpdateAuthSessionStartStatus::Started,
        operation_id: "<id>".to_owned(),
    };
    println!("example body:     {}", to_json(&example));

    // 2. A `started` body from the wire.
    let started = r#"{"status":"started","operationId":"op-5f2c"}"#;
    match from_json::<CreateOrUpdateAuthSessionStartResponseBody>(started) {
        Ok(body) => println!(
            "parsed:           status {} (terminal: {}), operationId {}",
            body.status(),
            body.is_terminal(),
            body.operation_id
        ),
        Err(err) => println!("unexpected error: {err}"),
    }

    // 3. A status the API does not declare.
    let finished = r#"{"status":"finished","operationId":"x"}"#;
    match from_json::<CreateOrUpdateAuthSessionStartResponseBody>(finished) {
        Ok(body) => println!("unexpected success: {body:?}"),
        Err(err) => println!("rejected:         {err}"),
    }

    // 4. A result body that breaks two rules at once: every violation, with
    //    its wire path.
    let broken = r#"{"status":"failed","runId":"r1"}"#;
    match from_json::<RunResultResponseBody>(broken) {
        Ok(body) => println!("unexpected success: {body:?}"),
        Err(err) => {
            println!("rejected ({:?}):", err.kind());
            for violation in err.violations().into_iter().flatten() {
                println!("  {violation}");
            }
        }
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|err| format!("<{err}>"))
}
