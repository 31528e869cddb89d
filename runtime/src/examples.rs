//! `Examples`: deterministic, valid values of every generated type, one or
//! more per status, built from the type's wire shape: each rule is met by
//! construction (lengths padded or cut, numbers put inside their bounds,
//! patterns spelled out, `required_when` fields given, `forbidden_when`
//! fields left out), then the body is parsed, so that only a value the type
//! accepts is ever returned.

use crate::shape::{Field, FieldType, Form, Kind, Range, Rule, Shape};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Deterministic, valid values of a type: for docs, mock servers and
/// client tests.
///
/// Every type `#[operation_response]` and `#[response_model]` generate
/// implements it with at least one value per status (per variant of the
/// enum form and of tagged models), each honoring every rule of the type.
/// A field whose rule no generator can know (`validate_with`) takes its value
/// from `#[response(example = …)]`; without one the type does not implement
/// `Examples`, and only a use of it is an error.
///
/// ```
/// use operation_response::{operation_response, Examples, OperationResponse};
///
/// /// A job.
/// #[operation_response(status = ["running", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"])]
/// pub struct Job {
///     /// Its id: 3 to 8 chars.
///     #[response(min_length = 3, max_length = 8)]
///     pub id: String,
///     /// Percent done.
///     #[response(max = 100)]
///     pub progress: u32,
///     /// Why it failed.
///     #[response(required_when = "failed", forbidden_when = "running")]
///     pub error: Option<String>,
/// }
///
/// let examples = Job::examples();
/// let statuses: Vec<&str> = examples.iter().map(|job| job.status().as_str()).collect();
/// assert_eq!(statuses, ["running", "done", "failed"]);
/// assert!(examples.iter().all(|job| (3..=8).contains(&job.id.len())));
/// assert!(examples[0].error.is_none() && examples[2].error.is_some());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `Examples`",
    label = "no examples for this type",
    note = "a field checked by `validate_with` needs `#[response(example = …)]`; other types implement `operation_response::Examples` by hand"
)]
pub trait Examples: Sized {
    /// The values, in a fixed order.
    fn examples() -> Vec<Self>;
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Examples for $t {
            fn examples() -> Vec<Self> {
                vec![1 as $t, 0 as $t]
            }
        }
    )*};
}

numbers!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);

impl Examples for bool {
    fn examples() -> Vec<Self> {
        vec![true, false]
    }
}

impl Examples for char {
    fn examples() -> Vec<Self> {
        vec!['x']
    }
}

impl Examples for String {
    fn examples() -> Vec<Self> {
        vec![String::from("example")]
    }
}

impl Examples for Value {
    fn examples() -> Vec<Self> {
        vec![Value::Object(Map::new())]
    }
}

thread_local! {
    /// How deep `examples()` of containers are nested: a recursive type
    /// stops with empty containers and `None`.
    static DEPTH: Cell<u8> = const { Cell::new(0) };
}

const MAX_DEPTH: u8 = 4;

/// `f` one level deeper, or `None` past the limit.
fn deeper<R>(f: impl FnOnce() -> R) -> Option<R> {
    let depth = DEPTH.with(Cell::get);
    if depth >= MAX_DEPTH {
        return None;
    }
    DEPTH.with(|d| d.set(depth + 1));
    let result = f();
    DEPTH.with(|d| d.set(depth));
    Some(result)
}

impl<T: Examples> Examples for Option<T> {
    fn examples() -> Vec<Self> {
        let mut out: Vec<Self> = deeper(T::examples)
            .unwrap_or_default()
            .into_iter()
            .take(1)
            .map(Some)
            .collect();
        out.push(None);
        out
    }
}

impl<T: Examples> Examples for Box<T> {
    fn examples() -> Vec<Self> {
        T::examples().into_iter().map(Box::new).collect()
    }
}

impl<T: Examples> Examples for Vec<T> {
    fn examples() -> Vec<Self> {
        let first = deeper(T::examples).and_then(|v| v.into_iter().next());
        vec![first.into_iter().collect()]
    }
}

impl<T: Examples + Ord> Examples for BTreeSet<T> {
    fn examples() -> Vec<Self> {
        Vec::<T>::examples()
            .into_iter()
            .map(|v| v.into_iter().collect())
            .collect()
    }
}

impl<T: Examples + Eq + std::hash::Hash> Examples for HashSet<T> {
    fn examples() -> Vec<Self> {
        Vec::<T>::examples()
            .into_iter()
            .map(|v| v.into_iter().collect())
            .collect()
    }
}

impl<V: Examples> Examples for BTreeMap<String, V> {
    fn examples() -> Vec<Self> {
        let first = deeper(V::examples).and_then(|v| v.into_iter().next());
        vec![first
            .map(|v| (String::from("key"), v))
            .into_iter()
            .collect()]
    }
}

impl<V: Examples> Examples for HashMap<String, V> {
    fn examples() -> Vec<Self> {
        let first = deeper(V::examples).and_then(|v| v.into_iter().next());
        vec![first
            .map(|v| (String::from("key"), v))
            .into_iter()
            .collect()]
    }
}

/// A field type's examples as JSON, for the shape to choose from.
pub fn of<T: Examples + serde::Serialize>() -> Vec<Value> {
    T::examples()
        .iter()
        .filter_map(|v| serde_json::to_value(v).ok())
        .collect()
}

/// The bodies of `shape`: one slot per status (per variant, per value; one
/// for a model), each a list of alternatives to try in order — every field
/// the status allows, then each optional field left out, then only the
/// needed fields, then each optional field alone — for rules the shape
/// cannot see (a container's `validate_with`, a `lifecycle` function).
/// `fields` holds each field's candidates in order (every variant's, for a
/// union).
pub fn bodies(shape: &Shape, fields: Vec<Vec<Value>>) -> Vec<Vec<Value>> {
    let mut fields = fields.into_iter();
    match &shape.form {
        Form::Object(object) => {
            let own: Vec<(&Field, Vec<Value>)> =
                object.fields.iter().zip(fields.by_ref()).collect();
            if object.statuses.is_empty() {
                return vec![alternatives(&own, None, &Needs::default())];
            }
            let (status_field, own) = own
                .split_first()
                .map_or((None, &own[..]), |(s, rest)| (Some(s.0), rest));
            // Fields some status requires are shown with those statuses only.
            let conditional: Vec<&str> = object
                .branches
                .iter()
                .flat_map(|b| b.groups.iter().flat_map(|g| g.required.iter().copied()))
                .collect();
            object
                .statuses
                .iter()
                .map(|status| {
                    let group = object
                        .branches
                        .as_ref()
                        .and_then(|b| b.groups.iter().find(|g| g.statuses.contains(status)));
                    let (required, forbidden) =
                        group.map_or((&[][..], &[][..]), |g| (g.required, g.forbidden));
                    let needs = Needs {
                        required,
                        forbidden,
                        conditional: &conditional,
                    };
                    let status = status_field.map(|f| (f.key, Value::from(*status)));
                    alternatives(own, status, &needs)
                })
                .collect()
        }
        Form::Union(union) => union
            .variants
            .iter()
            .map(|variant| {
                let own: Vec<(&Field, Vec<Value>)> =
                    variant.fields.iter().zip(fields.by_ref()).collect();
                alternatives(
                    &own,
                    Some((union.key, variant.wire.into())),
                    &Needs::default(),
                )
            })
            .collect(),
        Form::Strings(strings) => strings
            .values
            .iter()
            .map(|v| vec![Value::from(v.wire)])
            .collect(),
    }
}

/// What a status asks of the fields.
#[derive(Default)]
struct Needs<'a> {
    required: &'a [&'a str],
    forbidden: &'a [&'a str],
    /// Fields shown only with the statuses that require them.
    conditional: &'a [&'a str],
}

/// The alternatives of one slot, in the order tried.
fn alternatives(
    fields: &[(&Field, Vec<Value>)],
    status: Option<(&str, Value)>,
    needs: &Needs,
) -> Vec<Value> {
    // Each field's value, or `None` where it may be left out; `needed`
    // where it may not.
    let values: Vec<(&Field, bool, Option<Value>)> = fields
        .iter()
        .filter(|(field, _)| !needs.forbidden.contains(&field.key))
        .filter(|(field, _)| {
            !needs.conditional.contains(&field.key) || needs.required.contains(&field.key)
        })
        .map(|(field, candidates)| {
            let needed = field.required || needs.required.contains(&field.key);
            (*field, needed, choose(field, candidates, needed))
        })
        .collect();
    let body = |keep: &dyn Fn(usize, bool) -> bool| {
        let mut map = Map::new();
        if let Some((key, value)) = &status {
            map.insert((*key).into(), value.clone());
        }
        for (i, (field, needed, value)) in values.iter().enumerate() {
            let Some(value) = value else { continue };
            if !*needed && !keep(i, *needed) {
                continue;
            }
            match (field.flatten, value) {
                (true, Value::Object(inner)) => map.extend(inner.clone()),
                _ => {
                    map.insert(field.key.into(), value.clone());
                }
            }
        }
        Value::Object(map)
    };
    let optional: Vec<usize> = values
        .iter()
        .enumerate()
        .filter(|(_, (_, needed, value))| !needed && value.is_some())
        .map(|(i, _)| i)
        .collect();
    let mut out = vec![body(&|_, _| true)];
    out.extend(optional.iter().map(|&left_out| body(&|i, _| i != left_out)));
    out.push(body(&|_, _| false));
    out.extend(optional.iter().map(|&alone| body(&|i, _| i == alone)));
    let mut seen = std::collections::HashSet::new();
    out.retain(|body| seen.insert(body.to_string()));
    out
}

/// The first candidate, made to meet the field's rules; a `null` only when
/// the field may be absent.
fn choose(field: &Field, candidates: &[Value], needed: bool) -> Option<Value> {
    if let Some(example) = field.example {
        return Some(example.to_value());
    }
    let value = candidates
        .iter()
        .find(|v| !(needed && v.is_null()))
        .cloned()
        .or_else(|| (!field.required && !needed).then_some(Value::Null))?;
    if value.is_null() {
        // An optional field with no value: left out.
        return None;
    }
    Some(meet(field, value))
}

/// `value` changed as little as needed to meet `field`'s rules.
fn meet(field: &Field, value: Value) -> Value {
    let (mut min, mut max) = (None::<u64>, None::<u64>);
    let (mut min_bytes, mut max_bytes) = (None::<u64>, None::<u64>);
    for rule in field.rules {
        match rule {
            Rule::MinLength(n) => min = Some(*n),
            Rule::MaxLength(n) => max = Some(*n),
            Rule::Length(n) => (min, max) = (Some(*n), Some(*n)),
            Rule::NonEmpty => min = Some(min.unwrap_or(0).max(1)),
            Rule::MinBytes(n) => min_bytes = Some(*n),
            Rule::MaxBytes(n) => max_bytes = Some(*n),
            _ => {}
        }
    }
    match value {
        Value::String(s) => {
            let s = match field.pattern() {
                Some(p) => crate::pattern_example::spell(p, min, max).unwrap_or(s),
                None => s,
            };
            Value::String(sized(s, min, max, min_bytes, max_bytes))
        }
        Value::Array(mut items) => {
            fit_len(&mut items, min, max);
            Value::Array(items)
        }
        Value::Object(mut map) if field.kind == Kind::Map => {
            let len = map.len() as u64;
            if let Some(max) = max {
                while map.len() as u64 > max {
                    let last = map.keys().next_back().cloned();
                    if let Some(last) = last {
                        map.remove(&last);
                    }
                }
            }
            if let (Some(min), Some(first)) = (min, map.values().next().cloned()) {
                for i in len..min {
                    map.insert(format!("key{i}"), first.clone());
                }
            }
            Value::Object(map)
        }
        Value::Number(n) => bounded(&n, field.range()).unwrap_or(Value::Number(n)),
        other => other,
    }
}

fn fit_len(items: &mut Vec<Value>, min: Option<u64>, max: Option<u64>) {
    if let Some(max) = max {
        items.truncate(usize::try_from(max).unwrap_or(usize::MAX));
    }
    if let (Some(min), Some(first)) = (min, items.first().cloned()) {
        while (items.len() as u64) < min {
            items.push(first.clone());
        }
    }
}

/// `s` padded with `x` or cut to fit in chars and in bytes.
fn sized(
    mut s: String,
    min: Option<u64>,
    max: Option<u64>,
    min_bytes: Option<u64>,
    max_bytes: Option<u64>,
) -> String {
    let chars = |s: &str| s.chars().count() as u64;
    if let Some(max) = max {
        while chars(&s) > max {
            s.pop();
        }
    }
    if let Some(max) = max_bytes {
        while s.len() as u64 > max {
            s.pop();
        }
    }
    while min.is_some_and(|min| chars(&s) < min)
        || min_bytes.is_some_and(|min| (s.len() as u64) < min)
    {
        s.push('x');
    }
    s
}

/// A number inside the bounds, as near `n` as it can be.
fn bounded(n: &serde_json::Number, range: Range) -> Option<Value> {
    let Range {
        lo,
        lo_open,
        hi,
        hi_open,
    } = range;
    let x = n.as_f64()?;
    if range.contains(x) {
        return Some(Value::Number(n.clone()));
    }
    if n.is_f64() {
        let pick = match (lo.is_finite(), hi.is_finite()) {
            (true, true) => (lo + hi) / 2.0,
            (true, false) => lo + 1.0,
            (false, true) => hi - 1.0,
            (false, false) => x,
        };
        return serde_json::Number::from_f64(pick).map(Value::Number);
    }
    // Integers: the nearest one inside.
    #[allow(clippy::cast_possible_truncation)] // bounds fit the field's integer type
    let pick = if x < lo || (lo_open && x <= lo) {
        let floor = lo.floor() as i128;
        if lo_open || (floor as f64) < lo {
            floor + 1
        } else {
            floor
        }
    } else {
        let ceil = hi.ceil() as i128;
        if hi_open || (ceil as f64) > hi {
            ceil - 1
        } else {
            ceil
        }
    };
    if let Ok(i) = i64::try_from(pick) {
        return Some(i.into());
    }
    u64::try_from(pick).ok().map(Value::from)
}

/// The first alternative of each slot that `T` accepts.
pub fn first<T: serde::de::DeserializeOwned>(slots: Vec<Vec<Value>>) -> Vec<T> {
    slots
        .into_iter()
        .filter_map(|alternatives| {
            alternatives
                .into_iter()
                .find_map(|body| serde_json::from_value(body).ok())
        })
        .collect()
}

/// For a type whose status a function decides: every alternative `T`
/// accepts, the first of each status.
pub fn per_status<T>(slots: Vec<Vec<Value>>) -> Vec<T>
where
    T: serde::de::DeserializeOwned + crate::OperationResponse,
{
    let mut seen = Vec::new();
    slots
        .into_iter()
        .flatten()
        .filter_map(|body| serde_json::from_value::<T>(body).ok())
        .filter(|value| {
            let status = crate::StringEnum::as_str(&value.status()).to_owned();
            let new = !seen.contains(&status);
            seen.push(status);
            new
        })
        .collect()
}

/// The examples of a field's type, as JSON.
#[diagnostic::on_unimplemented(
    message = "a field's type has no `Examples`",
    label = "`Examples` of this type needs `Examples` of each field's type",
    note = "implement `operation_response::Examples` for the field's type, or write `#[response(example = …)]` on the field"
)]
pub trait HasExamples {
    /// The type's examples, serialized.
    fn candidates() -> Vec<Value>;
}

impl<T: Examples + serde::Serialize> HasExamples for FieldType<'_, T> {
    fn candidates() -> Vec<Value> {
        of::<T>()
    }
}

/// What a `validate_with` field without `#[response(example = …)]` leaves
/// unmet: no type implements it, so `Examples` of such a type is an error
/// where it is used, and only there.
#[diagnostic::on_unimplemented(
    message = "`Examples` needs `#[response(example = …)]` on each field checked by `validate_with`",
    label = "a field of this type is checked by `validate_with` and has no `example`",
    note = "no generator can know what `validate_with` accepts: write `#[response(example = \"…\")]` on that field"
)]
pub trait HasResponseExample {}

/// A field of `T` checked by `validate_with`, the type the bound above is
/// about.
pub struct ValidateWithField<'a, T: ?Sized>(std::marker::PhantomData<&'a T>);
