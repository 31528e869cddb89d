//! Integer fields read what JSON Schema counts an integer (an integral
//! float, `150.0`, in range), reject the rest with serde's type error at the
//! field's wire path, and their schemas (schemars and utoipa) carry the Rust
//! type's range, merged with the field's own bounds: the `jsonschema` crate
//! and `from_json` agree.
#![deny(warnings, missing_docs)]

use operation_response::schemars::generate::SchemaSettings;
use operation_response::schemars::JsonSchema;
use operation_response::utoipa::ToSchema;
use operation_response::{from_json, operation_response, response_model, ErrorKind};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// A page of a listing, as a server whose JSON writer prints floats sends it.
#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct ListResponse {
    /// Every integer type, bare.
    pub total_count: u32,
    /// Signed, 8 bits.
    pub small: i8,
    /// Unsigned, 16 bits.
    pub medium: u16,
    /// Signed, 32 bits.
    pub offset: i32,
    /// Unsigned, 64 bits.
    pub id: u64,
    /// Optional, 64 bits.
    pub cursor: Option<i64>,
    /// Items of a sequence.
    pub bytes: Vec<u8>,
    /// Items of an optional sequence.
    pub pages: Option<Vec<i32>>,
    /// Values of a map.
    pub sizes: BTreeMap<String, u64>,
    /// Values of a hash map, boxed.
    pub counts: Option<HashMap<String, Box<u16>>>,
    /// The key must be there, `null` allowed.
    #[response(required)]
    pub limit: Option<u16>,
    /// Missing reads 0.
    #[response(default)]
    pub retries: u8,
    /// Declared bounds tighter than the type's.
    #[response(min = 1, max = 100)]
    pub percent: u8,
    /// Declared exclusive bounds, tighter than the type's.
    #[response(greater_than = -5, less_than = 127)]
    pub delta: i8,
    /// A declared bound the same as the type's.
    #[response(min = 0)]
    pub unsigned: Option<u32>,
}

/// A union whose variants hold integers.
#[operation_response(terminal = ["done"])]
pub enum JobResponse {
    /// Still running.
    Pending {
        /// How far.
        progress: Option<u8>,
    },
    /// Finished.
    Done {
        /// How many results.
        result_count: u32,
        /// Their scores.
        scores: Vec<i64>,
    },
}

/// A tagged model whose variants hold integers.
#[response_model(tag = "kind")]
pub enum Shape {
    /// A square.
    Square {
        /// Its side.
        side: u16,
    },
}

/// A model of one `i32`, for the validator.
#[response_model]
pub struct Offset {
    /// The offset.
    pub offset: i32,
}

/// A model of one `u8`, for the validator.
#[response_model]
pub struct Byte {
    /// The byte.
    pub byte: u8,
}

/// A model of one `i64`, for the validator.
#[response_model]
pub struct Count {
    /// The count.
    pub count: i64,
}

fn list(overrides: Value) -> Value {
    let mut body = json!({
        "status": "done",
        "totalCount": 150,
        "small": -3,
        "medium": 7,
        "offset": 0,
        "id": 1,
        "cursor": null,
        "bytes": [1, 2],
        "pages": [3],
        "sizes": {"a": 4},
        "counts": {"b": 5},
        "limit": null,
        "percent": 50,
        "delta": 0,
    });
    for (key, value) in overrides.as_object().unwrap() {
        body[key] = value.clone();
    }
    body
}

/// `from_json` and `serde_json::from_str` agree on `body`.
fn parse<T>(body: &str) -> Result<T, operation_response::Error>
where
    T: operation_response::__private::DeserializeOwned + operation_response::Validate,
{
    let ours = from_json::<T>(body);
    let plain = serde_json::from_str::<T>(body);
    assert_eq!(ours.is_ok(), plain.is_ok(), "{body}");
    ours
}

#[test]
fn integral_floats_read_as_integers() {
    let body = r#"{"status":"done","totalCount":150.0,"small":-1e1,"medium":1.5e2,"offset":-0.0,
        "id":1e19,"cursor":-9223372036854775808.0,"bytes":[1.0,2e0,255.0],"pages":[1e2],
        "sizes":{"a":4.0},"counts":{"b":5.0},"limit":65535.0,"retries":3.0,"percent":1e2,"delta":-4.0,
        "unsigned":0.0}"#;
    let list: ListResponse = parse(body).unwrap();
    assert_eq!(list.total_count, 150);
    assert_eq!(list.small, -10);
    assert_eq!(list.medium, 150);
    assert_eq!(list.offset, 0);
    assert_eq!(list.id, 10_000_000_000_000_000_000);
    assert_eq!(list.cursor, Some(i64::MIN));
    assert_eq!(list.bytes, [1, 2, 255]);
    assert_eq!(list.pages, Some(vec![100]));
    assert_eq!(list.sizes["a"], 4);
    assert_eq!(*list.counts.unwrap()["b"], 5);
    assert_eq!(list.limit, Some(u16::MAX));
    assert_eq!(list.retries, 3);
    assert_eq!(list.percent, 100);
    assert_eq!(list.delta, -4);
    assert_eq!(list.unsigned, Some(0));

    // Integers and absent keys read as before.
    let list: ListResponse = parse(&list_body(json!({}))).unwrap();
    assert_eq!(
        (list.total_count, list.retries, list.cursor),
        (150, 0, None)
    );
    assert_eq!((list.pages, list.unsigned), (Some(vec![3]), None));

    let job: JobResponse =
        parse(r#"{"status":"done","resultCount":3.0,"scores":[1e3,-2.0]}"#).unwrap();
    assert_eq!(
        job,
        JobResponse::Done {
            result_count: 3,
            scores: vec![1000, -2]
        }
    );
    // The status after the fields: read from the buffered entries.
    let job: JobResponse = parse(r#"{"progress":50.0,"status":"pending"}"#).unwrap();
    assert_eq!(job, JobResponse::Pending { progress: Some(50) });
    let job: JobResponse = parse(r#"{"status":"pending"}"#).unwrap();
    assert_eq!(job, JobResponse::Pending { progress: None });
    let shape: Shape = parse(r#"{"kind":"square","side":2.0}"#).unwrap();
    assert_eq!(shape, Shape::Square { side: 2 });
}

fn list_body(overrides: Value) -> String {
    list(overrides).to_string()
}

#[test]
fn required_and_default_keep_their_meaning() {
    let mut body = list(json!({}));
    body.as_object_mut().unwrap().remove("limit");
    let err = parse::<ListResponse>(&body.to_string()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("missing field `limit`"), "{err}");
    body.as_object_mut().unwrap().remove("totalCount");
    body["limit"] = json!(1);
    let err = parse::<ListResponse>(&body.to_string()).unwrap_err();
    assert!(
        err.to_string().contains("missing field `totalCount`"),
        "{err}"
    );
    // Rules still apply to what an integral float reads as.
    let err = parse::<ListResponse>(&list_body(json!({"percent": 0.0}))).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "{err}");
    assert_eq!(
        err.violations().unwrap().paths().collect::<Vec<_>>(),
        ["percent"]
    );
    let err = parse::<ListResponse>(&list_body(json!({"delta": -5.0}))).unwrap_err();
    assert_eq!(
        err.violations().unwrap().paths().collect::<Vec<_>>(),
        ["delta"]
    );
}

/// The error of `body`: a type error, at `path`, saying `message`.
fn type_error<T>(body: &str, path: &str, message: &str)
where
    T: operation_response::__private::DeserializeOwned
        + operation_response::Validate
        + std::fmt::Debug,
{
    let err = parse::<T>(body).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type, "{body}: {err}");
    let text = err.to_string();
    assert!(text.contains(path), "{body}: {text} has no {path}");
    assert!(
        text.contains(message),
        "{body}: {text} does not say {message}"
    );
    let plain = serde_json::from_str::<T>(body).unwrap_err().to_string();
    assert!(
        plain.contains(message),
        "{body}: {plain} does not say {message}"
    );
}

#[test]
fn fractions_and_out_of_range_numbers_are_type_errors_at_their_path() {
    for (overrides, path, message) in [
        (
            json!({"totalCount": 150.5}),
            "totalCount",
            "invalid type: floating point `150.5`, expected u32",
        ),
        (
            json!({"offset": 2147483648u64}),
            "offset",
            "invalid value: integer `2147483648`, expected i32",
        ),
        (
            json!({"offset": 2147483648.0}),
            "offset",
            "invalid value: floating point `2147483648.0`, expected i32",
        ),
        (
            json!({"small": 128}),
            "small",
            "invalid value: integer `128`, expected i8",
        ),
        (
            json!({"id": -1.0}),
            "id",
            "invalid value: floating point `-1.0`, expected u64",
        ),
        (
            json!({"cursor": 9223372036854775808.0}),
            "cursor",
            "expected i64",
        ),
        (
            json!({"cursor": 0.5}),
            "cursor",
            "invalid type: floating point `0.5`, expected i64",
        ),
        (
            json!({"bytes": [1, 256.0]}),
            "bytes[1]",
            "invalid value: floating point `256.0`, expected u8",
        ),
        (
            json!({"pages": [1, 2.5]}),
            "pages[1]",
            "invalid type: floating point `2.5`, expected i32",
        ),
        (
            json!({"sizes": {"a": -1}}),
            "sizes.a",
            "invalid value: integer `-1`, expected u64",
        ),
        (
            json!({"counts": {"b": 1e5}}),
            "counts.b",
            "invalid value: floating point `100000.0`, expected u16",
        ),
        (
            json!({"limit": 1.25}),
            "limit",
            "invalid type: floating point `1.25`, expected u16",
        ),
        (
            json!({"retries": "3"}),
            "retries",
            "invalid type: string \"3\", expected u8",
        ),
    ] {
        type_error::<ListResponse>(&list_body(overrides), path, message);
    }
    type_error::<JobResponse>(
        r#"{"status":"done","resultCount":1.5,"scores":[]}"#,
        "resultCount",
        "invalid type: floating point `1.5`, expected u32",
    );
    type_error::<JobResponse>(
        r#"{"scores":[1,-1e100],"status":"done","resultCount":1}"#,
        "scores[1]",
        "expected i64",
    );
    type_error::<Shape>(
        r#"{"kind":"square","side":-2.0}"#,
        "side",
        "invalid value: floating point `-2.0`, expected u16",
    );
}

fn schemars_2020_12<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

fn schemars_openapi3<T: JsonSchema>() -> Value {
    let mut generator = SchemaSettings::openapi3().into_generator();
    generator.subschema_for::<T>();
    Value::Object(generator.take_definitions(true).into_iter().collect())
}

fn utoipa<T: ToSchema>() -> Value {
    serde_json::to_value(T::schema()).unwrap()
}

/// `(minimum, maximum, exclusiveMinimum, exclusiveMaximum)`.
type Bounds = [Option<Value>; 4];

/// The bounds of `schema`.
fn bounds(schema: &Value) -> Bounds {
    ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].map(|k| schema.get(k).cloned())
}

fn range(min: Value, max: Value) -> Bounds {
    [Some(min), Some(max), None, None]
}

#[test]
fn schemas_carry_each_integer_types_range_merged_with_declared_bounds() {
    let expected: [(&str, Option<&str>, Bounds); 15] = [
        ("totalCount", None, range(json!(0), json!(u32::MAX))),
        ("small", None, range(json!(i8::MIN), json!(i8::MAX))),
        ("medium", None, range(json!(0), json!(u16::MAX))),
        ("offset", None, range(json!(i32::MIN), json!(i32::MAX))),
        ("id", None, range(json!(0), json!(u64::MAX))),
        ("cursor", None, range(json!(i64::MIN), json!(i64::MAX))),
        ("bytes", Some("items"), range(json!(0), json!(u8::MAX))),
        (
            "pages",
            Some("items"),
            range(json!(i32::MIN), json!(i32::MAX)),
        ),
        (
            "sizes",
            Some("additionalProperties"),
            range(json!(0), json!(u64::MAX)),
        ),
        (
            "counts",
            Some("additionalProperties"),
            range(json!(0), json!(u16::MAX)),
        ),
        ("limit", None, range(json!(0), json!(u16::MAX))),
        ("retries", None, range(json!(0), json!(u8::MAX))),
        ("percent", None, range(json!(1), json!(100))),
        // Tighter than -128 and 127, and exclusive.
        (
            "delta",
            None,
            [None, None, Some(json!(-5)), Some(json!(127))],
        ),
        ("unsigned", None, range(json!(0), json!(u32::MAX))),
    ];
    let schemars = schemars_2020_12::<ListResponse>();
    let schemars = &schemars["properties"];
    let utoipa = utoipa::<ListResponse>();
    let utoipa = &utoipa["properties"];
    for (properties, side) in [(schemars, "schemars"), (utoipa, "utoipa")] {
        for (key, inner, expected) in &expected {
            let schema = &properties[key];
            let schema = inner.map_or(schema, |inner| &schema[inner]);
            assert_eq!(&bounds(schema), expected, "{side} {key}: {schema}");
        }
    }

    // OpenAPI 3.0 says an exclusive bound with a flag.
    let components = schemars_openapi3::<ListResponse>();
    let delta = &components["ListResponse"]["properties"]["delta"];
    assert_eq!(
        bounds(delta),
        [
            Some(json!(-5)),
            Some(json!(127)),
            Some(json!(true)),
            Some(json!(true))
        ],
        "{delta}"
    );
    let offset = &components["ListResponse"]["properties"]["offset"];
    assert_eq!(bounds(offset), range(json!(i32::MIN), json!(i32::MAX)));

    // Union variants and tagged models too.
    let job = schemars_2020_12::<JobResponse>();
    let done = &job["$defs"]["JobResponse.Done"]["properties"];
    assert_eq!(
        bounds(&done["resultCount"]),
        range(json!(0), json!(u32::MAX))
    );
    assert_eq!(
        bounds(&done["scores"]["items"]),
        range(json!(i64::MIN), json!(i64::MAX))
    );
    let pending = &job["$defs"]["JobResponse.Pending"]["properties"]["progress"];
    assert_eq!(bounds(pending), range(json!(0), json!(u8::MAX)));
    let shape = schemars_2020_12::<Shape>();
    let side = &shape["$defs"]["Shape.Square"]["properties"]["side"];
    assert_eq!(bounds(side), range(json!(0), json!(u16::MAX)));
}

/// The validator of `T`'s 2020-12 schema.
fn validator<T: JsonSchema>() -> jsonschema::Validator {
    jsonschema::validator_for(&schemars_2020_12::<T>()).unwrap()
}

/// `from_json` and the schema say `expected` of `body`.
fn agree<T>(validator: &jsonschema::Validator, body: &str, expected: bool)
where
    T: operation_response::__private::DeserializeOwned + operation_response::Validate,
{
    let parsed = from_json::<T>(body).is_ok();
    let value: Value = serde_json::from_str(body).unwrap();
    let valid = validator.is_valid(&value);
    assert_eq!(
        (parsed, valid),
        (expected, expected),
        "{body}: from_json, schema"
    );
}

#[test]
fn the_validator_and_from_json_agree() {
    let offset = validator::<Offset>();
    for (body, ok) in [
        (r#"{"offset":2147483647}"#, true),
        (r#"{"offset":2147483648}"#, false),
        (r#"{"offset":-2147483648}"#, true),
        (r#"{"offset":-2147483649}"#, false),
        (r#"{"offset":150.0}"#, true),
        (r#"{"offset":1e2}"#, true),
        (r#"{"offset":-0.0}"#, true),
        (r#"{"offset":150.5}"#, false),
        (r#"{"offset":2147483648.0}"#, false),
        (r#"{"offset":"1"}"#, false),
    ] {
        agree::<Offset>(&offset, body, ok);
    }
    let byte = validator::<Byte>();
    for (body, ok) in [
        (r#"{"byte":-1}"#, false),
        (r#"{"byte":-1.0}"#, false),
        (r#"{"byte":255}"#, true),
        (r#"{"byte":256}"#, false),
        (r#"{"byte":150.0}"#, true),
        (r#"{"byte":150.5}"#, false),
    ] {
        agree::<Byte>(&byte, body, ok);
    }
    let count = validator::<Count>();
    for (body, ok) in [
        (r#"{"count":9223372036854775807}"#, true),
        (r#"{"count":9223372036854775808}"#, false),
        (r#"{"count":-9223372036854775808}"#, true),
        (r#"{"count":150.0}"#, true),
        (r#"{"count":150.5}"#, false),
    ] {
        agree::<Count>(&count, body, ok);
    }
}

#[test]
fn drift_counts_a_real_bound_not_the_one_the_format_says() {
    use operation_response::schema::{drift, DifferenceKind};
    let document = |offset: Value| {
        json!({
            "openapi": "3.1.0",
            "components": { "schemas": { "Offset": {
                "type": "object",
                "required": ["offset"],
                "properties": { "offset": offset },
            } } }
        })
    };
    // The vendor's `type: integer` against an `i32`: the same field.
    let same = drift::<Offset>(
        &document(json!({ "type": "integer" })),
        "#/components/schemas/Offset",
    );
    assert!(same.is_empty(), "{same}");
    let same = drift::<Offset>(
        &document(json!({ "type": "integer", "format": "int32", "maximum": 2147483647 })),
        "#/components/schemas/Offset",
    );
    assert!(same.is_empty(), "{same}");
    // A bound of the vendor's own is a difference.
    let drifted = drift::<Offset>(
        &document(json!({ "type": "integer", "maximum": 100 })),
        "#/components/schemas/Offset",
    );
    assert_eq!(
        drifted.iter().map(|d| d.kind.clone()).collect::<Vec<_>>(),
        [DifferenceKind::Bound {
            keyword: "maximum".into(),
            declared: Some(json!(i32::MAX)),
            vendor: Some(json!(100)),
        }],
        "{drifted}"
    );
}

/// A recursive model, with a flattened map, reads integral floats at every
/// depth (and compiles: the deserializer wraps each map once).
#[response_model]
pub struct Tree {
    /// Its size.
    pub size: u32,
    /// Its children.
    #[response(default)]
    pub children: Vec<Tree>,
    /// Its parent, boxed.
    pub parent: Option<Box<Tree>>,
    /// Every other key.
    #[serde(flatten)]
    pub rest: std::collections::BTreeMap<String, serde_json::Value>,
}

#[test]
fn recursive_models_read_integral_floats_at_every_depth() {
    let tree: Tree = from_json(
        r#"{"size":1.0,"children":[{"size":2e0,"children":[{"size":3}]}],"parent":{"size":4.0},"x":5.0}"#,
    )
    .unwrap();
    assert_eq!(tree.size, 1);
    assert_eq!(tree.children[0].size, 2);
    assert_eq!(tree.children[0].children[0].size, 3);
    assert_eq!(tree.parent.as_ref().map(|p| p.size), Some(4));
    assert_eq!(tree.rest["x"], 5.0);
    let err = from_json::<Tree>(r#"{"size":1,"children":[{"size":2.5}]}"#).unwrap_err();
    assert_eq!(err.path(), Some("children[0].size"), "{err}");
}

/// As the crate docs say: an integral float is written back as the integer
/// (the user's own `with` function is in `tests/renamed/tests/foreign.rs`,
/// whose crate depends on serde).
#[test]
fn written_back_as_the_integer() {
    let body: ListResponse = from_json(&list_body(json!({"totalCount": 150.0}))).unwrap();
    let written = serde_json::to_value(&body).unwrap();
    assert_eq!(written["totalCount"], json!(150));
    assert!(written["totalCount"].is_u64(), "{written}");
}
