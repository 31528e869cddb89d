//! Bodies and test doubles for the poller's tests and its example: the
//! create-auth-session flow's bodies, and a fake clock with a recording sleep
//! and a scripted fetch, so that every delay can be asserted without waiting.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

use operation_response::poll::Polled;
use operation_response::{
    from_json, response_model, Lifecycle, OperationResponse, StringEnum, Validate,
};

// The create-auth-session bodies (and the start's status, for a server that
// builds one) and the flat run result, as the other tests declare them.
pub use operation_response_tests::{
    CreateAuthSessionResultResponseBody, CreateOrUpdateAuthSessionStartResponseBody,
    CreateOrUpdateAuthSessionStartStatus, RunResultResponseBody,
};

/// The `failed` body of the create-auth-session result.
pub const AUTH_FAILED: &str = r#"{"status":"failed","message":"quota","error":{"message":"quota exceeded","category":"user"}}"#;

/// The `canceled` body of the create-auth-session result.
pub const AUTH_CANCELED: &str = r#"{"status":"canceled","message":"by the user","reason":{"type":"user","message":"stopped from the console"}}"#;

/// A body whose lifecycle is its `state` (`"waiting"` too) and which
/// reports its `progress`: a `#[response_model]` with `OperationResponse`
/// written by hand, as the poller's tests of waiting and progress need
/// before the attributes generate either.
#[response_model]
pub struct Task {
    /// Where the operation is.
    pub state: Lifecycle,
    /// How far along, from 0 to 1, if the server says.
    pub progress: Option<f64>,
}

impl Task {
    /// A task in `state`, with no progress.
    pub fn new(state: Lifecycle) -> Self {
        Task {
            state,
            progress: None,
        }
    }

    /// A running task `progress` of the way along.
    pub fn running(progress: f64) -> Self {
        Task {
            state: Lifecycle::Running,
            progress: Some(progress),
        }
    }
}

impl OperationResponse for Task {
    type Status = Lifecycle;

    fn status(&self) -> Lifecycle {
        self.state
    }

    fn progress(&self) -> Option<f64> {
        self.progress
    }
}

/// `{"state": state}`: a [`Task`]'s body.
pub fn task(state: Lifecycle) -> Step {
    body(&format!(r#"{{"state":"{state}"}}"#))
}

/// A fetch error of the scripted fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// Worth retrying (a 503, a reset connection).
    Unavailable(u32),
    /// Not worth it (a 404, a body that does not parse).
    Fatal(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Unavailable(n) => write!(f, "unavailable ({n})"),
            FetchError::Fatal(why) => write!(f, "fatal: {why}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// One scripted answer: a body's JSON with its `Retry-After`, or an error.
#[derive(Debug, Clone)]
pub enum Step {
    /// A body, and the `Retry-After` that came with it.
    Body(String, Option<Duration>),
    /// An error.
    Fail(FetchError),
}

/// A body with no `Retry-After`.
pub fn body(json: &str) -> Step {
    Step::Body(json.to_owned(), None)
}

/// `{"status": status, …fields}`.
pub fn status(status: &str, fields: &str) -> Step {
    let comma = if fields.is_empty() { "" } else { "," };
    body(&format!(r#"{{"status":"{status}"{comma}{fields}}}"#))
}

impl Step {
    /// The same body, with a `Retry-After`.
    pub fn retry_after(self, after: Duration) -> Step {
        match self {
            Step::Body(json, _) => Step::Body(json, Some(after)),
            fail => fail,
        }
    }
}

/// What the fake saw, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A fetch started, this long after the fake's start.
    Fetch(Duration),
    /// A sleep of this long.
    Sleep(Duration),
    /// `on_poll` saw a body with this status.
    OnPoll(String),
}

/// A fake clock that moves only when the poller sleeps or a fetch takes time,
/// a recording sleep, and a scripted fetch.
#[derive(Debug)]
pub struct Fake {
    start: Instant,
    now: Cell<Instant>,
    latency: Cell<Duration>,
    script: RefCell<VecDeque<Step>>,
    events: RefCell<Vec<Event>>,
}

impl Fake {
    /// A fake whose fetches answer `script` in order, taking no time.
    pub fn new(script: impl IntoIterator<Item = Step>) -> Self {
        let start = Instant::now();
        Fake {
            start,
            now: Cell::new(start),
            latency: Cell::new(Duration::ZERO),
            script: RefCell::new(script.into_iter().collect()),
            events: RefCell::new(Vec::new()),
        }
    }

    /// Each fetch moves the clock on by `latency`.
    pub fn with_latency(self, latency: Duration) -> Self {
        self.latency.set(latency);
        self
    }

    /// The clock.
    pub fn now(&self) -> Instant {
        self.now.get()
    }

    /// The recording sleep: moves the clock on.
    pub fn sleep(&self, delay: Duration) {
        self.events.borrow_mut().push(Event::Sleep(delay));
        self.now.set(self.now.get() + delay);
    }

    /// The async recording sleep: moves the clock on and completes at once.
    pub fn sleep_async(&self, delay: Duration) -> std::future::Ready<()> {
        self.sleep(delay);
        std::future::ready(())
    }

    /// The scripted fetch: the next step, parsed as `T`.
    ///
    /// # Panics
    ///
    /// When the script has run out: the poller fetched once too often.
    pub fn fetch<T: serde::de::DeserializeOwned + Validate>(
        &self,
    ) -> Result<Polled<T>, FetchError> {
        let at = self.now.get() - self.start;
        self.events.borrow_mut().push(Event::Fetch(at));
        self.now.set(self.now.get() + self.latency.get());
        let step = self.script.borrow_mut().pop_front();
        match step.unwrap_or_else(|| panic!("fetched past the end of the script, at {at:?}")) {
            Step::Body(json, retry_after) => {
                let body = from_json::<T>(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
                Ok(Polled::new(body).retry_after(retry_after))
            }
            Step::Fail(error) => Err(error),
        }
    }

    /// A fetch that answers with what `answer` makes of the time since the
    /// fake's start (as a server whose operation moves with the clock), not
    /// from the script; recorded and delayed like [`fetch`](Fake::fetch).
    pub fn fetch_at<T>(&self, answer: impl FnOnce(Duration) -> T) -> Result<T, FetchError> {
        let at = self.now.get() - self.start;
        self.events.borrow_mut().push(Event::Fetch(at));
        self.now.set(self.now.get() + self.latency.get());
        Ok(answer(at))
    }

    /// The `on_poll` callback: records the body's status.
    pub fn on_poll<T: OperationResponse>(&self, body: &T) {
        let status = body.status().as_str().to_owned();
        self.events.borrow_mut().push(Event::OnPoll(status));
    }

    /// Everything seen so far.
    pub fn events(&self) -> Vec<Event> {
        self.events.borrow().clone()
    }

    /// The sleeps so far.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.durations(|e| matches!(e, Event::Sleep(_)))
    }

    /// When each fetch started, from the fake's start.
    pub fn fetches(&self) -> Vec<Duration> {
        self.durations(|e| matches!(e, Event::Fetch(_)))
    }

    fn durations(&self, kind: impl Fn(&Event) -> bool) -> Vec<Duration> {
        let events = self.events.borrow();
        let of = |e: &Event| match e {
            Event::Sleep(d) | Event::Fetch(d) => Some(*d),
            Event::OnPoll(_) => None,
        };
        events.iter().filter(|e| kind(e)).filter_map(of).collect()
    }

    /// The steps not fetched.
    pub fn left(&self) -> usize {
        self.script.borrow().len()
    }
}

/// Runs a future to its end on this thread, with no runtime: the poller
/// needs none. (The executor the runtime's doctests use.)
pub use pollster::block_on;
