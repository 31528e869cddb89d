//! Drives an operation to its end: polls its result until the body is
//! terminal, on any async runtime or none.
//!
//! A generated body already knows which statuses are terminal and which are
//! failures (and so do bodies with an outcome field, a `lifecycle` function,
//! [`GoogleOperation`](crate::standard::GoogleOperation) and
//! [`AzureOperationStatus`](crate::standard::AzureOperationStatus)), so a
//! poller needs no rules of its own: give it a fetch and a sleep, and await
//! the typed result.
//!
//! ```
//! # use std::time::Duration;
//! # use operation_response::{from_json, operation_response};
//! # #[operation_response(terminal = ["done", "failed"], failure = ["failed"])]
//! # pub enum CreateAuthSessionResultResponseBody {
//! #     Done { auth_session_id: String },
//! #     Pending,
//! #     InProgress { run_id: String },
//! #     Failed { message: String },
//! # }
//! # struct Client;
//! # struct Response(&'static str, Option<Duration>);
//! # impl Client {
//! #     async fn get(&self, _: &str) -> Result<Response, operation_response::Error> {
//! #         Ok(Response(r#"{"status":"done","authSessionId":"as-1"}"#, None))
//! #     }
//! # }
//! # impl Response {
//! #     fn retry_after(&self) -> Option<Duration> { self.1 }
//! #     fn json<T: serde::de::DeserializeOwned + operation_response::Validate>(&self) -> Result<T, operation_response::Error> { from_json(self.0) }
//! # }
//! # async fn sleep(_: Duration) {}
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! # let (client, url) = (Client, "http://127.0.0.1/operations/op-1");
//! use operation_response::poll::{Backoff, PollError, Polled, Poller};
//! use operation_response::OperationResponse;
//!
//! let result = Poller::new(|| async {
//!         let response = client.get(url).await?;
//!         let retry_after = response.retry_after();
//!         let body = response.json::<CreateAuthSessionResultResponseBody>()?;
//!         Ok::<_, operation_response::Error>(Polled::new(body).retry_after(retry_after))
//!     })
//!     .sleep(sleep) // e.g. `tokio::time::sleep`
//!     .backoff(Backoff::exponential(Duration::from_millis(500), Duration::from_secs(30)).jitter())
//!     .deadline(Duration::from_secs(600))
//!     .on_poll(|body| eprintln!("status: {}", body.status()))
//!     .await;
//!
//! match result {
//!     Ok(CreateAuthSessionResultResponseBody::Done { auth_session_id }) => println!("{auth_session_id}"),
//!     Ok(_) => unreachable!("`done` is the only terminal status that is not a failure"),
//!     Err(PollError::Failed(body)) => eprintln!("failed: {body:?}"),
//!     Err(error) => return Err(error.into()),
//! }
//! # Ok(())
//! # }
//! # operation_response::__private::block_on(example()).unwrap();
//! ```
//!
//! # The fetch
//!
//! [`Poller::new`] takes `FnMut() -> impl Future<Output = Result<P, E>>`,
//! [`Poller::blocking`] takes `FnMut() -> Result<P, E>`. `P` is the body
//! itself or a [`Polled`] body, which adds the server's `Retry-After`; the
//! trait [`IntoPolled`] tells the two apart by its associated type, so the
//! closure needs no annotation beyond the error type. The closure may borrow
//! (a client, a URL); nothing needs `'static` or `Send` unless the caller
//! spawns the future, which is then `Send` when they are.
//!
//! # The result
//!
//! - `Ok(body)`: the body is terminal and not a failure.
//! - [`PollError::Failed`]: it is terminal and a failure (a failure status,
//!   or a failure outcome such as GitHub's `conclusion`).
//! - [`PollError::Fetch`]: a fetch failed and [`retry`](Poller::retry) did
//!   not retry it.
//! - [`PollError::Deadline`]: the [deadline](Poller::deadline) passed first.
//! - [`PollError::Regressed`]: a [`confirm`](Poller::confirm) fetch went back
//!   on the terminal body.
//!
//! # The schedule
//!
//! | builder | default | what it does |
//! |---|---|---|
//! | [`sleep`](Poller::sleep) | none (async), `std::thread::sleep` (blocking) | waits between polls; an async poller without it cannot be awaited |
//! | [`clock`](Poller::clock) | `Instant::now` | measures the deadline |
//! | [`backoff`](Poller::backoff) | `Backoff::exponential(1 s, 30 s).jitter()` | the delays, any `IntoIterator<Item = Duration>` |
//! | [`retry_after_bounds`](Poller::retry_after_bounds) | 1 s, 5 min | keeps a `Retry-After` within a floor and a cap |
//! | [`deadline`](Poller::deadline) | none | gives up, by the clock, with one last fetch at the deadline |
//! | [`initial_delay`](Poller::initial_delay) | none | sleeps before the first fetch |
//! | [`retry`](Poller::retry) | no error | which fetch errors to retry |
//! | [`on_poll`](Poller::on_poll) | nothing | sees every body as it arrives |
//! | [`confirm`](Poller::confirm) | 0 | fetches again after the first terminal body |
//!
//! A delay of zero fetches again at once, without calling the sleep.
//!
//! # As a stream
//!
//! With the feature `stream`, [`Poller::into_stream`] gives every body as it
//! arrives, as a `futures_core::Stream<Item = Result<T, E>>`, sleeping only
//! when the next item is asked for.
//!
//! # Where this goes beyond DESIGN.md
//!
//! - [`PollError::Deadline`] has a fourth field, `error`: when the last fetch
//!   before the deadline failed with a retried error, that error is kept (and
//!   is the `source()`), not dropped.
//! - At the deadline during [`confirm`](Poller::confirm) fetches, the terminal
//!   body stands: the operation did end in time.
//! - The stream yields retried errors too, and ends after a body that went
//!   back on a terminal one (there is no `Regressed` item).
//! - [`retry_after`] reads a `Retry-After` header (seconds or an HTTP date);
//!   [`Backoff::jitter_seeded`] gives reproducible jitter.
//! - A `PollError` whose fetch error is a `Box<dyn Error + Send + Sync>` is
//!   not a `std::error::Error` (the box is not one):
//!   [`PollError::map_fetch_error`] turns it into one.
//! - The "not awaitable without `.sleep`" error comes from an impl of
//!   `Future` whose bound ([`HasSleep`]) holds for no poller without a sleep:
//!   rustc reports it with a message that says to call `.sleep`.

mod backoff;
mod retry_after;
mod run;
mod schedule;
#[cfg(feature = "stream")]
mod stream;

use std::error::Error as StdError;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::time::{Duration, Instant};

pub use self::backoff::Backoff;
pub use self::retry_after::{retry_after, retry_after_at};
use self::run::Machine;
pub use self::run::PollFuture;
use self::schedule::{Schedule, Settings};
#[cfg(feature = "stream")]
pub use self::stream::PollStream;
use crate::{OperationResponse, StringEnum};

/// A body as fetched, with the server's `Retry-After`, if it sent one.
///
/// A fetch may return the body alone or a `Polled` body: both work, with no
/// annotation (see [`IntoPolled`]).
///
/// ```
/// use std::time::Duration;
/// use operation_response::{from_json, operation_response, poll::Polled};
///
/// #[operation_response(status = ["running", "done"], terminal = ["done"])]
/// pub struct Job {}
///
/// let body: Job = from_json(r#"{"status":"running"}"#)?;
/// let polled = Polled::new(body).retry_after(Duration::from_secs(5));
/// assert_eq!(polled.retry_after, Some(Duration::from_secs(5)));
/// # Ok::<(), operation_response::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Polled<T> {
    /// The body.
    pub body: T,
    /// How long the server asked to wait before the next poll.
    pub retry_after: Option<Duration>,
}

impl<T> Polled<T> {
    /// A body with no `Retry-After`.
    pub fn new(body: T) -> Self {
        Polled {
            body,
            retry_after: None,
        }
    }

    /// Sets the server's `Retry-After`; `None` (a response without the
    /// header) leaves the schedule's own delay.
    #[must_use]
    pub fn retry_after(mut self, retry_after: impl Into<Option<Duration>>) -> Self {
        self.retry_after = retry_after.into();
        self
    }
}

/// What a fetch may return: a body (`T: OperationResponse`) or a
/// [`Polled`] body. It tells the two apart by its associated type, so a fetch
/// closure needs no annotation.
#[diagnostic::on_unimplemented(
    message = "a poller's fetch must give a response body or a `Polled` body, not `{Self}`",
    label = "not an operation response",
    note = "declare the body with `#[operation_response]` (or implement `operation_response::OperationResponse`), and return it or `Polled::new(body)`"
)]
pub trait IntoPolled {
    /// The body's type.
    type Body: OperationResponse;
    /// The body with its `Retry-After`, if any.
    fn into_polled(self) -> Polled<Self::Body>;
}

impl<T: OperationResponse> IntoPolled for T {
    fn into_polled(self) -> Polled<T> {
        Polled::new(self)
    }
    type Body = T;
}

impl<T: OperationResponse> IntoPolled for Polled<T> {
    type Body = T;
    fn into_polled(self) -> Polled<T> {
        self
    }
}

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
pub struct SleepFn<S>(S);

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

/// The fetch of an async poller ([`Poller::new`]).
#[derive(Debug, Clone, Copy)]
pub struct Async<F>(F);

/// The fetch of a blocking poller ([`Poller::blocking`]).
#[derive(Debug, Clone, Copy)]
pub struct Blocking<F>(F);

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
}

impl<F> sealed::Sealed for Blocking<F> {}

impl<F, P, E> Fetch for Blocking<F>
where
    F: FnMut() -> Result<P, E>,
    P: IntoPolled,
{
    type Body = P::Body;
    type Error = E;
}

/// Why a poller gave no successful body.
///
/// `T` is the body, `E` the fetch's error. With `T: Debug` and
/// `E: std::error::Error + 'static` it is an error whose
/// [`source`](StdError::source) is the fetch's error, if there is one.
///
/// A `Box<dyn Error + Send + Sync>` is not itself a `std::error::Error` (a
/// rule of the standard library), so neither is a `PollError` holding one:
/// [`map_fetch_error`](PollError::map_fetch_error) with
/// `std::io::Error::other` makes it one, source included.
///
/// ```
/// use std::error::Error;
/// use operation_response::{operation_response, poll::PollError};
///
/// #[operation_response(status = ["running", "done"], terminal = ["done"])]
/// pub struct Job {}
///
/// let boxed: Box<dyn Error + Send + Sync> = "connection reset".into();
/// let err: PollError<Job, _> = PollError::Fetch(boxed);
/// let err: Box<dyn Error> = err.map_fetch_error(std::io::Error::other).into();
/// assert_eq!(err.to_string(), "fetching the operation's status failed");
/// assert_eq!(err.source().unwrap().to_string(), "connection reset");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PollError<T, E> {
    /// The operation ended in a failure: a failure status, or a failure
    /// outcome (`is_failure()`).
    Failed(T),
    /// A fetch failed, and [`Poller::retry`] did not retry it.
    Fetch(E),
    /// The deadline passed with the operation still running.
    Deadline {
        /// The last body fetched, if any was.
        last: Option<T>,
        /// How many fetches were made, failed ones included.
        polls: u32,
        /// The time from the start of the first fetch to giving up.
        elapsed: Duration,
        /// The last fetch's error, when the last fetch failed with an error
        /// that [`Poller::retry`] retried.
        error: Option<E>,
    },
    /// With [`Poller::confirm`], a body after the first terminal one was
    /// classified differently (running again, or succeeded instead of failed).
    Regressed {
        /// The terminal body before it.
        previous: T,
        /// The body that went back on it.
        body: T,
    },
}

impl<T, E> PollError<T, E> {
    /// The body the error is about, if any: the failed one, the last one
    /// before the deadline, the one that regressed.
    pub fn body(&self) -> Option<&T> {
        match self {
            PollError::Failed(body) | PollError::Regressed { body, .. } => Some(body),
            PollError::Deadline { last, .. } => last.as_ref(),
            PollError::Fetch(_) => None,
        }
    }

    /// The fetch's error, if the error is about one.
    pub fn fetch_error(&self) -> Option<&E> {
        match self {
            PollError::Fetch(error)
            | PollError::Deadline {
                error: Some(error), ..
            } => Some(error),
            _ => None,
        }
    }

    /// The same error with the fetch's error mapped, such as a
    /// `Box<dyn Error + Send + Sync>` into an error type.
    pub fn map_fetch_error<E2>(self, f: impl FnOnce(E) -> E2) -> PollError<T, E2> {
        match self {
            PollError::Failed(body) => PollError::Failed(body),
            PollError::Fetch(error) => PollError::Fetch(f(error)),
            PollError::Deadline {
                last,
                polls,
                elapsed,
                error,
            } => PollError::Deadline {
                last,
                polls,
                elapsed,
                error: error.map(f),
            },
            PollError::Regressed { previous, body } => PollError::Regressed { previous, body },
        }
    }

    /// The body the error is about, by value.
    pub fn into_body(self) -> Option<T> {
        match self {
            PollError::Failed(body) | PollError::Regressed { body, .. } => Some(body),
            PollError::Deadline { last, .. } => last,
            PollError::Fetch(_) => None,
        }
    }
}

impl<T: OperationResponse, E> fmt::Display for PollError<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PollError::Failed(body) => write!(
                f,
                "the operation failed with status `{}`",
                body.status().as_str()
            ),
            PollError::Fetch(_) => f.write_str("fetching the operation's status failed"),
            PollError::Deadline {
                last,
                polls,
                elapsed,
                error,
            } => {
                write!(
                    f,
                    "the operation had not ended after {elapsed:?} ({polls} poll{})",
                    if *polls == 1 { "" } else { "s" }
                )?;
                match (last, error) {
                    (_, Some(_)) => f.write_str(": the last fetch failed"),
                    (Some(last), None) => {
                        write!(f, ": last status `{}`", last.status().as_str())
                    }
                    (None, None) => Ok(()),
                }
            }
            PollError::Regressed { previous, body } => write!(
                f,
                "the operation went back from `{}` to `{}`",
                previous.status().as_str(),
                body.status().as_str()
            ),
        }
    }
}

impl<T, E> StdError for PollError<T, E>
where
    T: OperationResponse + fmt::Debug,
    E: StdError + 'static,
{
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            PollError::Fetch(error)
            | PollError::Deadline {
                error: Some(error), ..
            } => Some(error),
            _ => None,
        }
    }
}

/// Polls an operation until it ends: see the [module docs](self).
///
/// `M` is the fetch ([`Async`] or [`Blocking`]), then the sleep, clock,
/// schedule, retry policy and `on_poll` callback, each replaced by its builder
/// method; a user never names them.
#[must_use = "a poller does nothing until it is awaited, `.wait()`ed or streamed"]
pub struct Poller<M, S, C, B, R, O> {
    fetch: M,
    sleep: S,
    clock: C,
    backoff: B,
    retry: R,
    on_poll: O,
    settings: Settings,
}

impl<M, S, C, B, R, O> fmt::Debug for Poller<M, S, C, B, R, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.settings;
        f.debug_struct("Poller")
            .field("retry_after_bounds", &(s.floor, s.cap))
            .field("deadline", &s.deadline)
            .field("initial_delay", &s.initial_delay)
            .field("confirm", &s.confirm)
            .finish_non_exhaustive()
    }
}

fn never<E>(_: &E) -> bool {
    false
}

fn ignore<T>(_: &T) {}

impl<F, Fut, P, E> Poller<Async<F>, NoSleep, fn() -> Instant, Backoff, fn(&E) -> bool, fn(&P::Body)>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<P, E>>,
    P: IntoPolled,
{
    /// An async poller: `fetch` is called for each poll, and gives a body or
    /// a [`Polled`] body, or an error. It may borrow; nothing needs `'static`
    /// or `Send` unless the poller is spawned.
    ///
    /// Give it a [`sleep`](Poller::sleep), then `.await` it.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// # async fn sleep(_: std::time::Duration) {}
    /// # async fn example() {
    /// use operation_response::poll::Poller;
    ///
    /// let mut bodies = [r#"{"status":"running"}"#, r#"{"status":"done"}"#].into_iter();
    /// let done = Poller::new(|| {
    ///     let body = bodies.next().unwrap();
    ///     async move { from_json::<Job>(body) }
    /// })
    ///     .sleep(sleep)
    ///     .await
    ///     .unwrap();
    /// assert_eq!(done.status, JobStatus::Done);
    /// # }
    /// # operation_response::__private::block_on(example());
    /// ```
    pub fn new(fetch: F) -> Self {
        Poller {
            fetch: Async(fetch),
            sleep: NoSleep,
            clock: Instant::now,
            backoff: Backoff::default(),
            retry: never::<E>,
            on_poll: ignore::<P::Body>,
            settings: Settings::default(),
        }
    }
}

impl<F, P, E>
    Poller<Blocking<F>, fn(Duration), fn() -> Instant, Backoff, fn(&E) -> bool, fn(&P::Body)>
where
    F: FnMut() -> Result<P, E>,
    P: IntoPolled,
{
    /// A blocking poller: the same builder, with `std::thread::sleep` as its
    /// sleep and [`wait`](Poller::wait) for the result.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    ///
    /// let mut bodies = [r#"{"status":"running"}"#, r#"{"status":"done"}"#].into_iter();
    /// let done = Poller::blocking(|| from_json::<Job>(bodies.next().unwrap()))
    ///     .backoff(Backoff::constant(Duration::from_millis(1)))
    ///     .wait()
    ///     .unwrap();
    /// assert_eq!(done.status, JobStatus::Done);
    /// ```
    pub fn blocking(fetch: F) -> Self {
        Poller {
            fetch: Blocking(fetch),
            sleep: std::thread::sleep,
            clock: Instant::now,
            backoff: Backoff::default(),
            retry: never::<E>,
            on_poll: ignore::<P::Body>,
            settings: Settings::default(),
        }
    }
}

impl<M: Fetch, S, C, B, R, O> Poller<M, S, C, B, R, O> {
    /// The clock that measures the deadline, `Instant::now` by default: a
    /// test passes a fake one.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::cell::Cell;
    /// use std::time::{Duration, Instant};
    /// use operation_response::poll::{Backoff, PollError, Poller};
    ///
    /// // A clock that moves only when the poller sleeps.
    /// let now = Cell::new(Instant::now());
    /// let err = Poller::blocking(|| from_json::<Job>(r#"{"status":"running"}"#))
    ///     .clock(|| now.get())
    ///     .sleep(|d| now.set(now.get() + d))
    ///     .backoff(Backoff::constant(Duration::from_secs(4)))
    ///     .deadline(Duration::from_secs(10))
    ///     .wait()
    ///     .unwrap_err();
    /// assert!(matches!(err, PollError::Deadline { polls: 4, .. }));
    /// ```
    pub fn clock<C2: Fn() -> Instant>(self, clock: C2) -> Poller<M, S, C2, B, R, O> {
        Poller {
            fetch: self.fetch,
            sleep: self.sleep,
            clock,
            backoff: self.backoff,
            retry: self.retry,
            on_poll: self.on_poll,
            settings: self.settings,
        }
    }

    /// The delays between polls: any `IntoIterator<Item = Duration>`, such as
    /// a [`Backoff`] or a list; when a finite list runs out, its last delay
    /// repeats (an empty one means no delay). The default is
    /// `Backoff::exponential(1 s, 30 s).jitter()`.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::cell::RefCell;
    /// use std::time::Duration;
    /// use operation_response::poll::Poller;
    ///
    /// let ms = Duration::from_millis;
    /// let mut bodies = ["running", "running", "running", "done"].into_iter();
    /// let slept = RefCell::new(Vec::new());
    /// Poller::blocking(|| from_json::<Job>(&format!(r#"{{"status":"{}"}}"#, bodies.next().unwrap())))
    ///     .sleep(|d| slept.borrow_mut().push(d))
    ///     .backoff([ms(10), ms(20)])
    ///     .wait()
    ///     .unwrap();
    /// assert_eq!(*slept.borrow(), [ms(10), ms(20), ms(20)]);
    /// ```
    pub fn backoff<B2>(self, delays: B2) -> Poller<M, S, C, B2, R, O>
    where
        B2: IntoIterator<Item = Duration>,
    {
        Poller {
            fetch: self.fetch,
            sleep: self.sleep,
            clock: self.clock,
            backoff: delays,
            retry: self.retry,
            on_poll: self.on_poll,
            settings: self.settings,
        }
    }

    /// Keeps a server's `Retry-After` within `floor` and `cap` (default 1 s
    /// and 5 min; a floor above the cap means the cap). A `Retry-After` takes
    /// the place of the next delay, exactly, without jitter; the schedule
    /// still moves on a step.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::cell::RefCell;
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Polled, Poller};
    ///
    /// let s = Duration::from_secs;
    /// // The server asks for 1 s, then 900 s, then says nothing.
    /// let mut answers = [("running", Some(1)), ("running", Some(900)), ("running", None), ("done", None)].into_iter();
    /// let slept = RefCell::new(Vec::new());
    /// Poller::blocking(|| {
    ///     let (status, after) = answers.next().unwrap();
    ///     let body = from_json::<Job>(&format!(r#"{{"status":"{status}"}}"#))?;
    ///     Ok::<_, operation_response::Error>(Polled::new(body).retry_after(after.map(s)))
    /// })
    /// .sleep(|d| slept.borrow_mut().push(d))
    /// .backoff(Backoff::exponential(s(2), s(60)))
    /// .retry_after_bounds(s(5), s(120))
    /// .wait()
    /// .unwrap();
    /// assert_eq!(*slept.borrow(), [s(5), s(120), s(8)]);
    /// ```
    pub fn retry_after_bounds(mut self, floor: Duration, cap: Duration) -> Self {
        self.settings.floor = floor;
        self.settings.cap = cap;
        self
    }

    /// Gives up after `deadline`, measured with the [clock](Poller::clock)
    /// from the start of the first fetch (an
    /// [`initial_delay`](Poller::initial_delay) does not count). The last
    /// sleep is cut short so that one final fetch starts at the deadline; a
    /// fetch that ends at or after it is the last, and unless its body is
    /// terminal the result is [`PollError::Deadline`]. No deadline by default.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::cell::{Cell, RefCell};
    /// use std::time::{Duration, Instant};
    /// use operation_response::poll::{Backoff, PollError, Poller};
    ///
    /// let s = Duration::from_secs;
    /// let now = Cell::new(Instant::now());
    /// let slept = RefCell::new(Vec::new());
    /// let err = Poller::blocking(|| from_json::<Job>(r#"{"status":"running"}"#))
    ///     .clock(|| now.get())
    ///     .sleep(|d| { slept.borrow_mut().push(d); now.set(now.get() + d) })
    ///     .backoff(Backoff::constant(s(4)))
    ///     .deadline(s(10))
    ///     .wait()
    ///     .unwrap_err();
    /// // 4 s, 4 s, then 2 s cut so that the last fetch starts at the deadline.
    /// assert_eq!(*slept.borrow(), [s(4), s(4), s(2)]);
    /// let PollError::Deadline { last, polls, elapsed, .. } = err else { panic!() };
    /// assert_eq!((last.unwrap().status, polls, elapsed), (JobStatus::Running, 4, s(10)));
    /// ```
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.settings.deadline = Some(deadline);
        self
    }

    /// Sleeps this long before the first fetch (default: none), for
    /// operations known not to end sooner. It does not count toward the
    /// deadline.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::cell::RefCell;
    /// use std::time::Duration;
    /// use operation_response::poll::Poller;
    ///
    /// let slept = RefCell::new(Vec::new());
    /// Poller::blocking(|| from_json::<Job>(r#"{"status":"done"}"#))
    ///     .sleep(|d| slept.borrow_mut().push(d))
    ///     .initial_delay(Duration::from_secs(3))
    ///     .wait()
    ///     .unwrap();
    /// assert_eq!(*slept.borrow(), [Duration::from_secs(3)]);
    /// ```
    pub fn initial_delay(mut self, delay: Duration) -> Self {
        self.settings.initial_delay = delay;
        self
    }

    /// Which fetch errors to retry, on the same schedule (default: none, the
    /// first error is [`PollError::Fetch`]). The closure is `FnMut`: one that
    /// counts can bound the retries (`move |e| { n += 1; n <= 3 && … }`), and
    /// the deadline bounds them all.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    ///
    /// #[derive(Debug)]
    /// enum Error { Unavailable, Parse(operation_response::Error) }
    ///
    /// let mut answers = [Err(Error::Unavailable), Ok(r#"{"status":"done"}"#)].into_iter();
    /// let done = Poller::blocking(|| from_json::<Job>(answers.next().unwrap()?).map_err(Error::Parse))
    ///     .backoff(Backoff::constant(Duration::ZERO))
    ///     .retry(|error| matches!(error, Error::Unavailable))
    ///     .wait()
    ///     .unwrap();
    /// assert!(done.status.is_terminal());
    /// ```
    pub fn retry<R2>(self, retry: R2) -> Poller<M, S, C, B, R2, O>
    where
        R2: FnMut(&M::Error) -> bool,
    {
        Poller {
            fetch: self.fetch,
            sleep: self.sleep,
            clock: self.clock,
            backoff: self.backoff,
            retry,
            on_poll: self.on_poll,
            settings: self.settings,
        }
    }

    /// Called with every body as it arrives (the terminal, failed and
    /// last-at-the-deadline ones too), before the sleep that follows it; not
    /// for fetch errors.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::time::Duration;
    /// use operation_response::{poll::{Backoff, Poller}, OperationResponse};
    ///
    /// let mut bodies = [r#"{"status":"running"}"#, r#"{"status":"done"}"#].into_iter();
    /// let mut seen = Vec::new();
    /// Poller::blocking(|| from_json::<Job>(bodies.next().unwrap()))
    ///     .backoff(Backoff::constant(Duration::ZERO))
    ///     .on_poll(|body| seen.push(body.status()))
    ///     .wait()
    ///     .unwrap();
    /// assert_eq!(seen, [JobStatus::Running, JobStatus::Done]);
    /// ```
    pub fn on_poll<O2>(self, on_poll: O2) -> Poller<M, S, C, B, R, O2>
    where
        O2: FnMut(&M::Body),
    {
        Poller {
            fetch: self.fetch,
            sleep: self.sleep,
            clock: self.clock,
            backoff: self.backoff,
            retry: self.retry,
            on_poll,
            settings: self.settings,
        }
    }

    /// After the first terminal body, `n` more fetches on the same schedule,
    /// for eventually consistent servers (default 0). The result is the last
    /// of them; one classified differently (running again, or another
    /// terminal lifecycle) is [`PollError::Regressed`]. At the deadline, the
    /// terminal body stands with the confirmations made so far.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, PollError, Poller};
    ///
    /// // A replica that had not seen the end yet answers the second fetch.
    /// let mut bodies = [r#"{"status":"done"}"#, r#"{"status":"running"}"#].into_iter();
    /// let err = Poller::blocking(|| from_json::<Job>(bodies.next().unwrap()))
    ///     .backoff(Backoff::constant(Duration::ZERO))
    ///     .confirm(2)
    ///     .wait()
    ///     .unwrap_err();
    /// assert!(matches!(err, PollError::Regressed { .. }));
    /// assert_eq!(err.to_string(), "the operation went back from `done` to `running`");
    /// ```
    pub fn confirm(mut self, n: u32) -> Self {
        self.settings.confirm = n;
        self
    }
}

impl<F, S, C, B, R, O> Poller<Async<F>, S, C, B, R, O> {
    /// The async poller's sleep: `Fn(Duration) -> impl Future<Output = ()>`,
    /// such as `tokio::time::sleep`. It has no default, since the poller
    /// depends on no runtime: a poller without it cannot be awaited.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// # async fn example() {
    /// use std::cell::RefCell;
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    ///
    /// let mut bodies = [r#"{"status":"running"}"#, r#"{"status":"done"}"#].into_iter();
    /// let slept = RefCell::new(Vec::new());
    /// let done = Poller::new(|| {
    ///     let body = bodies.next().unwrap();
    ///     async move { from_json::<Job>(body) }
    /// })
    ///     // A sleep that records and returns at once; in real code, `tokio::time::sleep`.
    ///     .sleep(|d| {
    ///         slept.borrow_mut().push(d);
    ///         std::future::ready(())
    ///     })
    ///     .backoff(Backoff::constant(Duration::from_millis(250)))
    ///     .await
    ///     .unwrap();
    /// assert_eq!(*slept.borrow(), [Duration::from_millis(250)]);
    /// # }
    /// # operation_response::__private::block_on(example());
    /// ```
    pub fn sleep<S2, Z>(self, sleep: S2) -> Poller<Async<F>, SleepFn<S2>, C, B, R, O>
    where
        S2: Fn(Duration) -> Z,
        Z: Future<Output = ()>,
    {
        Poller {
            fetch: self.fetch,
            sleep: SleepFn(sleep),
            clock: self.clock,
            backoff: self.backoff,
            retry: self.retry,
            on_poll: self.on_poll,
            settings: self.settings,
        }
    }
}

impl<F, S, C, B, R, O> Poller<Async<F>, S, C, B, R, O> {
    /// The poller as a `futures_core::Stream` of every body (and fetch
    /// error) as it arrives; see [`PollStream`] for when it sleeps and ends.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// # async fn example() {
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    ///
    /// let mut bodies = [r#"{"status":"running"}"#, r#"{"status":"done"}"#].into_iter();
    /// let mut stream = Poller::new(|| {
    ///     let body = bodies.next().unwrap();
    ///     async move { from_json::<Job>(body) }
    /// })
    ///     .sleep(|_| std::future::ready(()))
    ///     .backoff(Backoff::constant(Duration::from_secs(1)))
    ///     .into_stream();
    /// let mut seen = Vec::new();
    /// // `futures::StreamExt::next` in real code.
    /// while let Some(body) = std::future::poll_fn(|cx| {
    ///     futures_core::Stream::poll_next(std::pin::Pin::new(&mut stream), cx)
    /// })
    /// .await
    /// {
    ///     seen.push(body.unwrap().status);
    /// }
    /// assert_eq!(seen, [JobStatus::Running, JobStatus::Done]);
    /// # }
    /// # operation_response::__private::block_on(example());
    /// ```
    #[cfg(feature = "stream")]
    #[allow(clippy::type_complexity)]
    pub fn into_stream<Fut, P, E, Z>(self) -> PollStream<F, Fut, P, E, Z, C, B::IntoIter, R, O>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<P, E>>,
        P: IntoPolled,
        S: HasSleep<Fut, Sleep = Z>,
        Z: Sleep,
        C: Fn() -> Instant,
        B: IntoIterator<Item = Duration>,
        R: FnMut(&E) -> bool,
        O: FnMut(&P::Body),
    {
        PollStream::new(self.into_machine())
    }

    fn into_machine<Fut, P, E>(
        self,
    ) -> Machine<F, Fut, <S as HasSleep<Fut>>::Sleep, C, B::IntoIter, R, O>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<P, E>>,
        P: IntoPolled,
        S: HasSleep<Fut>,
        C: Fn() -> Instant,
        B: IntoIterator<Item = Duration>,
        R: FnMut(&E) -> bool,
        O: FnMut(&P::Body),
    {
        Machine::new(
            self.fetch.0,
            self.sleep.into_sleep(),
            self.clock,
            Schedule::new(self.backoff.into_iter(), self.settings),
            self.retry,
            self.on_poll,
        )
    }
}

impl<F, Fut, P, E, S, C, B, R, O> IntoFuture for Poller<Async<F>, SleepFn<S>, C, B, R, O>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<P, E>>,
    P: IntoPolled,
    S: Sleep,
    C: Fn() -> Instant,
    B: IntoIterator<Item = Duration>,
    R: FnMut(&E) -> bool,
    O: FnMut(&P::Body),
{
    type Output = Result<P::Body, PollError<P::Body, E>>;
    type IntoFuture = PollFuture<F, Fut, P, E, S, C, B::IntoIter, R, O>;

    fn into_future(self) -> Self::IntoFuture {
        PollFuture::new(self.into_machine())
    }
}

/// Only so that awaiting a poller without a sleep is an error that says to
/// call `.sleep`: its bound, [`HasSleep`], holds for [`SleepFn`] only, never
/// for [`NoSleep`]. (Through the standard library's `IntoFuture` for every
/// `Future`, this impl is what rustc reports on.)
impl<F, Fut, P, E, C, B, R, O> Future for Poller<Async<F>, NoSleep, C, B, R, O>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<P, E>>,
    P: IntoPolled,
    NoSleep: HasSleep<F>,
{
    type Output = Result<P::Body, PollError<P::Body, E>>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        std::task::Poll::Pending
    }
}

impl<F, S, C, B, R, O> Poller<Blocking<F>, S, C, B, R, O> {
    /// The blocking poller's sleep, `std::thread::sleep` by default: a test
    /// passes one that records.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// use std::cell::RefCell;
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    ///
    /// let mut bodies = [r#"{"status":"running"}"#, r#"{"status":"done"}"#].into_iter();
    /// let slept = RefCell::new(Vec::new());
    /// Poller::blocking(|| from_json::<Job>(bodies.next().unwrap()))
    ///     .sleep(|d| slept.borrow_mut().push(d))
    ///     .backoff(Backoff::constant(Duration::from_secs(2)))
    ///     .wait()
    ///     .unwrap();
    /// assert_eq!(*slept.borrow(), [Duration::from_secs(2)]);
    /// ```
    pub fn sleep<S2: Fn(Duration)>(self, sleep: S2) -> Poller<Blocking<F>, S2, C, B, R, O> {
        Poller {
            fetch: self.fetch,
            sleep,
            clock: self.clock,
            backoff: self.backoff,
            retry: self.retry,
            on_poll: self.on_poll,
            settings: self.settings,
        }
    }

    /// Polls until the operation ends, on this thread: the same result as
    /// awaiting an async poller.
    pub fn wait<P, E>(self) -> Result<P::Body, PollError<P::Body, E>>
    where
        F: FnMut() -> Result<P, E>,
        P: IntoPolled,
        S: Fn(Duration),
        C: Fn() -> Instant,
        B: IntoIterator<Item = Duration>,
        R: FnMut(&E) -> bool,
        O: FnMut(&P::Body),
    {
        run::wait(
            self.fetch.0,
            self.sleep,
            self.clock,
            Schedule::new(self.backoff.into_iter(), self.settings),
            self.retry,
            self.on_poll,
        )
    }
}
