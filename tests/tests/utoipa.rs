//! `utoipa::ToSchema` for every test model: a valid OpenAPI 3.1 document,
//! the same properties, required keys, status sets, types and bounds as the
//! `schemars` schema (compared with `schema::drift`), and the same verdict
//! on bodies as `from_json`.

use operation_response::schema::drift;
use operation_response::standard::{AzureOperationStatus, GoogleOperation};
use operation_response::utoipa::openapi::{schema::Schema, RefOr};
use operation_response::utoipa::ToSchema;
use operation_response_tests::openapi::{Batch, CodeScanningAutofix, TestClock};
use operation_response_tests::serde_attrs::{
    AzureLikeResponse, KebabCode, OnlyDone, SdkCode, SerdeTagged,
};
use operation_response_tests::vendors::{
    Destination, FineTuningJob, GetTranscriptionJobResponse, TranslationResponse, WorkflowRun,
};
use operation_response_tests::*;
use serde_json::{json, Map, Value};

#[macro_use]
mod every_type;

/// `T`'s schema and the ones it refers to, as OpenAPI components.
fn components<T: ToSchema>() -> Map<String, Value> {
    let mut out: Vec<(String, RefOr<Schema>)> = Vec::new();
    T::schemas(&mut out);
    out.push((T::name().into_owned(), T::schema()));
    out.into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect()
}

fn document(schemas: Map<String, Value>) -> Value {
    json!({
        "openapi": "3.1.0",
        "info": { "title": "operation-response tests", "version": "1" },
        "paths": {},
        "components": { "schemas": schemas },
    })
}

fn fixture(path: &str) -> Value {
    let path = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The OpenAPI 3.1 schema's dialect and vocabulary, from the fixtures.
struct Local;

impl jsonschema::Retrieve for Local {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        match uri.as_str() {
            "https://spec.openapis.org/oas/3.1/dialect/base" => {
                Ok(fixture("openapi/meta/oas-3.1-dialect-base.json"))
            }
            "https://spec.openapis.org/oas/3.1/meta/base" => {
                Ok(fixture("openapi/meta/oas-3.1-meta-base.json"))
            }
            other => Err(format!("offline: {other}").into()),
        }
    }
}

#[test]
fn every_schema_is_a_valid_openapi_3_1_document() {
    big_stack(valid_openapi_3_1);
}

fn valid_openapi_3_1() {
    let meta = fixture("openapi/meta/oas-3.1.json");
    let validator = jsonschema::options()
        .with_retriever(Local)
        .build(&meta)
        .unwrap();
    let mut all = Map::new();
    macro_rules! add {
        ($t:ty) => {
            all.extend(components::<$t>());
        };
    }
    every_type!(add);
    assert!(all.len() >= 35, "{}", all.len());
    let document = document(all);
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And each schema in it is a valid 2020-12 schema (OpenAPI 3.1's dialect).
    for (name, schema) in document["components"]["schemas"].as_object().unwrap() {
        assert!(jsonschema::meta::is_valid(schema), "{name}: {schema:#}");
    }
}

/// Read as `drift` reads a vendor's document, the utoipa schema and the
/// schemars schema do not differ.
#[test]
fn utoipa_and_schemars_say_the_same() {
    macro_rules! same {
        ($t:ty) => {{
            let name = <$t as ToSchema>::name();
            let document = document(components::<$t>());
            let drift = drift::<$t>(&document, &format!("#/components/schemas/{name}"));
            assert!(drift.is_empty(), "{drift}\n{document:#}");
        }};
    }
    every_type!(same);
}

/// A difference on the utoipa side would be found: the comparison is not
/// vacuous.
#[test]
fn the_comparison_sees_a_difference() {
    let name = <RunResultResponseBody as ToSchema>::name();
    let mut document = document(components::<RunResultResponseBody>());
    let text = document
        .to_string()
        .replace("\"canceled\"", "\"cancelled\"");
    document = serde_json::from_str(&text).unwrap();
    let drift = drift::<RunResultResponseBody>(&document, &format!("#/components/schemas/{name}"));
    assert_eq!(drift.len(), 2, "{drift}");
}

/// The utoipa schema and `from_json` agree on bodies.
#[test]
fn utoipa_schema_accepts_what_parsing_accepts() {
    big_stack(agreement);
}

/// jsonschema recurses deeply building validators for these documents in
/// debug builds: more than a test thread's 2 MiB.
fn big_stack(f: fn()) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

fn agreement() {
    macro_rules! bodies {
        ($t:ty: $($body:tt => $ok:literal),* $(,)?) => {{
            let name = <$t as ToSchema>::name();
            let mut root = document(components::<$t>());
            root["$ref"] = json!(format!("#/components/schemas/{name}"));
            let validator = jsonschema::validator_for(&root).unwrap();
            for (body, ok) in [$((json!($body), $ok)),*] {
                let parsed = operation_response::from_json::<$t>(&body.to_string()).is_ok();
                assert_eq!(parsed, ok, "from_json: {body}");
                assert_eq!(validator.is_valid(&body), ok, "schema: {body}");
            }
        }};
    }
    bodies!(CreateAuthSessionResultResponseBody:
        {"status": "done", "authSessionId": "abc"} => true,
        {"status": "done", "authSessionId": "ab"} => false,
        {"status": "pending", "runId": "r"} => false,
        {"status": "paused"} => false,
    );
    bodies!(RunResultResponseBody:
        {"status": "completed", "runId": "abc", "result": "42"} => true,
        {"status": "started", "runId": "abc", "result": "42"} => false,
        {"status": "failed", "runId": "abc", "error": null} => false,
        {"status": "failed", "runId": "abc", "error": {"message": "m", "category": "user"}} => true,
    );
    bodies!(Limits:
        {"ratio": 0.5, "offset": 0, "tags": ["a"], "country": "FR"} => true,
        {"ratio": 1.0, "offset": 0, "tags": ["a"], "country": "FR"} => false,
        {"ratio": 0.5, "offset": 0, "tags": [], "country": "FR"} => false,
        {"ratio": 0.5, "offset": 0, "tags": ["a"], "country": "FR", "id": "short"} => false,
    );
    bodies!(AzureOperationStatus:
        {"status": "SUCCEEDED"} => true,
    );
}
