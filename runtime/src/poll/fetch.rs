//! The fetch's two kinds, async and blocking, and [`Fetch`], which names
//! what a fetch gives and calls it the same way for both.

use std::future::{ready, Future, Ready};

use super::IntoPolled;
#[cfg(doc)]
use super::Poller;
use crate::OperationResponse;

/// The fetch of an async poller ([`Poller::new`]).
#[derive(Debug, Clone, Copy)]
pub struct Async<F>(pub(super) F);

/// The fetch of a blocking poller ([`Poller::blocking`]).
#[derive(Debug, Clone, Copy)]
pub struct Blocking<F>(pub(super) F);

mod sealed {
    pub trait Sealed {}
}

/// A poller's fetch, async or blocking: names the body and error types its
/// builder's callbacks take. Implemented by [`Async`] and [`Blocking`] only.
pub trait Fetch: sealed::Sealed {
    /// The body a fetch gives.
    type Body: OperationResponse;
    /// The error a fetch gives.
    type Error;
    /// What the fetch returns: the body, or a `Polled` one.
    #[doc(hidden)]
    type Polled: IntoPolled<Body = Self::Body>;
    /// One fetch; a blocking one has ended by the time it is made.
    #[doc(hidden)]
    type Future: Future<Output = Result<Self::Polled, Self::Error>>;
    /// Starts one fetch.
    #[doc(hidden)]
    fn fetch(&mut self) -> Self::Future;
}

impl<F> sealed::Sealed for Async<F> {}

impl<F, Fut, P, E> Fetch for Async<F>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<P, E>>,
    P: IntoPolled,
{
    type Body = P::Body;
    type Error = E;
    type Polled = P;
    type Future = Fut;

    fn fetch(&mut self) -> Fut {
        (self.0)()
    }
}

impl<F> sealed::Sealed for Blocking<F> {}

/// The blocking fetch runs as the async one does, its future ready at once:
/// one driver serves both.
impl<F, P, E> Fetch for Blocking<F>
where
    F: FnMut() -> Result<P, E>,
    P: IntoPolled,
{
    type Body = P::Body;
    type Error = E;
    type Polled = P;
    type Future = Ready<Result<P, E>>;

    fn fetch(&mut self) -> Self::Future {
        ready((self.0)())
    }
}
