//! `utoipa::ToSchema` for generated types: the same shape as for schemars,
//! converted into utoipa's schema model, variants collected by `schemas`.
// Named by generated code only, through `__private`.
#![allow(missing_docs)]

use super::build::{build, unknown, Backend, Probe, Shape, Sub};
use serde_json::Value;
use utoipa::openapi::{schema::Schema, RefOr};
use utoipa::ToSchema;

const PREFIX: &str = "#/components/schemas/";

/// Collects the named schemas (a union's variants).
#[derive(Default)]
struct Components(Vec<(String, Value)>);

impl Backend for Components {
    fn openapi3(&self) -> bool {
        // utoipa 5 writes OpenAPI 3.1, whose schemas are JSON Schema 2020-12.
        false
    }

    fn define(&mut self, name: &str, schema: Value) -> String {
        self.0.push((name.to_owned(), schema));
        format!("{PREFIX}{name}")
    }

    fn resolve(&self, reference: &str) -> Option<Value> {
        let name = reference.strip_prefix(PREFIX)?;
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.clone())
    }
}

/// The schema of a generated type.
pub fn schema(shape: &Shape, name: &str, subs: Vec<Sub>) -> RefOr<Schema> {
    convert(build(shape, name, subs, &mut Components::default()))
}

/// The named schemas a generated type's schema refers to: its variants.
pub fn schemas(shape: &Shape, name: &str, subs: Vec<Sub>, out: &mut Vec<(String, RefOr<Schema>)>) {
    let mut components = Components::default();
    build(shape, name, subs, &mut components);
    out.extend(
        components
            .0
            .into_iter()
            .map(|(name, schema)| (name, convert(schema))),
    );
}

/// `Option<T>`: its schema or `null`.
pub fn nullable(mut sub: Sub) -> Sub {
    let closed = sub.schema.get("enum").is_some() || sub.schema.get("const").is_some();
    match sub.schema.get_mut("type") {
        Some(Value::String(t)) if !closed => {
            let t = std::mem::take(t);
            sub.schema["type"] = serde_json::json!([t, "null"]);
        }
        _ => sub.schema = serde_json::json!({ "anyOf": [sub.schema, { "type": "null" }] }),
    }
    sub
}

/// A sequence of `T`.
pub fn array(sub: Sub) -> Sub {
    Sub {
        schema: serde_json::json!({ "type": "array", "items": sub.schema }),
        default: None,
    }
}

/// A map from strings to `T`.
pub fn map(sub: Sub) -> Sub {
    Sub {
        schema: serde_json::json!({ "type": "object", "additionalProperties": sub.schema }),
        default: None,
    }
}

/// A field type's schema and what it refers to, chosen when the type
/// implements `ToSchema`.
pub trait HasSchema {
    /// Its schema, inline.
    fn utoipa_sub(&self) -> Sub;
    /// A reference to its component.
    fn utoipa_ref(&self) -> Sub;
    /// What its schema refers to, for `ToSchema::schemas`.
    fn utoipa_collect(&self, out: &mut Vec<(String, RefOr<Schema>)>);
    /// Its component, and what it refers to, once each.
    fn utoipa_component(&self, out: &mut Vec<(String, RefOr<Schema>)>);
}

impl<T: ToSchema + ?Sized> HasSchema for Probe<T> {
    fn utoipa_sub(&self) -> Sub {
        // An integer field's range is the shape's (`build`), for schemars
        // and utoipa alike.
        Sub {
            schema: serde_json::to_value(T::schema()).unwrap_or(Value::Bool(true)),
            default: None,
        }
    }

    fn utoipa_ref(&self) -> Sub {
        Sub {
            schema: serde_json::json!({ "$ref": format!("{PREFIX}{}", T::name()) }),
            default: None,
        }
    }

    fn utoipa_collect(&self, out: &mut Vec<(String, RefOr<Schema>)>) {
        T::schemas(out);
    }

    fn utoipa_component(&self, out: &mut Vec<(String, RefOr<Schema>)>) {
        let name = T::name().into_owned();
        if out.iter().any(|(n, _)| *n == name) {
            return;
        }
        // Listed before its own references, so that a recursive type stops.
        let at = out.len();
        out.push((name, RefOr::T(Schema::default())));
        T::schemas(out);
        out[at].1 = T::schema();
    }
}

/// Chosen, one autoref later, for a type with no `ToSchema`: any value.
pub trait NoSchema {
    fn utoipa_sub(&self) -> Sub;
    fn utoipa_ref(&self) -> Sub;
    fn utoipa_collect(&self, out: &mut Vec<(String, RefOr<Schema>)>);
    fn utoipa_component(&self, out: &mut Vec<(String, RefOr<Schema>)>);
}

impl<T: ?Sized> NoSchema for &Probe<T> {
    fn utoipa_sub(&self) -> Sub {
        unknown::<T>()
    }

    fn utoipa_ref(&self) -> Sub {
        unknown::<T>()
    }

    fn utoipa_collect(&self, _: &mut Vec<(String, RefOr<Schema>)>) {}

    fn utoipa_component(&self, _: &mut Vec<(String, RefOr<Schema>)>) {}
}

/// utoipa's model: every schema object has a `type` (`null` meaning any) or
/// is a composition or a reference. It cannot hold `not`: the one `not` a
/// shape writes, an open enum's "any other string", becomes a pattern with a
/// negative lookahead, which says the same in ECMA-262.
fn convert(mut value: Value) -> RefOr<Schema> {
    prepare(&mut value);
    serde_json::from_value(value).unwrap_or_else(|_| RefOr::T(Schema::default()))
}

/// A pattern that matches every string `not` does not: `not` is a list of
/// values (`{"enum": […]}`) or an anchored pattern (`{"pattern": "^…$"}`).
fn none_of(not: &Value) -> Option<String> {
    if let Some(Value::Array(values)) = not.get("enum") {
        let mut alternatives = Vec::new();
        for value in values {
            let mut escaped = String::new();
            for c in value.as_str()?.chars() {
                if "\\^$.|?*+()[]{}".contains(c) {
                    escaped.push('\\');
                }
                escaped.push(c);
            }
            alternatives.push(escaped);
        }
        return Some(format!("^(?!(?:{})$)", alternatives.join("|")));
    }
    let pattern = not.get("pattern")?.as_str()?;
    let inner = pattern.strip_prefix('^')?;
    Some(format!("^(?!{inner})"))
}

fn prepare(value: &mut Value) {
    if let Value::Bool(_) = value {
        *value = serde_json::json!({ "type": null });
        return;
    }
    let Value::Object(map) = value else { return };
    if !["type", "$ref", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|key| map.contains_key(*key))
    {
        map.insert("type".into(), Value::Null);
    }
    if let Some(not) = map.remove("not") {
        if let Some(pattern) = none_of(&not) {
            map.insert("pattern".into(), pattern.into());
        }
    }
    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), Value::Array(vec![value]));
    }
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        properties.values_mut().for_each(prepare);
    }
    for key in ["items", "additionalProperties"] {
        if let Some(child @ Value::Object(_)) = map.get_mut(key) {
            prepare(child);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(Value::Array(items)) = map.get_mut(key) {
            items.iter_mut().for_each(prepare);
        }
    }
}
