//! Both ends of an operation over HTTP, on the `http` 1.x crate that
//! reqwest, ureq, hyper and axum share (feature `http`; nothing else of an
//! HTTP client or server is a dependency).
//!
//! # The client
//!
//! The response that starts an operation says where to poll and where the
//! result will be: [`Handshake::read`] reads it, [`Handshake::monitor`] gives
//! the status monitor's URL, and [`Polled::from_http`] reads each poll's
//! `Retry-After` (and the millisecond hints, see [`retry_after`]):
//!
//! ```
//! # use std::time::Duration;
//! # use http::{HeaderMap, StatusCode};
//! # use operation_response::{from_slice, operation_response};
//! # #[operation_response(status = "started")]
//! # pub struct StartResponse { pub operation_id: String }
//! # #[operation_response(terminal = ["done", "failed"], failure = ["failed"])]
//! # pub enum ResultResponse { Done { widget_id: String }, Running, Failed { message: String } }
//! # struct Response { status: StatusCode, headers: HeaderMap, body: &'static [u8] }
//! # impl Response {
//! #     fn status(&self) -> StatusCode { self.status }
//! #     fn headers(&self) -> &HeaderMap { &self.headers }
//! #     async fn bytes(self) -> Result<&'static [u8], BoxError> { Ok(self.body) }
//! # }
//! # struct Client;
//! # impl Client {
//! #     async fn post(&self, _: &str) -> Result<Response, BoxError> {
//! #         let mut headers = HeaderMap::new();
//! #         headers.insert("operation-location", "/operations/op-7".parse()?);
//! #         headers.insert("retry-after", "1".parse()?);
//! #         Ok(Response { status: StatusCode::ACCEPTED, headers, body: br#"{"status":"started","operationId":"op-7"}"# })
//! #     }
//! #     async fn get(&self, url: &str) -> Result<Response, BoxError> {
//! #         assert_eq!(url, "https://api.example/operations/op-7");
//! #         let mut headers = HeaderMap::new();
//! #         headers.insert("retry-after-ms", "10".parse()?);
//! #         Ok(Response { status: StatusCode::OK, headers, body: br#"{"status":"done","widgetId":"w-1"}"# })
//! #     }
//! # }
//! # type BoxError = Box<dyn std::error::Error + Send + Sync>;
//! # async fn sleep(_: Duration) {}
//! # async fn example() -> Result<(), BoxError> {
//! # let client = Client;
//! use operation_response::http::Handshake;
//! use operation_response::poll::{PollError, Polled, Poller};
//!
//! let url = "https://api.example/v1/widgets";
//! let start = client.post(url).await?;
//! let handshake = Handshake::read(start.status(), start.headers()).with_base(&url.parse()?);
//! if handshake.cross_origin() {
//!     return Err("the monitor is on another origin".into()); // or poll it without credentials
//! }
//! let started: StartResponse = from_slice(&start.bytes().await?)?;
//! let monitor = match handshake.monitor() {
//!     Some(url) => url.to_owned(),
//!     None => format!("https://api.example/v1/operations/{}", started.operation_id),
//! };
//! let result = Poller::new(|| async {
//!         let response = client.get(&monitor).await?;
//!         let headers = response.headers().clone();
//!         let body: ResultResponse = from_slice(&response.bytes().await?)?;
//!         Ok::<_, BoxError>(Polled::from_http(&headers, body))
//!     })
//!     .sleep(sleep) // e.g. `tokio::time::sleep`
//!     .initial_delay(handshake.retry_after().unwrap_or_default().min(Duration::from_secs(60)))
//!     .deadline(Duration::from_secs(600))
//!     .await;
//! match result {
//!     Ok(ResultResponse::Done { widget_id }) => println!("created {widget_id}"),
//!     Ok(_) => unreachable!("`done` is the only terminal status that is not a failure"),
//!     Err(PollError::Failed(body)) => return Err(format!("failed: {body:?}").into()),
//!     Err(error) => return Err(error.to_string().into()),
//! }
//! # Ok(())
//! # }
//! # pollster::block_on(example()).unwrap();
//! ```
//!
//! What the caller does when the headers fall short:
//!
//! - **No monitor header** ([`Handshake::monitor`] is `None`, and
//!   [`Handshake::location`] and its kin too): the API names the operation
//!   in the body instead; poll the URL its documentation builds from the
//!   body's operation id (`operationId`), or from the `Operation-Id` header
//!   ([`Handshake::operation_id`]).
//! - **A relative reference** (`Location: /operations/7`): `monitor` and
//!   [`final_url`](Handshake::final_url) give only URLs a client can
//!   request, so without a base they give `None`; call
//!   [`Handshake::with_base`] with the request's URI.
//! - **Another origin** ([`Handshake::cross_origin`]): the monitor or the
//!   result is on another scheme, host or port than the request; don't send
//!   the request's credentials there, or refuse the operation. Without a
//!   base this is `true` for any absolute URL, since nothing could be
//!   verified.
//! - **A malformed hint** (a header that is not UTF-8, a `Retry-After` that
//!   is neither seconds nor a date): it counts as absent, and the poller
//!   keeps its own schedule.
//!
//! # The server
//!
//! The declared body answers as the LRO guidelines (Azure's REST API
//! guidelines, Google's AIP-151, RFC 9110) prescribe: [`Accepted`] to the
//! request that starts the operation (`202`, always), [`StatusMonitor`] to
//! each poll (`200`, whatever the status). Both give an
//! `http::Response<Vec<u8>>` with `Content-Type: application/json`, and
//! with feature `axum` both implement `axum::response::IntoResponse`
//! (through `axum-core`, the only dependency that feature adds).
//!
//! ```
//! use std::time::Duration;
//! use operation_response::http::{Accepted, StatusMonitor};
//! use operation_response::operation_response;
//!
//! #[operation_response(status = ["running", "done"], terminal = ["done"])]
//! pub struct JobResponse {
//!     pub id: String,
//! }
//!
//! let job = JobResponse { status: JobStatus::Running, id: "op-7".into() };
//! let started = Accepted::new(&job)
//!     .operation_location(format!("https://api.example/operations/{}", job.id))
//!     .retry_after(Duration::from_secs(2))
//!     .into_response();
//! assert_eq!(started.status(), 202);
//! let polled = StatusMonitor::new(&job).retry_after(Duration::from_secs(2)).into_response();
//! assert_eq!(polled.status(), 200);
//! assert_eq!(polled.headers()["retry-after"], "2");
//! ```
//!
//! [`Polled::from_http`]: crate::poll::Polled::from_http

mod handshake;
mod hints;
mod respond;
mod uri;

pub use self::handshake::{FinalState, Handshake};
pub use self::hints::retry_after;
pub use self::respond::{Accepted, StatusMonitor};
