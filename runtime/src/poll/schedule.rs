//! What happens after each fetch, with no I/O: the one place the async, the
//! blocking and the stream pollers take their decisions from.

use std::collections::VecDeque;
use std::time::{Duration, Instant, SystemTime};

use super::PollError;
use crate::{Lifecycle, OperationResponse};

/// The builder's plain settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    pub(crate) floor: Duration,
    pub(crate) cap: Duration,
    pub(crate) deadline: Option<Duration>,
    pub(crate) initial_delay: Duration,
    pub(crate) confirm: u32,
    pub(crate) max_polls: Option<u32>,
    pub(crate) since: Option<SystemTime>,
    pub(crate) poll_while_waiting: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            floor: Duration::from_secs(1),
            cap: Duration::from_secs(300),
            deadline: None,
            initial_delay: Duration::ZERO,
            confirm: 0,
            max_polls: None,
            since: None,
            poll_while_waiting: false,
        }
    }
}

/// What a fetch's outcome leads to. (`pub` in a private module: the
/// driver's trait returns it, and public bounds name that trait.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Sleep this long, then fetch again.
    Again(Duration),
    /// The operation ended (and was confirmed): the last body is the result.
    Done,
    /// A confirming body was classified differently from the terminal one.
    Regressed,
    /// The body waits for a person, and the poller does not poll while
    /// waiting: the last body is the error's.
    Waiting,
    /// The deadline passed with the operation still running.
    Deadline { polls: u32, elapsed: Duration },
    /// `max_polls` fetches were made with the operation still running;
    /// with `max_polls(0)`, before any fetch.
    Exhausted { polls: u32, elapsed: Duration },
    /// A fetch error that is not retried.
    Fetch,
}

/// What a fetch's body tells the schedule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Fetched {
    pub(crate) lifecycle: Lifecycle,
    /// The server's `Retry-After`.
    pub(crate) retry_after: Option<Duration>,
    /// The body's `progress()`.
    pub(crate) progress: Option<f64>,
}

/// How many steps past the one in use a delay planned from progress reads
/// the schedule, to find its largest delay (the exponential default's cap is
/// its sixth step; 16 is a doubling from 1 ms to over a minute).
const LOOKAHEAD: usize = 16;

/// The schedule: delays, deadline, confirmations, the count of fetches.
#[derive(Debug)]
pub(crate) struct Schedule<I> {
    delays: I,
    /// Steps read from `delays` before their turn (to find the largest
    /// delay), used in order before any new one.
    ahead: VecDeque<Duration>,
    /// The step in use: the last one taken, repeated once `delays` ends.
    last_delay: Duration,
    /// The first step read from `delays`.
    first: Option<Duration>,
    /// The largest step read from `delays` so far.
    largest: Duration,
    /// The last progress reading of a running body (not NaN).
    progress: Option<f64>,
    settings: Settings,
    /// When the clock started counting: the start of the first fetch, or
    /// with `since`, the start of polling.
    start: Option<Instant>,
    /// The time spent before `start`: with `since`, from then to the start
    /// of polling (by the system's clock, the only one `since` can be
    /// compared with); otherwise zero.
    spent: Duration,
    polls: u32,
    /// After the first terminal body: its lifecycle and the fetches still to make.
    confirming: Option<(Lifecycle, u32)>,
}

impl<I: Iterator<Item = Duration>> Schedule<I> {
    pub(crate) fn new(delays: I, settings: Settings) -> Self {
        Schedule {
            delays,
            ahead: VecDeque::new(),
            last_delay: Duration::ZERO,
            first: None,
            largest: Duration::ZERO,
            progress: None,
            settings,
            start: None,
            spent: Duration::ZERO,
            polls: 0,
            confirming: None,
        }
    }

    /// Polling starts `now`: the sleep before the first fetch (zero for
    /// none), or, with `max_polls(0)`, the verdict to give up with no fetch.
    ///
    /// `wall` reads the system's clock, and is called only with `since`: on
    /// some targets (`wasm32-unknown-unknown`) reading it panics, and a
    /// poller given its own clock must not.
    pub(crate) fn starting(
        &mut self,
        now: Instant,
        wall: impl FnOnce() -> SystemTime,
    ) -> Result<Duration, Verdict> {
        if let Some(since) = self.settings.since {
            self.start = Some(now);
            // A `since` in the future has spent nothing.
            self.spent = wall().duration_since(since).unwrap_or_default();
        }
        if self.settings.max_polls == Some(0) {
            return Err(self.exhausted(now));
        }
        // Cut to end at the deadline, which only `since` has set by now.
        Ok(self.cut(self.settings.initial_delay, now))
    }

    /// A fetch starts now: the first one starts the deadline's clock.
    pub(crate) fn fetching(&mut self, now: Instant) {
        self.start.get_or_insert(now);
    }

    /// Judges a fetch that ended `now`: `Ok` what its body tells, `Err` an
    /// error, `retried` or not.
    pub(crate) fn judge(&mut self, outcome: Result<Fetched, bool>, now: Instant) -> Verdict {
        self.polls = self.polls.saturating_add(1);
        // Both limits at once: the deadline's rules apply. At either, a
        // terminal body being confirmed stands.
        let reached = self.deadline_at().is_some_and(|at| now >= at);
        let exhausted = self.settings.max_polls.is_some_and(|n| self.polls >= n);
        let last = reached || exhausted;
        match outcome {
            Err(false) => Verdict::Fetch,
            Err(true) if last && self.confirming.is_some() => Verdict::Done,
            Err(true) if reached => self.deadline(now),
            Err(true) if exhausted => self.exhausted(now),
            Err(true) => Verdict::Again(self.delay(None, None, now)),
            Ok(Fetched {
                lifecycle,
                retry_after,
                progress,
            }) => {
                match &mut self.confirming {
                    Some((first, left)) => {
                        if lifecycle != *first {
                            return Verdict::Regressed;
                        }
                        *left -= 1;
                        if *left == 0 || last {
                            return Verdict::Done;
                        }
                    }
                    None if lifecycle.is_terminal() => {
                        if self.settings.confirm == 0 || last {
                            return Verdict::Done;
                        }
                        self.confirming = Some((lifecycle, self.settings.confirm));
                    }
                    // Before the deadline and `max_polls`: it is what the
                    // operation does, not a poll that ran out of time.
                    None if lifecycle.is_waiting() && !self.settings.poll_while_waiting => {
                        return Verdict::Waiting;
                    }
                    None if reached => return self.deadline(now),
                    None => {}
                }
                // Still running: no fetch left to see it end.
                if exhausted {
                    return self.exhausted(now);
                }
                // Progress says when a running operation may end; a waiting
                // one's says nothing of when a person acts, and a terminal
                // one's (being confirmed) nothing at all.
                let running = lifecycle == Lifecycle::Running && self.confirming.is_none();
                Verdict::Again(self.delay(retry_after, progress.filter(|_| running), now))
            }
        }
    }

    /// When the deadline is, once the clock has started: what is left of it
    /// after the time `spent` before the start (nothing, if it is all spent).
    fn deadline_at(&self) -> Option<Instant> {
        let left = self.settings.deadline?.saturating_sub(self.spent);
        self.start?.checked_add(left)
    }

    /// The time from the start (or from `since`) to `now`.
    fn elapsed(&self, now: Instant) -> Duration {
        let counted = self
            .start
            .map_or(Duration::ZERO, |start| now.saturating_duration_since(start));
        self.spent.saturating_add(counted)
    }

    fn deadline(&self, now: Instant) -> Verdict {
        Verdict::Deadline {
            polls: self.polls,
            elapsed: self.elapsed(now),
        }
    }

    fn exhausted(&self, now: Instant) -> Verdict {
        Verdict::Exhausted {
            polls: self.polls,
            elapsed: self.elapsed(now),
        }
    }

    /// The next sleep, cut to end at the deadline: the server's
    /// `Retry-After` within its bounds, in place of the schedule's next step;
    /// else a delay planned from the body's progress, which leaves the
    /// schedule where it is; else the schedule's next step.
    fn delay(
        &mut self,
        retry_after: Option<Duration>,
        progress: Option<f64>,
        now: Instant,
    ) -> Duration {
        let progress = self.reading(progress);
        let delay = match (retry_after, progress) {
            (Some(asked), _) => {
                self.step();
                // `max` then `min`, not `clamp`: a floor above the cap means the cap.
                asked.max(self.settings.floor).min(self.settings.cap)
            }
            (None, Some(progress)) => match self.planned(progress, now) {
                Some(planned) => planned,
                None => self.step(),
            },
            (None, None) => self.step(),
        };
        self.cut(delay, now)
    }

    /// The schedule's next step: the last one again once a finite schedule
    /// runs out.
    fn step(&mut self) -> Duration {
        if let Some(step) = self.ahead.pop_front().or_else(|| self.read()) {
            self.last_delay = step;
        }
        self.last_delay
    }

    /// Reads a step from the schedule, noting the first and the largest.
    fn read(&mut self) -> Option<Duration> {
        let step = self.delays.next()?;
        self.first.get_or_insert(step);
        self.largest = self.largest.max(step);
        Some(step)
    }

    /// Takes a progress reading, and gives it back when it can plan the
    /// next delay: strictly between 0 and 1, and grown since the last
    /// reading (progress that stalls or goes back says nothing of the end,
    /// and one at 1 or more while running only that it is near, for as long
    /// as finishing takes).
    fn reading(&mut self, progress: Option<f64>) -> Option<f64> {
        let progress = progress.filter(|p| !p.is_nan())?;
        let previous = self.progress.replace(progress);
        let grown = previous.map_or(true, |previous| progress > previous);
        (grown && progress > 0.0 && progress < 1.0).then_some(progress)
    }

    /// The delay a `progress` reading plans: the time left at the rate so
    /// far, `elapsed × (1 − p) / p`, up to the millisecond, kept within the
    /// schedule's first step and its largest one (of those read so far and
    /// the next [`LOOKAHEAD`]). None before any time has passed: there is no
    /// rate yet.
    fn planned(&mut self, progress: f64, now: Instant) -> Option<Duration> {
        let elapsed = self.elapsed(now);
        if elapsed.is_zero() {
            return None;
        }
        while self.ahead.len() < LOOKAHEAD {
            match self.read() {
                Some(step) => self.ahead.push_back(step),
                None => break,
            }
        }
        let left = elapsed.as_secs_f64() * (1.0 - progress) / progress;
        // Up to the millisecond (less a microsecond of rounding noise): a
        // reading exactly on the rate then fetches at the end or just after,
        // not a hair before it and again a first step later. (`as`
        // saturates: a huge estimate is `u64::MAX` ms, then the largest.)
        let left = Duration::from_millis((left * 1000.0 - 0.001).ceil() as u64);
        let first = self.first.unwrap_or(Duration::ZERO);
        // `max` then `min`: a first step above the largest means the largest.
        Some(left.max(first).min(self.largest))
    }

    /// `delay`, cut to end at the deadline.
    fn cut(&self, delay: Duration, now: Instant) -> Duration {
        match self.deadline_at() {
            Some(at) => delay.min(at.saturating_duration_since(now)),
            None => delay,
        }
    }
}

/// Turns a verdict and the fetch's outcome (`None` when the poller gave up
/// before any fetch) into the poller's result, keeping the last body for
/// `Deadline`, `Exhausted` and `Regressed`; `None` to go on.
pub(crate) fn settle<T: OperationResponse, E>(
    verdict: Verdict,
    outcome: Option<Result<T, E>>,
    last: &mut Option<T>,
) -> Option<Result<T, PollError<T, E>>> {
    match (verdict, outcome) {
        (Verdict::Again(_), Some(Ok(body))) => {
            *last = Some(body);
            None
        }
        (Verdict::Again(_), Some(Err(_))) => None,
        (Verdict::Done, Some(Ok(body))) => Some(finished(body)),
        // A retried error at the deadline while confirming: the terminal body stands.
        (Verdict::Done, Some(Err(error))) => Some(match last.take() {
            Some(body) => finished(body),
            None => Err(PollError::Fetch(error)),
        }),
        (Verdict::Waiting, Some(Ok(body))) => Some(Err(PollError::Waiting(body))),
        (Verdict::Regressed, Some(Ok(body))) => Some(Err(match last.take() {
            Some(previous) => PollError::Regressed { previous, body },
            None => PollError::Failed(body),
        })),
        (Verdict::Deadline { polls, elapsed }, outcome) => {
            let (last, error) = gave_up(outcome, last);
            Some(Err(PollError::Deadline {
                last,
                polls,
                elapsed,
                error,
            }))
        }
        (Verdict::Exhausted { polls, elapsed }, outcome) => {
            let (last, error) = gave_up(outcome, last);
            Some(Err(PollError::Exhausted {
                last,
                polls,
                elapsed,
                error,
            }))
        }
        (_, Some(Err(error))) => Some(Err(PollError::Fetch(error))),
        (Verdict::Fetch, Some(Ok(body))) => Some(finished(body)),
        (_, None) => unreachable!("only giving up comes with no fetch"),
    }
}

/// What a poller that gives up keeps: the last body (this fetch's, or the
/// one before a failed fetch) and a failed fetch's error.
fn gave_up<T, E>(outcome: Option<Result<T, E>>, last: &mut Option<T>) -> (Option<T>, Option<E>) {
    match outcome {
        Some(Ok(body)) => (Some(body), None),
        Some(Err(error)) => (last.take(), Some(error)),
        None => (last.take(), None),
    }
}

fn finished<T: OperationResponse, E>(body: T) -> Result<T, PollError<T, E>> {
    if body.is_failure() {
        Err(PollError::Failed(body))
    } else {
        Ok(body)
    }
}
