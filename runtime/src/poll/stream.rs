//! The poller as a stream of bodies (feature `stream`).

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use super::run::{Drive, Machine};
use super::{Async, IntoPolled, Sleep};

/// The stream of [`Poller::into_stream`](super::Poller::into_stream): every
/// body (or fetch error) as it arrives.
///
/// It sleeps only when the next item is asked for, and ends after the
/// terminal body (after the [`confirm`](super::Poller::confirm) fetches, if
/// any, or after a body that went back on the terminal one), after a fetch
/// error that [`retry`](super::Poller::retry) does not retry, or at the
/// deadline: whether the last body is terminal tells a finish from a
/// deadline. Retried errors are yielded too, and the stream goes on.
#[must_use = "streams do nothing unless polled"]
pub struct PollStream<F, Fut, P, E, S: Sleep, C, I, R, O> {
    machine: Machine<Async<F>, Fut, S, C, I, R, O>,
    outcome: PhantomData<fn() -> Result<P, E>>,
}

// Nothing in a `PollStream` is ever pinned in place: the futures it polls
// live in their own boxes.
impl<F, Fut, P, E, S: Sleep, C, I, R, O> Unpin for PollStream<F, Fut, P, E, S, C, I, R, O> {}

impl<F, Fut, P, E, S: Sleep, C, I, R, O> PollStream<F, Fut, P, E, S, C, I, R, O> {
    pub(super) fn new(machine: Machine<Async<F>, Fut, S, C, I, R, O>) -> Self {
        PollStream {
            machine,
            outcome: PhantomData,
        }
    }
}

impl<F, Fut, P, E, S, C, I, R, O> futures_core::Stream for PollStream<F, Fut, P, E, S, C, I, R, O>
where
    P: IntoPolled,
    S: Sleep,
    Machine<Async<F>, Fut, S, C, I, R, O>: Drive<Polled = P, Error = E>,
{
    type Item = Result<P::Body, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let step = ready!(self.get_mut().machine.poll_step(cx));
        Poll::Ready(step.map(|(_, outcome)| outcome))
    }
}

impl<F, Fut, P, E, S, C, I, R, O> futures_core::FusedStream
    for PollStream<F, Fut, P, E, S, C, I, R, O>
where
    Self: futures_core::Stream,
    S: Sleep,
{
    fn is_terminated(&self) -> bool {
        self.machine.is_done()
    }
}
