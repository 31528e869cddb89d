//! The `schemars` schemas of every test model, proven with a real JSON
//! Schema validator (the `jsonschema` crate): each is a valid 2020-12
//! schema, the OpenAPI 3.0 output is a valid OpenAPI document, and the
//! schema accepts exactly what `from_json` accepts on every fixture body and
//! on bodies written to break one thing each.

use operation_response::schemars::generate::SchemaSettings;
use operation_response::schemars::JsonSchema;
use operation_response::standard::{AzureOperationStatus, GoogleOperation};
use operation_response::{from_json, Validate};
use operation_response_tests::openapi::{Batch, CodeScanningAutofix, TestClock};
use operation_response_tests::serde_attrs::{
    AzureLikeResponse, KebabCode, OnlyDone, SdkCode, SerdeTagged,
};
use operation_response_tests::vendors::{
    Destination, FineTuningJob, GetTranscriptionJobResponse, TranslationResponse, WorkflowRun,
};
use operation_response_tests::*;
use serde_json::{json, Value};

#[macro_use]
mod every_type;

fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

fn validator<T: JsonSchema>() -> jsonschema::Validator {
    let schema = schema_of::<T>();
    jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{}: {e}\n{schema:#}", T::schema_name()))
}

#[test]
fn every_schema_is_a_valid_2020_12_schema() {
    let mut count = 0;
    macro_rules! check {
        ($t:ty) => {{
            let schema = schema_of::<$t>();
            assert_eq!(
                schema["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
            if let Err(e) = jsonschema::meta::validate(&schema) {
                panic!("{}: {e}\n{schema:#}", stringify!($t));
            }
            validator::<$t>();
            count += 1;
        }};
    }
    every_type!(check);
    assert_eq!(count, 45);
}

/// An OpenAPI document holding `schemas` as its components.
fn openapi_document(version: &str, schemas: serde_json::Map<String, Value>) -> Value {
    json!({
        "openapi": version,
        "info": { "title": "operation-response tests", "version": "1" },
        "paths": {},
        "components": { "schemas": schemas },
    })
}

fn fixture(path: &str) -> Value {
    let path = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn openapi3_output_is_a_valid_openapi_3_0_document() {
    let mut generator = SchemaSettings::openapi3().into_generator();
    macro_rules! add {
        ($t:ty) => {{
            let _ = generator.subschema_for::<$t>();
        }};
    }
    every_type!(add);
    let schemas = generator.take_definitions(true);
    assert!(schemas.len() >= 35, "{}", schemas.len());
    let document = openapi_document("3.0.3", schemas);
    // OpenAPI 3.0 has no `const`, no type arrays and boolean exclusive bounds.
    let text = document.to_string();
    assert!(!text.contains("\"const\""), "{text}");
    assert!(!text.contains("\"null\""), "{text}");
    let limits = &document["components"]["schemas"]["Limits"]["properties"]["ratio"];
    assert_eq!(limits["exclusiveMinimum"], true, "{limits}");
    assert_eq!(limits["minimum"], 0, "{limits}");
    let meta = fixture("openapi/meta/oas-3.0.json");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(&meta)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// Whether `from_json` and the schema agree on `body`.
fn agree<T>(validator: &jsonschema::Validator, name: &str, body: &Value) -> bool
where
    T: for<'de> operation_response::__private::Deserialize<'de> + Validate,
{
    let parsed = from_json::<T>(&body.to_string()).is_ok();
    let valid = validator.is_valid(body);
    assert_eq!(
        parsed,
        valid,
        "{name}: from_json {} but the schema {} {body}",
        if parsed { "accepts" } else { "rejects" },
        if valid { "accepts" } else { "rejects" },
    );
    valid
}

/// The rule cases of `fixtures/rules.json`: the schema rejects each broken
/// rule it can express; `validate_with` and byte lengths it only describes.
#[test]
fn rule_fixtures_validate_as_the_rules_say() {
    let cases = fixture("rules.json");
    let run = validator::<RunResultResponseBody>();
    let limits = validator::<Limits>();
    let open = validator::<OpenJobResponse>();
    let (mut accepted, mut rejected) = (0, 0);
    for case in cases.as_array().unwrap() {
        let name = case["case"].as_str().unwrap();
        let body = &case["body"];
        let expressible = case["violations"].as_array().unwrap().iter().any(|v| {
            !matches!(
                v[1].as_str(),
                Some("validate_with" | "min_bytes" | "max_bytes")
            )
        });
        let validator = match case["type"].as_str().unwrap() {
            "run" => &run,
            "limits" => &limits,
            "open" => &open,
            other => panic!("unknown fixture type {other}"),
        };
        assert_eq!(validator.is_valid(body), !expressible, "{name}: {body}");
        if expressible {
            rejected += 1;
        } else {
            accepted += 1;
        }
    }
    assert!(accepted >= 8 && rejected >= 12, "{accepted} {rejected}");
}

fn vendor(name: &str) -> Value {
    fixture(&format!("vendors/{name}.json"))
}

/// Every vendor fixture validates against the type it parses as.
#[test]
fn vendor_fixtures_validate() {
    macro_rules! each {
        ($t:ty, [$($name:literal),*]) => {{
            let validator = validator::<$t>();
            for name in [$($name),*] {
                assert!(agree::<$t>(&validator, name, &vendor(name)), "{name}");
            }
        }};
    }
    each!(
        GoogleOperation,
        [
            "google-operation-running",
            "google-operation-succeeded",
            "google-operation-failed"
        ]
    );
    each!(
        WorkflowRun,
        [
            "github-workflow-run-success",
            "github-workflow-run-failure",
            "github-workflow-run-timed-out",
            "github-workflow-run-cancelled",
            "github-workflow-run-in-progress"
        ]
    );
    each!(
        AzureOperationStatus,
        [
            "azure-status-succeeded",
            "azure-status-running",
            "azure-status-failed",
            "azure-status-notstarted-lowercase",
            "azure-status-cancelled"
        ]
    );
    each!(
        TranslationResponse,
        ["azure-status-cancelling", "azure-status-validation-failed"]
    );
    each!(
        GetTranscriptionJobResponse,
        [
            "aws-transcribe-job-completed",
            "aws-transcribe-job-in-progress",
            "aws-transcribe-job-failed"
        ]
    );
    each!(
        FineTuningJob,
        ["task-queued", "task-completed", "task-failed"]
    );
    each!(
        Destination,
        [
            "tagged-sink-eventhub",
            "tagged-sink-storagequeue",
            "tagged-sink-hybridconnection"
        ]
    );
}

/// Bodies that each break one thing, and their valid twins: the schema and
/// `from_json` agree on every one.
#[test]
fn schema_accepts_exactly_what_parsing_accepts() {
    macro_rules! bodies {
        ($t:ty: $($body:tt => $ok:literal),* $(,)?) => {{
            let validator = validator::<$t>();
            for (body, ok) in [$((json!($body), $ok)),*] {
                assert_eq!(agree::<$t>(&validator, stringify!($t), &body), ok, "{body}");
            }
        }};
    }
    bodies!(CreateOrUpdateAuthSessionStartResponseBody:
        {"status": "started", "operationId": "op"} => true,
        {"status": "done", "operationId": "op"} => false,
        {"operationId": "op"} => false,
        {"status": "started"} => false,
        {"status": "started", "operationId": 7} => false,
    );
    bodies!(CreateAuthSessionResultResponseBody:
        {"status": "done", "authSessionId": "abc"} => true,
        {"status": "done", "authSessionId": "ab"} => false,
        {"status": "done"} => false,
        {"status": "done", "authSessionId": "abc", "extra": 1} => false,
        {"status": "pending"} => true,
        {"status": "pending", "runId": "r"} => false,
        {"status": "in_progress", "runId": "r"} => true,
        {"status": "failed", "message": "m", "error": {"message": "x", "category": "server"}} => true,
        {"status": "failed", "message": "m", "error": {"message": "", "category": "server"}} => false,
        {"status": "failed", "message": "m", "error": {"message": "x", "category": "elsewhere"}} => true,
        {"status": "canceled", "message": "m", "reason": {"type": "user", "message": "m"}} => true,
        {"status": "paused"} => false,
        {"status": "DONE", "authSessionId": "abc"} => false,
    );
    bodies!(OpenResultResponse:
        {"status": "all-done", "count": 10} => true,
        {"status": "all-done", "count": 11} => false,
        {"status": "queued"} => true,
        {"status": "paused", "anything": [1, 2]} => true,
        {"status": 3} => false,
    );
    bodies!(RunResultResponseBody:
        {"status": "completed", "runId": "abc", "result": "42"} => true,
        {"status": "started", "runId": "abc", "result": "42"} => false,
        {"status": "canceled", "runId": "abc"} => false,
        {"status": "canceled", "runId": "abc", "reason": {"type": "t", "message": "m"}} => true,
        {"status": "unheard-of", "runId": "abc"} => false,
    );
    bodies!(OpenJobResponse:
        {"status": "exploded"} => true,
        {"status": "done", "progress": 100} => true,
        {"status": "done", "progress": -1} => false,
        {"status": "done", "progress": null} => true,
    );
    bodies!(JobResponse:
        {"state": "QUEUED", "job_id": "j", "owner": null} => true,
        {"state": "QUEUED", "job_id": "j"} => false,
        {"state": "QUEUED", "job_id": "j", "owner": "o", "attempt_count": 2} => true,
        {"state": "QUEUED", "job_id": "j", "owner": "o", "other": 2} => false,
        {"state": "queued", "job_id": "j", "owner": "o"} => false,
    );
    bodies!(AzureOperationStatus:
        {"status": "succeeded"} => true,
        {"status": "SUCCEEDED"} => true,
        {"status": "Canceled"} => true,
        {"status": "Paused"} => true,
    );
    bodies!(SerdeTagged:
        {"state": "DONE", "result_id": "r"} => true,
        {"state": "RUNNING"} => true,
        {"state": "IN_PROGRESS"} => true,
        {"state": "done", "result_id": "r"} => false,
    );
    bodies!(ErrorCode:
        "script-timeout" => true,
        "anything-else" => true,
        7 => false,
    );
    bodies!(ErrorCategory:
        "unknown_error" => true,
        "Other" => false,
    );
    bodies!(Page<Reason>:
        {"items": [{"type": "t", "message": "m"}]} => true,
        {"items": [{"type": "", "message": "m"}]} => false,
        {"items": [{"type": "t", "message": "m"}, {"type": "t", "message": "m"}, {"type": "t", "message": "m"}]} => false,
    );
    bodies!(Destination:
        {"endpointType": "EventHub", "properties": {"resourceId": "/subscriptions/s"}} => true,
        {"endpointType": "EventHub", "properties": {"resourceId": "r"}} => false,
        {"endpointType": "Webhook"} => true,
        {"endpointType": "StorageQueue", "properties": {"resourceId": "/subscriptions/s", "queueName": "qq"}} => false,
        {"endpointType": "Carrier", "properties": {}} => true,
    );
}

/// The status names of a `oneOf` branch: `const`, or `enum`.
fn fixed_status(branch: &Value, key: &str) -> Vec<String> {
    let property = &branch["properties"][key];
    let values = match (&property["const"], &property["enum"]) {
        (Value::String(one), _) => vec![one.clone()],
        (_, Value::Array(many)) => many
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect(),
        _ => panic!("no fixed {key} in {branch:#}"),
    };
    let required = branch["required"].as_array().unwrap();
    assert!(
        required.iter().any(|r| r == key),
        "{key} is not required in {branch:#}"
    );
    values
}

/// The enum form and tagged models: a `oneOf` with one fixed status (or
/// tag) per branch, and a discriminator that maps each to its branch.
#[test]
fn unions_are_one_of_with_a_fixed_status_per_branch() {
    macro_rules! union {
        ($t:ty, $key:literal, [$([$($status:literal),+]),+], open = $open:literal) => {{
            let schema = schema_of::<$t>();
            let one_of = schema["oneOf"].as_array().unwrap_or_else(|| panic!("{schema:#}"));
            let expected: Vec<Vec<&str>> = vec![$(vec![$($status),+]),+];
            assert_eq!(one_of.len(), expected.len() + usize::from($open), "{schema:#}");
            assert_eq!(schema["discriminator"]["propertyName"], $key);
            for (branch, statuses) in one_of.iter().zip(&expected) {
                let reference = branch["$ref"].as_str().unwrap();
                let target = schema.pointer(reference.trim_start_matches('#')).unwrap();
                assert_eq!(fixed_status(target, $key), *statuses, "{target:#}");
                for status in statuses {
                    assert_eq!(schema["discriminator"]["mapping"][status], reference);
                }
            }
            if $open {
                // The last branch takes every status the others do not.
                let last = one_of.last().unwrap();
                assert!(last["properties"][$key]["not"].is_object(), "{last:#}");
            }
        }};
    }
    union!(
        CreateAuthSessionResultResponseBody,
        "status",
        [
            ["done"],
            ["pending"],
            ["in_progress"],
            ["failed"],
            ["canceled"]
        ],
        open = false
    );
    union!(
        OpenResultResponse,
        "status",
        [["all-done"], ["queued"]],
        open = true
    );
    union!(
        GenericResult<String>,
        "state",
        [["done"], ["running"]],
        open = false
    );
    union!(
        SerdeTagged,
        "state",
        [
            ["DONE"],
            ["IN_PROGRESS", "RUNNING"],
            ["CANCELED", "CANCELLED"],
            ["waiting"]
        ],
        open = false
    );
    union!(
        Destination,
        "endpointType",
        [["EventHub"], ["StorageQueue"], ["WebHook", "Webhook"]],
        open = true
    );
}

/// What no keyword can say is in the description; the lifecycle also as
/// `x-lifecycle`.
#[test]
fn descriptions_say_what_keywords_cannot() {
    let google = schema_of::<GoogleOperation>();
    let description = google["description"].as_str().unwrap();
    assert!(description.contains("`google_lifecycle`"), "{description}");
    assert!(description.contains("`error_or_response`"), "{description}");
    let limits = schema_of::<Limits>();
    let country = limits["properties"]["country"]["description"]
        .as_str()
        .unwrap();
    assert!(country.contains("`upper`"), "{country}");
    // `#[response(example = …)]` is also the schema's `examples`.
    assert_eq!(limits["properties"]["country"]["examples"], json!(["FR"]));
    let job = schema_of::<GetTranscriptionJobResponse>();
    let text = job.to_string();
    assert!(text.contains("At most 200 bytes in UTF-8."), "{text}");
    let run = schema_of::<RunResultResponseBody>();
    let status = &run["$defs"]["RunResultStatus"];
    assert_eq!(
        status["x-lifecycle"],
        json!({"terminal": ["completed", "canceled", "failed"], "failure": ["canceled", "failed"]})
    );
    let workflow = schema_of::<WorkflowRun>().to_string();
    assert!(
        workflow.contains("`conclusion` decides whether the operation succeeded"),
        "{workflow}"
    );
}
