//! The comparison: [`drift`] reads both schemas into the normal form and
//! compares them key by key.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;
use std::collections::BTreeSet;

use super::normal::{self, pointer, Node, Values};
use super::{Difference, DifferenceKind, Drift};

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
    let ours = normal::read(&ours, &ours);
    let theirs = normal::read(openapi, theirs);
    let mut out = Vec::new();
    compare(&ours, &theirs, "", false, &mut out);
    // Undeclared statuses first, then the rest as found.
    out.sort_by_key(|d| !matches!(d.kind, DifferenceKind::UndeclaredStatus(_)));
    drift.differences = out;
    drift
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
pub(super) fn integer_format_range(format: &str) -> Option<(Option<i128>, Option<i128>)> {
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

/// The values of `from` that `other` does not list, matched in any ASCII
/// case when the declaration is `case_insensitive`.
fn lacking<'v>(
    from: &'v Values,
    other: &'v Values,
    case_insensitive: bool,
) -> impl Iterator<Item = &'v String> {
    from.known.iter().filter(move |v| {
        !(other.known.contains(*v)
            || (case_insensitive && other.known.iter().any(|k| k.eq_ignore_ascii_case(v))))
    })
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
        type Kind = fn(String) -> DifferenceKind;
        let (undeclared, not_in_vendor): (Kind, Kind) = if status {
            (
                DifferenceKind::UndeclaredStatus,
                DifferenceKind::StatusNotInVendor,
            )
        } else {
            (
                DifferenceKind::UndeclaredValue,
                DifferenceKind::ValueNotInVendor,
            )
        };
        for value in lacking(t, o, o.case_insensitive) {
            push(undeclared(value.clone()));
        }
        for value in lacking(o, t, o.case_insensitive) {
            push(not_in_vendor(value.clone()));
        }
    }
    // A declared integer that also reads decimal strings takes an integer
    // however the vendor writes it: a number, or a string of an integer
    // `format` (proto3's 64-bit integers).
    let decimal = ours.decimal
        && theirs
            .types
            .iter()
            .all(|t| t == "integer" || (t == "string" && theirs.decimal));
    if !ours.types.is_empty() && !theirs.types.is_empty() && ours.types != theirs.types && !decimal
    {
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
