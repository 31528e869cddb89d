//! The standard shapes, from a user's side: they read their vendors' real
//! bodies (proto3 JSON's left-out defaults, Azure's spellings) and write
//! back the same keys and values they read, or exactly what their docs say
//! changes. Key order is not compared: JSON objects are unordered.

use operation_response::standard::{
    AzureError, AzureOperationStatus, AzureStatus, GoogleOperation, RpcStatus,
};
use operation_response::{from_json, response_model, ErrorKind, Lifecycle, OperationResponse};
use serde_json::{json, Value};

fn vendors_dir() -> String {
    format!("{}/fixtures/vendors", env!("CARGO_MANIFEST_DIR"))
}

/// The vendor fixtures whose names start with `prefix`, sorted, as
/// `(name without .json, text)`.
fn fixtures(prefix: &str) -> Vec<(String, String)> {
    let dir = vendors_dir();
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".json")?
                .to_owned();
            name.starts_with(prefix).then(|| {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                (name, text)
            })
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no {prefix}* fixture in {dir}");
    out
}

fn value(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// Parses `$json` as `$t` with `from_json`, writes it back with
/// `serde_json::to_value`, and reads that back as an equal `$t` (a macro:
/// this crate names no serde trait).
macro_rules! round_trip {
    ($t:ty, $json:expr) => {{
        let json: &str = $json;
        let body: $t = from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        let written = serde_json::to_value(&body).unwrap();
        let again: $t = from_json(&written.to_string())
            .unwrap_or_else(|e| panic!("{written} (from {json}): {e}"));
        assert_eq!(again, body, "{json}");
        (body, written)
    }};
}

/// Parses and writes back `$json`, which must come back with the same keys
/// and values.
macro_rules! same {
    ($t:ty, $json:expr) => {{
        let json: &str = $json;
        let (body, written) = round_trip!($t, json);
        assert_eq!(written, value(json), "{json}");
        body
    }};
}

// --- google.rpc.Status ---------------------------------------------------

#[test]
fn rpc_status_reads_what_proto3_leaves_out() {
    // A real Google error: proto3 JSON leaves out an empty `message`.
    let status = same!(RpcStatus, r#"{"code": 13}"#);
    assert_eq!(status.code, 13);
    assert_eq!(status.message, "");
    assert!(status.details.is_empty());
    // `code` 0 (`OK`) and empty `details` are left out too.
    let status = same!(RpcStatus, r#"{"message": "x"}"#);
    assert_eq!((status.code, status.message.as_str()), (0, "x"));
    let status = same!(RpcStatus, "{}");
    assert_eq!(
        status,
        RpcStatus {
            code: 0,
            message: String::new(),
            details: Vec::new()
        }
    );
}

#[test]
fn rpc_status_round_trips_with_and_without_details() {
    same!(RpcStatus, r#"{"code": 5, "message": "Not found"}"#);
    same!(
        RpcStatus,
        r#"{"code": 3, "message": "bad", "details": [
            {"@type": "type.googleapis.com/google.rpc.BadRequest",
             "fieldViolations": [{"field": "name", "description": "empty"}]},
            {"@type": "type.googleapis.com/google.rpc.RequestInfo", "requestId": "r", "servingData": ""}
        ]}"#
    );
    let status = same!(
        RpcStatus,
        r#"{"code": 13, "details": [{"@type": "type.googleapis.com/google.rpc.DebugInfo"}]}"#
    );
    assert_eq!(
        status.details[0]["@type"],
        "type.googleapis.com/google.rpc.DebugInfo"
    );
}

/// Documented: a key holding its proto3 default, and a key that is not a
/// field of `google.rpc.Status`, are left out when written back.
#[test]
fn rpc_status_leaves_out_defaults_and_unknown_keys() {
    for (json, written) in [
        (r#"{"code": 0, "message": "", "details": []}"#, json!({})),
        (
            r#"{"code": 13, "message": "", "details": []}"#,
            json!({"code": 13}),
        ),
        (r#"{"code": 0, "message": "m"}"#, json!({"message": "m"})),
        (
            r#"{"code": 7, "message": "m", "status": "PERMISSION_DENIED"}"#,
            json!({"code": 7, "message": "m"}),
        ),
    ] {
        let (_, out) = round_trip!(RpcStatus, json);
        assert_eq!(out, written, "{json}");
    }
}

// --- google.longrunning.Operation ----------------------------------------

#[test]
fn google_fixtures_round_trip_with_the_same_keys_and_values() {
    let all = fixtures("google-operation-");
    assert_eq!(all.len(), 3, "a new fixture is checked here too");
    for (name, json) in &all {
        let (op, written) = round_trip!(GoogleOperation, json);
        assert_eq!(written, value(json), "{name}");
        assert_eq!(op.is_terminal(), op.done, "{name}");
    }
}

/// A typed payload, as a user declares one: it reads `@type` because it
/// declares it.
#[response_model]
pub struct ExportMetadata {
    #[serde(rename = "@type")]
    pub type_url: String,
    pub output_url_prefix: String,
    pub progress_entities: Option<Progress>,
}

/// Progress counters: int64, which proto3 JSON writes as a string.
#[response_model]
pub struct Progress {
    pub work_completed: String,
    pub work_estimated: String,
}

/// A typed response.
#[response_model]
pub struct ExportResponse {
    #[serde(rename = "@type")]
    pub type_url: String,
    pub output_url: String,
}

type Export = GoogleOperation<ExportMetadata, ExportResponse>;

#[test]
fn google_operations_with_and_without_done_round_trip_with_typed_payloads() {
    let metadata = r#"{"@type": "type.googleapis.com/google.datastore.admin.v1.ExportEntitiesMetadata",
        "outputUrlPrefix": "gs://b/x", "progressEntities": {"workCompleted": "12", "workEstimated": "40"}}"#;
    // Running: proto3 JSON leaves `done` out, and it is not added back.
    let running = same!(
        Export,
        &format!(r#"{{"name": "projects/p/operations/o", "metadata": {metadata}}}"#)
    );
    assert_eq!(running.status(), Lifecycle::Running);
    assert_eq!(
        running
            .metadata
            .as_ref()
            .unwrap()
            .progress_entities
            .as_ref()
            .unwrap()
            .work_completed,
        "12"
    );
    // Without metadata at all.
    let bare = same!(Export, r#"{"name": "projects/p/operations/o"}"#);
    assert!(!bare.done && bare.metadata.is_none());

    let succeeded = same!(
        Export,
        &format!(
            r#"{{"name": "projects/p/operations/o", "metadata": {metadata}, "done": true,
                "response": {{"@type": "type.googleapis.com/google.datastore.admin.v1.ExportEntitiesResponse",
                              "outputUrl": "gs://b/x/x.overall_export_metadata"}}}}"#
        )
    );
    assert!(succeeded.is_success());
    assert_eq!(
        succeeded.response.unwrap().output_url,
        "gs://b/x/x.overall_export_metadata"
    );

    // Failed, with a proto3 status that has no `message`.
    let failed = same!(
        Export,
        r#"{"name": "projects/p/operations/o", "done": true, "error": {"code": 13}}"#
    );
    assert!(failed.is_failure());
    assert_eq!(failed.error.unwrap().code, 13);
    let failed = same!(
        GoogleOperation,
        r#"{"name": "o", "done": true, "error": {"code": 1, "message": "cancelled by the user"}}"#
    );
    assert!(failed.is_failure());
}

/// Documented: `"done": false`, `"name": ""`, a `null` payload and keys
/// outside `google.longrunning.Operation` are left out when written back;
/// a typed payload writes only what its type keeps.
#[test]
fn google_operation_leaves_out_defaults_nulls_and_unknown_keys() {
    for (json, written) in [
        (r#"{"name": "o", "done": false}"#, json!({"name": "o"})),
        (
            r#"{"name": "", "done": true, "response": {}}"#,
            json!({"done": true, "response": {}}),
        ),
        (
            r#"{"name": "o", "metadata": null, "error": null, "response": null}"#,
            json!({"name": "o"}),
        ),
        (
            r#"{"name": "o", "done": true, "error": {"code": 3, "message": "", "details": []}}"#,
            json!({"name": "o", "done": true, "error": {"code": 3}}),
        ),
        (
            r#"{"name": "o", "kind": "operation"}"#,
            json!({"name": "o"}),
        ),
    ] {
        let (op, out) = round_trip!(GoogleOperation, json);
        assert_eq!(out, written, "{json}");
        assert_eq!(op.done, json.contains(r#""done": true"#), "{json}");
    }
    // proto3 JSON may leave out `name` too; it reads as "".
    let (op, _) = round_trip!(GoogleOperation, r#"{"done": true, "response": {"x": 1}}"#);
    assert_eq!(op.name, "");
    // A typed payload ignores the keys it does not declare.
    let (_, out) = round_trip!(
        Export,
        r#"{"name": "o", "done": true, "response": {"@type": "t", "outputUrl": "u", "extra": 1}}"#
    );
    assert_eq!(
        out,
        json!({"name": "o", "done": true, "response": {"@type": "t", "outputUrl": "u"}})
    );
}

// --- Azure status monitor --------------------------------------------------

/// One documented difference of an Azure fixture's write-back.
enum Change {
    /// A listed status comes back as listed.
    Status(&'static str),
    /// A named key that held `null` is left out.
    DropNull(&'static str),
}

#[test]
fn azure_fixtures_round_trip_with_the_same_keys_and_values() {
    let expected: &[(&str, &[Change])] = &[
        ("azure-status-cancelled", &[Change::Status("Canceled")]),
        ("azure-status-cancelling", &[]),
        ("azure-status-failed", &[]),
        (
            "azure-status-notstarted-lowercase",
            &[Change::Status("NotStarted")],
        ),
        ("azure-status-running", &[]),
        (
            "azure-status-succeeded",
            &[
                Change::DropNull("percentComplete"),
                Change::DropNull("error"),
            ],
        ),
        ("azure-status-validation-failed", &[]),
    ];
    let all = fixtures("azure-status-");
    assert_eq!(
        all.iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>(),
        expected.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        "every Azure fixture is listed here with its documented differences"
    );
    for ((name, json), (_, changes)) in all.iter().zip(expected) {
        let (body, written) = round_trip!(AzureOperationStatus, json);
        let mut want = value(json);
        for change in *changes {
            let object = want.as_object_mut().unwrap();
            match change {
                Change::Status(listed) => {
                    assert_ne!(object["status"], *listed, "{name}: no change to document");
                    assert_eq!(body.status.as_str(), *listed, "{name}");
                    object.insert("status".into(), json!(listed));
                }
                Change::DropNull(key) => {
                    assert_eq!(object.remove(*key), Some(Value::Null), "{name}: {key}");
                }
            }
        }
        assert_eq!(written, want, "{name}");
    }
}

#[test]
fn azure_keeps_every_key_it_does_not_name() {
    let body = same!(
        AzureOperationStatus,
        &fixtures("azure-status-validation-failed")[0].1
    );
    assert_eq!(body.status, AzureStatus::Unknown("ValidationFailed".into()));
    assert_eq!(body.extra["summary"]["total"], 0);
    assert_eq!(
        body.extra.keys().map(String::as_str).collect::<Vec<_>>(),
        ["createdDateTimeUtc", "lastActionDateTimeUtc", "summary"]
    );
    let error = body.error.unwrap();
    assert_eq!(error.target.as_deref(), Some("Operation"));
    assert!(error.innererror.is_none());
    assert_eq!(
        error.inner_error.as_ref().unwrap()["code"],
        "InvalidDocumentAccessLevel"
    );
    assert_eq!(error.inner(), error.inner_error.as_ref());
}

#[test]
fn azure_unknown_bodies_round_trip() {
    // An unlisted status, and an error with keys AzureError does not name,
    // nested too (ARM's `additionalInfo`, a service's own).
    let body = same!(
        AzureOperationStatus,
        r#"{
            "id": "/subscriptions/s/providers/Microsoft.X/locations/l/operationStatuses/o",
            "name": "o",
            "status": "Deleting",
            "startTime": "2024-01-01T00:00:00Z",
            "endTime": null,
            "percentComplete": 12.5,
            "properties": {"nested": {"deep": [1, 2.5, null, "x"]}},
            "error": {
                "code": "Conflict",
                "message": "m",
                "target": "t",
                "details": [
                    {"code": "Inner", "message": "i", "additionalInfo": [{"type": "PolicyViolation", "info": {"policyDefinitionDisplayName": "p"}}],
                     "details": [{"code": "Deeper", "message": "d", "retryable": false}]}
                ],
                "additionalInfo": [{"type": "T", "info": {}}],
                "innererror": {"trace": "abc", "innererror": {"code": "X"}},
                "serviceSpecific": 7
            }
        }"#
    );
    assert_eq!(body.status, AzureStatus::Unknown("Deleting".into()));
    assert!(!body.is_terminal());
    assert_eq!(body.percent_complete, Some(12.5));
    let error = body.error.as_ref().unwrap();
    assert_eq!(error.extra["serviceSpecific"], 7);
    assert_eq!(
        error.details[0].extra["additionalInfo"][0]["type"],
        "PolicyViolation"
    );
    assert_eq!(error.details[0].details[0].extra["retryable"], false);
    assert_eq!(error.inner().unwrap()["trace"], "abc");
    assert!(error.inner_error.is_none());
    // A listed status in its listed spelling is kept as well.
    same!(
        AzureOperationStatus,
        r#"{"status": "Failed", "error": {"code": "c", "message": "m", "details": [{"code": "d", "message": "n"}]}}"#
    );
}

#[test]
fn azure_inner_error_keeps_its_spelling() {
    let json = |key: &str| {
        format!(
            r#"{{"status": "Failed", "error": {{"code": "c", "message": "m", "{key}": {{"code": "inner"}}}}}}"#
        )
    };
    let old = same!(AzureOperationStatus, &json("innerError"));
    let old = old.error.unwrap();
    assert_eq!(old.inner_error, Some(json!({"code": "inner"})));
    assert_eq!(old.innererror, None);
    assert_eq!(old.inner(), Some(&json!({"code": "inner"})));

    let new = same!(AzureOperationStatus, &json("innererror"));
    let new = new.error.unwrap();
    assert_eq!(new.innererror, Some(json!({"code": "inner"})));
    assert_eq!(new.inner_error, None);
    assert_eq!(new.inner(), Some(&json!({"code": "inner"})));

    // Both at once: each is kept under its own key; `inner` prefers
    // `innererror`.
    let both = same!(
        AzureError,
        r#"{"code": "c", "message": "m", "innererror": {"a": 1}, "innerError": {"b": 2}}"#
    );
    assert_eq!(both.inner(), Some(&json!({"a": 1})));
}

#[test]
fn azure_percent_complete_keeps_its_number() {
    for json in [
        r#"{"status": "Running", "percentComplete": 40}"#,
        r#"{"status": "Running", "percentComplete": 0}"#,
        r#"{"status": "Succeeded", "percentComplete": 100}"#,
        r#"{"status": "Running", "percentComplete": 12.5}"#,
        r#"{"status": "Running", "percentComplete": 33.333333333333336}"#,
        r#"{"status": "Running", "percentComplete": 0.1}"#,
        r#"{"status": "Running", "percentComplete": 99.99}"#,
    ] {
        let body = same!(AzureOperationStatus, json);
        assert!(body.percent_complete.is_some(), "{json}");
    }
    let (_, written) = round_trip!(
        AzureOperationStatus,
        r#"{"status": "Running", "percentComplete": 40}"#
    );
    assert_eq!(
        written.to_string(),
        r#"{"percentComplete":40,"status":"Running"}"#
    );
    // The rule still holds.
    for (json, rule) in [
        (r#"{"status": "Running", "percentComplete": 101}"#, "max"),
        (r#"{"status": "Running", "percentComplete": -1}"#, "min"),
        (r#"{"status": "Running", "percentComplete": 100.5}"#, "max"),
    ] {
        let err = from_json::<AzureOperationStatus>(json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Validation, "{json}");
        assert_eq!(
            err.violations()
                .unwrap()
                .iter()
                .map(|v| (v.path(), v.rule()))
                .collect::<Vec<_>>(),
            [("percentComplete", rule)],
            "{json}"
        );
    }
}

/// Documented: an integral `percentComplete` written as a float comes back
/// as the integer (the same JSON number; `serde_json::Value` tells them
/// apart).
#[test]
fn azure_integral_float_percent_comes_back_an_integer() {
    for json in [
        r#"{"status": "Running", "percentComplete": 50.0}"#,
        r#"{"status": "Running", "percentComplete": 5e1}"#,
        r#"{"status": "Running", "percentComplete": 5.0E+1}"#,
    ] {
        let (body, written) = round_trip!(AzureOperationStatus, json);
        assert_eq!(body.percent_complete, Some(50.0), "{json}");
        assert_ne!(written, value(json), "{json}: the documented difference");
        assert_eq!(
            written,
            json!({"status": "Running", "percentComplete": 50}),
            "{json}"
        );
        assert_eq!(written["percentComplete"].as_f64(), Some(50.0));
    }
}

/// Documented: a listed status is written as listed; `null` in a named key
/// and `"details": []` are left out.
#[test]
fn azure_documented_differences() {
    for (json, written) in [
        (
            r#"{"status": "succeeded", "id": "o"}"#,
            json!({"status": "Succeeded", "id": "o"}),
        ),
        (r#"{"status": "CANCELLED"}"#, json!({"status": "Canceled"})),
        (
            r#"{"status": "Running", "id": null, "error": null, "percentComplete": null, "startTime": null}"#,
            json!({"status": "Running", "startTime": null}),
        ),
        (
            r#"{"status": "Failed", "error": {"code": "c", "message": "m", "target": null, "details": [], "innererror": null, "innerError": null, "additionalInfo": null}}"#,
            json!({"status": "Failed", "error": {"code": "c", "message": "m", "additionalInfo": null}}),
        ),
    ] {
        let (_, out) = round_trip!(AzureOperationStatus, json);
        assert_eq!(out, written, "{json}");
    }
    // An unlisted status keeps its spelling, whatever its case.
    same!(AzureOperationStatus, r#"{"status": "inProgress"}"#);
}

// --- Schemas ---------------------------------------------------------------

/// The schemas say what parsing accepts: proto3's left-out defaults are
/// not required, and each spelling of the inner error is a property.
#[test]
fn schemas_follow_the_shapes() {
    let google =
        serde_json::to_value(operation_response::schemars::schema_for!(GoogleOperation)).unwrap();
    assert_eq!(google.get("required"), None, "{google:#}");
    let status = &google["$defs"]["RpcStatus"];
    assert_eq!(status.get("required"), None, "{status:#}");
    assert_eq!(status["properties"]["code"]["default"], 0);
    assert_eq!(status["properties"]["message"]["default"], "");

    let azure = serde_json::to_value(operation_response::schemars::schema_for!(
        AzureOperationStatus
    ))
    .unwrap();
    assert_eq!(azure["required"], json!(["status"]));
    let error = &azure["$defs"]["AzureError"];
    for key in ["innererror", "innerError", "target", "details"] {
        assert!(error["properties"].get(key).is_some(), "{key}: {error:#}");
    }
    assert_eq!(error["required"], json!(["code", "message"]));
    // Keys it does not name are allowed, as parsing keeps them.
    assert_eq!(azure.get("additionalProperties"), None);
    assert_eq!(error.get("additionalProperties"), None);
}

/// Keeping the other keys costs no precision in errors: a type error still
/// names its wire path, and a broken rule its key.
#[test]
fn errors_still_name_their_path() {
    for (json, path) in [
        (
            r#"{"status": "Failed", "error": {"code": 1, "message": "m"}}"#,
            "error.code",
        ),
        (
            r#"{"status": "Running", "percentComplete": "40"}"#,
            "percentComplete",
        ),
        (
            r#"{"status": "Failed", "error": {"code": "c", "message": "m", "details": [{"code": "d"}]}}"#,
            "error.details[0]",
        ),
    ] {
        let err = from_json::<AzureOperationStatus>(json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Type, "{json}: {err}");
        assert_eq!(err.path(), Some(path), "{json}: {err}");
    }
    let err =
        from_json::<GoogleOperation>(r#"{"name": "o", "done": true, "error": {"code": "13"}}"#)
            .unwrap_err();
    assert_eq!(err.path(), Some("error.code"), "{err}");
}
