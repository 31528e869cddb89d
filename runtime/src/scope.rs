//! Validation while deserializing, once per body, with full wire paths.
//!
//! Each generated `Deserialize` checks its own rules when its value is built.
//! The outermost generated value on the stack reports: when it or anything
//! below it broke a rule, it validates its whole tree once more (off the fast
//! path) so that every violation comes with its full wire path. A nested value
//! that the outermost cannot reach (inside a type that does not implement
//! `Validate`) still fails the parse, with paths relative to itself.

use crate::{Path, Validate, ValidationErrors};
use core::cell::{Cell, RefCell};
use serde::de::Deserializer;

#[derive(Clone, Copy)]
struct State {
    depth: u32,
    invalid: bool,
}

thread_local! {
    static STATE: Cell<State> = const { Cell::new(State { depth: 0, invalid: false }) };
    static STASH: RefCell<ValidationErrors> = const { RefCell::new(ValidationErrors::new()) };
    /// The last report an outermost value failed with, for `from_json` to
    /// return structured, and how many there have been, so that it takes only
    /// its own.
    static REPORT: RefCell<Option<ValidationErrors>> = const { RefCell::new(None) };
    static REPORTS: Cell<u64> = const { Cell::new(0) };
}

/// How many reports have failed a parse on this thread.
#[inline]
pub fn report_count() -> u64 {
    REPORTS.with(Cell::get)
}

/// The last report, taken.
pub fn take_report() -> Option<ValidationErrors> {
    REPORT.with(|report| report.borrow_mut().take())
}

/// Fails the outermost value with `errors`, keeping them for `from_json`.
#[cold]
#[inline(never)]
fn fail<E: serde::de::Error>(errors: ValidationErrors) -> E {
    let error = E::custom(&errors);
    REPORT.with(|report| *report.borrow_mut() = Some(errors));
    REPORTS.with(|count| count.set(count.get().wrapping_add(1)));
    error
}

/// One generated value (or one `from_json` call) being deserialized.
pub struct Scope {
    outermost: bool,
}

impl Scope {
    /// Enters a value; the first one entered on this thread is the outermost.
    #[inline]
    pub fn enter() -> Scope {
        STATE.with(|state| {
            let mut now = state.get();
            let outermost = now.depth == 0;
            now.depth += 1;
            state.set(now);
            Scope { outermost }
        })
    }

    /// Whether a value below this one broke a rule.
    #[inline]
    pub fn saw_invalid() -> bool {
        STATE.with(|state| state.get().invalid)
    }

    /// Records the violations of a nested value, relative to itself.
    #[cold]
    fn stash(errors: ValidationErrors) {
        STATE.with(|state| {
            let mut now = state.get();
            now.invalid = true;
            state.set(now);
        });
        STASH.with(|stash| stash.borrow_mut().extend(errors));
    }

    /// For the outermost scope: the violations that nested values recorded.
    pub fn take_unreached(&self) -> Option<ValidationErrors> {
        if !self.outermost || !Self::saw_invalid() {
            return None;
        }
        let errors = STASH.with(|stash| core::mem::take(&mut *stash.borrow_mut()));
        Some(errors).filter(|errors| !errors.is_empty())
    }
}

impl Drop for Scope {
    #[inline]
    fn drop(&mut self) {
        let invalid = STATE.with(|state| {
            let mut now = state.get();
            now.depth -= 1;
            let invalid = now.invalid;
            if self.outermost {
                now.invalid = false;
            }
            state.set(now);
            invalid
        });
        if self.outermost && invalid {
            STASH.with(|stash| *stash.borrow_mut() = ValidationErrors::new());
        }
    }
}

/// What a generated type's `Deserialize` needs from the scope, decided at
/// compile time: whether the type has rules of its own, and whether a field
/// may hold a value that checks itself (a generated model).
#[derive(Clone, Copy)]
pub struct Shape {
    pub own_rules: bool,
    pub nested: bool,
}

/// The body of every generated `Deserialize`: builds the value with `inner`,
/// checks its own rules, and fails the outermost value with every violation.
///
/// A type with no rules and no nested model costs nothing over serde; one
/// with rules but no nested model reads the depth once; only a type with
/// nested models enters a scope, so that they leave the report to it.
#[inline(always)]
pub fn validated<'de, T, D, F>(deserializer: D, inner: F, shape: Shape) -> Result<T, D::Error>
where
    T: Validate,
    D: Deserializer<'de>,
    F: FnOnce(D) -> Result<T, D::Error>,
{
    // The value is checked through a reference and the `Result` handed back
    // as it came: no move of a possibly large value.
    if !shape.nested {
        let result = inner(deserializer);
        if shape.own_rules {
            if let Ok(value) = &result {
                let mut own = ValidationErrors::new();
                value.__validate_own(&Path::root(), &mut own);
                if !own.is_empty() {
                    if !is_nested() {
                        return Err(fail(own));
                    }
                    Scope::stash(own);
                }
            }
        }
        return result;
    }
    let scope = Scope::enter();
    let result = inner(deserializer);
    if let Ok(value) = &result {
        let mut own = ValidationErrors::new();
        if shape.own_rules {
            value.__validate_own(&Path::root(), &mut own);
        }
        if scope.outermost {
            if !own.is_empty() || Scope::saw_invalid() {
                return Err(fail(report(value, &scope)));
            }
        } else if !own.is_empty() {
            Scope::stash(own);
        }
    }
    result
}

/// Whether a generated value is being deserialized inside another (or
/// inside `from_json`), which then reports for it.
#[inline]
fn is_nested() -> bool {
    STATE.with(|state| state.get().depth > 0)
}

#[cold]
#[inline(never)]
fn report<T: Validate>(value: &T, scope: &Scope) -> ValidationErrors {
    let mut all = ValidationErrors::new();
    value.validate_into(&Path::root(), &mut all);
    if all.is_empty() {
        if let Some(unreached) = scope.take_unreached() {
            return unreached;
        }
    }
    all
}
