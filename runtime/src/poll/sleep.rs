//! The sleep: what an async poller takes ([`Sleep`]), the slot that holds it
//! in the builder's type ([`NoSleep`], [`SleepFn`], [`HasSleep`]), and the
//! blocking poller's sleep as a [`Sleep`] too.

use std::future::{ready, Future, Ready};
use std::time::Duration;

#[cfg(doc)]
use super::Poller;

/// The async poller's sleep: any `Fn(Duration) -> impl Future<Output = ()>`,
/// such as `tokio::time::sleep`, `async_std::task::sleep` or a timer of your
/// own. [`Poller::sleep`] takes it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an async sleep: it must be `Fn(Duration) -> impl Future<Output = ()>`",
    label = "not an async sleep",
    note = "pass your runtime's sleep, e.g. `.sleep(tokio::time::sleep)`"
)]
pub trait Sleep {
    /// The sleep's future.
    type Future: Future<Output = ()>;
    /// A future that completes after `delay`.
    fn sleep(&self, delay: Duration) -> Self::Future;
}

impl<S, Z> Sleep for S
where
    S: Fn(Duration) -> Z,
    Z: Future<Output = ()>,
{
    type Future = Z;
    fn sleep(&self, delay: Duration) -> Z {
        self(delay)
    }
}

/// The sleep of an async poller before [`Poller::sleep`] is called: such a
/// poller cannot be awaited (see [`HasSleep`]).
#[derive(Debug, Clone, Copy)]
pub struct NoSleep;

/// The sleep of an async poller once [`Poller::sleep`] is called.
#[derive(Debug, Clone, Copy)]
pub struct SleepFn<S>(pub(super) S);

/// An async poller's sleep slot once it holds a sleep: [`SleepFn`] only.
///
/// Awaiting or streaming an async poller asks for it, so that without
/// [`sleep`](Poller::sleep) (a [`NoSleep`]) the compile error says to call
/// `.sleep(…)`. (`F` is the fetch or its future, there so that the bound on
/// a poller with no sleep is not trivially false.)
#[diagnostic::on_unimplemented(
    message = "this async poller has no sleep: call `.sleep(…)` on it first",
    label = "used without `.sleep(…)`",
    note = "the async poller depends on no runtime, so it has no default sleep: pass your runtime's, e.g. `.sleep(tokio::time::sleep)`"
)]
pub trait HasSleep<F> {
    /// The sleep.
    type Sleep: Sleep;
    /// Takes it out of its slot.
    fn into_sleep(self) -> Self::Sleep;
}

impl<F, S: Sleep> HasSleep<F> for SleepFn<S> {
    type Sleep = S;
    fn into_sleep(self) -> S {
        self.0
    }
}

/// The blocking poller's sleep (`std::thread::sleep` or the caller's
/// `Fn(Duration)`) as a [`Sleep`]: it has slept by the time its future is
/// made, which is ready at once.
#[derive(Debug, Clone, Copy)]
pub struct ThreadSleep<S>(pub(super) S);

impl<S: Fn(Duration)> Sleep for ThreadSleep<S> {
    type Future = Ready<()>;
    fn sleep(&self, delay: Duration) -> Ready<()> {
        (self.0)(delay);
        ready(())
    }
}
