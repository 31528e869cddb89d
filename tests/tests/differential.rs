//! The schema says what parsing accepts: for every test model and vendor
//! type, bodies made from its valid ones by random structure-aware
//! mutations (a fixed seed) get the same verdict from a JSON Schema
//! validator (the `jsonschema` crate) on the type's schema as from
//! `from_json`. The only disagreements allowed are rules the schema states
//! in a `description` alone (`validate_with`, byte lengths), recognised from
//! the schema itself and from the violations `from_json` reports.

use operation_response::schemars::generate::SchemaSettings;
use operation_response::schemars::JsonSchema;
use operation_response::standard::{AzureOperationStatus, GoogleOperation};
use operation_response::utoipa::openapi::{schema::Schema, RefOr};
use operation_response::utoipa::ToSchema;
use operation_response::{from_json, Examples, Validate};
use operation_response_tests::openapi::{Batch, CodeScanningAutofix, TestClock};
use operation_response_tests::serde_attrs::{
    AzureLikeResponse, KebabCode, OnlyDone, SdkCode, SerdeTagged,
};
use operation_response_tests::vendors::{
    Destination, FineTuningJob, GetTranscriptionJobResponse, TranslationResponse, WorkflowRun,
};
use operation_response_tests::*;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

#[macro_use]
mod every_type;

/// Declarations beyond the shared test models: each class of disagreement
/// the differential test found, as a user writes it.
mod more {
    use operation_response::{operation_response, response_model};

    /// An enum-form body, flattened into a model with shared fields.
    #[operation_response(terminal = ["done", "failed"], failure = ["failed"])]
    pub enum Phase {
        Running,
        Done {
            #[response(min_length = 1)]
            output: String,
        },
        Failed {
            message: String,
        },
    }

    /// Shared fields around the flattened body.
    #[response_model]
    pub struct Shared {
        #[response(min_length = 2)]
        pub id: String,
        #[serde(flatten)]
        #[response(operation)]
        pub phase: Phase,
    }

    /// A struct-form body with per-status rules, flattened too.
    #[operation_response(
        status = ["queued", "done", "failed"],
        terminal = ["done", "failed"],
        failure = ["failed"],
    )]
    pub struct Step {
        #[response(required_when = "failed")]
        pub error: Option<String>,
    }

    /// Shared fields around it.
    #[response_model]
    pub struct SharedStep {
        pub name: String,
        #[serde(flatten)]
        #[response(operation)]
        pub step: Step,
    }

    /// A default that serde's own attribute gives.
    #[response_model]
    pub struct Retries {
        #[serde(default = "three")]
        #[response(max = 10)]
        pub retries: u32,
    }

    fn three() -> u32 {
        3
    }

    /// proto3 leaves out an enum's zero value: an unlisted default, open.
    #[operation_response(
        status = ["JOB_STATE_RUNNING", "JOB_STATE_SUCCEEDED"],
        terminal = ["JOB_STATE_SUCCEEDED"],
        status_field = "state",
        status_default = "JOB_STATE_UNSPECIFIED",
        open,
    )]
    pub struct ZeroValueJob {
        pub name: String,
    }

    /// The enum form with an unlisted default status, open.
    #[operation_response(terminal = ["done"], status_default = "unspecified", open)]
    pub enum OpenDefaultedUnion {
        Running,
        Done { output: String },
    }

    /// Patterns whose classes the two regex dialects read differently.
    #[response_model]
    pub struct Dialects {
        #[response(pattern = "^.+$")]
        pub any: String,
        #[response(pattern = "^\\d+$")]
        pub digits: String,
        #[response(pattern = "^\\w+$")]
        pub word: String,
        #[response(pattern = "^\\S+$")]
        pub no_space: String,
    }
}

/// Every type of the differential test beyond the shared ones.
macro_rules! more_types {
    ($m:ident) => {
        $m!(more::Shared);
        $m!(more::SharedStep);
        $m!(more::Retries);
        $m!(more::Dialects);
        $m!(more::ZeroValueJob);
        $m!(more::OpenDefaultedUnion);
    };
}

/// Mutated bodies per type: 51 types make more than 10,000 bodies.
const BODIES_PER_TYPE: usize = 320;

/// SplitMix64: a fixed sequence from a fixed seed, no RNG crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// What a type's schema mentions, for mutations that aim at its edges.
#[derive(Default)]
struct Hints {
    /// Every string in an `enum` or `const`: statuses, tags, values.
    strings: Vec<String>,
    /// Every property name.
    keys: Vec<String>,
    /// Every numeric bound and length.
    numbers: Vec<f64>,
}

impl Hints {
    fn of(schema: &Value) -> Hints {
        let mut hints = Hints::default();
        hints.walk(schema);
        hints.strings.sort();
        hints.strings.dedup();
        hints.keys.sort();
        hints.keys.dedup();
        hints
    }

    fn walk(&mut self, value: &Value) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    match (key.as_str(), inner) {
                        ("enum", Value::Array(items)) => self
                            .strings
                            .extend(items.iter().filter_map(Value::as_str).map(str::to_owned)),
                        ("const", Value::String(s)) => self.strings.push(s.clone()),
                        ("properties", Value::Object(props)) => {
                            self.keys.extend(props.keys().cloned());
                        }
                        (
                            "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum"
                            | "minLength" | "maxLength" | "minItems" | "maxItems",
                            Value::Number(n),
                        ) => self.numbers.extend(n.as_f64()),
                        _ => {}
                    }
                    self.walk(inner);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| self.walk(item)),
            _ => {}
        }
    }
}

/// Characters the two regular-expression dialects (Rust's and ECMA-262's)
/// read differently, and others servers send.
const TRICKY: &[&str] = &[
    "\r", "\n", "\u{2028}", "\u{2029}", "١٢٣", "é", "\u{FEFF}", "\u{85}", "\t", " ", "_", "-", "0",
    "Z",
];

/// A JSON value of a random kind.
fn any_value(rng: &mut Rng, hints: &Hints, depth: u8) -> Value {
    match rng.below(if depth > 1 { 7 } else { 9 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => json!(rng.below(1000) as i64 - 500),
        3 => json!(rng.below(1000) as f64 / 8.0),
        4 => rng
            .pick(&hints.strings)
            .map_or_else(|| json!("x"), |s| json!(s)),
        5 => json!("abc".repeat(rng.below(4))),
        6 => json!(*rng.pick(TRICKY).unwrap()),
        7 => Value::Array(
            (0..rng.below(3))
                .map(|_| any_value(rng, hints, depth + 1))
                .collect(),
        ),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.below(3) {
                let key = rng.pick(&hints.keys).cloned().unwrap_or_else(|| "k".into());
                map.insert(key, any_value(rng, hints, depth + 1));
            }
            Value::Object(map)
        }
    }
}

/// A number at or across one of the schema's bounds, or at an integer
/// type's edge, or an integral float.
fn edge_number(rng: &mut Rng, hints: &Hints, current: &Value) -> Value {
    let edges = [
        2_147_483_648.0,
        -2_147_483_649.0,
        9_223_372_036_854_775_807.0,
        256.0,
        -1.0,
        65536.0,
        4_294_967_296.0,
    ];
    match rng.below(6) {
        0 => {
            let bound = rng.pick(&hints.numbers).copied().unwrap_or(0.0);
            let offset = [-1.0, -0.5, 0.0, 0.5, 1.0][rng.below(5)];
            json!(bound + offset)
        }
        1 => json!(*rng.pick(&edges).unwrap()),
        2 => match current.as_i64() {
            // The same integer written as a float.
            Some(n) => json!(n as f64),
            None => json!(150.0),
        },
        3 => json!(u64::MAX),
        4 => json!(i64::MIN),
        _ => json!(9_223_372_036_854_775_808_u64),
    }
}

/// A string across one of the schema's lengths, or with a tricky
/// character.
fn edge_string(rng: &mut Rng, hints: &Hints, current: &str) -> Value {
    match rng.below(5) {
        0 => {
            let length = rng.pick(&hints.numbers).copied().unwrap_or(3.0);
            let length = length.clamp(0.0, 300.0) as usize;
            let length = (length + rng.below(3)).saturating_sub(1);
            json!("é".repeat(length))
        }
        1 => {
            let at = rng.below(current.chars().count() + 1);
            let mut chars: Vec<char> = current.chars().collect();
            let tricky: Vec<char> = rng.pick(TRICKY).unwrap().chars().collect();
            for (i, c) in tricky.into_iter().enumerate() {
                chars.insert(at + i, c);
            }
            json!(chars.into_iter().collect::<String>())
        }
        2 => json!(current.to_uppercase()),
        3 => json!(current.to_lowercase()),
        _ => rng
            .pick(&hints.strings)
            .map_or_else(|| json!(""), |s| json!(s)),
    }
}

/// The paths of every value in `body`, as JSON pointers.
fn pointers(body: &Value, at: String, out: &mut Vec<String>) {
    match body {
        Value::Object(map) => {
            for (key, value) in map {
                let path = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push(path.clone());
                pointers(value, path, out);
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                let path = format!("{at}/{i}");
                out.push(path.clone());
                pointers(value, path, out);
            }
        }
        _ => {}
    }
}

/// One random mutation of `body`.
fn mutate(rng: &mut Rng, hints: &Hints, body: &mut Value) {
    let mut paths = vec![String::new()];
    pointers(body, String::new(), &mut paths);
    let path = rng.pick(&paths).cloned().unwrap_or_default();
    let Some(target) = body.pointer_mut(&path) else {
        return;
    };
    match rng.below(8) {
        // Delete a key, or an element.
        0 => {
            if let Some((parent, last)) = path.rsplit_once('/') {
                let last = last.replace("~1", "/").replace("~0", "~");
                match body.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&last);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // Add a key the schema knows, or any key.
        1 => {
            if let Value::Object(map) = target {
                let key = if rng.below(4) == 0 {
                    "extra".to_owned()
                } else {
                    rng.pick(&hints.keys).cloned().unwrap_or_else(|| "k".into())
                };
                let value = any_value(rng, hints, 0);
                map.insert(key, value);
            } else {
                *target = any_value(rng, hints, 0);
            }
        }
        // Retype.
        2 => *target = any_value(rng, hints, 0),
        // Wrap in an array.
        3 => *target = Value::Array(vec![target.take()]),
        // Statuses, tags and strings: another listed one, another case, a
        // tricky character, across a length.
        4 | 5 => {
            let current = target.as_str().unwrap_or("").to_owned();
            *target = edge_string(rng, hints, &current);
        }
        // Numbers across their bounds.
        _ => {
            let current = target.clone();
            *target = edge_number(rng, hints, &current);
        }
    }
}

/// Rules that a schema states in a `description` only.
const DESCRIBED_ONLY: &[&str] = &["validate_with", "min_bytes", "max_bytes"];

#[derive(Default, Debug)]
struct Counts {
    bodies: usize,
    accepted: usize,
    rejected: usize,
    explained: usize,
    unexplained: Vec<String>,
}

/// `T`'s utoipa schema as an OpenAPI 3.1 document whose root refers to it.
fn utoipa_document<T: ToSchema>() -> Value {
    let mut out: Vec<(String, RefOr<Schema>)> = Vec::new();
    T::schemas(&mut out);
    out.push((T::name().into_owned(), T::schema()));
    let schemas: Map<String, Value> = out
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    json!({
        "$ref": format!("#/components/schemas/{}", T::name()),
        "components": { "schemas": schemas },
    })
}

fn differ<T>(name: &str, seeds: Vec<Value>, rng: &mut Rng, counts: &mut Counts)
where
    T: JsonSchema + ToSchema + for<'de> operation_response::__private::Deserialize<'de> + Validate,
{
    let schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value();
    let validator =
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}\n{schema:#}"));
    let utoipa = utoipa_document::<T>();
    let utoipa = jsonschema::validator_for(&utoipa)
        .unwrap_or_else(|e| panic!("{name} (utoipa): {e}\n{utoipa:#}"));
    let text = schema.to_string();
    let described: BTreeSet<&str> = [
        ("validate_with", "Also checked"),
        ("min_bytes", "bytes in UTF-8"),
        ("max_bytes", "bytes in UTF-8"),
    ]
    .into_iter()
    .filter(|(_, note)| text.contains(note))
    .map(|(rule, _)| rule)
    .chain(text.contains("`lifecycle`").then_some("validate_with"))
    .collect();
    let hints = Hints::of(&schema);
    assert!(!seeds.is_empty(), "{name}: no valid body to start from");
    for seed in &seeds {
        assert!(
            validator.is_valid(seed) && from_json::<T>(&seed.to_string()).is_ok(),
            "{name}: a valid body is not valid: {seed}"
        );
    }
    for i in 0..BODIES_PER_TYPE {
        let mut body = seeds[i % seeds.len()].clone();
        for _ in 0..=rng.below(3) {
            mutate(rng, &hints, &mut body);
        }
        let parsed = from_json::<T>(&body.to_string());
        let valid = validator.is_valid(&body);
        if utoipa.is_valid(&body) != valid {
            counts.unexplained.push(format!(
                "{name}: the utoipa schema {} but the schemars schema {} {body}",
                if valid { "rejects" } else { "accepts" },
                if valid { "accepts" } else { "rejects" },
            ));
        }
        counts.bodies += 1;
        match (&parsed, valid) {
            (Ok(_), true) => counts.accepted += 1,
            (Err(_), false) => counts.rejected += 1,
            (Err(error), true)
                if error.violations().is_some_and(|violations| {
                    violations
                        .iter()
                        .all(|v| DESCRIBED_ONLY.contains(&v.rule()) && described.contains(v.rule()))
                }) =>
            {
                counts.explained += 1;
            }
            (parsed, valid) => counts.unexplained.push(format!(
                "{name}: from_json {} but the schema {} {body}",
                match parsed {
                    Ok(_) => "accepts".to_owned(),
                    Err(e) => format!("rejects ({e})"),
                },
                if valid { "accepts" } else { "rejects" },
            )),
        }
    }
}

fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/vendors/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The vendor fixtures that are bodies of `prefix`'s type.
fn fixtures(prefix: &str) -> Vec<Value> {
    let dir = format!("{}/fixtures/vendors", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".json"))
        .collect();
    names.sort();
    names.iter().map(|name| fixture(name)).collect()
}

/// jsonschema recurses deeply building validators for these documents in
/// debug builds: more than a test thread's 2 MiB.
#[test]
fn schema_and_parser_agree_on_mutated_bodies() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(agreement)
        .unwrap()
        .join()
        .unwrap();
}

fn agreement() {
    let mut rng = Rng(0x5EED_0019_2026_1207);
    let mut counts = Counts::default();
    let mut types = 0;
    macro_rules! run {
        ($t:ty) => {{
            let name = stringify!($t);
            let mut seeds: Vec<Value> = <$t as Examples>::examples()
                .iter()
                .map(|value| serde_json::to_value(value).unwrap())
                .collect();
            let prefix = match name {
                "WorkflowRun" => "github-workflow-run",
                "AzureOperationStatus" => "azure-status",
                "GoogleOperation" => "google-operation",
                "GetTranscriptionJobResponse" => "aws-transcribe",
                "Destination" => "tagged-sink",
                _ => "",
            };
            if !prefix.is_empty() {
                seeds.extend(fixtures(prefix));
            }
            differ::<$t>(name, seeds, &mut rng, &mut counts);
            types += 1;
        }};
    }
    every_type!(run);
    more_types!(run);
    println!(
        "{types} types, {} bodies: {} accepted by both, {} rejected by both, {} explained by a described-only rule, {} unexplained",
        counts.bodies,
        counts.accepted,
        counts.rejected,
        counts.explained,
        counts.unexplained.len(),
    );
    assert!(counts.bodies >= 10_000, "{counts:?}");
    assert!(
        counts.accepted > counts.bodies / 20 && counts.rejected > counts.bodies / 5,
        "the mutations should leave some bodies valid and break many: {counts:?}"
    );
    // `DIFFERENTIAL_LOG=path` writes every disagreement there, to study them.
    if let Ok(path) = std::env::var("DIFFERENTIAL_LOG") {
        std::fs::write(path, counts.unexplained.join("\n")).unwrap();
    }
    let shown: Vec<&String> = counts.unexplained.iter().take(40).collect();
    assert!(
        counts.unexplained.is_empty(),
        "{} unexplained disagreements, the first ones:\n{}",
        counts.unexplained.len(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// A flattened `#[response(operation)]` brings its status and branches
/// into the outer schema.
#[test]
fn a_flattened_operation_keeps_its_status_in_the_schema() {
    let schema = schema_of::<more::Shared>();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (body, valid) in [
        (json!({"id": "ab", "status": "bogus"}), false),
        (json!({"id": "ab"}), false),
        (json!({"id": "ab", "status": "running"}), true),
        (json!({"id": "ab", "status": "done", "output": "x"}), true),
        (json!({"id": "ab", "status": "done"}), false),
        (json!({"id": "a", "status": "running"}), false),
    ] {
        assert_eq!(validator.is_valid(&body), valid, "{body} in {schema:#}");
        assert_eq!(
            from_json::<more::Shared>(&body.to_string()).is_ok(),
            valid,
            "{body}"
        );
    }
    let schema = schema_of::<more::SharedStep>();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (body, valid) in [
        (json!({"name": "n", "status": "queued"}), true),
        (json!({"name": "n", "status": "bogus"}), false),
        (json!({"name": "n", "status": "failed"}), false),
        (json!({"name": "n", "status": "failed", "error": "e"}), true),
    ] {
        assert_eq!(validator.is_valid(&body), valid, "{body} in {schema:#}");
        assert_eq!(
            from_json::<more::SharedStep>(&body.to_string()).is_ok(),
            valid,
            "{body}"
        );
    }
}

/// `#[serde(default = "path")]`: the schema's `default` is what parsing
/// fills in.
#[test]
fn a_serde_default_path_is_the_schema_default() {
    let schema = schema_of::<more::Retries>();
    assert_eq!(schema["properties"]["retries"]["default"], 3, "{schema:#}");
    let parsed: more::Retries = from_json("{}").unwrap();
    assert_eq!(parsed.retries, 3);
}
