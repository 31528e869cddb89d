//! `Examples`: deterministic, valid values of every generated type, one or
//! more per status, built from the type's wire shape: each rule is met by
//! construction (lengths padded or cut, numbers put inside their bounds,
//! patterns spelled out, `required_when` fields given, `forbidden_when`
//! fields left out), then the body is parsed, so that only a value the type
//! accepts is ever returned.

use crate::pattern_example::Lengths;
use crate::shape::{Field, FieldType, Form, Kind, Range, Shape};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::hash::{BuildHasher, Hash};

/// Deterministic, valid values of a type: for docs, mock servers and
/// client tests.
///
/// Every type `#[operation_response]` and `#[response_model]` generate
/// implements it with at least one value per status (per variant of the
/// enum form and of tagged models), each honoring every rule of the type.
/// A field whose rule no generator can know (`validate_with`) takes its value
/// from `#[response(example = …)]`; without one the type does not implement
/// `Examples`, and only a use of it is an error. A model whose status is a
/// field's (`#[response(operation)]`, flattened or not) has one value per
/// status of that field.
///
/// The runtime implements it for every payload type it validates: `String`,
/// `bool`, `char`, every integer type, `f32`, `f64`, `serde_json::Value`,
/// `serde_json::Map<String, Value>`, `serde_json::Number`, and, of types
/// with examples, `Option`, `Box`, `Vec`, `VecDeque`, `[T; N]`, `BTreeSet`,
/// `HashSet`, `BTreeMap` and `HashMap` with `String` keys, and tuples of up
/// to six.
///
/// Every value returned is one the type accepts (each body is parsed before
/// it is returned), but a status is missing from the values, rather than
/// shown invalid, where no body of it is found:
///
/// - a `pattern` this spelling cannot fit to the field's length rules: it
///   takes the same branch of every alternation (the first, then the
///   second…, up to 16), a readable char of each class, and stretches
///   repetitions, every one alike or one alone (`^(a|bb)(c|dd)$` with
///   `length = 3` has no example, though `"add"` would do); a field with
///   `#[response(example = …)]` uses the example;
/// - rules no value meets (`^a{2}$` with `min_length = 3`; a set of `bool`
///   with `min_length = 3`);
/// - a container's `validate_with` or `lifecycle` function that rejects
///   every body tried (each optional field present, absent and alone; in
///   a model, each field's other examples too): give the fields it reads
///   an `example`.
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
///
/// Implemented by hand, it needs `examples`; a field of the type then takes
/// its examples from it:
///
/// ```
/// use operation_response::{response_model, Examples};
///
/// #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
/// pub struct Sha(pub String);
///
/// impl operation_response::Validate for Sha {
///     fn validate_into(&self, _: &operation_response::Path<'_>, _: &mut operation_response::ValidationErrors) {}
/// }
///
/// impl Examples for Sha {
///     fn examples() -> Vec<Self> {
///         vec![Sha("4b825dc642cb6eb9a060e54bf8d69288fbee4904".into())]
///     }
/// }
///
/// #[response_model]
/// pub struct Commit {
///     pub sha: Sha,
/// }
///
/// assert_eq!(Commit::examples()[0].sha, Sha::examples()[0]);
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

/// An object first (what a payload usually is), then a string, a number, a
/// bool and an array; never `null`, which an `Option<Value>` would read
/// back as `None`.
impl Examples for Value {
    fn examples() -> Vec<Self> {
        vec![
            Value::Object(Map::new()),
            Value::from("example"),
            Value::from(1),
            Value::from(true),
            Value::Array(Vec::new()),
        ]
    }
}

/// One entry, then none.
impl Examples for Map<String, Value> {
    fn examples() -> Vec<Self> {
        let mut one = Map::new();
        one.insert(String::from("key"), Value::from("example"));
        vec![one, Map::new()]
    }
}

impl Examples for serde_json::Number {
    fn examples() -> Vec<Self> {
        vec![1.into(), 0.into()]
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

/// The item's examples, each alone in a collection (so that a field with a
/// length rule finds distinct items to pad with); one empty collection
/// where the item has none (or past the depth limit).
fn singles<T: Examples, C: FromIterator<T>>() -> Vec<C> {
    let items = deeper(T::examples).unwrap_or_default();
    if items.is_empty() {
        return vec![std::iter::empty().collect()];
    }
    items
        .into_iter()
        .map(|item| std::iter::once(item).collect())
        .collect()
}

/// The value's examples, each alone under the key `"key"`.
fn entries<V: Examples, C: FromIterator<(String, V)>>() -> Vec<C> {
    singles::<V, Vec<V>>()
        .into_iter()
        .map(|v| v.into_iter().map(|v| (String::from("key"), v)).collect())
        .collect()
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

impl Examples for () {
    fn examples() -> Vec<Self> {
        vec![()]
    }
}

impl<T: ?Sized> Examples for core::marker::PhantomData<T> {
    fn examples() -> Vec<Self> {
        vec![core::marker::PhantomData]
    }
}

impl<T: ToOwned + ?Sized> Examples for std::borrow::Cow<'_, T>
where
    T::Owned: Examples,
{
    fn examples() -> Vec<Self> {
        T::Owned::examples()
            .into_iter()
            .map(std::borrow::Cow::Owned)
            .collect()
    }
}

impl Examples for crate::Lifecycle {
    fn examples() -> Vec<Self> {
        vec![
            crate::Lifecycle::Running,
            crate::Lifecycle::Waiting,
            crate::Lifecycle::Succeeded,
            crate::Lifecycle::Failed,
        ]
    }
}

impl<T: Examples> Examples for Box<T> {
    fn examples() -> Vec<Self> {
        T::examples().into_iter().map(Box::new).collect()
    }
}

impl<T: Examples> Examples for Vec<T> {
    fn examples() -> Vec<Self> {
        singles()
    }
}

impl<T: Examples> Examples for VecDeque<T> {
    fn examples() -> Vec<Self> {
        singles()
    }
}

impl<T: Examples + Ord> Examples for BTreeSet<T> {
    fn examples() -> Vec<Self> {
        singles()
    }
}

impl<T: Examples + Eq + Hash, S: BuildHasher + Default> Examples for HashSet<T, S> {
    fn examples() -> Vec<Self> {
        singles()
    }
}

impl<V: Examples> Examples for BTreeMap<String, V> {
    fn examples() -> Vec<Self> {
        entries()
    }
}

impl<V: Examples, S: BuildHasher + Default> Examples for HashMap<String, V, S> {
    fn examples() -> Vec<Self> {
        entries()
    }
}

/// One array, its items the item's examples in turn (repeated where it has
/// fewer than `N`); none where the item has none and `N > 0`.
impl<T: Examples, const N: usize> Examples for [T; N] {
    fn examples() -> Vec<Self> {
        let mut items: Vec<T> = Vec::with_capacity(N);
        while items.len() < N {
            let more = deeper(T::examples).unwrap_or_default();
            if more.is_empty() {
                return Vec::new();
            }
            items.extend(more.into_iter().take(N - items.len()));
        }
        items.try_into().ok().into_iter().collect()
    }
}

/// The elements' examples side by side: as many tuples as the element with
/// the fewest examples has.
macro_rules! tuples {
    ($(($($t:ident $v:ident),+))*) => {$(
        impl<$($t: Examples),+> Examples for ($($t,)+) {
            fn examples() -> Vec<Self> {
                $(let mut $v = $t::examples().into_iter();)+
                let mut out = Vec::new();
                while let ($(Some($v),)+) = ($($v.next(),)+) {
                    out.push(($($v,)+));
                }
                out
            }
        }
    )*};
}

tuples! {
    (A a)
    (A a, B b)
    (A a, B b, C c)
    (A a, B b, C c, D d)
    (A a, B b, C c, D d, E e)
    (A a, B b, C c, D d, E e, F f)
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
/// cannot see (a container's `validate_with`, a `lifecycle` function); then
/// each field's other values in turn (a model's: each of a field's
/// candidates, so that a model whose status is a field's, through
/// `#[response(operation)]`, has a body for each of that field's statuses).
/// `fields` holds each field's candidates in order (every variant's, for a
/// union).
pub fn bodies(shape: &Shape, fields: Vec<Vec<Value>>) -> Vec<Vec<Value>> {
    let mut fields = fields.into_iter();
    match &shape.form {
        Form::Object(object) => {
            let own: Vec<(&Field, Vec<Value>)> =
                object.fields.iter().zip(fields.by_ref()).collect();
            if object.statuses.is_empty() {
                return vec![alternatives(&own, None, &Needs::default(), true)];
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
                    let (required, forbidden) = object.needs(status);
                    let needs = Needs {
                        required,
                        forbidden,
                        conditional: &conditional,
                    };
                    let status = status_field.map(|f| (f.key, Value::from(*status)));
                    alternatives(own, status, &needs, false)
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
                    false,
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

/// The alternatives of one slot, in the order tried; with `every`, each of
/// a field's candidates too.
fn alternatives(
    fields: &[(&Field, Vec<Value>)],
    status: Option<(&str, Value)>,
    needs: &Needs,
    every: bool,
) -> Vec<Value> {
    // Each field's values, the first preferred; none where it may be left
    // out; `needed` where it may not.
    let values: Vec<(&Field, bool, Vec<Value>)> = fields
        .iter()
        .filter(|(field, _)| !needs.forbidden.contains(&field.key))
        .filter(|(field, _)| {
            !needs.conditional.contains(&field.key) || needs.required.contains(&field.key)
        })
        .map(|(field, candidates)| {
            let needed = field.required || needs.required.contains(&field.key);
            (*field, needed, choose(field, candidates, needed, every))
        })
        .collect();
    // The body with the fields `keep` keeps, each given its value `pick`.
    let body = |keep: &dyn Fn(usize) -> bool, pick: &dyn Fn(usize) -> usize| {
        let mut map = Map::new();
        if let Some((key, value)) = &status {
            map.insert((*key).into(), value.clone());
        }
        for (i, (field, needed, choices)) in values.iter().enumerate() {
            let Some(value) = choices.get(pick(i)).or_else(|| choices.first()) else {
                continue;
            };
            if !*needed && !keep(i) {
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
        .filter(|(_, (_, needed, choices))| !needed && !choices.is_empty())
        .map(|(i, _)| i)
        .collect();
    let first = |_| 0;
    let mut out = vec![body(&|_| true, &first)];
    out.extend(
        optional
            .iter()
            .map(|&left_out| body(&|i| i != left_out, &first)),
    );
    out.push(body(&|_| false, &first));
    out.extend(optional.iter().map(|&alone| body(&|i| i == alone, &first)));
    // Every sequence padded with distinct items (a set's), then each other
    // value alone.
    out.push(body(&|_| true, &|_| 1));
    for (i, (_, _, choices)) in values.iter().enumerate() {
        out.extend((1..choices.len()).map(|k| body(&|_| true, &|j| if j == i { k } else { 0 })));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|body| seen.insert(body.to_string()));
    out
}

/// The field's values, each made to meet its rules: the first candidate
/// padded with repeated items where a length rule asks for more, then
/// padded with distinct ones (the same value again where that changes
/// nothing), and with `every` each other candidate; none when the field
/// may be absent and has no value but `null`.
fn choose(field: &Field, candidates: &[Value], needed: bool, every: bool) -> Vec<Value> {
    if let Some(example) = field.example {
        return vec![example.to_value()];
    }
    let Some(first) = candidates
        .iter()
        .find(|v| !(needed && v.is_null()))
        .cloned()
        .or_else(|| (!field.required && !needed).then_some(Value::Null))
    else {
        return Vec::new();
    };
    if first.is_null() {
        // An optional field with no value: left out.
        return Vec::new();
    }
    let mut out = vec![
        meet(field, first.clone(), candidates, false),
        meet(field, first.clone(), candidates, true),
    ];
    let others = candidates
        .iter()
        .filter(|v| every && !v.is_null() && **v != first)
        .map(|v| meet(field, v.clone(), candidates, false));
    for value in others {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// `value` changed as little as needed to meet `field`'s rules; a sequence
/// padded with the other candidates' items it lacks, then (with
/// `synthesize`, for a set of strings or numbers) with new ones, then with
/// its first item again.
fn meet(field: &Field, value: Value, candidates: &[Value], synthesize: bool) -> Value {
    let lengths = Lengths::of(field);
    let Lengths { min, max, .. } = lengths;
    match value {
        Value::String(s) => {
            let spelled = field
                .pattern()
                .and_then(|p| crate::pattern_example::spell(p, &lengths));
            // A spelling meets the lengths already; padding would break
            // the pattern.
            Value::String(spelled.unwrap_or_else(|| sized(s, &lengths)))
        }
        Value::Array(mut items) => {
            fit_len(&mut items, min, max, candidates, synthesize);
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

fn fit_len(
    items: &mut Vec<Value>,
    min: Option<u64>,
    max: Option<u64>,
    candidates: &[Value],
    synthesize: bool,
) {
    if let Some(max) = max {
        items.truncate(usize::try_from(max).unwrap_or(usize::MAX));
    }
    let Some(min) = min.and_then(|min| usize::try_from(min).ok()) else {
        return;
    };
    // The other candidates' items first: each a valid value of the item
    // type.
    let pool: Vec<Value> = candidates
        .iter()
        .filter_map(Value::as_array)
        .flatten()
        .cloned()
        .collect();
    for item in pool {
        if items.len() >= min {
            return;
        }
        if !items.contains(&item) {
            items.push(item);
        }
    }
    let Some(first) = items.first().cloned() else {
        return;
    };
    if synthesize {
        let mut n = 2u64;
        while items.len() < min && n < min as u64 + 64 {
            match variant(&first, n) {
                Some(item) if !items.contains(&item) => items.push(item),
                Some(_) => {}
                None => break,
            }
            n += 1;
        }
    }
    while items.len() < min {
        items.push(first.clone());
    }
}

/// The `n`th variant of a string, number or bool item, for a set that
/// needs distinct items.
fn variant(item: &Value, n: u64) -> Option<Value> {
    match item {
        Value::String(s) => Some(Value::from(format!("{s}-{n}"))),
        Value::Number(x) => {
            if let Some(u) = x.as_u64() {
                u.checked_add(n).map(Value::from)
            } else if let Some(i) = x.as_i64() {
                i.checked_add_unsigned(n).map(Value::from)
            } else {
                #[allow(clippy::cast_precision_loss)] // small counts
                x.as_f64()
                    .and_then(|f| serde_json::Number::from_f64(f + n as f64))
                    .map(Value::Number)
            }
        }
        Value::Bool(b) => (n == 2).then_some(Value::Bool(!b)),
        _ => None,
    }
}

/// `s` padded with `x` or cut to fit in chars and in bytes.
fn sized(mut s: String, lengths: &Lengths) -> String {
    let chars = |s: &str| s.chars().count() as u64;
    if let Some(max) = lengths.max {
        while chars(&s) > max {
            s.pop();
        }
    }
    if let Some(max) = lengths.max_bytes {
        while s.len() as u64 > max {
            s.pop();
        }
    }
    while lengths.min.is_some_and(|min| chars(&s) < min)
        || lengths.min_bytes.is_some_and(|min| (s.len() as u64) < min)
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

/// A slot's candidates: a field type's examples as JSON (`of`, or
/// `HasExamples::candidates`), or none (`given`: the status, or a field
/// whose `#[response(example = …)]` the shape holds).
pub type Candidates = fn() -> Vec<Value>;

/// No candidates: the shape has what the slot needs.
pub fn given() -> Vec<Value> {
    Vec::new()
}

fn slots(shape: &'static str, fields: &[Candidates]) -> Vec<Vec<Value>> {
    bodies(
        crate::shape::decode(shape),
        fields.iter().map(|candidates| candidates()).collect(),
    )
}

/// `Examples` of a generated string enum: each listed value.
pub fn strings<T: crate::__private::WireEnum>() -> Vec<T> {
    T::KNOWN
        .iter()
        .filter_map(|wire| T::from_known(wire))
        .collect()
}

/// `Examples` of a generated type: the first alternative of each of its
/// shape's slots that `T` accepts.
pub fn first<T: serde::de::DeserializeOwned>(shape: &'static str, fields: &[Candidates]) -> Vec<T> {
    slots(shape, fields)
        .into_iter()
        .filter_map(|alternatives| {
            alternatives
                .into_iter()
                .find_map(|body| serde_json::from_value(body).ok())
        })
        .collect()
}

/// `Examples` of a type whose status a function decides: every
/// alternative `T` accepts, the first of each status.
pub fn per_status<T>(shape: &'static str, fields: &[Candidates]) -> Vec<T>
where
    T: serde::de::DeserializeOwned + crate::OperationResponse,
{
    let mut seen = Vec::new();
    slots(shape, fields)
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
