//! `.await` on a poller: `IntoFuture` once it has a sleep, and the `Future`
//! impl that makes awaiting one without a sleep an error that says so.

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use super::run::{Drive, Machine};
use super::{
    Async, Fetch, HasSleep, IntoPolled, NoSleep, PollError, PollFuture, Poller, Sleep, SleepFn,
};

impl<F, Fut, P, E, S, C, B, R, O> IntoFuture for Poller<Async<F>, SleepFn<S>, C, B, R, O>
where
    F: FnMut() -> Fut,
    P: IntoPolled,
    S: Sleep,
    B: IntoIterator<Item = Duration>,
    Machine<Async<F>, Fut, S, C, B::IntoIter, R, O>: Drive<Polled = P, Error = E>,
{
    type Output = Result<P::Body, PollError<P::Body, E>>;
    type IntoFuture = PollFuture<F, Fut, P, E, S, C, B::IntoIter, R, O>;

    fn into_future(self) -> Self::IntoFuture {
        PollFuture::new(Machine::new(self, HasSleep::<Fut>::into_sleep))
    }
}

/// Only so that awaiting a poller without a sleep is an error that says to
/// call `.sleep`: its bound, [`HasSleep`], holds for [`SleepFn`] only, never
/// for [`NoSleep`]. (Through the standard library's `IntoFuture` for every
/// `Future`, this impl is what rustc reports on.)
impl<F, C, B, R, O> Future for Poller<Async<F>, NoSleep, C, B, R, O>
where
    Async<F>: Fetch,
    NoSleep: HasSleep<F>,
{
    type Output = Result<
        <Async<F> as Fetch>::Body,
        PollError<<Async<F> as Fetch>::Body, <Async<F> as Fetch>::Error>,
    >;

    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Self::Output> {
        Poll::Pending
    }
}
