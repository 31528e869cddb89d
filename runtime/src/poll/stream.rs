//! The poller as a stream of bodies (feature `stream`).

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use super::run::{Drive, Machine};
use super::schedule::Verdict;
use super::{Async, IntoPolled, Sleep};

/// The stream of [`Poller::into_stream`](super::Poller::into_stream): every
/// body (or fetch error) as it arrives.
///
/// It sleeps only when the next item is asked for, and ends after the
/// terminal body (after the [`confirm`](super::Poller::confirm) fetches, if
/// any, or after a body that went back on the terminal one), after a fetch
/// error that [`retry`](super::Poller::retry) does not retry, at the
/// deadline, or after the [`max_polls`](super::Poller::max_polls)-th
/// fetch's item (with `max_polls(0)`, before any item). Retried errors are
/// yielded too, and the stream goes on.
///
/// A body that waits for a person (its lifecycle is
/// [`Waiting`](crate::Lifecycle::Waiting)) is yielded and ends the stream,
/// where the awaited poller gives
/// [`PollError::Waiting`](super::PollError::Waiting), unless the poller
/// [polls while waiting](super::Poller::poll_while_waiting): then it goes on
/// as for a running body.
///
/// Whether the last body is a terminal one tells a finish from giving up
/// (at the deadline or after `max_polls` fetches; a terminal body still
/// being confirmed then stands, as for the awaited poller). Without
/// `poll_while_waiting`, a last body that `is_waiting()` is the operation
/// waiting for a person (with it, a waiting last body is giving up while
/// waiting).
/// [`is_exhausted`](PollStream::is_exhausted) tells the two ways of giving
/// up apart: it is where the awaited poller gives
/// [`PollError::Exhausted`](super::PollError::Exhausted).
#[must_use = "streams do nothing unless polled"]
pub struct PollStream<F, Fut, P, E, S: Sleep, C, I, R, O> {
    machine: Machine<Async<F>, Fut, S, C, I, R, O>,
    exhausted: bool,
    outcome: PhantomData<fn() -> Result<P, E>>,
}

// Nothing in a `PollStream` is ever pinned in place: the futures it polls
// live in their own boxes.
impl<F, Fut, P, E, S: Sleep, C, I, R, O> Unpin for PollStream<F, Fut, P, E, S, C, I, R, O> {}

impl<F, Fut, P, E, S: Sleep, C, I, R, O> PollStream<F, Fut, P, E, S, C, I, R, O> {
    pub(super) fn new(machine: Machine<Async<F>, Fut, S, C, I, R, O>) -> Self {
        PollStream {
            machine,
            exhausted: false,
            outcome: PhantomData,
        }
    }

    /// Whether the stream has ended because [`max_polls`](super::Poller::max_polls)
    /// fetches were made with the operation still running: where the
    /// awaited poller gives [`PollError::Exhausted`](super::PollError::Exhausted).
    /// `false` while it goes on, and after any other end.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// # async fn example() {
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    ///
    /// let mut stream = Poller::new(|| async { from_json::<Job>(r#"{"status":"running"}"#) })
    ///     .sleep(|_| std::future::ready(()))
    ///     .backoff(Backoff::constant(Duration::from_secs(1)))
    ///     .max_polls(2)
    ///     .into_stream();
    /// let mut seen = 0;
    /// // `futures::StreamExt::next` in real code.
    /// while let Some(body) = std::future::poll_fn(|cx| {
    ///     futures_core::Stream::poll_next(std::pin::Pin::new(&mut stream), cx)
    /// })
    /// .await
    /// {
    ///     assert_eq!(body.unwrap().status, JobStatus::Running);
    ///     seen += 1;
    /// }
    /// assert_eq!(seen, 2);
    /// assert!(stream.is_exhausted());
    /// # }
    /// # pollster::block_on(example());
    /// ```
    pub fn is_exhausted(&self) -> bool {
        self.exhausted
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
        let this = self.get_mut();
        let step = ready!(this.machine.poll_step(cx));
        Poll::Ready(step.and_then(|(verdict, outcome)| {
            this.exhausted = matches!(verdict, Verdict::Exhausted { .. });
            outcome
        }))
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
