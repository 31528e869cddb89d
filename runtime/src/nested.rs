//! What generated code needs to find nested values that validate, and to
//! read `#[response(required)]` fields. Public only through `__private`.
// Reached only through the hidden `__private`, by generated code.
#![allow(missing_docs)]

use crate::scope::Shape;
use serde::{Deserialize, Deserializer};

/// `#[response(required)]` on an `Option<T>`: serde treats a missing key of a
/// field with `deserialize_with` as an error, while `null` still gives `None`.
pub fn deserialize_required<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}

/// Autoref specialisation: `(&Nested(&field)).__nested(…)` validates a field
/// whose type implements `Validate` and does nothing for any other type.
pub struct Nested<'a, T: ?Sized>(pub &'a T);

/// Chosen when the field's type implements `Validate`. With `deep` false
/// (a parent checking itself while deserializing), values that checked
/// themselves are left out.
pub trait ValidateNested {
    fn __nested(&self, deep: bool, path: &crate::Path<'_>, errors: &mut crate::ValidationErrors);
}

impl<T: crate::Validate + ?Sized> ValidateNested for Nested<'_, T> {
    #[inline]
    fn __nested(&self, deep: bool, path: &crate::Path<'_>, errors: &mut crate::ValidationErrors) {
        nested(self.0, deep, path, errors);
    }
}

/// Chosen, one autoref later, for every other type.
pub trait SkipNested {
    fn __nested(&self, deep: bool, path: &crate::Path<'_>, errors: &mut crate::ValidationErrors);
}

impl<T: ?Sized> SkipNested for &Nested<'_, T> {
    #[inline(always)]
    fn __nested(&self, _: bool, _: &crate::Path<'_>, _: &mut crate::ValidationErrors) {}
}

/// A field of a generic type (its parameter bound by `Validate`), and the
/// autoref path above.
#[inline]
pub fn nested<T: crate::Validate + ?Sized>(
    value: &T,
    deep: bool,
    path: &crate::Path<'_>,
    errors: &mut crate::ValidationErrors,
) {
    if deep || !T::__CHECKS_ITSELF {
        value.validate_into(path, errors);
    }
}

/// Autoref specialisation at compile time: `(&Probe::<T>::new()).__checks_itself()`
/// tells whether a field of type `T` may hold a value that checks itself
/// while it is deserialized (a generated model), so that its parent must
/// keep the report for it.
pub struct Probe<T: ?Sized>(core::marker::PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    #[inline(always)]
    pub const fn new() -> Self {
        Probe(core::marker::PhantomData)
    }
}

impl<T: ?Sized> Default for Probe<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Chosen when the field's type implements `Validate`: whether its values
/// check themselves while they are deserialized.
pub trait ProbeValidate {
    fn __probe(&self) -> Option<bool>;
}

impl<T: crate::Validate + ?Sized> ProbeValidate for Probe<T> {
    #[inline(always)]
    fn __probe(&self) -> Option<bool> {
        if T::__HAS_RULES {
            Some(T::__CHECKS_ITSELF)
        } else {
            None
        }
    }
}

/// Chosen, one autoref later, for every other type: nothing to validate.
pub trait ProbeOther {
    fn __probe(&self) -> Option<bool>;
}

impl<T: ?Sized> ProbeOther for &Probe<T> {
    #[inline(always)]
    fn __probe(&self) -> Option<bool> {
        None
    }
}

/// The `Shape` of a generated type from its own rules and the probes of
/// its fields: a field that validates but not by itself (a hand-written
/// `Validate`) is checked with the type's own rules.
#[inline(always)]
pub const fn shape(own_rules: bool, probes: &[Option<bool>]) -> Shape {
    let mut shape = Shape {
        own_rules,
        nested: false,
    };
    let mut i = 0;
    while i < probes.len() {
        match probes[i] {
            Some(true) => shape.nested = true,
            Some(false) => shape.own_rules = true,
            None => {}
        }
        i += 1;
    }
    shape
}
