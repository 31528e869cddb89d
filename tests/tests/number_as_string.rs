//! `#[response(number_as_string)]`: integer fields that read a JSON number
//! or a decimal string, as proto3's JSON mapping writes 64-bit integers, and
//! write a string — in a struct body, a model, an enum-form variant and a
//! tagged model's variant.

use operation_response::schemars::generate::SchemaSettings;
use operation_response::schemars::JsonSchema;
use operation_response::utoipa::ToSchema;
use operation_response::{
    from_json, operation_response, response_model, ErrorKind, Examples, OperationResponse, Validate,
};
use operation_response_tests::proto3::{
    BatchPredictionJob, BatchPredictionJobStatus, CompletionStats, ExportResult, Quota,
};
use serde_json::{json, Value};

/// A body as Vertex AI writes it: `int64` counts as strings, and one as a
/// number, which proto3 parsers read too.
const VERTEX: &str = r#"{
  "name": "projects/p/locations/us-central1/batchPredictionJobs/123",
  "state": "JOB_STATE_SUCCEEDED",
  "totalCount": "12",
  "failedCount": 3,
  "completionStats": {"successfulCount": "9", "failedCount": "3"}
}"#;

#[test]
fn a_vertex_like_body_reads_strings_and_numbers() {
    let job: BatchPredictionJob = from_json(VERTEX).unwrap();
    assert_eq!(job.status, BatchPredictionJobStatus::JobStateSucceeded);
    assert!(job.is_success());
    assert_eq!(
        (job.total_count, job.failed_count, job.retries),
        (12, Some(3), 0)
    );
    let stats = job.completion_stats.as_ref().unwrap();
    assert_eq!(
        (
            stats.successful_count,
            stats.failed_count,
            stats.incomplete_count
        ),
        (9, 3, None)
    );
    // Through serde alike.
    let again: BatchPredictionJob = serde_json::from_str(VERTEX).unwrap();
    assert_eq!(again, job);
}

#[test]
fn written_as_strings_so_a_proto3_body_round_trips_exactly() {
    let proto3 = json!({
        "name": "jobs/1",
        "state": "JOB_STATE_RUNNING",
        "totalCount": "18446744073709551615",
        "failedCount": "0",
        "retries": "2",
        "completionStats": {"successfulCount": "-9223372036854775808", "failedCount": "7", "incompleteCount": "11"}
    });
    let job: BatchPredictionJob = from_json(&proto3.to_string()).unwrap();
    assert_eq!(job.total_count, u64::MAX);
    assert_eq!(
        job.completion_stats.as_ref().unwrap().successful_count,
        i64::MIN
    );
    assert_eq!(serde_json::to_value(&job).unwrap(), proto3);
    // A number is written back as a string; `None` is left out.
    let job: BatchPredictionJob =
        from_json(r#"{"name":"j","state":"JOB_STATE_QUEUED","totalCount":5.0}"#).unwrap();
    assert_eq!(
        serde_json::to_value(&job).unwrap(),
        json!({"name": "j", "state": "JOB_STATE_QUEUED", "totalCount": "5", "retries": "0"})
    );
}

#[test]
fn an_option_may_be_absent_null_a_string_or_a_number() {
    for (stats, incomplete) in [
        (json!({"successfulCount": "1", "failedCount": "0"}), None),
        (
            json!({"successfulCount": "1", "failedCount": "0", "incompleteCount": null}),
            None,
        ),
        (
            json!({"successfulCount": "1", "failedCount": "0", "incompleteCount": "4"}),
            Some(4),
        ),
        (
            json!({"successfulCount": "1", "failedCount": "0", "incompleteCount": 4}),
            Some(4),
        ),
        (
            json!({"successfulCount": 1, "failedCount": 0, "incompleteCount": -4}),
            Some(-4),
        ),
    ] {
        let read: CompletionStats = from_json(&stats.to_string()).unwrap();
        assert_eq!(read.incomplete_count, incomplete, "{stats}");
    }
    // Not an `Option`: the key is needed.
    let err = from_json::<CompletionStats>(r#"{"successfulCount": "1"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type, "{err}");
    assert!(
        err.to_string().contains("missing field `failedCount`"),
        "{err}"
    );
    let err = from_json::<CompletionStats>(r#"{"successfulCount": "1", "failedCount": null}"#)
        .unwrap_err();
    assert!(
        err.to_string().starts_with(
            "failedCount: invalid type: null, expected an integer or a decimal string"
        ),
        "{err}"
    );
}

/// A small type for the errors of range.
#[response_model]
pub struct Small {
    /// A level from 0 to 255.
    #[response(number_as_string)]
    pub level: u8,
}

#[test]
fn anything_else_is_a_type_error_at_the_field() {
    for (body, message) in [
        (
            r#"{"level": "1x"}"#,
            r#"level: invalid value: string "1x", expected an integer or a decimal string at line 1 column 14"#,
        ),
        (
            r#"{"level": "1.5"}"#,
            r#"level: invalid value: string "1.5", expected an integer or a decimal string"#,
        ),
        (
            r#"{"level": "256"}"#,
            r#"level: invalid value: string "256", expected an integer from 0 to 255"#,
        ),
        (
            r#"{"level": "-1"}"#,
            r#"level: invalid value: string "-1", expected an integer from 0 to 255"#,
        ),
        (
            r#"{"level": 256}"#,
            "level: invalid value: integer `256`, expected an integer from 0 to 255",
        ),
        (
            r#"{"level": 1.5}"#,
            "level: invalid type: floating point `1.5`, expected an integer or a decimal string",
        ),
        (
            r#"{"level": "007"}"#,
            r#"level: invalid value: string "007", expected an integer or a decimal string"#,
        ),
        (
            r#"{"level": "+7"}"#,
            r#"level: invalid value: string "+7", expected an integer or a decimal string"#,
        ),
        (
            r#"{"level": true}"#,
            "level: invalid type: boolean `true`, expected an integer or a decimal string",
        ),
        (
            r#"{"level": "99999999999999999999999999999999999999999"}"#,
            "expected an integer from 0 to 255",
        ),
    ] {
        let err = from_json::<Small>(body).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Type, "{body}: {err}");
        assert_eq!(err.path(), Some("level"), "{body}");
        assert!(err.to_string().contains(message), "{body}: {err}");
        assert!(serde_json::from_str::<Small>(body).is_err(), "{body}");
    }
    // The line and column of the value, in a body over several lines.
    let err =
        from_json::<BatchPredictionJob>(&VERTEX.replace(r#""12""#, r#""twelve""#)).unwrap_err();
    assert_eq!(
        (err.path(), err.line(), err.column()),
        (Some("totalCount"), Some(4), Some(24))
    );
    let err = from_json::<BatchPredictionJob>(&VERTEX.replace(r#""9""#, r#""9.0""#)).unwrap_err();
    assert_eq!(err.path(), Some("completionStats.successfulCount"), "{err}");
    // An integral float reads, as for every integer field.
    let small: Small = from_json(r#"{"level": 255.0}"#).unwrap();
    assert_eq!(small.level, 255);
}

#[test]
fn rules_apply_to_the_number() {
    let err = from_json::<BatchPredictionJob>(
        r#"{"name":"j","state":"JOB_STATE_QUEUED","totalCount":"0"}"#,
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "{err}");
    let violations: Vec<(&str, &str)> = err
        .violations()
        .unwrap()
        .iter()
        .map(|v| (v.path(), v.rule()))
        .collect();
    assert_eq!(violations, [("totalCount", "min")]);
    let err = from_json::<BatchPredictionJob>(
        r#"{"name":"j","state":"JOB_STATE_FAILED","totalCount":"2","retries":"11"}"#,
    )
    .unwrap_err();
    let violations: Vec<(&str, &str)> = err
        .violations()
        .unwrap()
        .iter()
        .map(|v| (v.path(), v.rule()))
        .collect();
    assert_eq!(
        violations,
        [("failedCount", "required_when"), ("retries", "max")]
    );
    // On a value built in code, too.
    let job: BatchPredictionJob = from_json(VERTEX).unwrap();
    let built = BatchPredictionJob {
        total_count: 0,
        ..job
    };
    assert_eq!(
        built.validate().unwrap_err().paths().collect::<Vec<_>>(),
        ["totalCount"]
    );
}

#[test]
fn in_an_enum_form_variant_and_a_tagged_variant() {
    let done: ExportResult =
        from_json(r#"{"status":"done","exportedRows":"12","bytes":"4096"}"#).unwrap();
    assert!(matches!(
        done,
        ExportResult::Done {
            exported_rows: 12,
            bytes: Some(4096)
        }
    ));
    assert_eq!(
        serde_json::to_value(&done).unwrap(),
        json!({"status": "done", "exportedRows": "12", "bytes": "4096"})
    );
    // `required`: `null` is `None`, a missing key an error.
    let unknown: ExportResult =
        from_json(r#"{"status":"done","exportedRows":3,"bytes":null}"#).unwrap();
    assert!(matches!(unknown, ExportResult::Done { bytes: None, .. }));
    assert_eq!(
        serde_json::to_value(&unknown).unwrap(),
        json!({"status": "done", "exportedRows": "3", "bytes": null})
    );
    let err = from_json::<ExportResult>(r#"{"status":"done","exportedRows":3}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `bytes`"), "{err}");
    let err = from_json::<ExportResult>(r#"{"status":"done","exportedRows":"0","bytes":"1"}"#)
        .unwrap_err();
    assert_eq!(
        err.violations().unwrap().paths().collect::<Vec<_>>(),
        ["exportedRows"]
    );
    let running: ExportResult = from_json(r#"{"status":"running"}"#).unwrap();
    assert!(matches!(
        running,
        ExportResult::Running {
            exported_rows: None
        }
    ));
    assert!(!running.is_terminal());

    let rows: Quota = from_json(r#"{"type":"rows","limit":"1000"}"#).unwrap();
    assert!(matches!(rows, Quota::Rows { limit: 1000 }));
    assert_eq!(
        serde_json::to_value(&rows).unwrap(),
        json!({"type": "rows", "limit": "1000"})
    );
    let err = from_json::<Quota>(r#"{"type":"rows","limit":"1000001"}"#).unwrap_err();
    assert_eq!(
        err.violations().unwrap().paths().collect::<Vec<_>>(),
        ["limit"]
    );
    let err = from_json::<Quota>(r#"{"type":"rows","limit":"-1"}"#).unwrap_err();
    assert_eq!(err.path(), Some("limit"), "{err}");
    // Beyond 64 bits: a string reads exactly; a number, which serde_json
    // holds as a float, does not.
    let big = "170141183460469231731687303715884105727";
    let bytes: Quota = from_json(&format!(r#"{{"type":"bytes","limit":"{big}"}}"#)).unwrap();
    assert!(matches!(bytes, Quota::Bytes { limit: i128::MAX }));
    assert_eq!(serde_json::to_value(&bytes).unwrap()["limit"], big);
    let err = from_json::<Quota>(&format!(r#"{{"type":"bytes","limit":{big}}}"#)).unwrap_err();
    assert!(
        err.to_string()
            .contains("expected a number within 64 bits, or a decimal string"),
        "{err}"
    );
    let bytes: Quota = from_json(r#"{"type":"bytes","limit":18446744073709551615}"#).unwrap();
    assert!(matches!(bytes, Quota::Bytes { limit } if limit == u64::MAX.into()));
}

fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// The utoipa schema of `T` with what it refers to, as a 2020-12 document.
fn utoipa_of<T: ToSchema>() -> Value {
    let mut out = Vec::new();
    T::schemas(&mut out);
    out.push((T::name().into_owned(), T::schema()));
    let schemas: serde_json::Map<String, Value> = out
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    json!({
        "$ref": format!("#/components/schemas/{}", T::name()),
        "components": { "schemas": schemas },
    })
}

#[test]
fn the_schema_says_a_decimal_string_or_an_integer() {
    let schema = schema_of::<Small>();
    assert_eq!(
        schema["properties"]["level"],
        json!({
            "anyOf": [
                {
                    "type": "string",
                    "format": "uint8",
                    "pattern": "^(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2(?:[0-4][0-9]|5[0-5]))$"
                },
                { "type": "integer", "format": "uint8", "minimum": 0, "maximum": 255 }
            ],
            "description": "A level from 0 to 255."
        })
    );
    let schema = schema_of::<BatchPredictionJob>();
    let properties = &schema["allOf"][0]["properties"];
    // An `Option`: `null` too. A rule narrows both branches.
    let failed = &properties["failedCount"]["anyOf"];
    assert_eq!(
        failed[1],
        json!({ "type": "integer", "format": "uint64", "minimum": 0, "maximum": 18_446_744_073_709_551_615_u64 })
    );
    assert_eq!(failed[2], json!({ "type": "null" }));
    let retries = &properties["retries"];
    assert_eq!(retries["anyOf"][0]["pattern"], "^(?:[0-9]|10)$");
    assert_eq!(retries["anyOf"][1]["maximum"], 10);
    // A default and an example as the field writes them.
    assert_eq!(retries["default"], "0");
}

#[test]
fn schema_and_parser_agree_with_a_real_validator() {
    let validators = [
        jsonschema::validator_for(&schema_of::<BatchPredictionJob>()).unwrap(),
        jsonschema::validator_for(&utoipa_of::<BatchPredictionJob>()).unwrap(),
    ];
    let body = |total: Value, retries: Value| json!({"name": "j", "state": "JOB_STATE_QUEUED", "totalCount": total, "retries": retries});
    for (total, retries) in [
        (json!("12"), json!("0")),
        (json!(12), json!(10)),
        (json!(12.0), json!("10")),
        (json!("18446744073709551615"), json!(3)),
        (json!("18446744073709551616"), json!(3)),
        (json!("0"), json!(3)),
        (json!("1"), json!("11")),
        (json!("1"), json!(11)),
        (json!("01"), json!(1)),
        (json!("1.0"), json!(1)),
        (json!("-1"), json!(1)),
        (json!(" 1"), json!(1)),
        (json!(true), json!(1)),
        (json!(null), json!(1)),
        (json!("1"), json!(null)),
    ] {
        let body = body(total, retries);
        let parsed = from_json::<BatchPredictionJob>(&body.to_string()).is_ok();
        for validator in &validators {
            assert_eq!(validator.is_valid(&body), parsed, "{body}");
        }
    }
}

#[test]
fn drift_reads_proto3_and_plain_integers_alike() {
    let drift_of_level = |level: Value| {
        let openapi = json!({ "components": { "schemas": { "Small": {
            "type": "object",
            "required": ["level"],
            "properties": { "level": level },
        } } } });
        operation_response::schema::drift::<Small>(&openapi, "#/components/schemas/Small")
    };
    // The vendor writes the integer as proto3 does, or as a number: both
    // are what the declaration reads.
    for level in [
        json!({ "type": "string", "format": "uint8" }),
        json!({ "type": "string", "format": "int32", "pattern": "^[0-9]+$", "maximum": 255 }),
        json!({ "type": "integer", "format": "uint8" }),
        json!({ "type": "integer", "minimum": 0, "maximum": 255 }),
        json!({ "type": ["integer", "string"], "format": "uint8" }),
    ] {
        let drift = drift_of_level(level.clone());
        assert!(drift.is_empty(), "{level}: {drift}");
    }
    // A plain string is not an integer, and a bound still counts.
    for (level, difference) in [
        (
            json!({ "type": "string" }),
            "type string in the vendor's document, integer|string in the declaration",
        ),
        (
            json!({ "type": "string", "format": "int64", "maximum": 100 }),
            "maximum",
        ),
    ] {
        let drift = drift_of_level(level.clone());
        assert_eq!(drift.len(), 1, "{level}: {drift}");
        assert!(drift.to_string().contains(difference), "{drift}");
    }
    // A declaration without `number_as_string` does not read strings.
    #[response_model]
    pub struct Plain {
        pub level: u8,
    }
    let openapi = json!({ "components": { "schemas": { "Plain": {
        "type": "object",
        "required": ["level"],
        "properties": { "level": { "type": "string", "format": "uint8" } },
    } } } });
    let drift = operation_response::schema::drift::<Plain>(&openapi, "#/components/schemas/Plain");
    assert_eq!(drift.len(), 1, "{drift}");
    assert!(
        drift
            .to_string()
            .contains("type string in the vendor's document, integer in the declaration"),
        "{drift}"
    );
    // proto3's `int64` counts, absent or not, against the model.
    let openapi = json!({ "components": { "schemas": { "Stats": {
        "type": "object",
        "required": ["successfulCount", "failedCount"],
        "properties": {
            "successfulCount": { "type": "string", "format": "int64" },
            "failedCount": { "type": "integer", "format": "int64" },
            "incompleteCount": { "type": "string", "format": "int64" },
        },
    } } } });
    let drift = operation_response::schema::drift::<CompletionStats>(
        &openapi,
        "#/components/schemas/Stats",
    );
    assert!(drift.is_empty(), "{drift}");
}

#[test]
fn examples_are_integers_written_as_strings() {
    let examples = BatchPredictionJob::examples();
    assert_eq!(examples.len(), 5);
    for example in &examples {
        assert!(example.total_count >= 1 && example.retries <= 10);
        let json = serde_json::to_value(example).unwrap();
        assert!(json["totalCount"].is_string(), "{json}");
        let again: BatchPredictionJob = from_json(&json.to_string()).unwrap();
        assert_eq!(&again, example);
    }
    assert_eq!(ExportResult::examples().len(), 3);
    assert_eq!(Quota::examples().len(), 3);
    for example in &ExportResult::examples() {
        let json = serde_json::to_string(example).unwrap();
        assert_eq!(&from_json::<ExportResult>(&json).unwrap(), example);
    }
    for example in Quota::examples() {
        let json = serde_json::to_string(&example).unwrap();
        assert_eq!(from_json::<Quota>(&json).unwrap(), example);
    }
}

/// An example literal is the field's value, and the schema's example is
/// written as the field writes it.
#[response_model]
pub struct WithExample {
    /// A count.
    #[response(number_as_string, example = 42)]
    pub count: i64,
}

#[test]
fn an_example_literal_is_written_as_a_string_too() {
    assert_eq!(WithExample::examples()[0].count, 42);
    assert_eq!(
        schema_of::<WithExample>()["properties"]["count"]["examples"],
        json!(["42"])
    );
}

mod generators {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn generated_values_round_trip(job in any::<BatchPredictionJob>(), quota in any::<Quota>()) {
            let json = serde_json::to_string(&job).unwrap();
            prop_assert_eq!(from_json::<BatchPredictionJob>(&json).unwrap(), job);
            let json = serde_json::to_string(&quota).unwrap();
            prop_assert_eq!(from_json::<Quota>(&json).unwrap(), quota);
        }

        #[test]
        fn each_broken_rule_is_reported(case in operation_response::proptest::invalid::<BatchPredictionJob>()) {
            let err = from_json::<BatchPredictionJob>(&case.body).unwrap_err();
            let violation = err.violations().unwrap().iter().next().unwrap();
            prop_assert_eq!((violation.path(), violation.rule()), (case.path.as_str(), case.rule));
        }
    }
}

/// Declared in a test as a user writes it: `Option` with a default path.
#[operation_response(status = "done")]
pub struct Counted {
    /// Defaults to 7 when absent.
    #[response(number_as_string, default = seven)]
    pub count: Option<u16>,
}

fn seven() -> Option<u16> {
    Some(7)
}

#[test]
fn a_default_path_composes() {
    let counted: Counted = from_json(r#"{"status":"done"}"#).unwrap();
    assert_eq!(counted.count, Some(7));
    let counted: Counted = from_json(r#"{"status":"done","count":null}"#).unwrap();
    assert_eq!(counted.count, None);
    assert_eq!(
        serde_json::to_string(&counted).unwrap(),
        r#"{"status":"done"}"#
    );
}
