//! `schema::drift` against three vendors' published OpenAPI documents
//! (components cut out verbatim into `fixtures/openapi/`, sources in its
//! `SOURCES.md`): the declarations match, and each mutation of a document
//! is reported at its wire path.

use operation_response::schema::{drift, DifferenceKind, Drift};
use operation_response::schemars::JsonSchema;
use operation_response_tests::openapi::{Batch, CodeScanningAutofix, TestClock};
use serde_json::{json, Value};

fn document(name: &str) -> Value {
    let path = format!(
        "{}/fixtures/openapi/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// One vendor's component and where its parts are.
struct Vendor {
    document: &'static str,
    component: &'static str,
    /// The status enum, as a JSON pointer into the document.
    statuses: &'static str,
    /// An optional property of the component, and a required one.
    optional: &'static str,
    required: &'static str,
    /// A string property (by pointer to its schema) to give a bound to.
    string: &'static str,
}

const OPENAI: Vendor = Vendor {
    document: "openai",
    component: "Batch",
    statuses: "/components/schemas/Batch/properties/status/enum",
    optional: "output_file_id",
    required: "endpoint",
    string: "/components/schemas/Batch/properties/input_file_id",
};

const GITHUB: Vendor = Vendor {
    document: "github",
    component: "code-scanning-autofix",
    statuses: "/components/schemas/code-scanning-autofix-status/enum",
    optional: "",
    required: "description",
    string: "/components/schemas/code-scanning-autofix-started-at",
};

const STRIPE: Vendor = Vendor {
    document: "stripe",
    component: "test_helpers.test_clock",
    statuses: "/components/schemas/test_helpers.test_clock/properties/status/enum",
    optional: "name",
    required: "frozen_time",
    string: "/components/schemas/test_helpers.test_clock/properties/id",
};

fn check<T: JsonSchema>(vendor: &Vendor, document: &Value) -> Drift {
    drift::<T>(
        document,
        &format!("#/components/schemas/{}", vendor.component),
    )
}

fn component<'d>(vendor: &Vendor, document: &'d mut Value) -> &'d mut Value {
    document
        .pointer_mut(&format!("/components/schemas/{}", vendor.component))
        .unwrap()
}

fn kinds(drift: &Drift) -> Vec<(String, DifferenceKind)> {
    drift
        .iter()
        .map(|d| (d.path.clone(), d.kind.clone()))
        .collect()
}

/// Every mutation the issue names, on one vendor's document.
fn mutations<T: JsonSchema>(vendor: &Vendor, status_key: &str, first_status: &str) {
    let pristine = document(vendor.document);
    let drift = check::<T>(vendor, &pristine);
    assert!(drift.is_empty(), "{drift}");
    assert_eq!(
        drift.to_string(),
        format!(
            "`{}` matches #/components/schemas/{}",
            T::schema_name(),
            vendor.component
        )
    );

    // A status added: reported first, whatever else differs.
    let mut doc = pristine.clone();
    doc.pointer_mut(vendor.statuses)
        .unwrap()
        .as_array_mut()
        .unwrap()
        .push(json!("paused"));
    component(vendor, &mut doc)["properties"]
        .as_object_mut()
        .unwrap()
        .insert("aaa_new".into(), json!({"type": "string"}));
    let drift = check::<T>(vendor, &doc);
    assert_eq!(
        kinds(&drift),
        [
            (
                status_key.to_owned(),
                DifferenceKind::UndeclaredStatus("paused".into())
            ),
            ("aaa_new".to_owned(), DifferenceKind::VendorOnlyField),
        ],
        "{drift}"
    );
    assert!(
        drift.to_string().contains(&format!(
            "- {status_key}: the vendor's status \"paused\" is not declared (is it terminal?)"
        )),
        "{drift}"
    );

    // A status removed.
    let mut doc = pristine.clone();
    let statuses = doc
        .pointer_mut(vendor.statuses)
        .unwrap()
        .as_array_mut()
        .unwrap();
    statuses.retain(|s| s != first_status);
    let drift = check::<T>(vendor, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            status_key.to_owned(),
            DifferenceKind::StatusNotInVendor(first_status.into())
        )],
        "{drift}"
    );

    // An optional field made required.
    if !vendor.optional.is_empty() {
        let mut doc = pristine.clone();
        component(vendor, &mut doc)["required"]
            .as_array_mut()
            .unwrap()
            .push(json!(vendor.optional));
        let drift = check::<T>(vendor, &doc);
        assert_eq!(
            kinds(&drift),
            [(
                vendor.optional.to_owned(),
                DifferenceKind::Required { declared: false }
            )],
            "{drift}"
        );
    }

    // A required field made optional, then removed.
    let mut doc = pristine.clone();
    component(vendor, &mut doc)["required"]
        .as_array_mut()
        .unwrap()
        .retain(|r| r != vendor.required);
    let drift = check::<T>(vendor, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            vendor.required.to_owned(),
            DifferenceKind::Required { declared: true }
        )],
        "{drift}"
    );
    component(vendor, &mut doc)["properties"]
        .as_object_mut()
        .unwrap()
        .remove(vendor.required);
    let drift = check::<T>(vendor, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            vendor.required.to_owned(),
            DifferenceKind::DeclaredOnlyField
        )],
        "{drift}"
    );

    // A bound added, and one changed.
    let mut doc = pristine.clone();
    let string = doc.pointer_mut(vendor.string).unwrap();
    let old = string.get("maxLength").cloned();
    string["maxLength"] = json!(12);
    let drift = check::<T>(vendor, &doc);
    let path = drift
        .iter()
        .next()
        .map(|d| d.path.clone())
        .unwrap_or_default();
    assert_eq!(
        kinds(&drift),
        [(
            path.clone(),
            DifferenceKind::Bound {
                keyword: "maxLength".into(),
                declared: old.clone(),
                vendor: Some(json!(12)),
            }
        )],
        "{drift}"
    );
    assert!(!path.is_empty());

    // A type changed.
    let mut doc = pristine.clone();
    let string = doc.pointer_mut(vendor.string).unwrap();
    string["type"] = json!("integer");
    string.as_object_mut().unwrap().remove("maxLength");
    let drift = check::<T>(vendor, &doc);
    let found: Vec<_> = kinds(&drift);
    assert!(
        found.iter().any(|(p, k)| *p == path
            && *k
                == DifferenceKind::Type {
                    declared: "string".into(),
                    vendor: "integer".into()
                }),
        "{drift}"
    );
}

#[test]
fn openai_batch() {
    mutations::<Batch>(&OPENAI, "status", "validating");
}

#[test]
fn github_code_scanning_autofix() {
    mutations::<CodeScanningAutofix>(&GITHUB, "status", "pending");
}

#[test]
fn stripe_test_clock() {
    mutations::<TestClock>(&STRIPE, "status", "advancing");
}

#[test]
fn nested_paths_and_nullability() {
    let pristine = document("openai");
    // Inside a referenced component.
    let mut doc = pristine.clone();
    doc.pointer_mut("/components/schemas/BatchRequestCounts/properties/total")
        .unwrap()["type"] = json!("string");
    let drift = check::<Batch>(&OPENAI, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            "request_counts.total".to_owned(),
            DifferenceKind::Type {
                declared: "integer".into(),
                vendor: "string".into()
            }
        )],
        "{drift}"
    );
    // Inside an array's items, in an inline object.
    let mut doc = pristine.clone();
    doc.pointer_mut("/components/schemas/BatchError/properties/line")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .clear();
    doc["components"]["schemas"]["BatchError"]["properties"]["line"] = json!({"type": "string"});
    let drift = check::<Batch>(&OPENAI, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            "errors.data[].line".to_owned(),
            DifferenceKind::Type {
                declared: "integer".into(),
                vendor: "string".into()
            }
        )],
        "{drift}"
    );
    // The vendor allows `null` where the declaration does not.
    let mut doc = pristine.clone();
    doc["components"]["schemas"]["Batch"]["properties"]["endpoint"]["type"] =
        json!(["string", "null"]);
    let drift = check::<Batch>(&OPENAI, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            "endpoint".to_owned(),
            DifferenceKind::Nullable { declared: false }
        )],
        "{drift}"
    );
    // OpenAPI 3.0 spells it `nullable`.
    let mut doc = document("stripe");
    doc.pointer_mut("/components/schemas/test_helpers.test_clock/properties/livemode")
        .unwrap()["nullable"] = json!(true);
    let drift = check::<TestClock>(&STRIPE, &doc);
    assert_eq!(
        kinds(&drift),
        [(
            "livemode".to_owned(),
            DifferenceKind::Nullable { declared: false }
        )],
        "{drift}"
    );
}

#[test]
fn a_missing_component_is_one_difference() {
    let drift = drift::<Batch>(&document("openai"), "#/components/schemas/Nope");
    assert_eq!(
        kinds(&drift),
        [(String::new(), DifferenceKind::ComponentNotFound)]
    );
    assert_eq!(
        drift.to_string(),
        "1 difference between `Batch` and #/components/schemas/Nope:\n- (the body): the component is not in the document\n"
    );
}
