//! Both ends of an operation over HTTP, on the `http` 1.x crate that
//! reqwest, ureq, hyper and axum share (feature `http`; nothing else of an
//! HTTP client or server is a dependency).
//!
//! [`retry_after`] reads how long a response asks to wait (its millisecond
//! hints, then `Retry-After`), and [`Polled::from_http`] gives a poller the
//! body with it.
//!
//! [`Polled::from_http`]: crate::poll::Polled::from_http

mod hints;

pub use self::hints::retry_after;
