//! Validation while deserializing: the one side channel between generated
//! `Deserialize` impls, their parents and the parse functions (`json.rs`).
//!
//! Each generated `Deserialize` checks its own rules when its value is built.
//! The outermost generated value on the stack reports: when it or anything
//! below it broke a rule, it fails the parse with every violation, at full
//! wire paths. A nested value that no generated parent can reach (inside a
//! type that does not implement `Validate`) still fails the parse, with
//! paths relative to itself.
//!
//! Nothing of this is on a public trait. What a parent must know of a
//! field's type at compile time (whether it checks itself, whether it can
//! break a rule at all) is the private [`SelfChecking`]; what it learns at
//! run time travels in two thread-locals of this module: the flags below,
//! read on every parse, and the notes, written only when a rule is broken.
//! A value just deserialized is validated at a path that says so
//! (`Path::parsed_root`): a generated `validate_into` there returns at once,
//! as its `Deserialize` checked it, and a hand-written one checks as usual.

use crate::{Path, Validate, ValidationErrors};
use core::cell::{Cell, RefCell};
use serde::de::Deserializer;

/// A type whose `Deserialize` checks its rules by itself: generated types,
/// and the standard containers of them (`validate.rs` implements it beside
/// `Validate`, from one list).
pub trait SelfChecking: Validate {
    /// Whether a value can break a rule at all (a string enum cannot).
    const RULES: bool;
}

#[derive(Clone, Copy)]
struct Flags {
    /// Generated values being deserialized, or a parse function deferring
    /// the report to itself.
    depth: u32,
    /// A nested value broke a rule.
    invalid: bool,
}

/// What a broken rule leaves for the outermost value and the parse
/// functions.
struct Notes {
    /// The violations of nested values, relative to each.
    stash: ValidationErrors,
    /// The last report that failed a parse, with the name of the type that
    /// failed it, for `from_json` to return structured.
    report: Option<(&'static str, ValidationErrors)>,
}

thread_local! {
    // Eight bytes, read and written whole on every parse: the count of
    // reports, read once per `from_json`, is kept apart.
    static FLAGS: Cell<Flags> = const { Cell::new(Flags { depth: 0, invalid: false }) };
    /// How many reports have failed a parse on this thread.
    static REPORTS: Cell<u32> = const { Cell::new(0) };
    static NOTES: RefCell<Notes> = const {
        RefCell::new(Notes { stash: ValidationErrors::new(), report: None })
    };
}

#[inline]
fn flags() -> Flags {
    FLAGS.with(Cell::get)
}

#[inline]
fn set_flags(f: impl FnOnce(&mut Flags)) {
    FLAGS.with(|cell| {
        let mut flags = cell.get();
        f(&mut flags);
        cell.set(flags);
    });
}

/// Whether the value at `path` was just deserialized: a generated
/// `validate_into` returns at once, as its `Deserialize` checked it.
#[inline]
pub fn parsed(path: &Path<'_>) -> bool {
    path.is_parsed()
}

/// How many reports have failed a parse on this thread.
#[inline]
pub(crate) fn reports() -> u32 {
    REPORTS.with(Cell::get)
}

/// The last report, taken, if the type named `name` failed with it.
pub(crate) fn take_report(name: &str) -> Option<ValidationErrors> {
    NOTES.with(|notes| match notes.borrow_mut().report.take() {
        Some((failed, errors)) if failed == name => Some(errors),
        _ => None,
    })
}

/// Fails the outermost value with `errors`, keeping them for `from_json`.
#[cold]
#[inline(never)]
fn fail<T, E: serde::de::Error>(errors: ValidationErrors) -> E {
    let error = E::custom(&errors);
    NOTES.with(|notes| notes.borrow_mut().report = Some((core::any::type_name::<T>(), errors)));
    REPORTS.with(|reports| reports.set(reports.get().wrapping_add(1)));
    error
}

/// One generated value (or one parse function deferring the report to
/// itself) being deserialized.
pub(crate) struct Scope {
    outermost: bool,
}

impl Scope {
    /// Enters a value; the first one entered on this thread is the outermost.
    #[inline]
    pub(crate) fn enter() -> Scope {
        let mut outermost = false;
        set_flags(|f| {
            outermost = f.depth == 0;
            f.depth += 1;
        });
        Scope { outermost }
    }

    /// Whether a value below this one broke a rule.
    #[inline]
    pub(crate) fn saw_invalid() -> bool {
        flags().invalid
    }

    /// For the outermost scope: the violations that nested values recorded.
    pub(crate) fn take_unreached(&self) -> Option<ValidationErrors> {
        if !self.outermost || !Self::saw_invalid() {
            return None;
        }
        let errors = NOTES.with(|notes| core::mem::take(&mut notes.borrow_mut().stash));
        Some(errors).filter(|errors| !errors.is_empty())
    }
}

/// Records the violations of a nested value, relative to itself.
#[cold]
fn stash(errors: ValidationErrors) {
    set_flags(|f| f.invalid = true);
    NOTES.with(|notes| notes.borrow_mut().stash.extend(errors));
}

impl Drop for Scope {
    #[inline]
    fn drop(&mut self) {
        let mut invalid = false;
        let outermost = self.outermost;
        set_flags(|f| {
            f.depth -= 1;
            invalid = f.invalid;
            if outermost {
                f.invalid = false;
            }
        });
        if outermost && invalid {
            NOTES.with(|notes| notes.borrow_mut().stash = ValidationErrors::new());
        }
    }
}

/// What a generated type's `Deserialize` must watch, decided at compile
/// time: whether the type has rules of its own (or fields that validate
/// but do not check themselves), and whether a field may hold a value
/// that checks itself and can break a rule.
#[derive(Clone, Copy)]
pub struct Watch {
    /// Check the value's own rules once it is built.
    pub own_rules: bool,
    /// Enter a scope, so that nested models leave the report to this one.
    pub nested: bool,
}

/// The body of every generated `Deserialize` that has something to check:
/// builds the value with `inner`, checks its own rules with `own`, and fails
/// the outermost value with every violation.
///
/// A type with rules but no nested model reads the depth once, and only on
/// a violation; only a type with nested models enters a scope, so that they
/// leave the report to it.
#[inline(always)]
pub fn validated<'de, T, D, F>(
    deserializer: D,
    inner: F,
    watch: Watch,
    own: fn(&T, &Path<'_>, &mut ValidationErrors),
) -> Result<T, D::Error>
where
    T: Validate,
    D: Deserializer<'de>,
    F: FnOnce(D) -> Result<T, D::Error>,
{
    // `own` is a function pointer, not a generic `FnOnce`: once this is
    // inlined it is a constant, and the type's checks are inlined in turn
    // (a `FnOnce` shim of a function item is a call LLVM may keep).
    // The value is checked through a reference and the `Result` handed back
    // as it came: no move of a possibly large value.
    if !watch.nested {
        let result = inner(deserializer);
        if watch.own_rules {
            if let Ok(value) = &result {
                let mut errors = ValidationErrors::new();
                own(value, &Path::parsed_root(), &mut errors);
                if !errors.is_empty() {
                    if flags().depth == 0 {
                        return Err(fail::<T, _>(errors));
                    }
                    stash(errors);
                }
            }
        }
        return result;
    }
    let scope = Scope::enter();
    let result = inner(deserializer);
    if let Ok(value) = &result {
        let mut errors = ValidationErrors::new();
        if watch.own_rules {
            own(value, &Path::parsed_root(), &mut errors);
        }
        if scope.outermost {
            if Scope::saw_invalid() {
                // Nested values reported relative to themselves: walk the
                // whole tree once more, for full paths.
                return Err(fail::<T, _>(report(value, &scope)));
            }
            if !errors.is_empty() {
                // Every nested value was valid: its own are all there are.
                return Err(fail::<T, _>(errors));
            }
        } else if !errors.is_empty() {
            stash(errors);
        }
    }
    result
}

/// Every violation of `value`, with full wire paths, off the fast path; the
/// ones nested values recorded where the walk cannot reach them.
#[cold]
#[inline(never)]
pub(crate) fn report<T: Validate + ?Sized>(value: &T, scope: &Scope) -> ValidationErrors {
    let mut all = ValidationErrors::new();
    value.validate_into(&Path::root(), &mut all);
    if all.is_empty() {
        if let Some(unreached) = scope.take_unreached() {
            return unreached;
        }
    }
    all
}

/// Autoref specialisation at compile time:
/// `(&&&Probe::<T>::new()).__probe()` tells whether a field of type `T` may
/// hold a value that checks itself and can break a rule (`Some(true)`:
/// the parent keeps the report for it), one that validates but does not
/// check itself (`Some(false)`: the parent checks it), or neither. Method
/// lookup takes the impl whose receiver has the most references first.
pub struct Probe<T: ?Sized>(core::marker::PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    /// The probe of `T`.
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

/// Chosen first, when the field's type checks itself.
pub trait ProbeChecked {
    /// What the parent watches of the field.
    fn __probe(&self) -> Option<bool>;
}

impl<T: SelfChecking + ?Sized> ProbeChecked for &&Probe<T> {
    #[inline(always)]
    fn __probe(&self) -> Option<bool> {
        if T::RULES {
            Some(true)
        } else {
            None
        }
    }
}

/// Chosen next, when the field's type validates otherwise.
pub trait ProbeValidate {
    /// What the parent watches of the field.
    fn __probe(&self) -> Option<bool>;
}

impl<T: Validate + ?Sized> ProbeValidate for &Probe<T> {
    #[inline(always)]
    fn __probe(&self) -> Option<bool> {
        Some(false)
    }
}

/// Chosen last, for every other type.
pub trait ProbeOther {
    /// What the parent watches of the field.
    fn __probe(&self) -> Option<bool>;
}

impl<T: ?Sized> ProbeOther for Probe<T> {
    #[inline(always)]
    fn __probe(&self) -> Option<bool> {
        None
    }
}

/// The `Watch` of a generated type from its own rules and the probes of
/// its fields (`Some(true)` for a field of a generic type, which may be
/// either): a field that validates but not by itself is checked with the
/// type's own rules.
#[inline(always)]
pub const fn watch(own_rules: bool, probes: &[Option<bool>]) -> Watch {
    let mut watch = Watch {
        own_rules,
        nested: false,
    };
    let mut i = 0;
    while i < probes.len() {
        match probes[i] {
            Some(true) => watch.nested = true,
            Some(false) => watch.own_rules = true,
            None => {}
        }
        i += 1;
    }
    watch
}

/// Autoref specialisation: `(&__or::Nested(&field)).__nested(…)` validates
/// a field whose type implements `Validate` and does nothing for any other
/// type.
pub struct Nested<'a, T: ?Sized>(pub &'a T);

/// Chosen when the field's type implements `Validate`.
pub trait ValidateNested {
    /// Validates the field (as just parsed, when the path says so).
    fn __nested(&self, path: &Path<'_>, errors: &mut ValidationErrors);
}

impl<T: Validate + ?Sized> ValidateNested for Nested<'_, T> {
    #[inline]
    fn __nested(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
        self.0.validate_into(path, errors);
    }
}

/// Chosen, one autoref later, for every other type.
pub trait SkipNested {
    /// Nothing to validate.
    fn __nested(&self, path: &Path<'_>, errors: &mut ValidationErrors);
}

impl<T: ?Sized> SkipNested for &Nested<'_, T> {
    #[inline(always)]
    fn __nested(&self, _: &Path<'_>, _: &mut ValidationErrors) {}
}
