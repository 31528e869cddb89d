//! The `Validate` trait and its impls for containers.

use crate::validation::SelfChecking;
use crate::{Path, ValidationErrors};
use core::fmt::Display;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
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
}

/// A container validates its items at their paths, and checks itself while
/// it is deserialized when its items do: both impls from one list.
macro_rules! containers {
    ($(impl[$($g:tt)*] $ty:ty => $item:ident, |$this:ident, $path:ident, $errors:ident| $body:expr;)*) => {$(
        impl<$($g)*> Validate for $ty {
            fn validate_into(&self, $path: &Path<'_>, $errors: &mut ValidationErrors) {
                let $this = self;
                $body
            }
        }

        impl<$($g)*> SelfChecking for $ty where $item: SelfChecking {
            const RULES: bool = $item::RULES;
        }
    )*};
}

containers! {
    impl[T: Validate + ?Sized] &T => T, |this, path, errors| (**this).validate_into(path, errors);
    impl[T: Validate + ?Sized] Box<T> => T, |this, path, errors| (**this).validate_into(path, errors);
    impl[T: Validate + ToOwned + ?Sized] std::borrow::Cow<'_, T> => T,
        |this, path, errors| (**this).validate_into(path, errors);
    impl[T: Validate] Option<T> => T, |this, path, errors| if let Some(value) = this {
        value.validate_into(path, errors);
    };
    impl[T: Validate] [T] => T, |this, path, errors| items(this.iter(), path, errors);
    impl[T: Validate, const N: usize] [T; N] => T, |this, path, errors| items(this.iter(), path, errors);
    impl[T: Validate] Vec<T> => T, |this, path, errors| items(this.iter(), path, errors);
    impl[T: Validate] VecDeque<T> => T, |this, path, errors| items(this.iter(), path, errors);
    impl[T: Validate] BTreeSet<T> => T, |this, path, errors| items(this.iter(), path, errors);
    impl[T: Validate, S] HashSet<T, S> => T, |this, path, errors| items(this.iter(), path, errors);
    impl[K: Display, V: Validate] BTreeMap<K, V> => V, |this, path, errors| entries(this.iter(), path, errors);
    impl[K: Display, V: Validate, S: BuildHasher] HashMap<K, V, S> => V,
        |this, path, errors| entries(this.iter(), path, errors);
}

/// Items at `[0]`, `[1]`, …
fn items<'a, T: Validate + 'a>(
    items: impl Iterator<Item = &'a T>,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    for (i, value) in items.enumerate() {
        value.validate_into(&path.index(i), errors);
    }
}

/// Entries at their keys.
fn entries<'a, K: Display + 'a, V: Validate + 'a>(
    entries: impl Iterator<Item = (&'a K, &'a V)>,
    path: &Path<'_>,
    errors: &mut ValidationErrors,
) {
    for (key, value) in entries {
        value.validate_into(&path.entry(key), errors);
    }
}

/// Types that can break no rule: the standard payloads a generic field may
/// hold (`GoogleOperation<Value, Value>`, `RunResult<String>`).
macro_rules! nothing_to_check {
    ($(impl[$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)*> Validate for $t {
            #[inline]
            fn validate_into(&self, _: &Path<'_>, _: &mut ValidationErrors) {}
        }

        impl<$($g)*> SelfChecking for $t {
            const RULES: bool = false;
        }
    )*};
}

nothing_to_check!(
    impl[] str,
    impl[] String,
    impl[] bool,
    impl[] char,
    impl[] i8,
    impl[] i16,
    impl[] i32,
    impl[] i64,
    impl[] i128,
    impl[] isize,
    impl[] u8,
    impl[] u16,
    impl[] u32,
    impl[] u64,
    impl[] u128,
    impl[] usize,
    impl[] f32,
    impl[] f64,
    impl[] (),
    impl[] crate::Lifecycle,
    impl[] serde_json::Value,
    impl[] serde_json::Number,
    impl[] serde_json::Map<String, serde_json::Value>,
    impl[T: ?Sized] core::marker::PhantomData<T>,
);

/// A tuple's elements are at `[0]`, `[1]`, … as serde writes them: a JSON
/// array.
macro_rules! tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: Validate),+> Validate for ($($t,)+) {
            fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
                $(self.$i.validate_into(&path.index($i), errors);)+
            }
        }

        impl<$($t: SelfChecking),+> SelfChecking for ($($t,)+) {
            const RULES: bool = false $(|| $t::RULES)+;
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
