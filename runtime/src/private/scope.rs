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
use serde::de::{Deserializer, Error as _};

#[derive(Clone, Copy)]
struct State {
    depth: u32,
    invalid: bool,
}

thread_local! {
    static STATE: Cell<State> = const { Cell::new(State { depth: 0, invalid: false }) };
    static STASH: RefCell<ValidationErrors> = const { RefCell::new(ValidationErrors::new()) };
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

    /// Whether this value reports for everything below it.
    #[inline]
    pub fn is_outermost(&self) -> bool {
        self.outermost
    }

    /// Whether a value below this one broke a rule.
    #[inline]
    fn saw_invalid() -> bool {
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

/// The body of every generated `Deserialize`: builds the value with `inner`,
/// checks its own rules, and fails the outermost value with every violation.
#[inline]
pub fn validated<'de, T, D, F>(deserializer: D, inner: F) -> Result<T, D::Error>
where
    T: Validate,
    D: Deserializer<'de>,
    F: FnOnce(D) -> Result<T, D::Error>,
{
    let scope = Scope::enter();
    let value = inner(deserializer)?;
    let mut own = ValidationErrors::new();
    value.__validate_own(&Path::root(), &mut own);
    if scope.outermost {
        if own.is_empty() && !Scope::saw_invalid() {
            return Ok(value);
        }
        return Err(D::Error::custom(report(&value, &scope)));
    }
    if !own.is_empty() {
        Scope::stash(own);
    }
    Ok(value)
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
