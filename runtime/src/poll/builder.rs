//! [`Poller`]: its constructors, one builder method per setting (each
//! replaces one type parameter or one plain setting), and the methods that
//! run it, `wait` and `into_stream`. (Awaiting is in `into_future.rs`.)
//! Every inherent method is here, next to the type, so that rustc names them
//! `Poller::<…>::method` in its errors.

use std::fmt;
use std::future::{Future, Ready};
use std::time::{Duration, Instant, SystemTime};

use super::run::{self, Drive, Machine};
use super::schedule::Settings;
use super::sleep::ThreadSleep;
#[cfg(doc)]
use super::Polled;
use super::{Async, Backoff, Blocking, Fetch, IntoPolled, NoSleep, PollError, SleepFn};
#[cfg(feature = "stream")]
use super::{HasSleep, PollStream, Sleep};

/// Polls an operation until it ends: see the [module docs](super).
///
/// `M` is the fetch ([`Async`] or [`Blocking`]), then the sleep, clock,
/// schedule, retry policy and `on_poll` callback, each replaced by its builder
/// method; a user never names them.
#[must_use = "a poller does nothing until it is awaited, `.wait()`ed or streamed"]
pub struct Poller<M, S, C, B, R, O> {
    pub(super) fetch: M,
    pub(super) sleep: S,
    pub(super) clock: C,
    pub(super) backoff: B,
    pub(super) retry: R,
    pub(super) on_poll: O,
    pub(super) settings: Settings,
}

impl<M, S, C, B, R, O> fmt::Debug for Poller<M, S, C, B, R, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.settings;
        f.debug_struct("Poller")
            .field("retry_after_bounds", &(s.floor, s.cap))
            .field("deadline", &s.deadline)
            .field("initial_delay", &s.initial_delay)
            .field("confirm", &s.confirm)
            .field("max_polls", &s.max_polls)
            .field("since", &s.since)
            .field("poll_while_waiting", &s.poll_while_waiting)
            .finish_non_exhaustive()
    }
}

fn never<E>(_: &E) -> bool {
    false
}

fn ignore<T>(_: &T) {}

// The constructors and `wait` spell out the fetch's bounds rather than ask
// for `Fetch`: a fetch that gives no body is then reported in
// `IntoPolled`'s words, where it is written.
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
    /// # pollster::block_on(example());
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
    /// `Backoff::exponential(1 s, 30 s).equal_jitter()`. A body that reports
    /// its progress plans delays of its own, within this schedule's first
    /// and largest (see [Progress](super#progress)).
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
    /// [`initial_delay`](Poller::initial_delay) does not count), or from
    /// [`since`](Poller::since)'s time if given. The last sleep is cut short
    /// so that one final fetch starts at the deadline; a fetch that ends at
    /// or after it is the last, and unless its body is terminal the result
    /// is [`PollError::Deadline`]. No deadline by default. With
    /// [`max_polls`](Poller::max_polls) too, whichever limit is reached first
    /// ends the poll.
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

    /// Counts the [deadline](Poller::deadline) from `started` (when the
    /// operation was started, perhaps by another process that handed over
    /// its state) rather than from the start of the first fetch, so that the
    /// poll ends by `started + deadline`.
    ///
    /// The time already spent is read once, when polling starts, as
    /// `SystemTime::now()` since `started` (a `started` in the future has
    /// spent nothing); from then on the [clock](Poller::clock) counts. So
    /// every sleep counts, the [`initial_delay`](Poller::initial_delay) too
    /// (it is cut, like the last sleep, to end at the deadline), and the
    /// `elapsed` of [`PollError::Deadline`] and [`PollError::Exhausted`]
    /// counts from `started`. If the deadline has already passed when
    /// polling starts, one fetch is still made at once (so that the result
    /// has a body), then the poll ends as at any deadline. Without a
    /// deadline, `since` changes only `elapsed`.
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// # async fn example() {
    /// use std::cell::{Cell, RefCell};
    /// use std::time::{Duration, Instant, SystemTime};
    /// use operation_response::poll::{Backoff, PollError, Poller};
    ///
    /// let s = Duration::from_secs;
    /// // Started 50 s ago, by a process that handed the operation over.
    /// let started = SystemTime::now() - s(50);
    /// let now = Cell::new(Instant::now());
    /// let slept = RefCell::new(Vec::new());
    /// let err = Poller::new(|| async { from_json::<Job>(r#"{"status":"running"}"#) })
    ///     .clock(|| now.get())
    ///     .sleep(|d| {
    ///         slept.borrow_mut().push(d);
    ///         now.set(now.get() + d);
    ///         std::future::ready(())
    ///     })
    ///     .backoff(Backoff::constant(s(4)))
    ///     .deadline(s(60))
    ///     .since(started)
    ///     .await
    ///     .unwrap_err();
    /// // About 10 s were left: 4 s, 4 s, then the rest, for a last fetch at the deadline.
    /// let PollError::Deadline { polls, elapsed, .. } = err else { panic!() };
    /// assert_eq!(polls, 4);
    /// assert!(elapsed >= s(60) && elapsed < s(61), "{elapsed:?}");
    /// assert_eq!(slept.borrow()[..2], [s(4), s(4)]);
    /// assert!(slept.borrow()[2] <= s(2));
    /// # }
    /// # pollster::block_on(example());
    /// ```
    pub fn since(mut self, started: SystemTime) -> Self {
        self.settings.since = Some(started);
        self
    }

    /// Makes at most `n` fetches in all, failed ones that
    /// [`retry`](Poller::retry) retried and [`confirm`](Poller::confirm)
    /// fetches included (default: no limit). When the `n`-th leaves the
    /// operation running, the poller gives up at once, without sleeping
    /// again: [`PollError::Exhausted`]. A terminal `n`-th body is `Ok` or
    /// [`PollError::Failed`] as usual, and so is a terminal body still being
    /// confirmed (it stands with the confirmations made, as at the
    /// deadline); a regression or an error that is not retried ends the
    /// poll as it would anyway.
    ///
    /// `max_polls(0)` makes no fetch at all (and sleeps no
    /// [`initial_delay`](Poller::initial_delay)): the result is at once
    /// `Exhausted` with no body and `polls: 0`, and a
    /// [stream](Poller::into_stream) ends before any item.
    ///
    /// With a [deadline](Poller::deadline) too, whichever limit is reached
    /// first ends the poll; if the fetch at the deadline is also the `n`-th,
    /// the deadline's rules apply (`Deadline`, or while confirming, the
    /// terminal body stands).
    ///
    /// ```
    /// # use operation_response::{from_json, operation_response};
    /// # #[operation_response(status = ["running", "done"], terminal = ["done"])]
    /// # pub struct Job {}
    /// # async fn example() {
    /// use std::cell::Cell;
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, PollError, Poller};
    ///
    /// let fetches = Cell::new(0);
    /// let err = Poller::new(|| {
    ///     fetches.set(fetches.get() + 1);
    ///     async { from_json::<Job>(r#"{"status":"running"}"#) }
    /// })
    ///     .sleep(|_| std::future::ready(()))
    ///     .backoff(Backoff::constant(Duration::from_secs(1)))
    ///     .max_polls(3)
    ///     .await
    ///     .unwrap_err();
    /// assert_eq!(fetches.get(), 3);
    /// let PollError::Exhausted { last, polls, .. } = &err else { panic!() };
    /// assert_eq!((last.as_ref().unwrap().status, *polls), (JobStatus::Running, 3));
    /// assert!(err.to_string().starts_with("the operation had not ended after 3 polls, the most allowed"));
    /// # }
    /// # pollster::block_on(example());
    /// ```
    pub fn max_polls(mut self, n: u32) -> Self {
        self.settings.max_polls = Some(n);
        self
    }

    /// Sleeps this long before the first fetch (default: none), for
    /// operations known not to end sooner. It does not count toward the
    /// deadline, unless the deadline counts from [`since`](Poller::since).
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
    /// the deadline and [`max_polls`](Poller::max_polls) bound them all.
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
    /// terminal lifecycle) is [`PollError::Regressed`]. At the deadline, or
    /// after [`max_polls`](Poller::max_polls) fetches, the terminal body
    /// stands with the confirmations made so far.
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

    /// Keeps polling, on the same schedule, while the operation waits for a
    /// person (a body whose lifecycle is
    /// [`Waiting`](crate::Lifecycle::Waiting): an approval, a confirmation,
    /// a resume), within the [deadline](Poller::deadline) and
    /// [`max_polls`](Poller::max_polls). By default a waiting body ends the
    /// poll with [`PollError::Waiting`], since polling alone will not see it
    /// move; with this, it is treated as a running one, and a poll that
    /// gives up while waiting keeps the waiting body as its `last`.
    ///
    /// ```
    /// use std::time::Duration;
    /// use operation_response::poll::{Backoff, Poller};
    /// use operation_response::{Lifecycle, OperationResponse};
    ///
    /// #[derive(Debug)]
    /// struct Deploy(Lifecycle);
    ///
    /// impl OperationResponse for Deploy {
    ///     type Status = Lifecycle;
    ///     fn status(&self) -> Lifecycle {
    ///         self.0
    ///     }
    /// }
    ///
    /// // Someone approves the deploy between the second and the third fetch.
    /// let mut answers = [Lifecycle::Running, Lifecycle::Waiting, Lifecycle::Succeeded].into_iter();
    /// let mut seen = Vec::new();
    /// let done = Poller::blocking(|| Ok::<_, std::io::Error>(Deploy(answers.next().unwrap())))
    ///     .backoff(Backoff::constant(Duration::ZERO))
    ///     .poll_while_waiting()
    ///     .on_poll(|body| seen.push(body.status()))
    ///     .wait()
    ///     .unwrap();
    /// assert!(done.is_success());
    /// assert_eq!(seen, [Lifecycle::Running, Lifecycle::Waiting, Lifecycle::Succeeded]);
    /// ```
    pub fn poll_while_waiting(mut self) -> Self {
        self.settings.poll_while_waiting = true;
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
    /// # pollster::block_on(example());
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
    /// # pollster::block_on(example());
    /// ```
    #[cfg(feature = "stream")]
    #[allow(clippy::type_complexity)]
    pub fn into_stream<Fut, P, E, Z>(self) -> PollStream<F, Fut, P, E, Z, C, B::IntoIter, R, O>
    where
        P: IntoPolled,
        S: HasSleep<Fut, Sleep = Z>,
        Z: Sleep,
        B: IntoIterator<Item = Duration>,
        Machine<Async<F>, Fut, Z, C, B::IntoIter, R, O>: Drive<Polled = P, Error = E>,
    {
        PollStream::new(Machine::new(self, HasSleep::into_sleep))
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
        B: IntoIterator<Item = Duration>,
        Machine<Blocking<F>, Ready<Result<P, E>>, ThreadSleep<S>, C, B::IntoIter, R, O>:
            Drive<Polled = P, Error = E>,
    {
        run::wait(Machine::new(self, ThreadSleep))
    }
}
