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
//! # pollster::block_on(example()).unwrap();
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
//! - [`PollError::Waiting`]: the operation waits for a person (the body's
//!   lifecycle is [`Waiting`](crate::Lifecycle::Waiting)); with
//!   [`poll_while_waiting`](Poller::poll_while_waiting), polling goes on
//!   instead.
//! - [`PollError::Fetch`]: a fetch failed and [`retry`](Poller::retry) did
//!   not retry it.
//! - [`PollError::Deadline`]: the [deadline](Poller::deadline) passed first.
//! - [`PollError::Exhausted`]: [`max_polls`](Poller::max_polls) fetches were
//!   made first.
//! - [`PollError::Regressed`]: a [`confirm`](Poller::confirm) fetch went back
//!   on the terminal body.
//!
//! # The schedule
//!
//! | builder | default | what it does |
//! |---|---|---|
//! | [`sleep`](Poller::sleep) | none (async), `std::thread::sleep` (blocking) | waits between polls; an async poller without it cannot be awaited |
//! | [`clock`](Poller::clock) | `Instant::now` | measures the deadline |
//! | [`backoff`](Poller::backoff) | `Backoff::exponential(1 s, 30 s).equal_jitter()` | the delays, any `IntoIterator<Item = Duration>` |
//! | [`retry_after_bounds`](Poller::retry_after_bounds) | 1 s, 5 min | keeps a `Retry-After` within a floor and a cap |
//! | [`deadline`](Poller::deadline) | none | gives up, by the clock, with one last fetch at the deadline |
//! | [`since`](Poller::since) | the first fetch | when the deadline's time started: the operation's start, perhaps in another process |
//! | [`max_polls`](Poller::max_polls) | no limit | gives up after this many fetches |
//! | [`initial_delay`](Poller::initial_delay) | none | sleeps before the first fetch |
//! | [`retry`](Poller::retry) | no error | which fetch errors to retry |
//! | [`on_poll`](Poller::on_poll) | nothing | sees every body as it arrives |
//! | [`confirm`](Poller::confirm) | 0 | fetches again after the first terminal body |
//! | [`poll_while_waiting`](Poller::poll_while_waiting) | off: a waiting body ends the poll | polls on while the operation waits for a person |
//!
//! A delay of zero fetches again at once, without calling the sleep.
//!
//! # Progress
//!
//! When a running body reports its
//! [`progress()`](crate::OperationResponse::progress) `p`, strictly between 0
//! and 1 and grown since the last reading, the next delay is planned from
//! the rate so far: `elapsed × (1 − p) / p` to the end (`elapsed` from the
//! start of the first fetch, or from [`since`](Poller::since)'s time), up to
//! the millisecond, kept within the schedule's first delay and its largest
//! (of the delays it has given and its next 16). So a long operation that
//! reports progress waits the schedule's largest delay at once rather than
//! climb to it, and is fetched once more when its end is due: fewer
//! fetches, and the end seen no later. A `Retry-After` still comes first.
//! When polling starts well after the operation did, give
//! [`since`](Poller::since) its start: counted from the first fetch, the
//! rate seems lower than it is, and the end is fetched early (then again a
//! first delay later).
//!
//! A planned delay leaves the schedule where it was; it goes on from there
//! when the progress stops planning: a reading of 0 or less, of 1 or more
//! (a running operation at 100 % may take a while yet to finish), not a
//! number, no more than the last one (stalled or gone back), or the first
//! fetch's, before any time has passed. A waiting body's progress and a
//! terminal one's being [confirmed](Poller::confirm) plan nothing.
//!
//! ```
//! use std::cell::Cell;
//! use std::time::{Duration, Instant};
//! use operation_response::poll::{Backoff, Poller};
//! use operation_response::{Lifecycle, OperationResponse};
//!
//! /// An export: `done` of `total` rows.
//! #[derive(Debug)]
//! struct Export { done: u32, total: u32 }
//!
//! impl OperationResponse for Export {
//!     type Status = Lifecycle;
//!     fn status(&self) -> Lifecycle {
//!         if self.done < self.total { Lifecycle::Running } else { Lifecycle::Succeeded }
//!     }
//!     fn progress(&self) -> Option<f64> {
//!         Some(f64::from(self.done) / f64::from(self.total))
//!     }
//! }
//!
//! // A fake clock, and a server that exports 10 of 3 000 rows a second.
//! let start = Instant::now();
//! let now = Cell::new(start);
//! let fetches = Cell::new(0);
//! let export = Poller::blocking(|| {
//!     fetches.set(fetches.get() + 1);
//!     let seconds = (now.get() - start).as_secs() as u32;
//!     Ok::<_, std::io::Error>(Export { done: (seconds * 10).min(3000), total: 3000 })
//! })
//! .clock(|| now.get())
//! .sleep(|d| now.set(now.get() + d))
//! .backoff(Backoff::exponential(Duration::from_secs(1), Duration::from_secs(30)))
//! .wait()
//! .unwrap();
//! assert_eq!(export.done, 3000);
//! // At 0 s, 1 s, then every 30 s to 271 s, and at 300 s, when it ends: 12
//! // fetches, where the schedule alone makes 15 and sees the end at 301 s.
//! assert_eq!((fetches.get(), now.get() - start), (12, Duration::from_secs(300)));
//! ```
//!
//! # As a stream
//!
//! With the feature `stream`, [`Poller::into_stream`] gives every body as it
//! arrives, as a `futures_core::Stream<Item = Result<T, E>>`, sleeping only
//! when the next item is asked for. It ends where the awaited poller gives
//! its result; [`PollStream::is_exhausted`] tells whether that was after
//! `max_polls` fetches, and a last body that `is_waiting()` (without
//! `poll_while_waiting`) that the operation waits for a person.
//!
//! # Where this goes beyond DESIGN.md
//!
//! - [`PollError::Deadline`] has a fourth field, `error`: when the last fetch
//!   before the deadline failed with a retried error, that error is kept (and
//!   is the `source()`), not dropped.
//! - At the deadline, or after [`max_polls`](Poller::max_polls) fetches,
//!   during [`confirm`](Poller::confirm) fetches, the terminal body stands:
//!   the operation did end.
//! - [`PollError::Exhausted`] has the same fourth field, `error`, as
//!   `Deadline`. `max_polls(0)` makes no fetch and gives `Exhausted` at
//!   once. When the fetch at the deadline is also the
//!   last one allowed, the deadline's rules apply.
//! - With [`since`](Poller::since), `elapsed` counts from its time too, the
//!   initial delay counts toward the deadline (and is cut to end at it), a
//!   time in the future has spent nothing, and when the deadline has passed
//!   already one fetch is still made.
//! - [`PollStream::is_exhausted`] tells a stream that ran out of polls from
//!   one that ended otherwise.
//! - Planning from progress: the rules DESIGN.md leaves open (which
//!   readings plan, that a planned delay leaves the schedule in place, how
//!   far ahead the largest delay is looked for) are in
//!   [Progress](#progress).
//! - Without [`poll_while_waiting`](Poller::poll_while_waiting), a waiting
//!   body from the fetch at the deadline or the last allowed one gives
//!   [`PollError::Waiting`], not `Deadline` or `Exhausted`: it says why the
//!   operation has not ended. A waiting body after a terminal one being
//!   [confirmed](Poller::confirm) went back on it: `Regressed`.
//! - The stream yields retried errors too, and ends after a body that went
//!   back on a terminal one (there is no `Regressed` item).
//! - [`retry_after`] reads a `Retry-After` header (seconds or an HTTP date);
//!   [`Backoff::jitter_seeded`] gives reproducible jitter.
//! - The default schedule's jitter is [`Backoff::equal_jitter`] (each delay
//!   in `[d/2, d]`), a named alternative to the full jitter of
//!   [`Backoff::jitter`]: on operations of 1 s to 1 h it costs about a
//!   quarter less than full jitter in fetches times the wait after the end
//!   (`BENCHMARKS.md`, "Polling schedule").
//! - A `PollError` whose fetch error is a `Box<dyn Error + Send + Sync>` is
//!   not a `std::error::Error` (the box is not one):
//!   [`PollError::map_fetch_error`] turns it into one.
//! - The "not awaitable without `.sleep`" error comes from an impl of
//!   `Future` whose bound ([`HasSleep`]) holds for no poller without a sleep:
//!   rustc reports it with a message that says to call `.sleep`.

mod backoff;
mod builder;
mod error;
mod fetch;
mod into_future;
mod polled;
mod retry_after;
mod run;
mod schedule;
mod sleep;
#[cfg(feature = "stream")]
mod stream;

pub use self::backoff::Backoff;
pub use self::builder::Poller;
pub use self::error::PollError;
pub use self::fetch::{Async, Blocking, Fetch};
pub use self::polled::{IntoPolled, Polled};
pub use self::retry_after::{retry_after, retry_after_at};
pub use self::run::PollFuture;
pub use self::sleep::{HasSleep, NoSleep, Sleep, SleepFn};
#[cfg(feature = "stream")]
pub use self::stream::PollStream;
