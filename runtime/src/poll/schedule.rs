//! What happens after each fetch, with no I/O: the one place the async, the
//! blocking and the stream pollers take their decisions from.

use std::time::{Duration, Instant};

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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            floor: Duration::from_secs(1),
            cap: Duration::from_secs(300),
            deadline: None,
            initial_delay: Duration::ZERO,
            confirm: 0,
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
    /// The deadline passed with the operation still running.
    Deadline { polls: u32, elapsed: Duration },
    /// A fetch error that is not retried.
    Fetch,
}

/// The schedule: delays, deadline, confirmations.
#[derive(Debug)]
pub(crate) struct Schedule<I> {
    delays: I,
    last_delay: Duration,
    settings: Settings,
    start: Option<Instant>,
    polls: u32,
    /// After the first terminal body: its lifecycle and the fetches still to make.
    confirming: Option<(Lifecycle, u32)>,
}

impl<I: Iterator<Item = Duration>> Schedule<I> {
    pub(crate) fn new(delays: I, settings: Settings) -> Self {
        Schedule {
            delays,
            last_delay: Duration::ZERO,
            settings,
            start: None,
            polls: 0,
            confirming: None,
        }
    }

    /// The sleep before the first fetch, if any.
    pub(crate) fn initial_delay(&self) -> Option<Duration> {
        Some(self.settings.initial_delay).filter(|d| !d.is_zero())
    }

    /// A fetch starts now: the first one starts the deadline's clock.
    pub(crate) fn fetching(&mut self, now: Instant) {
        self.start.get_or_insert(now);
    }

    /// Judges a fetch that ended `now`: `Ok` a body with its `Retry-After`,
    /// `Err` an error, `retried` or not.
    pub(crate) fn judge(
        &mut self,
        outcome: Result<(Lifecycle, Option<Duration>), bool>,
        now: Instant,
    ) -> Verdict {
        self.polls = self.polls.saturating_add(1);
        let reached = self.deadline_at().is_some_and(|at| now >= at);
        match outcome {
            Err(false) => Verdict::Fetch,
            Err(true) if reached && self.confirming.is_some() => Verdict::Done,
            Err(true) if reached => self.deadline(now),
            Err(true) => Verdict::Again(self.delay(None, now)),
            Ok((lifecycle, retry_after)) => {
                match &mut self.confirming {
                    Some((first, left)) => {
                        if lifecycle != *first {
                            return Verdict::Regressed;
                        }
                        *left -= 1;
                        if *left == 0 || reached {
                            return Verdict::Done;
                        }
                    }
                    None if lifecycle.is_terminal() => {
                        if self.settings.confirm == 0 || reached {
                            return Verdict::Done;
                        }
                        self.confirming = Some((lifecycle, self.settings.confirm));
                    }
                    None if reached => return self.deadline(now),
                    None => {}
                }
                Verdict::Again(self.delay(retry_after, now))
            }
        }
    }

    fn deadline_at(&self) -> Option<Instant> {
        self.start?.checked_add(self.settings.deadline?)
    }

    fn deadline(&self, now: Instant) -> Verdict {
        Verdict::Deadline {
            polls: self.polls,
            elapsed: self
                .start
                .map_or(Duration::ZERO, |start| now.saturating_duration_since(start)),
        }
    }

    /// The next sleep: the schedule's next step (the last one again once a
    /// finite schedule runs out), or in its place the server's `Retry-After`
    /// within the bounds; cut to end at the deadline.
    fn delay(&mut self, retry_after: Option<Duration>, now: Instant) -> Duration {
        let step = match self.delays.next() {
            Some(step) => {
                self.last_delay = step;
                step
            }
            None => self.last_delay,
        };
        let delay = match retry_after {
            // `max` then `min`, not `clamp`: a floor above the cap means the cap.
            Some(asked) => asked.max(self.settings.floor).min(self.settings.cap),
            None => step,
        };
        match self.deadline_at() {
            Some(at) => delay.min(at.saturating_duration_since(now)),
            None => delay,
        }
    }
}

/// Turns a verdict and the fetch's outcome into the poller's result, keeping
/// the last body for `Deadline` and `Regressed`; `None` to go on.
pub(crate) fn settle<T: OperationResponse, E>(
    verdict: Verdict,
    outcome: Result<T, E>,
    last: &mut Option<T>,
) -> Option<Result<T, PollError<T, E>>> {
    match (verdict, outcome) {
        (Verdict::Again(_), Ok(body)) => {
            *last = Some(body);
            None
        }
        (Verdict::Again(_), Err(_)) => None,
        (Verdict::Done, Ok(body)) => Some(finished(body)),
        // A retried error at the deadline while confirming: the terminal body stands.
        (Verdict::Done, Err(error)) => Some(match last.take() {
            Some(body) => finished(body),
            None => Err(PollError::Fetch(error)),
        }),
        (Verdict::Regressed, Ok(body)) => Some(Err(match last.take() {
            Some(previous) => PollError::Regressed { previous, body },
            None => PollError::Failed(body),
        })),
        (Verdict::Deadline { polls, elapsed }, outcome) => {
            let (body, error) = match outcome {
                Ok(body) => (Some(body), None),
                Err(error) => (last.take(), Some(error)),
            };
            Some(Err(PollError::Deadline {
                last: body,
                polls,
                elapsed,
                error,
            }))
        }
        (_, Err(error)) => Some(Err(PollError::Fetch(error))),
        (Verdict::Fetch, Ok(body)) => Some(finished(body)),
    }
}

fn finished<T: OperationResponse, E>(body: T) -> Result<T, PollError<T, E>> {
    if body.is_failure() {
        Err(PollError::Failed(body))
    } else {
        Ok(body)
    }
}
