//! proptest generators of generated types (feature `proptest`): every
//! generated type implements `proptest::arbitrary::Arbitrary`,
//! generating only valid values over every status, and [`invalid`] makes
//! bodies that each break exactly one rule.
//!
//! Each rule becomes a generator, not a filter: lengths become size ranges,
//! bounds numeric ranges, patterns regex strategies, `required_when` /
//! `forbidden_when` the presence of the field in each status's branch; so
//! generation does not stall on rejections. A `pattern` with length rules
//! generates from the pattern with its repetitions stretched to the
//! lengths, and where a string still misses a rule, takes one spelled to
//! meet them all; a set draws distinct items.
//!
//! Generation never panics. What is left to filtering, each a rejection
//! proptest counts (and reports as "Too many local rejects" when no value
//! can be found): a container's `validate_with` or `lifecycle` function,
//! which no generator can know; a set whose item has fewer distinct values
//! than its least length; and the declarations [`Examples`](crate::Examples)
//! lists as having no example of a status (a pattern no spelling fits to
//! its length rules, rules no value meets).
//!
//! ```
//! use operation_response::{from_json, operation_response};
//! use proptest::prelude::*;
//!
//! /// A job.
//! #[operation_response(status = ["running", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"])]
//! pub struct Job {
//!     /// Its id.
//!     #[response(pattern = "^job-[0-9]{4}$")]
//!     pub id: String,
//!     /// Why it failed.
//!     #[response(required_when = "failed")]
//!     pub error: Option<String>,
//! }
//!
//! proptest!(|(job in any::<Job>())| {
//!     // Every value is valid, and reads back as itself.
//!     let json = serde_json::to_string(&job).unwrap();
//!     prop_assert_eq!(from_json::<Job>(&json).unwrap(), job);
//! });
//!
//! proptest!(|(case in operation_response::proptest::invalid::<Job>())| {
//!     // Every body breaks one rule, which validation reports.
//!     let error = from_json::<Job>(&case.body).unwrap_err();
//!     let violations = error.violations().expect("a rule, not a shape, is broken");
//!     prop_assert_eq!(violations.iter().count(), 1);
//!     let violation = violations.iter().next().unwrap();
//!     prop_assert_eq!((violation.path(), violation.rule()), (case.path.as_str(), case.rule));
//! });
//! ```

use crate::pattern_example::Lengths;
use crate::shape::{Field, FieldType, Form, Kind, Range, Rule, Shape};
use ::proptest::prelude::*;
use ::proptest::strategy::{BoxedStrategy, Just, Union};
use serde_json::{Map, Value};

/// A body that breaks exactly one rule, and what validation must report.
#[derive(Debug, Clone)]
pub struct Invalid {
    /// The JSON body.
    pub body: String,
    /// The wire path of the broken rule's field.
    pub path: String,
    /// The rule's name, as [`Violation::rule`](crate::Violation::rule) gives it.
    pub rule: &'static str,
}

/// Bodies of `T` that each break exactly one rule its shape states (the
/// rules of its own fields, for every status), with the path and rule
/// `from_json` reports. A type with no breakable rule gives none: the
/// strategy then generates nothing (`Just` of nothing is not possible), so
/// it panics when built.
pub fn invalid<T: Generated>() -> BoxedStrategy<Invalid> {
    let shape = T::shape();
    let slots = slots(shape, T::gens());
    let mut targets: Vec<BoxedStrategy<Invalid>> = Vec::new();
    for slot in &slots {
        for (index, (field, gen)) in slot.fields.iter().enumerate() {
            if field.flatten || field.key.is_empty() {
                continue;
            }
            let key = field.key;
            // Present at all where forbidden, it would break that too.
            let rules = if slot.forbidden.contains(&key) {
                &[][..]
            } else {
                field.rules
            };
            for rule in rules {
                let value = match (field.kind, gen.as_ref()) {
                    (Kind::Sequence, FieldGen::Seq(item)) => broken_len(*rule).map(|n| {
                        ::proptest::collection::vec(item.clone(), n..=n)
                            .prop_map(Value::Array)
                            .boxed()
                    }),
                    (Kind::Sequence, FieldGen::Set(item)) => {
                        broken_len(*rule).map(|n| distinct(item, n..=n))
                    }
                    _ => broken(field, gen, *rule).map(|value| Just(value).boxed()),
                };
                let Some(value) = value else {
                    continue;
                };
                let body = (slot.body(Some(index)), value)
                    .prop_map(move |(mut body, value)| {
                        if let Value::Object(map) = &mut body {
                            map.insert(key.into(), value);
                        }
                        body
                    })
                    .boxed();
                targets.push(invalid_body(body, key, rule_name(*rule)));
            }
            if slot.required.contains(&key) && !field.required {
                let body = slot.body(Some(index));
                targets.push(invalid_body(body, key, "required_when"));
            }
            if slot.forbidden.contains(&key) {
                let value = value_strategy(field, gen);
                let base = slot.body(None);
                let body = (base, value)
                    .prop_map(move |(mut body, value)| {
                        if let Value::Object(map) = &mut body {
                            map.insert(key.into(), value);
                        }
                        body
                    })
                    .boxed();
                targets.push(invalid_body(body, key, "forbidden_when"));
            }
        }
    }
    assert!(
        !targets.is_empty(),
        "`{}` has no rule a body can break",
        shape.name
    );
    Union::new(targets).boxed()
}

fn invalid_body(
    body: BoxedStrategy<Value>,
    path: &'static str,
    rule: &'static str,
) -> BoxedStrategy<Invalid> {
    body.prop_map(move |body| Invalid {
        body: body.to_string(),
        path: path.to_owned(),
        rule,
    })
    .boxed()
}

/// What generated types give [`invalid`]; implemented with `Arbitrary`.
pub trait Generated: Sized {
    #[doc(hidden)]
    fn shape() -> &'static Shape;
    #[doc(hidden)]
    fn gens() -> Vec<FieldGen>;
}

/// How to generate one field's value, beyond what its shape says.
#[doc(hidden)]
pub enum FieldGen {
    /// From the shape alone: strings, bools, the status, an `example`.
    Shape,
    /// An integer type's range.
    Int(i128, i128),
    Float,
    /// A sequence of these items.
    Seq(BoxedStrategy<Value>),
    /// A set of these items: a sequence of distinct ones.
    Set(BoxedStrategy<Value>),
    /// A map from strings to these values.
    Map(BoxedStrategy<Value>),
    /// Any value of the type.
    Any(BoxedStrategy<Value>),
    /// The type holds itself here: no value (an empty sequence or map).
    Empty,
}

/// An integer type's bound, widened, for [`FieldGen::Int`].
#[doc(hidden)]
pub fn wide<T: TryInto<i128>>(value: T) -> i128 {
    value.try_into().unwrap_or(i128::MAX)
}

/// A strategy of a type's values as JSON, for [`FieldGen`].
#[doc(hidden)]
pub fn json_of<T: Arbitrary + serde::Serialize + 'static>() -> BoxedStrategy<Value> {
    any::<T>()
        .prop_map(|value| serde_json::to_value(value).unwrap_or(Value::Null))
        .boxed()
}

/// Small JSON values, for `serde_json::Value` fields.
#[doc(hidden)]
pub fn json_value() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[a-z]{0,8}".prop_map(Value::from),
        Just(Value::Object(Map::new())),
    ]
    .boxed()
}

/// Small JSON objects, for `serde_json::Map<String, Value>` fields.
#[doc(hidden)]
pub fn json_map() -> BoxedStrategy<Value> {
    ::proptest::collection::btree_map("[a-z]{1,8}", json_value(), 0..4)
        .prop_map(|map| Value::Object(map.into_iter().collect()))
        .boxed()
}

/// JSON numbers, for `serde_json::Number` fields.
#[doc(hidden)]
pub fn json_number() -> BoxedStrategy<Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e9..1e9f64).prop_map(Value::from),
    ]
    .boxed()
}

/// Strings a `pattern` matches that meet the field's length rules: spelled
/// by proptest from the pattern (the macro's translation, which matches
/// what the pattern as written matches in ECMA-262, as parsing does) with each repetition's minimum raised (and
/// maximum lowered) as the length rules ask, and where such a string still
/// misses a rule, one this crate spells that meets them all. Only a pattern
/// no spelling fits (as `^a{2}$` with `min_length = 3`) is left to
/// proptest's own strings, filtered.
#[cfg(feature = "pattern")]
fn pattern_strategy(pattern: &'static str, lengths: Lengths) -> BoxedStrategy<Value> {
    let Ok(regex) = regex::Regex::new(pattern) else {
        // The macro compiled it; this cannot happen.
        return Just(Value::Null).boxed();
    };
    let ok = move |s: &str| lengths.fits(s) && regex.is_match(s);
    match crate::pattern_example::find(pattern, &lengths) {
        Some((spelled, hir)) => match ::proptest::string::string_regex_parsed(&hir) {
            Ok(strings) => strings
                .prop_map(move |s| Value::from(if ok(&s) { s } else { spelled.clone() }))
                .boxed(),
            Err(_) => Just(Value::from(spelled)).boxed(),
        },
        None => match ::proptest::string::string_regex(unanchored(pattern)) {
            Ok(strings) => strings
                .prop_filter("a string its pattern and length rules allow", move |s| {
                    ok(s)
                })
                .prop_map(Value::from)
                .boxed(),
            Err(_) => Just(Value::Null).boxed(),
        },
    }
}

/// Without the `pattern` feature no field has a pattern rule.
#[cfg(not(feature = "pattern"))]
fn pattern_strategy(pattern: &'static str, _: Lengths) -> BoxedStrategy<Value> {
    match ::proptest::string::string_regex(unanchored(pattern)) {
        Ok(strings) => strings.prop_map(Value::from).boxed(),
        Err(_) => Just(Value::Null).boxed(),
    }
}

/// The pattern without its leading `^` and trailing `$`: proptest spells
/// the whole string, so the anchors are implied.
fn unanchored(pattern: &str) -> &str {
    let core = pattern.strip_prefix('^').unwrap_or(pattern);
    match core.strip_suffix('$') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => core,
    }
}

/// Arrays of `size` distinct items, for a set (whose duplicates would
/// collapse below a least length): four times as many items as asked and 16
/// more are drawn, and the first distinct ones kept; a rejection only where
/// the item has fewer distinct values than the set needs.
fn distinct(
    item: &BoxedStrategy<Value>,
    size: std::ops::RangeInclusive<usize>,
) -> BoxedStrategy<Value> {
    let (lo, hi) = (*size.start(), *size.end());
    let draws = hi.saturating_mul(4).saturating_add(16);
    (
        size,
        ::proptest::collection::vec(item.clone(), draws..=draws),
    )
        .prop_map(move |(len, items)| {
            let mut seen = std::collections::HashSet::new();
            let set: Vec<Value> = items
                .into_iter()
                .filter(|v| seen.insert(v.to_string()))
                .take(len)
                .collect();
            set
        })
        .prop_filter("a set's least length", move |set| set.len() >= lo)
        .prop_map(Value::Array)
        .boxed()
}

/// The strategy of a field's type.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a field's type has no `proptest::arbitrary::Arbitrary`",
    note = "`Arbitrary` of this type needs `Arbitrary` of each field's type"
)]
pub trait HasStrategy {
    fn json() -> BoxedStrategy<Value>;
}

impl<T: Arbitrary + serde::Serialize + 'static> HasStrategy for FieldType<'_, T> {
    fn json() -> BoxedStrategy<Value> {
        json_of::<T>()
    }
}

/// The valid values of `T`.
#[doc(hidden)]
pub fn valid<T>(shape: &'static Shape, gens: Vec<FieldGen>) -> BoxedStrategy<T>
where
    T: serde::de::DeserializeOwned + core::fmt::Debug + 'static,
{
    let slots: Vec<BoxedStrategy<Value>> = slots(shape, gens)
        .iter()
        .map(|slot| slot.body(None))
        .collect();
    let name = shape.name;
    if shape.checked {
        // A container's `validate_with` (or `lifecycle`) says what no
        // generator can know: its bodies are filtered, and only theirs.
        return Union::new(slots)
            .prop_filter_map("the container's own check", |body| {
                serde_json::from_value::<T>(body).ok()
            })
            .boxed();
    }
    // Every rule is a generator, so this accepts every body; a declaration
    // no generator can serve (a `pattern` no string of the allowed length
    // matches) is a rejection proptest reports, never a panic.
    let whence = format!("operation-response generated a `{name}` its type rejects");
    Union::new(slots)
        .prop_filter_map(whence, |body| serde_json::from_value::<T>(body).ok())
        .boxed()
}

/// One status (variant, value) and its fields.
struct Slot {
    /// The status or tag key and value, or the whole value of a string enum.
    fixed: Option<(&'static str, Value)>,
    whole: Option<Value>,
    fields: Vec<(&'static Field, std::rc::Rc<FieldGen>)>,
    required: &'static [&'static str],
    forbidden: &'static [&'static str],
}

impl Slot {
    /// The slot's bodies, with the field at `left_out` absent.
    fn body(&self, left_out: Option<usize>) -> BoxedStrategy<Value> {
        if let Some(whole) = &self.whole {
            return Just(whole.clone()).boxed();
        }
        let mut parts: Vec<BoxedStrategy<Option<(&'static Field, Value)>>> = Vec::new();
        for (index, (field, gen)) in self.fields.iter().enumerate() {
            let field: &'static Field = field;
            let part = if left_out == Some(index) || self.forbidden.contains(&field.key) {
                Just(None).boxed()
            } else {
                let value = value_strategy(field, gen);
                if field.required || self.required.contains(&field.key) {
                    value.prop_map(move |v| Some((field, v))).boxed()
                } else {
                    ::proptest::option::of(value)
                        .prop_map(move |v| v.map(|v| (field, v)))
                        .boxed()
                }
            };
            parts.push(part);
        }
        let fixed = self.fixed.clone();
        parts
            .prop_map(move |parts| {
                let mut map = Map::new();
                if let Some((key, value)) = &fixed {
                    map.insert((*key).into(), value.clone());
                }
                for (field, value) in parts.into_iter().flatten() {
                    match (field.flatten, value) {
                        (true, Value::Object(inner)) => map.extend(inner),
                        (_, value) => {
                            map.insert(field.key.into(), value);
                        }
                    }
                }
                Value::Object(map)
            })
            .boxed()
    }
}

fn slots(shape: &'static Shape, gens: Vec<FieldGen>) -> Vec<Slot> {
    let mut gens = gens.into_iter().map(std::rc::Rc::new);
    match &shape.form {
        Form::Object(object) => {
            let fields: Vec<(&'static Field, std::rc::Rc<FieldGen>)> =
                object.fields.iter().zip(gens.by_ref()).collect();
            if object.statuses.is_empty() {
                return vec![Slot {
                    fixed: None,
                    whole: None,
                    fields,
                    required: &[],
                    forbidden: &[],
                }];
            }
            let (status, fields) = fields
                .split_first()
                .map_or((None, &fields[..]), |(s, rest)| (Some(s.0), rest));
            object
                .statuses
                .iter()
                .map(|wire| {
                    let (required, forbidden) = object.needs(wire);
                    Slot {
                        fixed: status.map(|s| (s.key, Value::from(*wire))),
                        whole: None,
                        fields: fields.to_vec(),
                        required,
                        forbidden,
                    }
                })
                .collect()
        }
        Form::Union(union) => union
            .variants
            .iter()
            .map(|variant| Slot {
                fixed: Some((union.key, Value::from(variant.wire))),
                whole: None,
                fields: variant.fields.iter().zip(gens.by_ref()).collect(),
                required: &[],
                forbidden: &[],
            })
            .collect(),
        Form::Strings(strings) => strings
            .values
            .iter()
            .map(|value| Slot {
                fixed: None,
                whole: Some(Value::from(value.wire)),
                fields: Vec::new(),
                required: &[],
                forbidden: &[],
            })
            .collect(),
    }
}

/// What the length rules allow, in chars (and bytes, for ASCII).
fn lengths(field: &Field) -> (u64, Option<u64>) {
    let (mut lo, mut hi) = (0, None::<u64>);
    for rule in field.rules {
        match rule {
            Rule::MinLength(n) | Rule::MinBytes(n) => lo = lo.max(*n),
            Rule::NonEmpty => lo = lo.max(1),
            Rule::MaxLength(n) | Rule::MaxBytes(n) => hi = Some(hi.map_or(*n, |h| h.min(*n))),
            Rule::Length(n) => {
                lo = lo.max(*n);
                hi = Some(hi.map_or(*n, |h| h.min(*n)));
            }
            _ => {}
        }
    }
    (lo, hi)
}

fn int_value(i: i128) -> Value {
    i64::try_from(i).map_or_else(
        |_| u64::try_from(i).map_or(Value::Null, Value::from),
        Value::from,
    )
}

/// A strategy of the field's (non-null) values that meet its rules.
fn value_strategy(field: &Field, gen: &FieldGen) -> BoxedStrategy<Value> {
    if let Some(example) = field.example {
        return Just(example.to_value()).boxed();
    }
    let (lo, hi) = lengths(field);
    let size = |lo: u64, hi: Option<u64>| {
        let lo = usize::try_from(lo).unwrap_or(usize::MAX);
        let hi = hi.map_or(lo + 4, |h| {
            usize::try_from(h).unwrap_or(usize::MAX).min(lo + 8)
        });
        lo..=hi.max(lo)
    };
    // The numeric bounds, for numbers.
    let Range {
        lo: min,
        lo_open,
        hi: max,
        hi_open,
    } = field.range();
    match (field.kind, gen) {
        (Kind::Text, _) => match field.pattern() {
            Some(p) => pattern_strategy(p, Lengths::of(field)),
            // ASCII letters, so that chars and bytes agree.
            None => ::proptest::collection::vec(::proptest::char::range('a', 'z'), size(lo, hi))
                .prop_map(|chars| Value::from(chars.into_iter().collect::<String>()))
                .boxed(),
        },
        (Kind::Bool, _) => any::<bool>().prop_map(Value::from).boxed(),
        (_, FieldGen::Int(type_lo, type_hi)) => {
            #[allow(clippy::cast_possible_truncation)] // clamped to the type's range
            let lo = if min.is_finite() {
                (min.floor() as i128 + i128::from(lo_open || min.fract() != 0.0)).max(*type_lo)
            } else {
                *type_lo
            };
            #[allow(clippy::cast_possible_truncation)]
            let hi = if max.is_finite() {
                (max.ceil() as i128 - i128::from(hi_open || max.fract() != 0.0)).min(*type_hi)
            } else {
                *type_hi
            };
            if field.number_as_string {
                // A number or a decimal string, as the field reads either
                // (beyond a JSON number's 64 bits, a string only).
                let hi = hi.max(lo);
                return (lo..=hi, any::<bool>())
                    .prop_map(|(i, string)| match int_value(i) {
                        Value::Number(n) if !string => Value::Number(n),
                        _ => Value::String(i.to_string()),
                    })
                    .boxed();
            }
            // JSON numbers of serde_json: within i64 or u64.
            let lo = lo.max(i128::from(i64::MIN));
            let hi = hi.min(i128::from(u64::MAX)).max(lo);
            (lo..=hi).prop_map(int_value).boxed()
        }
        (Kind::Float, _) | (_, FieldGen::Float) => {
            let (lo, hi) = match (min.is_finite(), max.is_finite()) {
                (true, true) => (min, max),
                (true, false) => (min, min + 1e6),
                (false, true) => (max - 1e6, max),
                (false, false) => (-1e6, 1e6),
            };
            let mid = (lo + hi) / 2.0;
            (lo..=hi)
                .prop_map(move |x| {
                    let x = if (lo_open && x <= lo) || (hi_open && x >= hi) {
                        mid
                    } else {
                        x
                    };
                    serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
                })
                .boxed()
        }
        // The type itself: an empty sequence or map, or `null`.
        (Kind::Sequence, FieldGen::Empty) => Just(Value::Array(Vec::new())).boxed(),
        (Kind::Map, FieldGen::Empty) => Just(Value::Object(Map::new())).boxed(),
        (_, FieldGen::Set(item)) => distinct(item, size(lo, hi)),
        (_, FieldGen::Seq(item)) => ::proptest::collection::vec(item.clone(), size(lo, hi))
            .prop_map(Value::Array)
            .boxed(),
        (_, FieldGen::Map(value)) => {
            ::proptest::collection::btree_map("[a-z]{1,8}", value.clone(), size(lo, hi))
                .prop_map(|map| Value::Object(map.into_iter().collect()))
                .boxed()
        }
        (_, FieldGen::Any(any)) => any.clone(),
        _ => Just(Value::Null).boxed(),
    }
}

fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::MinLength(_) => "min_length",
        Rule::MaxLength(_) => "max_length",
        Rule::Length(_) => "length",
        Rule::NonEmpty => "non_empty",
        Rule::MinBytes(_) => "min_bytes",
        Rule::MaxBytes(_) => "max_bytes",
        Rule::Min(_) => "min",
        Rule::Max(_) => "max",
        Rule::GreaterThan(_) => "greater_than",
        Rule::LessThan(_) => "less_than",
        Rule::Pattern { .. } => "pattern",
        Rule::Custom(_) => "validate_with",
    }
}

/// The rules of `field` that `value` breaks, as validation would say.
fn broken_rules(field: &Field, value: &Value) -> Option<Vec<&'static str>> {
    let mut out = Vec::new();
    for rule in field.rules {
        let ok = match (rule, value) {
            (Rule::MinLength(n), Value::String(s)) => s.chars().count() as u64 >= *n,
            (Rule::MaxLength(n), Value::String(s)) => s.chars().count() as u64 <= *n,
            (Rule::Length(n), Value::String(s)) => s.chars().count() as u64 == *n,
            (Rule::NonEmpty, Value::String(s)) => !s.is_empty(),
            (Rule::MinBytes(n), Value::String(s)) => s.len() as u64 >= *n,
            (Rule::MaxBytes(n), Value::String(s)) => s.len() as u64 <= *n,
            // The translation: what parsing compiles.
            (Rule::Pattern { regex, .. }, Value::String(s)) => matches(regex, s)?,
            (Rule::Min(b), Value::Number(x)) => x.as_f64()? >= b.as_f64(),
            (Rule::Max(b), Value::Number(x)) => x.as_f64()? <= b.as_f64(),
            (Rule::GreaterThan(b), Value::Number(x)) => x.as_f64()? > b.as_f64(),
            (Rule::LessThan(b), Value::Number(x)) => x.as_f64()? < b.as_f64(),
            // Rules this cannot judge: no mutation relies on them.
            _ => return None,
        };
        if !ok {
            out.push(rule_name(*rule));
        }
    }
    Some(out)
}

#[cfg(feature = "pattern")]
fn matches(pattern: &str, s: &str) -> Option<bool> {
    regex::Regex::new(pattern).ok().map(|r| r.is_match(s))
}

#[cfg(not(feature = "pattern"))]
fn matches(_: &str, _: &str) -> Option<bool> {
    None
}

/// A sequence length that breaks a length rule (and no other, when it is
/// the field's only length rule).
fn broken_len(rule: Rule) -> Option<usize> {
    match rule {
        Rule::MinLength(n) if n > 0 => usize::try_from(n - 1).ok(),
        Rule::NonEmpty => Some(0),
        Rule::MaxLength(n) | Rule::Length(n) => usize::try_from(n + 1).ok(),
        _ => None,
    }
}

/// A value of `field` that breaks `rule` and no other rule, if one of the
/// few tried does.
fn broken(field: &Field, gen: &FieldGen, rule: Rule) -> Option<Value> {
    let text = |n: u64| Some(Value::from("a".repeat(usize::try_from(n).ok()?)));
    let int = |n: f64, delta: i128| -> Option<Value> {
        let FieldGen::Int(lo, hi) = gen else {
            return Some(Value::from(n + delta as f64));
        };
        #[allow(clippy::cast_possible_truncation)] // integer bounds as written
        let i = n as i128 + delta;
        (i >= *lo && i <= *hi).then(|| int_value(i))
    };
    let candidates: Vec<Value> = match (field.kind, rule) {
        (Kind::Text, Rule::MinLength(n) | Rule::MinBytes(n)) if n > 0 => vec![text(n - 1)?],
        (Kind::Text, Rule::NonEmpty) => vec![text(0)?],
        (Kind::Text, Rule::MaxLength(n)) => vec![text(n + 1)?],
        (Kind::Text, Rule::MaxBytes(n)) => vec![
            text(n + 1)?,
            Value::from("é".repeat(usize::try_from(n / 2 + 1).ok()?)),
        ],
        (Kind::Text, Rule::Length(n)) => [n.checked_sub(1).and_then(text), text(n + 1)]
            .into_iter()
            .flatten()
            .collect(),
        (Kind::Text, Rule::Pattern { .. }) => {
            ["", "!", " ", "0", "a", "~~~~"].map(Value::from).to_vec()
        }
        (Kind::Integer | Kind::Float, Rule::Min(b)) => vec![int(b.as_f64(), -1)?],
        (Kind::Integer | Kind::Float, Rule::Max(b)) => vec![int(b.as_f64(), 1)?],
        (Kind::Integer | Kind::Float, Rule::GreaterThan(b) | Rule::LessThan(b)) => {
            vec![int(b.as_f64(), 0)?]
        }
        _ => Vec::new(),
    };
    let name = rule_name(rule);
    let value = candidates
        .into_iter()
        .find(|value| broken_rules(field, value).is_some_and(|broken| broken == [name]))?;
    // As the field writes it: a rule holds for a decimal string's number.
    Some(match value {
        Value::Number(n) if field.number_as_string => Value::String(n.to_string()),
        value => value,
    })
}
