//! The driver: one state machine behind the future, the stream and the
//! blocking loop, and [`Drive`], the bounds it runs on, written once.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll, Wake, Waker};
use std::time::{Duration, Instant, SystemTime};

use super::schedule::{settle, Fetched, Schedule, Verdict};
use super::{Async, Fetch, IntoPolled, PollError, Poller, Sleep};
use crate::OperationResponse;

/// The poller's state between polls of its future or stream.
enum State<Fut, Z> {
    Start,
    /// Sleep this long when next polled, then fetch; fetch at once if it is
    /// zero. (The stream sleeps only when asked.)
    Wait(Duration),
    Sleeping(Pin<Box<Z>>),
    Fetching(Pin<Box<Fut>>),
    Done,
}

/// A poller at work, one fetch at a time: `M` is its fetch ([`Async`] or
/// [`Blocking`](super::Blocking)) and `Fut` that fetch's future. The fetch
/// and sleep futures are boxed, each in its own allocation, so that nothing
/// here is pinned and no `unsafe` projection is needed; one allocation per
/// poll is nothing next to the request it makes.
pub struct Machine<M, Fut, S: Sleep, C, I, R, O> {
    fetch: M,
    sleep: S,
    clock: C,
    schedule: Schedule<I>,
    retry: R,
    on_poll: O,
    state: State<Fut, S::Future>,
}

impl<M, Fut, S: Sleep, C, I, R, O> Machine<M, Fut, S, C, I, R, O> {
    /// The machine that runs `poller`, its sleep taken out of its slot by
    /// `sleep`.
    pub(super) fn new<Slot, B>(
        poller: Poller<M, Slot, C, B, R, O>,
        sleep: impl FnOnce(Slot) -> S,
    ) -> Self
    where
        B: IntoIterator<IntoIter = I>,
        I: Iterator<Item = Duration>,
    {
        Machine {
            fetch: poller.fetch,
            sleep: sleep(poller.sleep),
            clock: poller.clock,
            schedule: Schedule::new(poller.backoff.into_iter(), poller.settings),
            retry: poller.retry,
            on_poll: poller.on_poll,
            state: State::Start,
        }
    }

    /// Whether the poller has ended.
    #[cfg_attr(not(feature = "stream"), allow(dead_code))]
    pub(super) fn is_done(&self) -> bool {
        matches!(self.state, State::Done)
    }
}

/// A poller's parts as the driver runs them. Its one impl holds every bound
/// a poller needs to run (on the fetch, sleep, clock, delays, retry policy
/// and `on_poll`); the future, the stream and `wait` ask for this trait
/// alone. (`pub` in a private module, as [`Machine`] is: public bounds name
/// them, and nothing outside the crate can.)
pub trait Drive {
    /// What the fetch returns: the body, or a `Polled` one.
    type Polled: IntoPolled;
    /// The fetch's error.
    type Error;

    /// Runs to the end of the next fetch: its verdict and outcome (no
    /// outcome when the poller gives up before any fetch, with
    /// `max_polls(0)`), or `None` once the poller has ended.
    #[allow(clippy::type_complexity)]
    fn poll_step(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<(Verdict, Option<Result<Body<Self>, Self::Error>>)>>;

    /// Runs to the poller's result, keeping the last body in `last`.
    #[allow(clippy::type_complexity)]
    fn poll_result(
        &mut self,
        last: &mut Option<Body<Self>>,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Body<Self>, PollError<Body<Self>, Self::Error>>> {
        loop {
            match ready!(self.poll_step(cx)) {
                Some((verdict, outcome)) => {
                    if let Some(result) = settle(verdict, outcome, last) {
                        return Poll::Ready(result);
                    }
                }
                None => panic!("`PollFuture` polled after it completed"),
            }
        }
    }
}

/// The body a driver gives.
pub type Body<D> = <<D as Drive>::Polled as IntoPolled>::Body;

impl<M, S, C, I, R, O> Drive for Machine<M, M::Future, S, C, I, R, O>
where
    M: Fetch,
    S: Sleep,
    C: Fn() -> Instant,
    I: Iterator<Item = Duration>,
    R: FnMut(&M::Error) -> bool,
    O: FnMut(&M::Body),
{
    type Polled = M::Polled;
    type Error = M::Error;

    fn poll_step(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<(Verdict, Option<Result<M::Body, M::Error>>)>> {
        loop {
            match &mut self.state {
                State::Start => match self.schedule.starting((self.clock)(), SystemTime::now) {
                    Ok(delay) => self.state = State::Wait(delay),
                    Err(verdict) => {
                        self.state = State::Done;
                        return Poll::Ready(Some((verdict, None)));
                    }
                },
                State::Wait(delay) if delay.is_zero() => {
                    self.schedule.fetching((self.clock)());
                    self.state = State::Fetching(Box::pin(self.fetch.fetch()));
                }
                State::Wait(delay) => {
                    self.state = State::Sleeping(Box::pin(self.sleep.sleep(*delay)));
                }
                State::Sleeping(sleep) => {
                    ready!(sleep.as_mut().poll(cx));
                    self.state = State::Wait(Duration::ZERO);
                }
                State::Fetching(fetch) => {
                    let outcome = ready!(fetch.as_mut().poll(cx)).map(IntoPolled::into_polled);
                    let now = (self.clock)();
                    // The schedule's verdict (asking `retry` about an error),
                    // then `on_poll` shown a body.
                    let judged = match &outcome {
                        Ok(polled) => Ok(Fetched {
                            lifecycle: polled.body.lifecycle(),
                            retry_after: polled.retry_after,
                            progress: polled.body.progress(),
                        }),
                        Err(error) => Err((self.retry)(error)),
                    };
                    let verdict = self.schedule.judge(judged, now);
                    let outcome = outcome.map(|polled| polled.body);
                    if let Ok(body) = &outcome {
                        (self.on_poll)(body);
                    }
                    self.state = match verdict {
                        Verdict::Again(delay) => State::Wait(delay),
                        _ => State::Done,
                    };
                    return Poll::Ready(Some((verdict, Some(outcome))));
                }
                State::Done => return Poll::Ready(None),
            }
        }
    }
}

/// The future of [`Poller`](super::Poller)'s `IntoFuture`: the typed result
/// once the operation ends, fails, or runs out of time.
///
/// It is `Send` when the fetch, sleep, clock and callbacks are, and borrows
/// what they borrow. Dropping it stops polling: the fetch or sleep in flight
/// is dropped with it.
#[must_use = "futures do nothing unless awaited"]
pub struct PollFuture<F, Fut, P: IntoPolled, E, S: Sleep, C, I, R, O> {
    machine: Machine<Async<F>, Fut, S, C, I, R, O>,
    last: Option<P::Body>,
    outcome: PhantomData<fn() -> Result<P, E>>,
}

// Nothing in a `PollFuture` is ever pinned in place: the futures it polls
// live in their own boxes.
impl<F, Fut, P: IntoPolled, E, S: Sleep, C, I, R, O> Unpin
    for PollFuture<F, Fut, P, E, S, C, I, R, O>
{
}

impl<F, Fut, P: IntoPolled, E, S: Sleep, C, I, R, O> PollFuture<F, Fut, P, E, S, C, I, R, O> {
    pub(super) fn new(machine: Machine<Async<F>, Fut, S, C, I, R, O>) -> Self {
        PollFuture {
            machine,
            last: None,
            outcome: PhantomData,
        }
    }
}

impl<F, Fut, P, E, S, C, I, R, O> Future for PollFuture<F, Fut, P, E, S, C, I, R, O>
where
    P: IntoPolled,
    S: Sleep,
    Machine<Async<F>, Fut, S, C, I, R, O>: Drive<Polled = P, Error = E>,
{
    type Output = Result<P::Body, PollError<P::Body, E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        this.machine.poll_result(&mut this.last, cx)
    }
}

/// The blocking poller's loop: the same machine, whose fetch and sleep have
/// ended by the time their futures are made, so that it is never pending.
pub(super) fn wait<D: Drive>(mut machine: D) -> Result<Body<D>, PollError<Body<D>, D::Error>> {
    struct Unused;
    impl Wake for Unused {
        fn wake(self: Arc<Self>) {}
    }
    let waker = Waker::from(Arc::new(Unused));
    match machine.poll_result(&mut None, &mut Context::from_waker(&waker)) {
        Poll::Ready(result) => result,
        Poll::Pending => unreachable!("a blocking fetch or sleep is never pending"),
    }
}
