//! `drift`: a declared type against a vendor's OpenAPI component. Both
//! schemas are read into one normal form (references followed, `allOf`
//! merged, `oneOf`/`anyOf` joined, OpenAPI 3.0's `nullable` and boolean
//! exclusive bounds read as 3.1 says them), then compared key by key.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Every difference between a declared type and a vendor's OpenAPI
/// component, undeclared vendor statuses first.
///
/// ```
/// use operation_response::operation_response;
///
/// /// A job.
/// #[operation_response(status = ["running", "done"], terminal = ["done"])]
/// pub struct Job {
///     /// The job's id.
///     pub id: String,
/// }
///
/// let openapi = serde_json::json!({
///     "openapi": "3.0.3",
///     "components": { "schemas": { "Job": {
///         "type": "object",
///         "required": ["status", "id"],
///         "properties": {
///             "status": { "type": "string", "enum": ["running", "done", "paused"] },
///             "id": { "type": "string", "maxLength": 64 }
///         }
///     } } }
/// });
/// let drift = operation_response::schema::drift::<Job>(&openapi, "#/components/schemas/Job");
/// assert_eq!(drift.len(), 2);
/// assert_eq!(
///     drift.to_string(),
///     "2 differences between `Job` and #/components/schemas/Job:\n\
///      - status: the vendor's status \"paused\" is not declared (is it terminal?)\n\
///      - id: maxLength is 64 in the vendor's document, absent in the declaration\n"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Drift {
    name: String,
    component: String,
    differences: Vec<Difference>,
}

impl Drift {
    /// Whether the declaration and the component agree.
    pub fn is_empty(&self) -> bool {
        self.differences.is_empty()
    }

    /// How many differences there are.
    pub fn len(&self) -> usize {
        self.differences.len()
    }

    /// The differences, undeclared vendor statuses first.
    pub fn iter(&self) -> std::slice::Iter<'_, Difference> {
        self.differences.iter()
    }
}

impl<'a> IntoIterator for &'a Drift {
    type Item = &'a Difference;
    type IntoIter = std::slice::Iter<'a, Difference>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.differences.len() {
            0 => return write!(f, "`{}` matches {}", self.name, self.component),
            1 => writeln!(
                f,
                "1 difference between `{}` and {}:",
                self.name, self.component
            )?,
            n => writeln!(
                f,
                "{n} differences between `{}` and {}:",
                self.name, self.component
            )?,
        }
        for difference in &self.differences {
            writeln!(f, "- {difference}")?;
        }
        Ok(())
    }
}

/// One difference, at a wire path (`errors.data[].code`; `[]` is any item,
/// `{}` any value of a map, an empty path the body itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Where, in wire names.
    pub path: String,
    /// What differs.
    pub kind: DifferenceKind,
}

/// What differs. "Vendor" is the OpenAPI component, "declared" the type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DifferenceKind {
    /// A status the vendor lists and the type does not declare: nothing
    /// says whether it is terminal.
    UndeclaredStatus(String),
    /// A declared status the vendor no longer lists.
    StatusNotInVendor(String),
    /// Any other enumerated value the vendor lists and the type lacks.
    UndeclaredValue(String),
    /// A declared value the vendor does not list.
    ValueNotInVendor(String),
    /// A field in the vendor's component only.
    VendorOnlyField,
    /// A declared field the vendor's component lacks.
    DeclaredOnlyField,
    /// Required on one side only (`declared`: whether the type requires it).
    Required {
        /// Whether the declaration requires the key.
        declared: bool,
    },
    /// `null` allowed on one side only.
    Nullable {
        /// Whether the declaration accepts `null`.
        declared: bool,
    },
    /// Different JSON types.
    Type {
        /// The declared types, `|`-separated.
        declared: String,
        /// The vendor's types, `|`-separated.
        vendor: String,
    },
    /// A bound (`minLength`, `maximum`, `exclusiveMinimum`, `pattern`, …)
    /// that differs or is on one side only.
    Bound {
        /// The JSON Schema keyword.
        keyword: String,
        /// The declared value, if any.
        declared: Option<Value>,
        /// The vendor's value, if any.
        vendor: Option<Value>,
    },
    /// The component is not in the document.
    ComponentNotFound,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(the body)"
        } else {
            &self.path
        };
        write!(f, "{path}: ")?;
        match &self.kind {
            DifferenceKind::UndeclaredStatus(s) => {
                write!(
                    f,
                    "the vendor's status {s:?} is not declared (is it terminal?)"
                )
            }
            DifferenceKind::StatusNotInVendor(s) => {
                write!(
                    f,
                    "the declared status {s:?} is not in the vendor's document"
                )
            }
            DifferenceKind::UndeclaredValue(s) => {
                write!(f, "the vendor's value {s:?} is not declared")
            }
            DifferenceKind::ValueNotInVendor(s) => {
                write!(
                    f,
                    "the declared value {s:?} is not in the vendor's document"
                )
            }
            DifferenceKind::VendorOnlyField => f.write_str("in the vendor's document only"),
            DifferenceKind::DeclaredOnlyField => {
                f.write_str("declared, not in the vendor's document")
            }
            DifferenceKind::Required { declared: true } => {
                f.write_str("required by the declaration, optional in the vendor's document")
            }
            DifferenceKind::Required { declared: false } => {
                f.write_str("required in the vendor's document, optional in the declaration")
            }
            DifferenceKind::Nullable { declared: true } => {
                f.write_str("may be null in the declaration, not in the vendor's document")
            }
            DifferenceKind::Nullable { declared: false } => {
                f.write_str("may be null in the vendor's document, not in the declaration")
            }
            DifferenceKind::Type { declared, vendor } => {
                write!(
                    f,
                    "type {vendor} in the vendor's document, {declared} in the declaration"
                )
            }
            DifferenceKind::Bound {
                keyword,
                declared,
                vendor,
            } => {
                let side = |v: &Option<Value>| {
                    v.as_ref()
                        .map_or_else(|| "absent".to_owned(), Value::to_string)
                };
                match (declared, vendor) {
                    (Some(_), None) => write!(
                        f,
                        "{keyword} is {} in the declaration, absent in the vendor's document",
                        side(declared)
                    ),
                    (None, Some(_)) => write!(
                        f,
                        "{keyword} is {} in the vendor's document, absent in the declaration",
                        side(vendor)
                    ),
                    _ => write!(
                        f,
                        "{keyword} is {} in the vendor's document, {} in the declaration",
                        side(vendor),
                        side(declared)
                    ),
                }
            }
            DifferenceKind::ComponentNotFound => {
                f.write_str("the component is not in the document")
            }
        }
    }
}

/// Every difference between `T` and the vendor's OpenAPI 3.0 or 3.1
/// component at `component` (`"#/components/schemas/Batch"`): a field on
/// one side only, required or nullable on one side only, a type mismatch, a
/// different bound or pattern, and a value of an enumeration on one side
/// only — the vendor's statuses that `T` does not declare first.
///
/// `null` allowed only by the declaration counts where both sides require
/// the key (an optional `Option` field reads an absent key and a `null`
/// alike); `format`, descriptions and examples do not count, nor does a
/// `minimum` or `maximum` that only says an integer `format`'s range (an
/// `i64` field's bounds against a vendor's `type: integer`).
pub fn drift<T: JsonSchema>(openapi: &Value, component: &str) -> Drift {
    let ours = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value();
    let mut drift = Drift {
        name: T::schema_name().into_owned(),
        component: component.to_owned(),
        differences: Vec::new(),
    };
    let Some(theirs) = pointer(openapi, component) else {
        drift.differences.push(Difference {
            path: String::new(),
            kind: DifferenceKind::ComponentNotFound,
        });
        return drift;
    };
    let ours = Reader { root: &ours }.read(&ours, &mut Vec::new());
    let theirs = Reader { root: openapi }.read(theirs, &mut Vec::new());
    let mut out = Vec::new();
    compare(&ours, &theirs, "", false, &mut out);
    // Undeclared statuses first, then the rest as found.
    out.sort_by_key(|d| !matches!(d.kind, DifferenceKind::UndeclaredStatus(_)));
    drift.differences = out;
    drift
}

fn pointer<'v>(root: &'v Value, reference: &str) -> Option<&'v Value> {
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
struct Node {
    /// JSON types other than `null`; empty: any.
    types: BTreeSet<String>,
    nullable: bool,
    /// An enumeration: its values, and whether others are accepted.
    values: Option<Values>,
    /// A status (marked by `x-lifecycle`, or the enum form's discriminator).
    status: bool,
    properties: BTreeMap<String, Node>,
    required: BTreeSet<String>,
    items: Option<Box<Node>>,
    additional: Option<Box<Node>>,
    bounds: BTreeMap<String, Value>,
    /// An integer's `format` (`int64`), whose range a bound may only restate.
    format: Option<String>,
}

#[derive(Clone, Debug, Default)]
struct Values {
    known: BTreeSet<String>,
    open: bool,
    case_insensitive: bool,
}

/// Whether `value` of the bound `key` is the range of the integer `format`.
fn restates_format(format: Option<&str>, key: &str, value: &Value) -> bool {
    let Some((lo, hi)) = format.and_then(integer_format_range) else {
        return false;
    };
    let limit = match key {
        "minimum" => lo,
        "maximum" => hi,
        _ => None,
    };
    let value = value
        .as_i64()
        .map(i128::from)
        .or_else(|| value.as_u64().map(i128::from));
    limit.is_some() && value == limit
}

/// The least and greatest value of an integer `format`, as schemars and
/// OpenAPI name them.
fn integer_format_range(format: &str) -> Option<(Option<i128>, Option<i128>)> {
    fn both(lo: impl Into<i128>, hi: impl Into<i128>) -> Option<(Option<i128>, Option<i128>)> {
        Some((Some(lo.into()), Some(hi.into())))
    }
    match format {
        "int8" => both(i8::MIN, i8::MAX),
        "int16" => both(i16::MIN, i16::MAX),
        "int32" => both(i32::MIN, i32::MAX),
        "int64" => both(i64::MIN, i64::MAX),
        "uint8" => both(0, u8::MAX),
        "uint16" => both(0, u16::MAX),
        "uint32" => both(0, u32::MAX),
        "uint64" => both(0, u64::MAX),
        "int" => both(
            i64::try_from(isize::MIN).unwrap_or(i64::MIN),
            i64::try_from(isize::MAX).unwrap_or(i64::MAX),
        ),
        "uint" => both(0, u64::try_from(usize::MAX).unwrap_or(u64::MAX)),
        "uint128" => Some((Some(0), None)),
        _ => None,
    }
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
    a
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

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn same_number(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn compare(ours: &Node, theirs: &Node, path: &str, required_both: bool, out: &mut Vec<Difference>) {
    let mut push = |kind| {
        out.push(Difference {
            path: path.to_owned(),
            kind,
        });
    };
    let status = ours.status || theirs.status;
    if let (Some(o), Some(t)) = (&ours.values, &theirs.values) {
        let declared = |v: &str| {
            o.known.contains(v)
                || (o.case_insensitive && o.known.iter().any(|k| k.eq_ignore_ascii_case(v)))
        };
        for value in t.known.iter().filter(|v| !declared(v)) {
            push(if status {
                DifferenceKind::UndeclaredStatus(value.clone())
            } else {
                DifferenceKind::UndeclaredValue(value.clone())
            });
        }
        let listed = |v: &str| {
            t.known.contains(v)
                || (o.case_insensitive && t.known.iter().any(|k| k.eq_ignore_ascii_case(v)))
        };
        for value in o.known.iter().filter(|v| !listed(v)) {
            push(if status {
                DifferenceKind::StatusNotInVendor(value.clone())
            } else {
                DifferenceKind::ValueNotInVendor(value.clone())
            });
        }
    }
    if !ours.types.is_empty() && !theirs.types.is_empty() && ours.types != theirs.types {
        let show = |types: &BTreeSet<String>| types.iter().cloned().collect::<Vec<_>>().join("|");
        push(DifferenceKind::Type {
            declared: show(&ours.types),
            vendor: show(&theirs.types),
        });
    }
    // A declaration of any JSON value (no type) accepts `null` too.
    if theirs.nullable && !ours.nullable && !ours.types.is_empty() {
        push(DifferenceKind::Nullable { declared: false });
    } else if ours.nullable && !theirs.nullable && required_both {
        push(DifferenceKind::Nullable { declared: true });
    }
    let keys: BTreeSet<&String> = ours.bounds.keys().chain(theirs.bounds.keys()).collect();
    for key in keys {
        let (o, t) = (ours.bounds.get(key), theirs.bounds.get(key));
        let same = match (o, t) {
            (Some(x), Some(y)) => same_number(x, y),
            // A bound that only restates its side's integer `format` (an
            // `i64` field's, against a vendor's `type: integer`) counts no
            // more than the format does.
            (Some(x), None) => restates_format(ours.format.as_deref(), key, x),
            (None, Some(y)) => restates_format(theirs.format.as_deref(), key, y),
            (None, None) => true,
        };
        if !same {
            push(DifferenceKind::Bound {
                keyword: key.clone(),
                declared: o.cloned(),
                vendor: t.cloned(),
            });
        }
    }
    // Fields, in the vendor's order of keys (sorted), then the declared ones.
    for (key, t) in &theirs.properties {
        let here = join(path, key);
        match ours.properties.get(key) {
            None => out.push(Difference {
                path: here,
                kind: DifferenceKind::VendorOnlyField,
            }),
            Some(o) => {
                let (ro, rt) = (ours.required.contains(key), theirs.required.contains(key));
                if ro != rt {
                    out.push(Difference {
                        path: here.clone(),
                        kind: DifferenceKind::Required { declared: ro },
                    });
                }
                compare(o, t, &here, ro && rt, out);
            }
        }
    }
    for key in ours.properties.keys() {
        if !theirs.properties.contains_key(key) {
            out.push(Difference {
                path: join(path, key),
                kind: DifferenceKind::DeclaredOnlyField,
            });
        }
    }
    if let (Some(o), Some(t)) = (&ours.items, &theirs.items) {
        compare(o, t, &format!("{path}[]"), false, out);
    }
    if let (Some(o), Some(t)) = (&ours.additional, &theirs.additional) {
        compare(o, t, &format!("{path}{{}}"), false, out);
    }
}
