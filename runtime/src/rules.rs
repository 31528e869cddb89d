//! The field rules, as generated code calls them. Each takes the path of the
//! field and renders it only when the rule is broken.
// Reached only through the hidden `__private`, by generated code.
#![allow(missing_docs)]

use crate::{Path, ValidationErrors, Violation};
use core::fmt::Display;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

/// What the length rules measure: chars of a string (as JSON Schema counts),
/// elements of a sequence or a map.
#[diagnostic::on_unimplemented(
    message = "length rules need a string, a sequence or a map, not `{Self}`",
    label = "`min_length`, `max_length`, `length` and `non_empty` cannot measure this"
)]
pub trait Length {
    fn length(&self) -> usize;

    /// Cheap bounds on `length()`, so that a rule can often decide without
    /// counting: a string of `n` bytes has between `n / 4` and `n` chars.
    #[inline]
    fn length_bounds(&self) -> (usize, usize) {
        let length = self.length();
        (length, length)
    }
}

impl Length for str {
    #[inline]
    fn length(&self) -> usize {
        self.chars().count()
    }

    #[inline]
    fn length_bounds(&self) -> (usize, usize) {
        (self.len().div_ceil(4), self.len())
    }
}

/// Measured as what they point to.
macro_rules! length_by_deref {
    ($($ty:ty => [$($generics:tt)*]),* $(,)?) => {$(
        impl<$($generics)*> Length for $ty {
            #[inline]
            fn length(&self) -> usize {
                (**self).length()
            }

            #[inline]
            fn length_bounds(&self) -> (usize, usize) {
                (**self).length_bounds()
            }
        }
    )*};
}

length_by_deref! {
    String => [],
    Cow<'_, str> => [],
    Box<T> => [T: Length + ?Sized],
    &T => [T: Length + ?Sized],
}

macro_rules! length_by_len {
    ($($ty:ty => [$($generics:tt)*]),* $(,)?) => {$(
        impl<$($generics)*> Length for $ty {
            #[inline]
            fn length(&self) -> usize {
                self.len()
            }
        }
    )*};
}

length_by_len! {
    [T] => [T],
    Vec<T> => [T],
    VecDeque<T> => [T],
    BTreeSet<T> => [T],
    BTreeMap<K, V> => [K, V],
    HashSet<T, S> => [T, S],
    HashMap<K, V, S> => [K, V, S],
}

impl<T, const N: usize> Length for [T; N] {
    #[inline]
    fn length(&self) -> usize {
        N
    }
}

/// What the numeric rules compare: integers and floats.
#[diagnostic::on_unimplemented(
    message = "numeric rules need an integer or a float, not `{Self}`",
    label = "`min`, `max`, `greater_than` and `less_than` cannot compare this"
)]
pub trait Number: Copy + PartialOrd + Display {
    /// The type a bound is written in: the number type itself. A separate
    /// name, so that a bound on a non-number field is one trait error rather
    /// than a trait error and a type mismatch.
    type Bound;

    /// The bound as a number of this type.
    fn bound(bound: Self::Bound) -> Self;

    /// Whether this is a float's NaN: the one value not comparable with
    /// itself.
    #[inline]
    fn is_nan(self) -> bool {
        self.partial_cmp(&self).is_none()
    }
}

macro_rules! numbers {
    ($($ty:ty)*) => {$(
        impl Number for $ty {
            type Bound = $ty;

            #[inline]
            fn bound(bound: $ty) -> $ty {
                bound
            }
        }
    )*};
}

numbers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);

#[cold]
#[inline(never)]
fn push(path: &Path<'_>, errors: &mut ValidationErrors, rule: &'static str, message: String) {
    errors.push(Violation::new(path, rule, message));
}

/// A rule on a count of chars or items ([`Length`]) or of UTF-8 bytes
/// ([`Utf8`]).
struct Count {
    rule: &'static str,
    bound: Bound,
    /// How a count that does not meet the bound stands to it.
    relation: &'static str,
}

/// Which kind of bound a [`Count`] sets.
#[derive(Clone, Copy)]
enum Bound {
    Min,
    Max,
    Exact,
}

impl Bound {
    /// Whether a count meets the bound.
    #[inline(always)]
    fn met(self, count: usize, bound: usize) -> bool {
        match self {
            Bound::Min => count >= bound,
            Bound::Max => count <= bound,
            Bound::Exact => count == bound,
        }
    }

    /// Whether cheap bounds on a count, `(low, high)`, show that it meets
    /// the bound: a minimum needs only the low one, a maximum the high one.
    #[inline(always)]
    fn met_by_bounds(self, (low, high): (usize, usize), bound: usize) -> bool {
        match self {
            Bound::Min => low >= bound,
            Bound::Max => high <= bound,
            Bound::Exact => low == bound && high == bound,
        }
    }
}

const MIN_LENGTH: Count = Count::new("min_length", Bound::Min, "less than the minimum");
const MAX_LENGTH: Count = Count::new("max_length", Bound::Max, "greater than the maximum");
const LENGTH: Count = Count::new("length", Bound::Exact, "not the required");
const MIN_BYTES: Count = Count::new("min_bytes", Bound::Min, "less than the minimum");
const MAX_BYTES: Count = Count::new("max_bytes", Bound::Max, "more than the maximum");

impl Count {
    const fn new(rule: &'static str, bound: Bound, relation: &'static str) -> Self {
        Count {
            rule,
            bound,
            relation,
        }
    }

    /// Checks a [`Length`]: its cheap bounds decide when they show the
    /// bound is met; otherwise it is counted.
    ///
    /// Always inlined, as each rule's `Count` is a constant: the check is
    /// then one comparison.
    #[inline(always)]
    fn length<T: Length + ?Sized>(
        &self,
        value: &T,
        bound: usize,
        path: &Path<'_>,
        errors: &mut ValidationErrors,
    ) {
        if !self.bound.met_by_bounds(value.length_bounds(), bound) {
            self.counted(value, bound, path, errors);
        }
    }

    /// A length the bounds could not decide.
    #[inline]
    fn counted<T: Length + ?Sized>(
        &self,
        value: &T,
        bound: usize,
        path: &Path<'_>,
        errors: &mut ValidationErrors,
    ) {
        let length = value.length();
        if !self.bound.met(length, bound) {
            let relation = self.relation;
            push(
                path,
                errors,
                self.rule,
                format!("length {length} is {relation} {bound}"),
            );
        }
    }

    /// Checks a string's UTF-8 bytes (inlined always, as `length`).
    #[inline(always)]
    fn bytes<T: Utf8 + ?Sized>(
        &self,
        value: &T,
        bound: usize,
        path: &Path<'_>,
        errors: &mut ValidationErrors,
    ) {
        let bytes = value.utf8_len();
        if !self.bound.met(bytes, bound) {
            let relation = self.relation;
            push(
                path,
                errors,
                self.rule,
                format!("{bytes} bytes is {relation} {bound}"),
            );
        }
    }
}

// The rules below keep their signatures as written out: rustc quotes them
// when a rule is put on a type it cannot check.

#[inline]
pub fn min_length<T: Length + ?Sized>(
    value: &T,
    min: usize,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    MIN_LENGTH.length(value, min, path, errors);
}

#[inline]
pub fn max_length<T: Length + ?Sized>(
    value: &T,
    max: usize,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    MAX_LENGTH.length(value, max, path, errors);
}

#[inline]
pub fn length<T: Length + ?Sized>(
    value: &T,
    exact: usize,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    LENGTH.length(value, exact, path, errors);
}

#[inline]
pub fn non_empty<T: Length + ?Sized>(value: &T, path: &Path<'_>, errors: &mut ValidationErrors) {
    if value.length_bounds().1 == 0 {
        push(path, errors, "non_empty", String::from("must not be empty"));
    }
}

/// One numeric bound: `met(value, bound)` says whether the value meets it; a
/// NaN meets none.
///
/// Inlined always, so that `met` is a known function at each rule.
#[inline(always)]
fn bound<T: Number>(
    value: T,
    bound: T,
    met: fn(&T, &T) -> bool,
    (rule, relation): (&'static str, &str),
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    if value.is_nan() || !met(&value, &bound) {
        push(path, errors, rule, bound_message(value, relation, bound));
    }
}

#[inline]
pub fn min<T: Number>(value: &T, min: T::Bound, path: &Path<'_>, errors: &mut ValidationErrors) {
    bound(
        *value,
        T::bound(min),
        T::ge,
        ("min", "less than the minimum"),
        path,
        errors,
    );
}

#[inline]
pub fn max<T: Number>(value: &T, max: T::Bound, path: &Path<'_>, errors: &mut ValidationErrors) {
    bound(
        *value,
        T::bound(max),
        T::le,
        ("max", "greater than the maximum"),
        path,
        errors,
    );
}

#[inline]
pub fn greater_than<T: Number>(
    value: &T,
    limit: T::Bound,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    let rule = ("greater_than", "not greater than");
    bound(*value, T::bound(limit), T::gt, rule, path, errors);
}

#[inline]
pub fn less_than<T: Number>(
    value: &T,
    limit: T::Bound,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    let rule = ("less_than", "not less than");
    bound(*value, T::bound(limit), T::lt, rule, path, errors);
}

fn bound_message<T: Number>(value: T, relation: &str, bound: T) -> String {
    if value.is_nan() {
        format!("value NaN is not a number, so it cannot meet the bound {bound}")
    } else {
        format!("value {value} is {relation} {bound}")
    }
}

/// `required_when` and `forbidden_when`: `message` was rendered at compile
/// time.
#[inline]
fn presence(
    broken: bool,
    rule: &'static str,
    message: &'static str,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    if broken {
        push(path, errors, rule, String::from(message));
    }
}

#[inline]
pub fn required_when<T>(
    value: &Option<T>,
    applies: bool,
    message: &'static str,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    presence(
        applies && value.is_none(),
        "required_when",
        message,
        path,
        errors,
    );
}

#[inline]
pub fn forbidden_when<T>(
    value: &Option<T>,
    applies: bool,
    message: &'static str,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    presence(
        applies && value.is_some(),
        "forbidden_when",
        message,
        path,
        errors,
    );
}

/// What byte-length rules measure: a string's UTF-8 bytes.
#[diagnostic::on_unimplemented(
    message = "byte-length rules need a string, not `{Self}`",
    label = "`min_bytes` and `max_bytes` cannot measure this"
)]
pub trait Utf8 {
    fn utf8_len(&self) -> usize;
}

impl<T: AsRef<str> + ?Sized> Utf8 for T {
    #[inline]
    fn utf8_len(&self) -> usize {
        self.as_ref().len()
    }
}

#[inline]
pub fn min_bytes<T: Utf8 + ?Sized>(
    value: &T,
    min: usize,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    MIN_BYTES.bytes(value, min, path, errors);
}

#[inline]
pub fn max_bytes<T: Utf8 + ?Sized>(
    value: &T,
    max: usize,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    MAX_BYTES.bytes(value, max, path, errors);
}

/// `validate_with`: the user's function returns the message; on a field at
/// its path, on a container (a rule across fields) at the value's own.
#[inline]
pub fn validate_with(result: Result<(), String>, path: &Path<'_>, errors: &mut ValidationErrors) {
    if let Err(message) = result {
        push(path, errors, "validate_with", message);
    }
}

#[cfg(feature = "pattern")]
pub use self::pattern::{compile as compile_pattern, pattern, Pattern};

#[cfg(feature = "pattern")]
mod pattern {
    use super::push;
    use crate::{Path, ValidationErrors};
    use std::sync::LazyLock;

    /// A `pattern` rule: the pattern as written (ECMA-262, as the schema's
    /// `pattern` keyword says), and the regular expression that matches what
    /// it matches there — the macro's translation of it (ECMA's `.`, `\d`,
    /// `\w`, `\s`, `\b` and their negations), compiled on first use, once
    /// per program.
    pub struct Pattern {
        ecma: &'static str,
        regex: LazyLock<regex::Regex>,
    }

    impl Pattern {
        /// `ecma` as written, `compile` the translation's.
        pub const fn new(ecma: &'static str, compile: fn() -> regex::Regex) -> Self {
            Pattern {
                ecma,
                regex: LazyLock::new(compile),
            }
        }

        /// Whether `text` matches, as ECMA-262 reads the pattern.
        #[inline]
        pub fn is_match(&self, text: &str) -> bool {
            self.regex.is_match(text)
        }

        /// The pattern as written.
        pub fn as_str(&self) -> &'static str {
            self.ecma
        }
    }

    /// Compiles a pattern the macro already checked and translated.
    pub fn compile(source: &str) -> regex::Regex {
        match regex::Regex::new(source) {
            Ok(regex) => regex,
            // The macro parsed this pattern with the same syntax; only the
            // size limit can still reject it.
            Err(error) => panic!("pattern `{source}` does not compile: {error}"),
        }
    }

    #[diagnostic::on_unimplemented(
        message = "`pattern` needs a string, not `{Self}`",
        label = "`pattern` cannot match this"
    )]
    pub trait Text {
        fn text(&self) -> &str;
    }

    impl<T: AsRef<str> + ?Sized> Text for T {
        #[inline]
        fn text(&self) -> &str {
            self.as_ref()
        }
    }

    #[inline]
    pub fn pattern<T: Text + ?Sized>(
        value: &T,
        regex: &Pattern,
        path: &Path<'_>,
        errors: &mut ValidationErrors,
    ) {
        if !regex.is_match(value.text()) {
            push(
                path,
                errors,
                "pattern",
                format!("value does not match the pattern `{}`", regex.as_str()),
            );
        }
    }
}
