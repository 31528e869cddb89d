//! `pattern` means what it means in JSON Schema, ECMA-262, when parsing
//! too: for every construct the `regex` crate reads otherwise (`.`, `\d`,
//! `\w`, `\s`, `\b` and their negations, alone and in bracket classes), a
//! field accepts exactly the strings ECMA-262 does — by `from_json`, by
//! `serde_json` directly and by `validate()` — its schema, run through a
//! JSON Schema validator, agrees, and its examples and generated values
//! match.

use operation_response::schemars::generate::SchemaSettings;
use operation_response::schemars::JsonSchema;
use operation_response::{from_json, response_model, Examples, Validate};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

/// `.`: any char but `\n`, `\r`, U+2028 and U+2029.
#[response_model]
pub struct Dot {
    #[response(pattern = "^a.b$")]
    pub value: String,
}

/// `\d`: ASCII digits.
#[response_model]
pub struct Digits {
    #[response(pattern = r"^\d+$")]
    pub value: String,
}

/// `\D`: anything but ASCII digits.
#[response_model]
pub struct NotDigit {
    #[response(pattern = r"^\D$")]
    pub value: String,
}

/// `\w`: `[A-Za-z0-9_]`.
#[response_model]
pub struct Word {
    #[response(pattern = r"^\w+$")]
    pub value: String,
}

/// `\W`: anything else.
#[response_model]
pub struct NotWord {
    #[response(pattern = r"^\W$")]
    pub value: String,
}

/// `\s`: ECMA's white space and line terminators (U+FEFF in, U+0085 out).
#[response_model]
pub struct Space {
    #[response(pattern = r"^\s$")]
    pub value: String,
}

/// `\S`.
#[response_model]
pub struct NotSpace {
    #[response(pattern = r"^\S$")]
    pub value: String,
}

/// `\b`: between an ASCII word char and anything else.
#[response_model]
pub struct Boundary {
    #[response(pattern = r"^caf\b")]
    pub value: String,
}

/// `\B`: between two ASCII word chars, or two others.
#[response_model]
pub struct NotBoundary {
    #[response(pattern = r"^\w\B.+$")]
    pub value: String,
}

/// `\d` in a bracket class.
#[response_model]
pub struct DigitsOrDots {
    #[response(pattern = r"^[\d.]+$")]
    pub value: String,
}

/// `\d` in a negated bracket class.
#[response_model]
pub struct NoDigits {
    #[response(pattern = r"^[^\d]+$")]
    pub value: String,
}

/// `\W` and `\d` in a bracket class.
#[response_model]
pub struct NonWordOrDigit {
    #[response(pattern = r"^[\W\d]+$")]
    pub value: String,
}

/// `\s` in a bracket class, and in a negated one.
#[response_model]
pub struct Spaces {
    #[response(pattern = r"^[\s,]+[^\s]$")]
    pub value: String,
}

/// `\w` next to a `-`, in a bracket class.
#[response_model]
pub struct Slug {
    #[response(pattern = r"^[\w-]+$")]
    pub value: String,
}

fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// The body `{"value": s}`.
fn body(s: &str) -> Value {
    json!({ "value": s })
}

/// What the schema's validator says: ECMA-262's verdict, or where marked,
/// `jsonschema`'s own.
macro_rules! schema_says {
    ($ecma:expr) => {
        $ecma
    };
    ($ecma:expr, $jsonschema:expr) => {
        $jsonschema
    };
}

/// `T` accepts exactly the strings marked `true`, as ECMA-262 reads its
/// pattern (each verdict checked with a JavaScript engine's `RegExp`, with
/// and without the `u` flag), by every way in, and its schema says the same
/// of each body — but where `jsonschema` is marked otherwise: that
/// validator is not ECMA-262 on that string (see `word_boundaries_are_ascii`).
/// A macro, as the generic bounds would name serde.
macro_rules! ecma {
    ($t:ident: $($s:expr => $ok:expr $(; jsonschema $js:expr)?),* $(,)?) => {{
        let validator = jsonschema::validator_for(&schema_of::<$t>())
            .unwrap_or_else(|e| panic!("{}: {e}", stringify!($t)));
        $(
            let s: &str = $s;
            let expected: bool = $ok;
            let json = body(s);
            let text = json.to_string();
            let what = format!("{}: {s:?}", stringify!($t));
            assert_eq!(from_json::<$t>(&text).is_ok(), expected, "from_json, {what}");
            assert_eq!(serde_json::from_str::<$t>(&text).is_ok(), expected, "serde_json, {what}");
            let value = $t { value: s.to_owned() };
            assert_eq!(value.validate().is_ok(), expected, "validate, {what}");
            let schema_says: bool = schema_says!(expected $(, $js)?);
            assert_eq!(validator.is_valid(&json), schema_says, "the schema, {what}");
        )*
    }};
}

#[test]
fn dot_leaves_out_every_line_terminator() {
    ecma!(Dot:
        "axb" => true,
        "aéb" => true,
        "a\tb" => true,
        // NEL is no line terminator in ECMA-262.
        "a\u{85}b" => true,
        "a\nb" => false,
        "a\rb" => false,
        "a\u{2028}b" => false,
        "a\u{2029}b" => false,
        "ab" => false,
    );
}

#[test]
fn digits_are_ascii() {
    ecma!(Digits:
        "0123456789" => true,
        "١٢٣" => false,
        "١" => false,
        "12a" => false,
        "" => false,
    );
    ecma!(NotDigit:
        "١" => true,
        "a" => true,
        "1" => false,
    );
}

#[test]
fn word_chars_are_ascii() {
    ecma!(Word:
        "abc_XYZ_09" => true,
        "é" => false,
        "café" => false,
        "a-b" => false,
    );
    ecma!(NotWord:
        "é" => true,
        "-" => true,
        "a" => false,
        "_" => false,
    );
}

#[test]
fn spaces_are_ecma_white_space_and_line_terminators() {
    for s in [
        "\t", "\n", "\u{b}", "\u{c}", "\r", " ", "\u{a0}", "\u{1680}", "\u{2000}", "\u{200a}",
        "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{feff}",
    ] {
        ecma!(Space: s => true);
        ecma!(NotSpace: s => false);
    }
    // NEL is white space to Unicode (and to the `regex` crate), not to ECMA-262.
    ecma!(Space: "\u{85}" => false, "a" => false, "\u{200b}" => false);
    ecma!(NotSpace: "\u{85}" => true, "a" => true, "\u{200b}" => true);
}

#[test]
fn word_boundaries_are_ascii() {
    // `é` is no word char: a boundary after `f`. The `jsonschema` crate
    // (0.61) passes `\b` and `\B` untranslated to its engine, which reads
    // them with Unicode word chars as the `regex` crate does: on a non-ASCII
    // letter next to an ASCII one it is not ECMA-262, and parsing here is
    // (every verdict as a JavaScript `RegExp` gives it).
    ecma!(Boundary:
        "café" => true; jsonschema false,
        "caf" => true,
        "caf-e" => true,
        "cafe" => false,
        "caf_" => false,
    );
    ecma!(NotBoundary:
        "ab" => true,
        "a1" => true,
        "aé" => false; jsonschema true,
        "a-" => false,
    );
}

#[test]
fn classes_in_brackets_are_ecma_sets() {
    ecma!(DigitsOrDots:
        "1.2" => true,
        "١.٢" => false,
        "1.٢" => false,
    );
    ecma!(NoDigits:
        "١٢" => true,
        "ab" => true,
        "a1" => false,
    );
    ecma!(NonWordOrDigit:
        "é1" => true,
        "-" => true,
        "a" => false,
        "é_" => false,
    );
    ecma!(Spaces:
        "\u{feff},a" => true,
        " \u{85}" => true,
        "\u{85},a" => false,
        " \u{feff}" => false,
    );
    ecma!(Slug:
        "a-b_c" => true,
        "é" => false,
        "ça-va" => false,
    );
}

#[test]
fn the_schema_keeps_the_pattern_as_written() {
    assert_eq!(
        schema_of::<Digits>()["properties"]["value"]["pattern"],
        r"^\d+$"
    );
    assert_eq!(
        schema_of::<Spaces>()["properties"]["value"]["pattern"],
        r"^[\s,]+[^\s]$"
    );
}

#[test]
fn a_violation_names_the_pattern_as_written() {
    let error = Digits {
        value: "١".to_owned(),
    }
    .validate()
    .unwrap_err();
    let violation = error.iter().next().unwrap();
    assert_eq!(violation.rule(), "pattern");
    assert_eq!(
        violation.message(),
        r"value does not match the pattern `^\d+$`"
    );
}

/// Examples validate, and so do generated values.
macro_rules! spelled {
    ($($t:ident),* $(,)?) => {$(
        let examples = $t::examples();
        assert!(!examples.is_empty(), "{}: no example", stringify!($t));
        for example in &examples {
            example
                .validate()
                .unwrap_or_else(|e| panic!("{}: {e}: {example:?}", stringify!($t)));
        }
        let mut runner = TestRunner::new(Config {
            cases: 64,
            failure_persistence: None,
            ..Config::default()
        });
        let strategy = any::<$t>();
        for _ in 0..64 {
            let value = strategy.new_tree(&mut runner).expect("no rejection").current();
            value
                .validate()
                .unwrap_or_else(|e| panic!("{}: {e}: {value:?}", stringify!($t)));
            let json = serde_json::to_string(&value).unwrap();
            let back: $t = from_json(&json)
                .unwrap_or_else(|e| panic!("{}: {e}: {json}", stringify!($t)));
            assert_eq!(back, value);
        }
    )*};
}

#[test]
fn examples_and_generated_values_match_as_ecma_reads_the_pattern() {
    spelled!(
        Dot,
        Digits,
        NotDigit,
        Word,
        NotWord,
        Space,
        NotSpace,
        Boundary,
        NotBoundary,
        DigitsOrDots,
        NoDigits,
        NonWordOrDigit,
        Spaces,
        Slug,
    );
}
