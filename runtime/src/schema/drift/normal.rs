//! The normal form both schemas are read into: references followed,
//! `allOf` merged, `oneOf`/`anyOf` joined, OpenAPI 3.0's `nullable` and
//! boolean exclusive bounds read as 3.1 says them.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// `schema` in normal form, its references read in `root`.
pub(super) fn read(root: &Value, schema: &Value) -> Node {
    Reader { root }.read(schema, &mut Vec::new())
}

pub(super) fn pointer<'v>(root: &'v Value, reference: &str) -> Option<&'v Value> {
    let pointer = reference.strip_prefix('#')?;
    let pointer: String = pointer
        .split('/')
        .map(|part| part.replace("%7B", "{").replace("%7D", "}"))
        .collect::<Vec<_>>()
        .join("/");
    root.pointer(&pointer)
}

/// A schema in normal form.
#[derive(Default, Clone, Debug)]
pub(super) struct Node {
    /// JSON types other than `null`; empty: any.
    pub(super) types: BTreeSet<String>,
    pub(super) nullable: bool,
    /// An enumeration: its values, and whether others are accepted.
    pub(super) values: Option<Values>,
    /// A status (marked by `x-lifecycle`, or the enum form's discriminator).
    pub(super) status: bool,
    pub(super) properties: BTreeMap<String, Node>,
    pub(super) required: BTreeSet<String>,
    pub(super) items: Option<Box<Node>>,
    pub(super) additional: Option<Box<Node>>,
    pub(super) bounds: BTreeMap<String, Value>,
    /// An integer's `format` (`int64`), whose range a bound may only restate.
    pub(super) format: Option<String>,
    /// An integer that may be written as a decimal string: a string with an
    /// integer `format` (proto3's 64-bit integers in OpenAPI), or that
    /// joined with an integer (`number_as_string`).
    pub(super) decimal: bool,
}

#[derive(Clone, Debug, Default)]
pub(super) struct Values {
    pub(super) known: BTreeSet<String>,
    pub(super) open: bool,
    pub(super) case_insensitive: bool,
}

const BOUNDS: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "pattern",
];

struct Reader<'r> {
    root: &'r Value,
}

impl Reader<'_> {
    fn read(&self, schema: &Value, refs: &mut Vec<String>) -> Node {
        let Value::Object(map) = schema else {
            return Node::default();
        };
        if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
            // A recursive reference reads as any value.
            if refs.iter().any(|r| r == reference) || refs.len() > 32 {
                return Node::default();
            }
            let Some(target) = pointer(self.root, reference) else {
                return Node::default();
            };
            refs.push(reference.to_owned());
            let mut node = self.read(target, refs);
            refs.pop();
            // 2020-12 siblings of `$ref` (a field's bounds) apply too.
            let mut rest = map.clone();
            rest.remove("$ref");
            if !rest.is_empty() {
                let own = self.read(&Value::Object(rest), refs);
                node = all_of(node, own);
            }
            return node;
        }
        let mut node = Node::default();
        self.own(map, &mut node, refs);
        if let Some(Value::Array(items)) = map.get("allOf") {
            for item in items {
                let item = self.read(item, refs);
                node = all_of(node, item);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(items)) = map.get(key) {
                let mut joined: Option<Node> = None;
                for item in items {
                    let item = self.read(item, refs);
                    joined = Some(match joined {
                        None => item,
                        Some(joined) => any_of(joined, item),
                    });
                }
                if let Some(joined) = joined {
                    node = all_of(node, joined);
                }
            }
        }
        if map.contains_key("x-lifecycle") {
            node.status = true;
            if let Some(key) = map
                .get("discriminator")
                .and_then(|d| d.get("propertyName"))
                .and_then(Value::as_str)
            {
                if let Some(property) = node.properties.get_mut(key) {
                    property.status = true;
                }
                node.status = false;
            }
        }
        node
    }

    /// The keywords of `map` itself.
    fn own(&self, map: &Map<String, Value>, node: &mut Node, refs: &mut Vec<String>) {
        match map.get("type") {
            Some(Value::String(t)) => {
                node.types.insert(t.clone());
            }
            Some(Value::Array(ts)) => node
                .types
                .extend(ts.iter().filter_map(Value::as_str).map(str::to_owned)),
            _ => {}
        }
        if node.types.remove("null") {
            node.nullable = true;
            if node.types.is_empty() {
                // Only `null`: no other type at all.
                node.types.insert("null".into());
            }
        }
        if map.get("nullable") == Some(&Value::Bool(true)) {
            node.nullable = true;
        }
        let listed = match (map.get("enum"), map.get("const")) {
            (Some(Value::Array(values)), _) => Some(values.clone()),
            (_, Some(value)) => Some(vec![value.clone()]),
            _ => None,
        };
        if let Some(listed) = listed {
            let mut values = Values::default();
            for value in listed {
                match value {
                    Value::Null => node.nullable = true,
                    Value::String(s) => {
                        values.known.insert(s);
                    }
                    other => {
                        values.known.insert(other.to_string());
                    }
                }
            }
            node.values = Some(values);
        }
        if map.get("x-case-insensitive") == Some(&Value::Bool(true)) {
            node.values
                .get_or_insert_with(Values::default)
                .case_insensitive = true;
        }
        for key in BOUNDS {
            if let Some(value) = map.get(*key) {
                node.bounds.insert((*key).to_owned(), value.clone());
            }
        }
        // OpenAPI 3.0: `exclusiveMinimum: true` qualifies `minimum`.
        for (exclusive, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            match node.bounds.get(exclusive) {
                Some(Value::Bool(true)) => {
                    let value = node.bounds.remove(bound).unwrap_or(Value::Null);
                    node.bounds.insert(exclusive.to_owned(), value);
                }
                Some(Value::Bool(false)) => {
                    node.bounds.remove(exclusive);
                }
                _ => {}
            }
        }
        if let Some(Value::String(format)) = map.get("format") {
            node.format = Some(format.clone());
        }
        // A string of an integer `format`: its pattern says no more than
        // the format does (it spells the range in digits).
        if node.types.len() == 1
            && node.types.contains("string")
            && node.format.as_deref().is_some_and(integer_format)
        {
            node.decimal = true;
            node.bounds.remove("pattern");
        }
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (key, schema) in properties {
                node.properties.insert(key.clone(), self.read(schema, refs));
            }
        }
        if let Some(Value::Array(required)) = map.get("required") {
            node.required
                .extend(required.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        if let Some(items) = map.get("items") {
            node.items = Some(Box::new(self.read(items, refs)));
        }
        if let Some(additional @ Value::Object(_)) = map.get("additionalProperties") {
            node.additional = Some(Box::new(self.read(additional, refs)));
        }
    }
}

/// Both at once (`allOf`).
fn all_of(mut a: Node, b: Node) -> Node {
    if a.types.is_empty() {
        a.types = b.types;
    } else if !b.types.is_empty() {
        a.types = a.types.intersection(&b.types).cloned().collect();
    }
    a.nullable = a.nullable || b.nullable;
    a.status = a.status || b.status;
    a.values = match (a.values, b.values) {
        (Some(x), Some(y)) if x.known.is_empty() => Some(Values {
            case_insensitive: x.case_insensitive || y.case_insensitive,
            ..y
        }),
        (Some(x), Some(y)) if y.known.is_empty() => Some(Values {
            case_insensitive: x.case_insensitive || y.case_insensitive,
            ..x
        }),
        (Some(x), Some(y)) => Some(Values {
            known: x.known.intersection(&y.known).cloned().collect(),
            open: x.open && y.open,
            case_insensitive: x.case_insensitive || y.case_insensitive,
        }),
        (x, y) => x.or(y),
    };
    for (key, node) in b.properties {
        let merged = match a.properties.remove(&key) {
            Some(existing) => all_of(existing, node),
            None => node,
        };
        a.properties.insert(key, merged);
    }
    a.required.extend(b.required);
    a.items = match (a.items, b.items) {
        (Some(x), Some(y)) => Some(Box::new(all_of(*x, *y))),
        (x, y) => x.or(y),
    };
    a.additional = a.additional.or(b.additional);
    a.bounds.extend(b.bounds);
    a.format = a.format.or(b.format);
    a.decimal = a.decimal || b.decimal;
    a
}

/// The `format`s of integers, as schemars and OpenAPI name them.
fn integer_format(format: &str) -> bool {
    super::compare::integer_format_range(format).is_some() || format == "int128"
}

/// A decimal string beside an integer (either order): the integer, which
/// may be written as a string too.
fn decimal_or_integer(a: &Node, b: &Node) -> Option<Node> {
    let decimal_string = |n: &Node| n.decimal && n.types.len() == 1 && n.types.contains("string");
    let integer = |n: &Node| n.types.len() == 1 && n.types.contains("integer");
    let (integer, string) = if decimal_string(a) && integer(b) {
        (b, a)
    } else if decimal_string(b) && integer(a) {
        (a, b)
    } else {
        return None;
    };
    let mut joined = integer.clone();
    joined.types.insert("string".into());
    joined.decimal = true;
    joined.nullable = integer.nullable || string.nullable;
    joined.format = joined.format.or_else(|| string.format.clone());
    Some(joined)
}

/// Either one (`oneOf`, `anyOf`): what either accepts.
fn any_of(a: Node, b: Node) -> Node {
    // A branch of only `null` makes the other nullable, nothing more.
    let only_null = |n: &Node| n.types.len() == 1 && n.types.contains("null");
    if only_null(&b) {
        return Node {
            nullable: true,
            ..a
        };
    }
    if only_null(&a) {
        return Node {
            nullable: true,
            ..b
        };
    }
    if let Some(joined) = decimal_or_integer(&a, &b) {
        return joined;
    }
    let mut joined = Node {
        types: if a.types.is_empty() || b.types.is_empty() {
            BTreeSet::new()
        } else {
            a.types.union(&b.types).cloned().collect()
        },
        nullable: a.nullable || b.nullable,
        status: a.status || b.status,
        ..Node::default()
    };
    // An unconstrained string beside an enumeration: the `open` form.
    let string = |n: &Node| {
        (n.types.is_empty() || n.types.contains("string")) && !n.bounds.contains_key("pattern")
    };
    joined.values = match (&a.values, &b.values) {
        (Some(x), Some(y)) => Some(Values {
            known: x.known.union(&y.known).cloned().collect(),
            open: x.open || y.open,
            case_insensitive: x.case_insensitive || y.case_insensitive,
        }),
        (Some(x), None) | (None, Some(x)) => {
            let other = if a.values.is_some() { &b } else { &a };
            Some(Values {
                open: x.open || string(other),
                ..x.clone()
            })
        }
        (None, None) => None,
    };
    joined.required = a.required.intersection(&b.required).cloned().collect();
    // A key of one branch keeps its schema there (the enum form's fields),
    // but a key a branch only forbids (`{"type": "null"}`) says nothing.
    let mut properties = BTreeMap::new();
    let mut rest = b.properties;
    for (key, node) in a.properties {
        match rest.remove(&key) {
            Some(other) => {
                properties.insert(key, any_of(node, other));
            }
            None if only_null(&node) => {}
            None => {
                properties.insert(key, node);
            }
        }
    }
    properties.extend(rest.into_iter().filter(|(_, node)| !only_null(node)));
    joined.properties = properties;
    joined.items = match (a.items, b.items) {
        (Some(x), Some(y)) => Some(Box::new(any_of(*x, *y))),
        (x, y) => x.or(y),
    };
    joined.additional = a.additional.or(b.additional);
    // A bound holds for the join only where both branches have it alike.
    joined.bounds = a
        .bounds
        .into_iter()
        .filter(|(k, v)| b.bounds.get(k) == Some(v))
        .collect();
    joined.format = a.format.filter(|f| b.format.as_ref() == Some(f));
    joined
}
