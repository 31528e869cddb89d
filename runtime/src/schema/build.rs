//! The one function that turns a type's shape into a JSON Schema. The `schemars` and `utoipa`
//! impls differ only in how they obtain the schemas of field types and where
//! they put named subschemas, so both say the same thing.
// Named by generated code only, through `__private`.
#![allow(missing_docs)]

mod decimal;

pub use crate::shape::*;
use serde_json::{json, Map, Value};

/// A field type's schema, and the field's default value when it has one.
pub struct Sub {
    pub schema: Value,
    pub default: Option<Value>,
}

/// Autoref specialisation: `(&Probe::<T>::new()).json_sub(generator)` is
/// `T`'s schema when `T` has one, and any value otherwise, so that turning
/// the feature on never breaks a build over a field of a foreign type.
pub struct Probe<T: ?Sized>(std::marker::PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    #[allow(clippy::new_without_default)] // named by generated code only
    pub const fn new() -> Self {
        Probe(std::marker::PhantomData)
    }
}

/// The schema of a field whose type has none: any value, said so.
pub fn unknown<T: ?Sized>() -> Sub {
    Sub {
        schema: json!({
            "description": format!("Any JSON value: `{}` has no schema.", std::any::type_name::<T>()),
        }),
        default: None,
    }
}

/// What differs between the outputs.
pub trait Backend {
    /// OpenAPI 3.0 rather than JSON Schema 2020-12 / OpenAPI 3.1.
    fn openapi3(&self) -> bool;
    /// Stores a named schema; returns the reference to it.
    fn define(&mut self, name: &str, schema: Value) -> String;
    /// A referenced schema, to find what type a rule applies to.
    fn resolve(&self, reference: &str) -> Option<Value>;
}

/// The schema's name: `Page_for_String` for `Page<String>`, as schemars
/// names generic types.
pub fn name(
    base: &'static str,
    params: &[std::borrow::Cow<'static, str>],
) -> std::borrow::Cow<'static, str> {
    if params.is_empty() {
        base.into()
    } else {
        let params: Vec<&str> = params.iter().map(AsRef::as_ref).collect();
        format!("{base}_for_{}", params.join("_and_")).into()
    }
}

/// The schema of `shape`, with `name` its (possibly generic) name and `subs`
/// the schemas of its fields in order (every variant's, for a union).
pub fn build(shape: &Shape, name: &str, subs: Vec<Sub>, backend: &mut dyn Backend) -> Value {
    let mut subs = subs.into_iter();
    let mut schema = match &shape.form {
        Form::Object(object) => build_object(object, &mut subs, backend),
        Form::Union(union) => build_union(union, name, &mut subs, backend),
        Form::Strings(strings) => build_strings(strings),
    };
    describe(&mut schema, shape.doc, shape.notes);
    schema
}

fn describe(schema: &mut Value, doc: &str, notes: &[&str]) {
    let mut text = doc.trim().to_owned();
    for note in notes {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(note);
    }
    if !text.is_empty() {
        if let Value::Object(map) = schema {
            map.insert("description".into(), text.into());
        }
    }
}

fn build_object(
    object: &Object,
    subs: &mut dyn Iterator<Item = Sub>,
    backend: &mut dyn Backend,
) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut composed = Vec::new();
    add_fields(
        object.fields,
        subs,
        backend,
        &mut properties,
        &mut required,
        &mut composed,
    );
    let mut base = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        base["required"] = required.into();
    }
    if object.deny_unknown_fields {
        base["additionalProperties"] = false.into();
    }
    let Some(branches) = &object.branches else {
        return all_of(base, composed);
    };
    let mut one_of: Vec<Value> = branches
        .groups
        .iter()
        .map(|group| {
            let mut properties = Map::new();
            properties.insert(
                branches.key.into(),
                status_values(group.statuses, branches.case_insensitive),
            );
            // Both read `null` as absent.
            for field in group.forbidden {
                properties.insert((*field).into(), json!({ "type": "null" }));
            }
            for field in group.required {
                if let Some(schema) = base["properties"].get(*field).and_then(non_null) {
                    properties.insert((*field).into(), schema);
                }
            }
            let mut required = vec![Value::from(branches.key)];
            required.extend(group.required.iter().map(|f| Value::from(*f)));
            json!({ "type": "object", "properties": properties, "required": required })
        })
        .collect();
    if let Some(listed) = branches.open {
        one_of.push(json!({
            "type": "object",
            "properties": { branches.key: others(listed, branches.case_insensitive) },
            "required": [branches.key],
        }));
    }
    composed.insert(0, json!({ "oneOf": one_of }));
    all_of(base, composed)
}

/// `base`, and every schema of `more` too.
fn all_of(base: Value, more: Vec<Value>) -> Value {
    if more.is_empty() {
        return base;
    }
    let mut all = vec![base];
    all.extend(more);
    json!({ "allOf": all })
}

/// A nullable schema without its `null`: what a field `required_when` a
/// status must be then (both read `null` as absent). `None` when it admits
/// no `null` anyway.
fn non_null(schema: &Value) -> Option<Value> {
    if let Some(Value::Array(types)) = schema.get("type") {
        if types.iter().any(|t| t == "null") {
            let kept: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
            let mut schema = schema.clone();
            schema["type"] = match kept.as_slice() {
                [one] => one.clone(),
                _ => kept.into(),
            };
            return Some(schema);
        }
    }
    if let Some(Value::Array(items)) = schema.get("anyOf") {
        let null = json!({ "type": "null" });
        if items.contains(&null) {
            let kept: Vec<Value> = items.iter().filter(|i| **i != null).cloned().collect();
            return Some(match kept.as_slice() {
                [one] => one.clone(),
                _ => json!({ "anyOf": kept }),
            });
        }
    }
    None
}

/// The fields' schemas into `properties` and `required`; a flattened field
/// whose schema is more than its keys (a union's `oneOf`, a body's
/// per-status branches) goes whole into `composed`, which the parent
/// requires too.
fn add_fields(
    fields: &[Field],
    subs: &mut dyn Iterator<Item = Sub>,
    backend: &mut dyn Backend,
    properties: &mut Map<String, Value>,
    required: &mut Vec<Value>,
    composed: &mut Vec<Value>,
) {
    for field in fields {
        let Some(sub) = subs.next() else { return };
        if field.flatten {
            let inner = resolved(&sub.schema, backend);
            if ["allOf", "oneOf", "anyOf"]
                .iter()
                .any(|key| inner.get(key).is_some())
            {
                composed.push(inner);
                continue;
            }
            if let Some(Value::Object(inner_properties)) = inner.get("properties") {
                properties.extend(inner_properties.clone());
            }
            if let Some(Value::Array(inner_required)) = inner.get("required") {
                required.extend(inner_required.iter().cloned());
            }
            continue;
        }
        let mut schema = match sub.schema {
            Value::Bool(true) => json!({}),
            other => other,
        };
        apply_rules(&mut schema, field.rules, backend);
        if let Some(int) = field.integer {
            integer_range(&mut schema, int, backend.openapi3(), 0);
            if field.number_as_string {
                schema = decimal::schema(schema, field, int, backend.openapi3());
            }
        }
        // A default and an example as the field writes them.
        let written = |value: Value| {
            if field.number_as_string {
                decimal::written(value)
            } else {
                value
            }
        };
        if let (Some(default), Value::Object(map)) = (sub.default, &mut schema) {
            map.insert("default".into(), written(default));
        }
        describe_field(&mut schema, field);
        // `#[response(example = …)]`: also the schema's `examples`
        // (schemars writes OpenAPI 3.0's single `example` from it).
        if let (Some(example), Value::Object(map)) = (field.example, &mut schema) {
            map.insert(
                "examples".into(),
                Value::Array(vec![written(example.to_value())]),
            );
        }
        if field.required {
            required.push(field.key.into());
        }
        properties.insert(field.key.into(), schema);
    }
}

fn describe_field(schema: &mut Value, field: &Field) {
    let mut notes = Vec::new();
    for rule in field.rules {
        match rule {
            Rule::MinBytes(n) => notes.push(format!("At least {n} bytes in UTF-8.")),
            Rule::MaxBytes(n) => notes.push(format!("At most {n} bytes in UTF-8.")),
            Rule::Custom(path) => notes.push(format!("Also checked by `{path}`.")),
            _ => {}
        }
    }
    if field.doc.trim().is_empty() && notes.is_empty() {
        return;
    }
    let notes: Vec<&str> = notes.iter().map(String::as_str).collect();
    // A `$ref` with siblings is valid 2020-12; schemars moves them for 3.0.
    describe(schema, field.doc, &notes);
}

/// The schema a `$ref` points to, or the schema itself.
fn resolved(schema: &Value, backend: &dyn Backend) -> Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => backend.resolve(reference).unwrap_or(Value::Null),
        None => schema.clone(),
    }
}

/// The JSON types a schema admits, looking through `$ref` and `anyOf`.
fn types(schema: &Value, backend: &dyn Backend, depth: u8) -> Vec<String> {
    if depth > 8 {
        return Vec::new();
    }
    let schema = resolved(schema, backend);
    let mut found = Vec::new();
    match schema.get("type") {
        Some(Value::String(t)) => found.push(t.clone()),
        Some(Value::Array(ts)) => {
            found.extend(ts.iter().filter_map(Value::as_str).map(str::to_owned))
        }
        _ => {}
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(items)) = schema.get(key) {
            for item in items {
                found.extend(types(item, backend, depth + 1));
            }
        }
    }
    found
}

fn apply_rules(schema: &mut Value, rules: &[Rule], backend: &mut dyn Backend) {
    if rules.is_empty() {
        return;
    }
    let types = types(schema, backend, 0);
    let has = |t: &str| types.iter().any(|found| found == t);
    let (min, max) = if has("array") {
        ("minItems", "maxItems")
    } else if has("object") && !has("string") {
        ("minProperties", "maxProperties")
    } else {
        ("minLength", "maxLength")
    };
    let openapi3 = backend.openapi3();
    let Value::Object(map) = schema else { return };
    for rule in rules {
        match rule {
            Rule::MinLength(n) => {
                map.insert(min.into(), (*n).into());
            }
            Rule::MaxLength(n) => {
                map.insert(max.into(), (*n).into());
            }
            Rule::Length(n) => {
                map.insert(min.into(), (*n).into());
                map.insert(max.into(), (*n).into());
            }
            Rule::NonEmpty => {
                map.insert(min.into(), 1.into());
            }
            Rule::Min(n) => {
                map.insert("minimum".into(), n.to_value());
            }
            Rule::Max(n) => {
                map.insert("maximum".into(), n.to_value());
            }
            Rule::GreaterThan(n) if openapi3 => {
                map.insert("minimum".into(), n.to_value());
                map.insert("exclusiveMinimum".into(), true.into());
            }
            Rule::LessThan(n) if openapi3 => {
                map.insert("maximum".into(), n.to_value());
                map.insert("exclusiveMaximum".into(), true.into());
            }
            Rule::GreaterThan(n) => {
                map.insert("exclusiveMinimum".into(), n.to_value());
            }
            Rule::LessThan(n) => {
                map.insert("exclusiveMaximum".into(), n.to_value());
            }
            // As written: ECMA-262, which parsing reads it as too.
            Rule::Pattern { ecma, .. } => {
                map.insert("pattern".into(), (*ecma).into());
            }
            Rule::MinBytes(_) | Rule::MaxBytes(_) | Rule::Custom(_) => {}
        }
    }
}

/// The range of `int` on each integer schema of a field: its own (nullable
/// too), an array's items, a map's values. A bound already there (the
/// field's rule, or the field type's own schema) stays when it is as tight;
/// an exclusive one stays exclusive.
fn integer_range(schema: &mut Value, int: Int, openapi3: bool, depth: u8) {
    if depth > 8 {
        return;
    }
    let Value::Object(map) = schema else { return };
    let integer = match map.get("type") {
        Some(Value::String(t)) => t == "integer",
        Some(Value::Array(ts)) => ts.iter().any(|t| t == "integer"),
        _ => false,
    };
    if integer {
        let (lo, hi) = int.range();
        if let Some(lo) = lo {
            merge_bound(map, Side::Lower, lo.to_value(), openapi3);
        }
        if let Some(hi) = hi {
            merge_bound(map, Side::Upper, hi.to_value(), openapi3);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = map.get_mut(key) {
            integer_range(inner, int, openapi3, depth + 1);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(items)) = map.get_mut(key) {
            for item in items {
                integer_range(item, int, openapi3, depth + 1);
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Lower,
    Upper,
}

/// `a` against `b`, exactly for integers.
fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    let exact = |v: &Value| {
        v.as_i64()
            .map(i128::from)
            .or_else(|| v.as_u64().map(i128::from))
    };
    match (exact(a), exact(b)) {
        (Some(a), Some(b)) => Some(a.cmp(&b)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

/// The tightest of the schema's bounds on `side` and the type's `bound`
/// (inclusive), written alone.
fn merge_bound(map: &mut Map<String, Value>, side: Side, bound: Value, openapi3: bool) {
    use std::cmp::Ordering;
    let (inclusive, exclusive) = match side {
        Side::Lower => ("minimum", "exclusiveMinimum"),
        Side::Upper => ("maximum", "exclusiveMaximum"),
    };
    // OpenAPI 3.0: `exclusiveMinimum: true` makes `minimum` exclusive.
    let flag = map.get(exclusive) == Some(&Value::Bool(true));
    let mut own = Vec::new();
    if let Some(value) = map.get(inclusive).filter(|v| v.is_number()) {
        own.push((value.clone(), openapi3 && flag));
    }
    if let Some(value) = map.get(exclusive).filter(|v| v.is_number()) {
        own.push((value.clone(), true));
    }
    let mut best = (bound, false);
    for (value, open) in own {
        let order = match compare(&value, &best.0) {
            Some(order) => order,
            None => continue,
        };
        let tighter = match (side, order) {
            (Side::Lower, Ordering::Greater) | (Side::Upper, Ordering::Less) => true,
            (_, Ordering::Equal) => open || !best.1,
            _ => false,
        };
        if tighter {
            best = (value, open);
        }
    }
    map.remove(inclusive);
    map.remove(exclusive);
    match best {
        (value, false) => {
            map.insert(inclusive.into(), value);
        }
        (value, true) if openapi3 => {
            map.insert(inclusive.into(), value);
            map.insert(exclusive.into(), true.into());
        }
        (value, true) => {
            map.insert(exclusive.into(), value);
        }
    }
}

/// A status or tag value among `spellings`.
fn status_values(spellings: &[&str], case_insensitive: bool) -> Value {
    if case_insensitive {
        json!({ "type": "string", "pattern": any_case(spellings) })
    } else if let [one] = spellings {
        json!({ "type": "string", "const": one })
    } else {
        json!({ "type": "string", "enum": spellings })
    }
}

/// A status or tag value that is none of `listed`.
fn others(listed: &[&str], case_insensitive: bool) -> Value {
    let not = if case_insensitive {
        json!({ "pattern": any_case(listed) })
    } else {
        json!({ "enum": listed })
    };
    json!({ "type": "string", "not": not })
}

/// A pattern that matches exactly `spellings`, ignoring ASCII case (JSON
/// Schema's regular expressions have no flags).
fn any_case(spellings: &[&str]) -> String {
    let mut pattern = String::from("^(?:");
    for (i, spelling) in spellings.iter().enumerate() {
        if i > 0 {
            pattern.push('|');
        }
        for c in spelling.chars() {
            if c.is_ascii_alphabetic() {
                pattern.push('[');
                pattern.push(c.to_ascii_uppercase());
                pattern.push(c.to_ascii_lowercase());
                pattern.push(']');
            } else if "\\^$.|?*+()[]{}".contains(c) {
                pattern.push('\\');
                pattern.push(c);
            } else {
                pattern.push(c);
            }
        }
    }
    pattern.push_str(")$");
    pattern
}

fn build_union(
    union: &Union,
    name: &str,
    subs: &mut dyn Iterator<Item = Sub>,
    backend: &mut dyn Backend,
) -> Value {
    let mut one_of = Vec::new();
    let mut mapping = Map::new();
    let mut listed = Vec::new();
    for variant in union.variants {
        let mut spellings = vec![variant.wire];
        spellings.extend(variant.aliases);
        listed.extend(spellings.iter().copied());
        let mut properties = Map::new();
        properties.insert(
            union.key.into(),
            status_values(&spellings, union.case_insensitive),
        );
        // The default status's branch takes a body without the key.
        let default = union.default.filter(|d| spellings.contains(d));
        let mut required: Vec<Value> = match default {
            Some(_) => Vec::new(),
            None => vec![Value::from(union.key)],
        };
        if let Some(default) = default {
            properties[union.key]["default"] = default.into();
        }
        let mut composed = Vec::new();
        add_fields(
            variant.fields,
            subs,
            backend,
            &mut properties,
            &mut required,
            &mut composed,
        );
        let mut schema = json!({ "type": "object", "properties": properties });
        // None for the default status's branch with no required field
        // (OpenAPI 3.0 wants a `required` list non-empty).
        if !required.is_empty() {
            schema["required"] = required.into();
        }
        if union.deny_unknown_fields {
            schema["additionalProperties"] = false.into();
        }
        let mut schema = all_of(schema, composed);
        describe(&mut schema, variant.doc, &[]);
        let reference = backend.define(&format!("{name}.{}", variant.name), schema);
        for spelling in &spellings {
            mapping.insert((*spelling).into(), reference.clone().into());
        }
        one_of.push(json!({ "$ref": reference }));
    }
    if union.open {
        let mut status = others(&listed, union.case_insensitive);
        // An unlisted default status: a body without the key is one of these.
        let unlisted = union.default.filter(|d| !listed.contains(d));
        if let Some(default) = unlisted {
            status["default"] = default.into();
        }
        let mut branch = json!({ "type": "object", "properties": { union.key: status } });
        if unlisted.is_none() {
            branch["required"] = json!([union.key]);
        }
        one_of.push(branch);
    }
    let mut schema = json!({
        "oneOf": one_of,
        "discriminator": { "propertyName": union.key, "mapping": mapping },
    });
    if let Some(lifecycle) = &union.lifecycle {
        schema["x-lifecycle"] = x_lifecycle(lifecycle);
    }
    schema
}

fn build_strings(strings: &Strings) -> Value {
    let spellings: Vec<&str> = strings
        .values
        .iter()
        .flat_map(|v| std::iter::once(v.wire).chain(v.aliases.iter().copied()))
        .collect();
    let known = json!({ "type": "string", "enum": spellings });
    let mut schema = match (strings.open, strings.case_insensitive) {
        (false, false) => known,
        (true, _) => json!({ "anyOf": [known, { "type": "string" }] }),
        (false, true) => json!({
            "anyOf": [known, { "type": "string", "pattern": any_case(&spellings) }],
        }),
    };
    if strings.case_insensitive {
        schema["x-case-insensitive"] = true.into();
    }
    if let Some(lifecycle) = &strings.lifecycle {
        schema["x-lifecycle"] = x_lifecycle(lifecycle);
    }
    schema
}

/// `x-lifecycle`: the terminal and failure statuses, and the waiting ones
/// where there are any.
fn x_lifecycle(lifecycle: &Lifecycle) -> Value {
    let mut schema = json!({ "terminal": lifecycle.terminal, "failure": lifecycle.failure });
    if !lifecycle.waiting.is_empty() {
        schema["waiting"] = json!(lifecycle.waiting);
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::any_case;

    #[test]
    fn any_case_spells_every_letter_both_ways() {
        assert_eq!(
            any_case(&["in-progress", "Done"]),
            "^(?:[Ii][Nn]-[Pp][Rr][Oo][Gg][Rr][Ee][Ss][Ss]|[Dd][Oo][Nn][Ee])$"
        );
    }
}
