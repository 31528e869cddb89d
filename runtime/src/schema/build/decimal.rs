//! The schema of a `#[response(number_as_string)]` field: a decimal string
//! or an integer, as proto3's JSON mapping reads 64-bit integers. The
//! string's pattern matches exactly the decimal strings parsing reads in the
//! field's range (its type's, narrowed by its bounds), so that schema and
//! parser still agree on every body.

use super::{merge_bound, Side};
use crate::shape::{Field, Int, Number, Rule};
use core::cmp::Reverse;
use serde_json::{json, Map, Value};

/// `schema`, the field's integer schema (its type's, with its rules and
/// range applied), as `anyOf` a decimal string, that integer and, for an
/// `Option`, `null`.
pub(super) fn schema(schema: Value, field: &Field, int: Int, openapi3: bool) -> Value {
    let Value::Object(mut integer) = schema else {
        return schema;
    };
    if let Some(Value::Array(types)) = integer.get("type") {
        let kept: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        integer.insert(
            "type".into(),
            match kept.as_slice() {
                [one] => one.clone(),
                _ => kept.into(),
            },
        );
    }
    // serde_json holds a number beyond 64 bits only as a float: a wider
    // type's value beyond them must come as a string.
    if matches!(int, Int::I128) {
        merge_bound(&mut integer, Side::Lower, i64::MIN.into(), openapi3);
    }
    if matches!(int, Int::I128 | Int::U128) {
        merge_bound(&mut integer, Side::Upper, u64::MAX.into(), openapi3);
    }
    let mut branches = Vec::new();
    if let Some(pattern) = range(field, int).and_then(|(lo, hi)| pattern(lo, hi)) {
        let mut string = Map::new();
        string.insert("type".into(), "string".into());
        // As OpenAPI writes proto3's 64-bit integers: `string`, `int64`.
        let format = integer
            .get("format")
            .cloned()
            .unwrap_or_else(|| format_of(int).into());
        string.insert("format".into(), format);
        string.insert("pattern".into(), pattern.into());
        branches.push(Value::Object(string));
    }
    branches.push(Value::Object(integer));
    if field.nullable {
        branches.push(json!({ "type": "null" }));
    }
    json!({ "anyOf": branches })
}

/// The `format` schemars gives an integer type.
fn format_of(int: Int) -> &'static str {
    match int {
        Int::I8 => "int8",
        Int::I16 => "int16",
        Int::I32 => "int32",
        Int::I64 => "int64",
        Int::I128 => "int128",
        Int::Isize => "int",
        Int::U8 => "uint8",
        Int::U16 => "uint16",
        Int::U32 => "uint32",
        Int::U64 => "uint64",
        Int::U128 => "uint128",
        Int::Usize => "uint",
    }
}

/// A default or an example, as the field writes it: a number as a string.
pub(super) fn written(value: Value) -> Value {
    match value {
        Value::Number(n) => Value::String(n.to_string()),
        other => other,
    }
}

/// An integer of any type: negative ones (by magnitude, reversed) before
/// the others.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Z {
    Negative(Reverse<u128>),
    NonNegative(u128),
}

impl Z {
    fn of_i128(n: i128) -> Z {
        if n < 0 {
            Z::Negative(Reverse(n.unsigned_abs()))
        } else {
            Z::NonNegative(n.unsigned_abs())
        }
    }

    /// The least integer at or above `x` (`up`), or the greatest at or
    /// below it. A bound the macro writes as a float is an integer literal
    /// beyond 64 bits, within 128 (it reads no wider one), so the casts,
    /// which saturate, keep it.
    fn of_f64(x: f64, up: bool) -> Option<Z> {
        if x.is_nan() {
            return None;
        }
        let x = if up { x.ceil() } else { x.floor() };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(if x < 0.0 {
            Z::Negative(Reverse((-x) as u128))
        } else {
            Z::NonNegative(x as u128)
        })
    }

    fn of_number(n: Number, up: bool) -> Option<Z> {
        match n {
            Number::Int(i) => Some(Z::of_i128(i.into())),
            Number::UInt(u) => Some(Z::NonNegative(u.into())),
            Number::Float(f) => Z::of_f64(f, up),
        }
    }

    /// The next integer up (`1`) or down (`-1`), if it exists.
    fn step(self, up: bool) -> Option<Z> {
        Some(match (self, up) {
            (Z::NonNegative(n), true) => Z::NonNegative(n.checked_add(1)?),
            (Z::NonNegative(0), false) => Z::Negative(Reverse(1)),
            (Z::NonNegative(n), false) => Z::NonNegative(n - 1),
            (Z::Negative(Reverse(1)), true) => Z::NonNegative(0),
            (Z::Negative(Reverse(n)), true) => Z::Negative(Reverse(n - 1)),
            (Z::Negative(Reverse(n)), false) => Z::Negative(Reverse(n.checked_add(1)?)),
        })
    }
}

/// The integers the field holds: its type's range narrowed by its bounds;
/// `None` when none is left.
fn range(field: &Field, int: Int) -> Option<(Z, Z)> {
    let (mut lo, mut hi) = match int {
        Int::I8 => (Z::of_i128(i8::MIN.into()), Z::of_i128(i8::MAX.into())),
        Int::I16 => (Z::of_i128(i16::MIN.into()), Z::of_i128(i16::MAX.into())),
        Int::I32 => (Z::of_i128(i32::MIN.into()), Z::of_i128(i32::MAX.into())),
        Int::I64 => (Z::of_i128(i64::MIN.into()), Z::of_i128(i64::MAX.into())),
        Int::I128 => (Z::of_i128(i128::MIN), Z::of_i128(i128::MAX)),
        Int::Isize => (
            Z::of_i128(isize::MIN as i128),
            Z::of_i128(isize::MAX as i128),
        ),
        Int::U8 => (Z::NonNegative(0), Z::NonNegative(u8::MAX.into())),
        Int::U16 => (Z::NonNegative(0), Z::NonNegative(u16::MAX.into())),
        Int::U32 => (Z::NonNegative(0), Z::NonNegative(u32::MAX.into())),
        Int::U64 => (Z::NonNegative(0), Z::NonNegative(u64::MAX.into())),
        Int::U128 => (Z::NonNegative(0), Z::NonNegative(u128::MAX)),
        Int::Usize => (Z::NonNegative(0), Z::NonNegative(usize::MAX as u128)),
    };
    for rule in field.rules {
        let (bound, lower) = match *rule {
            Rule::Min(n) => (Z::of_number(n, true), true),
            Rule::GreaterThan(n) => (Z::of_number(n, false).and_then(|z| z.step(true)), true),
            Rule::Max(n) => (Z::of_number(n, false), false),
            Rule::LessThan(n) => (Z::of_number(n, true).and_then(|z| z.step(false)), false),
            _ => continue,
        };
        match (bound, lower) {
            (Some(bound), true) => lo = lo.max(bound),
            (Some(bound), false) => hi = hi.min(bound),
            (None, _) => {}
        }
    }
    (lo <= hi).then_some((lo, hi))
}

/// The pattern of the decimal strings of the integers from `lo` to `hi`, as
/// parsing reads them (`0`, or an optional `-` and digits without a leading
/// zero; not `-0`), in the dialect ECMA-262 and the `regex` crate share.
fn pattern(lo: Z, hi: Z) -> Option<String> {
    let mut alternatives = Vec::new();
    // The negative ones, by magnitude: `-` and digits.
    if let Z::Negative(Reverse(most)) = lo {
        let least = match hi {
            Z::Negative(Reverse(least)) => least,
            Z::NonNegative(_) => 1,
        };
        let magnitudes = magnitudes(least, most);
        alternatives.push(format!("-{}", group(&magnitudes)));
    }
    if let Z::NonNegative(most) = hi {
        let least = match lo {
            Z::NonNegative(least) => least,
            Z::Negative(_) => 0,
        };
        alternatives.extend(magnitudes(least, most));
    }
    (!alternatives.is_empty()).then(|| format!("^{}$", group(&alternatives)))
}

/// `(?:a|b)`, or `a` alone when it has no alternation.
fn group(alternatives: &[String]) -> String {
    match alternatives {
        [one] if !one.contains('|') => one.clone(),
        _ => format!("(?:{})", alternatives.join("|")),
    }
}

/// The alternatives matching the digits of `least..=most` without leading
/// zeros, one or more per number of digits.
fn magnitudes(least: u128, most: u128) -> Vec<String> {
    let mut out = Vec::new();
    // Numbers of digits every one of whose values is in, run together:
    // `[1-9][0-9]{1,17}`.
    let mut full: Option<(usize, usize)> = None;
    let flush = |full: &mut Option<(usize, usize)>, out: &mut Vec<String>| {
        if let Some((from, to)) = full.take() {
            out.push(match (from, to) {
                (from, to) if from == to => format!("[1-9]{}", any(from - 1)),
                (from, to) => format!("[1-9][0-9]{{{},{}}}", from - 1, to - 1),
            });
        }
    };
    let mut low = least;
    loop {
        let digits = low.to_string().len();
        // The greatest value with as many digits, if it has 128 bits.
        let top = 10u128
            .checked_pow(u32::try_from(digits).unwrap_or(u32::MAX))
            .map(|power| power - 1);
        let high = top.map_or(most, |top| most.min(top));
        let (a, b) = (low.to_string(), high.to_string());
        let whole = a.starts_with('1') && a.bytes().skip(1).all(|d| d == b'0') && Some(high) == top;
        if whole {
            full = Some(full.map_or((digits, digits), |(from, _)| (from, digits)));
        } else {
            flush(&mut full, &mut out);
            out.push(between(a.as_bytes(), b.as_bytes()));
        }
        if high == most {
            break;
        }
        low = high + 1;
    }
    flush(&mut full, &mut out);
    out
}

/// Any `n` digits.
fn any(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "[0-9]".to_owned(),
        n => format!("[0-9]{{{n}}}"),
    }
}

/// One digit from `a` to `b`.
fn class(a: u8, b: u8) -> String {
    if a == b {
        char::from(a).to_string()
    } else if a + 1 == b {
        format!("[{}{}]", char::from(a), char::from(b))
    } else {
        format!("[{}-{}]", char::from(a), char::from(b))
    }
}

/// The strings of `x.len()` digits from `x` to `y` (as long as `x`).
fn between(x: &[u8], y: &[u8]) -> String {
    let n = x.len();
    if n == 0 {
        return String::new();
    }
    let (lowest, highest) = (
        x[1..].iter().all(|d| *d == b'0'),
        y[1..].iter().all(|d| *d == b'9'),
    );
    if x[0] == y[0] {
        if lowest && highest {
            return format!("{}{}", char::from(x[0]), any(n - 1));
        }
        let rest = between(&x[1..], &y[1..]);
        return format!("{}{}", char::from(x[0]), wrap(&rest));
    }
    let mut alternatives = Vec::new();
    let from = if lowest { x[0] } else { x[0] + 1 };
    let to = if highest { y[0] } else { y[0] - 1 };
    if !lowest {
        let nines = vec![b'9'; n - 1];
        let rest = between(&x[1..], &nines);
        alternatives.push(format!("{}{}", char::from(x[0]), wrap(&rest)));
    }
    if from <= to {
        alternatives.push(format!("{}{}", class(from, to), any(n - 1)));
    }
    if !highest {
        let zeros = vec![b'0'; n - 1];
        let rest = between(&zeros, &y[1..]);
        alternatives.push(format!("{}{}", char::from(y[0]), wrap(&rest)));
    }
    alternatives.join("|")
}

/// An alternation in a group, where it follows a digit.
fn wrap(alternation: &str) -> String {
    if alternation.contains('|') {
        format!("(?:{alternation})")
    } else {
        alternation.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{pattern, Z};
    use core::cmp::Reverse;

    fn z(n: i128) -> Z {
        Z::of_i128(n)
    }

    #[test]
    fn patterns_of_ranges() {
        for (lo, hi, expected) in [
            (0, 255, "^(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2(?:[0-4][0-9]|5[0-5]))$"),
            (-128, 127, "^(?:-(?:[1-9][0-9]{0,1}|1(?:[01][0-9]|2[0-8]))|[0-9]|[1-9][0-9]|1(?:[01][0-9]|2[0-7]))$"),
            (1, 100, "^(?:[1-9][0-9]{0,1}|100)$"),
            (0, 0, "^0$"),
            (-5, -2, "^-[2-5]$"),
            (-99, -1, "^-[1-9][0-9]{0,1}$"),
            (0, 999_999, "^(?:[0-9]|[1-9][0-9]{1,5})$"),
            (37, 1203, "^(?:3[7-9]|[4-9][0-9]|[1-9][0-9]{2}|1(?:[01][0-9]{2}|20[0-3]))$"),
        ] {
            assert_eq!(pattern(z(lo), z(hi)).as_deref(), Some(expected), "{lo}..={hi}");
        }
    }

    /// Every string of up to five chars from `-`, `0`, `1`, `9` and `5`,
    /// matched against ranges, says what parsing says.
    #[cfg(feature = "pattern")]
    #[test]
    fn patterns_match_exactly_what_parsing_reads() {
        let ranges = [
            (0, 255),
            (-128, 127),
            (1, 100),
            (-5, -2),
            (-1000, 99),
            (10, 10),
            (5, 59_999),
        ];
        let alphabet = ['-', '0', '1', '5', '9'];
        let mut strings = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = strings
                .iter()
                .filter(|s| s.len() == strings.last().map_or(0, String::len))
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        for (lo, hi) in ranges {
            let regex = regex::Regex::new(&pattern(z(lo), z(hi)).unwrap()).unwrap();
            for s in &strings {
                let parsed = crate::number_as_string::read_decimal::<i128>(s)
                    .is_some_and(|n| (lo..=hi).contains(&n));
                assert_eq!(regex.is_match(s), parsed, "{s:?} in {lo}..={hi}");
            }
        }
    }

    /// At the edges of every type's range and at every power of ten, the
    /// pattern says what parsing says.
    #[cfg(feature = "pattern")]
    #[test]
    fn patterns_match_at_the_edges_of_the_types() {
        let ranges: [(i128, i128); 7] = [
            (i8::MIN.into(), i8::MAX.into()),
            (i32::MIN.into(), i32::MAX.into()),
            (i64::MIN.into(), i64::MAX.into()),
            (0, u16::MAX.into()),
            (0, u64::MAX.into()),
            (i128::MIN, i128::MAX),
            (-1_000_000_007, 99_999_999_999),
        ];
        for (lo, hi) in ranges {
            let regex = regex::Regex::new(&pattern(z(lo), z(hi)).unwrap()).unwrap();
            let mut values: Vec<i128> = Vec::new();
            for edge in [lo, hi, 0] {
                values.extend((-2..=2).filter_map(|d| edge.checked_add(d)));
            }
            for k in 0..39 {
                let power = 10i128.pow(k);
                for n in [power - 1, power, power + 1] {
                    values.extend([n, -n]);
                }
            }
            for n in values {
                let s = n.to_string();
                assert_eq!(
                    regex.is_match(&s),
                    (lo..=hi).contains(&n),
                    "{s} in {lo}..={hi}"
                );
            }
        }
        let regex = regex::Regex::new(&pattern(z(0), Z::NonNegative(u128::MAX)).unwrap()).unwrap();
        assert!(regex.is_match(&u128::MAX.to_string()));
        assert!(!regex.is_match("340282366920938463463374607431768211456"));
        assert!(!regex.is_match("-1") && !regex.is_match("-0") && regex.is_match("0"));
    }

    #[test]
    fn the_widest_ranges_have_patterns() {
        let wide = pattern(
            Z::Negative(Reverse(1u128 << 127)),
            Z::NonNegative(u128::MAX),
        )
        .unwrap();
        assert!(wide.starts_with("^(?:-"), "{wide}");
    }
}
