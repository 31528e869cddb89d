//! The drivers: the async state machine (behind both the future and the
//! stream) and the blocking loop.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::{Duration, Instant};

use super::schedule::{settle, Schedule, Verdict};
use super::{IntoPolled, PollError, Sleep};
use crate::OperationResponse;

/// The async poller's state between polls of its future or stream.
enum State<Fut, Z> {
    Start,
    /// Sleep this long when next polled (the stream sleeps only when asked).
    Wait(Duration),
    Sleeping(Pin<Box<Z>>),
    Fetching(Pin<Box<Fut>>),
    Done,
}

/// The async poller, one fetch at a time. The fetch and sleep futures are
/// boxed, each in its own allocation, so that nothing here is pinned and no
/// `unsafe` projection is needed; one allocation per poll is nothing next to
/// the request it makes.
pub(crate) struct Machine<F, Fut, S: Sleep, C, I, R, O> {
    pub(crate) fetch: F,
    pub(crate) sleep: S,
    pub(crate) clock: C,
    pub(crate) schedule: Schedule<I>,
    pub(crate) retry: R,
    pub(crate) on_poll: O,
    state: State<Fut, S::Future>,
}

impl<F, Fut, S: Sleep, C, I, R, O> Machine<F, Fut, S, C, I, R, O> {
    /// Whether the poller has ended.
    #[cfg_attr(not(feature = "stream"), allow(dead_code))]
    pub(crate) fn is_done(&self) -> bool {
        matches!(self.state, State::Done)
    }
}

impl<F, Fut, P, E, S, C, I, R, O> Machine<F, Fut, S, C, I, R, O>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<P, E>>,
    P: IntoPolled,
    S: Sleep,
    C: Fn() -> Instant,
    I: Iterator<Item = Duration>,
    R: FnMut(&E) -> bool,
    O: FnMut(&P::Body),
{
    pub(crate) fn new(
        fetch: F,
        sleep: S,
        clock: C,
        schedule: Schedule<I>,
        retry: R,
        on_poll: O,
    ) -> Self {
        Machine {
            fetch,
            sleep,
            clock,
            schedule,
            retry,
            on_poll,
            state: State::Start,
        }
    }

    /// Runs to the end of the next fetch: its verdict and outcome, or `None`
    /// once the poller has ended.
    #[allow(clippy::type_complexity)]
    pub(crate) fn poll_step(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<(Verdict, Result<P::Body, E>)>> {
        loop {
            match &mut self.state {
                State::Start => match self.schedule.initial_delay() {
                    Some(delay) => self.state = State::Sleeping(Box::pin(self.sleep.sleep(delay))),
                    None => self.start_fetch(),
                },
                State::Wait(delay) if delay.is_zero() => self.start_fetch(),
                State::Wait(delay) => {
                    self.state = State::Sleeping(Box::pin(self.sleep.sleep(*delay)));
                }
                State::Sleeping(sleep) => {
                    ready!(sleep.as_mut().poll(cx));
                    self.start_fetch();
                }
                State::Fetching(fetch) => {
                    let outcome = ready!(fetch.as_mut().poll(cx));
                    let now = (self.clock)();
                    let (verdict, outcome) = observe(
                        &mut self.schedule,
                        outcome,
                        &mut self.retry,
                        &mut self.on_poll,
                        now,
                    );
                    self.state = match verdict {
                        Verdict::Again(delay) => State::Wait(delay),
                        _ => State::Done,
                    };
                    return Poll::Ready(Some((verdict, outcome)));
                }
                State::Done => return Poll::Ready(None),
            }
        }
    }

    fn start_fetch(&mut self) {
        self.schedule.fetching((self.clock)());
        self.state = State::Fetching(Box::pin((self.fetch)()));
    }
}

/// After a fetch that ended `now`: the schedule's verdict (asking `retry`
/// about an error), `on_poll` shown a body, and the outcome with the body
/// alone. Both drivers, async and blocking, go through here.
pub(crate) fn observe<I, P, E>(
    schedule: &mut Schedule<I>,
    outcome: Result<P, E>,
    retry: &mut impl FnMut(&E) -> bool,
    on_poll: &mut impl FnMut(&P::Body),
    now: Instant,
) -> (Verdict, Result<P::Body, E>)
where
    I: Iterator<Item = Duration>,
    P: IntoPolled,
{
    let outcome = outcome.map(IntoPolled::into_polled);
    let judged = match &outcome {
        Ok(polled) => Ok((polled.body.lifecycle(), polled.retry_after)),
        Err(error) => Err(retry(error)),
    };
    let verdict = schedule.judge(judged, now);
    let outcome = outcome.map(|polled| polled.body);
    if let Ok(body) = &outcome {
        on_poll(body);
    }
    (verdict, outcome)
}

/// The future of [`Poller`](super::Poller)'s `IntoFuture`: the typed result
/// once the operation ends, fails, or runs out of time.
///
/// It is `Send` when the fetch, sleep, clock and callbacks are, and borrows
/// what they borrow. Dropping it stops polling: the fetch or sleep in flight
/// is dropped with it.
#[must_use = "futures do nothing unless awaited"]
pub struct PollFuture<F, Fut, P: IntoPolled, E, S: Sleep, C, I, R, O> {
    machine: Machine<F, Fut, S, C, I, R, O>,
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
    pub(crate) fn new(machine: Machine<F, Fut, S, C, I, R, O>) -> Self {
        PollFuture {
            machine,
            last: None,
            outcome: PhantomData,
        }
    }
}

impl<F, Fut, P, E, S, C, I, R, O> Future for PollFuture<F, Fut, P, E, S, C, I, R, O>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<P, E>>,
    P: IntoPolled,
    S: Sleep,
    C: Fn() -> Instant,
    I: Iterator<Item = Duration>,
    R: FnMut(&E) -> bool,
    O: FnMut(&P::Body),
{
    type Output = Result<P::Body, PollError<P::Body, E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        loop {
            match ready!(this.machine.poll_step(cx)) {
                Some((verdict, outcome)) => {
                    if let Some(result) = settle(verdict, outcome, &mut this.last) {
                        return Poll::Ready(result);
                    }
                }
                None => panic!("`PollFuture` polled after it completed"),
            }
        }
    }
}

/// The blocking poller's loop: the same schedule, judged the same way.
pub(crate) fn wait<P, E, T>(
    mut fetch: impl FnMut() -> Result<P, E>,
    sleep: impl Fn(Duration),
    clock: impl Fn() -> Instant,
    mut schedule: Schedule<impl Iterator<Item = Duration>>,
    mut retry: impl FnMut(&E) -> bool,
    mut on_poll: impl FnMut(&T),
) -> Result<T, PollError<T, E>>
where
    P: IntoPolled<Body = T>,
    T: OperationResponse,
{
    if let Some(delay) = schedule.initial_delay() {
        sleep(delay);
    }
    let mut last = None;
    loop {
        schedule.fetching(clock());
        let outcome = fetch();
        let (verdict, outcome) = observe(&mut schedule, outcome, &mut retry, &mut on_poll, clock());
        if let Some(result) = settle(verdict, outcome, &mut last) {
            return result;
        }
        if let Verdict::Again(delay) = verdict {
            if !delay.is_zero() {
                sleep(delay);
            }
        }
    }
}
