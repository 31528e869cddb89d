//! The `Validate` trait and its impls for containers.

use crate::{Path, ValidationErrors};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::hash::BuildHasher;

/// A value that can check its own rules and report every violation.
///
/// `#[operation_response]` and `#[response_model]` implement it. A hand-written
/// impl reports into the list it is given, under the path it is given, so it
/// nests like a generated one:
///
/// ```
/// use operation_response::{Path, Validate, ValidationErrors, Violation};
///
/// pub struct Percent(pub u8);
///
/// impl Validate for Percent {
///     fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
///         if self.0 > 100 {
///             errors.push(Violation::new(path, "percent", format!("{} is more than 100", self.0)));
///         }
///     }
/// }
///
/// let all = vec![Percent(5), Percent(120)];
/// let errors = all.validate().unwrap_err();
/// assert_eq!(errors.to_string(), "[1]: 120 is more than 100");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `Validate`",
    label = "not a `#[response_model]` or `#[operation_response]` type",
    note = "declare it with `#[response_model]`, or implement `operation_response::Validate` for it"
)]
pub trait Validate {
    /// Checks every rule; `Err` holds every violation, with wire paths.
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.validate_into(&Path::root(), &mut errors);
        errors.into_result()
    }

    /// Checks every rule, recording violations under `path` into `errors`.
    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors);

    /// Whether deserializing the type checks its rules by itself (generated
    /// types do; a hand-written `Validate` impl does not), so that a parent
    /// checking itself while deserializing can leave it out.
    #[doc(hidden)]
    const __CHECKS_ITSELF: bool = false;

    /// Whether a value of the type can break a rule at all (a string enum
    /// cannot), so that a parent need not watch it while deserializing.
    #[doc(hidden)]
    const __HAS_RULES: bool = true;

    /// Whether deserializing the type reports every violation of its whole
    /// tree, with paths from its root (generated types do; containers of them
    /// report per element).
    #[doc(hidden)]
    const __REPORTS_ITSELF: bool = false;

    /// Checks the value's own rules, and those of nested values that do not
    /// check themselves while they are deserialized.
    #[doc(hidden)]
    fn __validate_own(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        self.validate_into(path, errors);
    }
}

impl<T: Validate + ?Sized> Validate for &T {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        (**self).validate_into(path, errors);
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        (**self).validate_into(path, errors);
    }
}

impl<T: Validate> Validate for Option<T> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        if let Some(value) = self {
            value.validate_into(path, errors);
        }
    }
}

impl<T: Validate> Validate for [T] {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        for (i, value) in self.iter().enumerate() {
            value.validate_into(&path.index(i), errors);
        }
    }
}

impl<T: Validate, const N: usize> Validate for [T; N] {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        self.as_slice().validate_into(path, errors);
    }
}

impl<T: Validate> Validate for Vec<T> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        self.as_slice().validate_into(path, errors);
    }
}

impl<T: Validate> Validate for VecDeque<T> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        for (i, value) in self.iter().enumerate() {
            value.validate_into(&path.index(i), errors);
        }
    }
}

impl<K: core::fmt::Display, V: Validate> Validate for BTreeMap<K, V> {
    const __CHECKS_ITSELF: bool = V::__CHECKS_ITSELF;
    const __HAS_RULES: bool = V::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        for (key, value) in self {
            value.validate_into(&path.entry(key), errors);
        }
    }
}

impl<K: core::fmt::Display, V: Validate, S: BuildHasher> Validate for HashMap<K, V, S> {
    const __CHECKS_ITSELF: bool = V::__CHECKS_ITSELF;
    const __HAS_RULES: bool = V::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        for (key, value) in self {
            value.validate_into(&path.entry(key), errors);
        }
    }
}

impl<T: Validate> Validate for std::collections::BTreeSet<T> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        for (i, value) in self.iter().enumerate() {
            value.validate_into(&path.index(i), errors);
        }
    }
}

impl<T: Validate, S> Validate for std::collections::HashSet<T, S> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        for (i, value) in self.iter().enumerate() {
            value.validate_into(&path.index(i), errors);
        }
    }
}

/// Types that can break no rule: the standard payloads a generic field may
/// hold (`GoogleOperation<Value, Value>`, `RunResult<String>`).
macro_rules! nothing_to_check {
    ($($t:ty),* $(,)?) => {$(
        impl Validate for $t {
            #[inline]
            fn validate_into(&self, _: &Path<'_>, _: &mut ValidationErrors) {}

            const __CHECKS_ITSELF: bool = true;
            const __HAS_RULES: bool = false;
            const __REPORTS_ITSELF: bool = true;
        }
    )*};
}

nothing_to_check!(
    str,
    String,
    bool,
    char,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    f32,
    f64,
    (),
    crate::Lifecycle,
    serde_json::Value,
    serde_json::Number,
    serde_json::Map<String, serde_json::Value>,
);

impl<T: ?Sized> Validate for core::marker::PhantomData<T> {
    #[inline]
    fn validate_into(&self, _: &Path<'_>, _: &mut ValidationErrors) {}

    const __CHECKS_ITSELF: bool = true;
    const __HAS_RULES: bool = false;
}

impl<T: Validate + ToOwned + ?Sized> Validate for std::borrow::Cow<'_, T> {
    const __CHECKS_ITSELF: bool = T::__CHECKS_ITSELF;
    const __HAS_RULES: bool = T::__HAS_RULES;

    fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        (**self).validate_into(path, errors);
    }
}

/// A tuple's elements are at `[0]`, `[1]`, … as serde writes them: a JSON
/// array.
macro_rules! tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: Validate),+> Validate for ($($t,)+) {
            const __CHECKS_ITSELF: bool = true $(&& $t::__CHECKS_ITSELF)+;
            const __HAS_RULES: bool = false $(|| $t::__HAS_RULES)+;

            fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
                $(self.$i.validate_into(&path.index($i), errors);)+
            }
        }
    )*};
}

tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}
