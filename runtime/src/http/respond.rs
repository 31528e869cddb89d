//! The server's answers: `202 Accepted` to the start of an operation, and
//! `200 OK` from its status monitor.

use std::time::Duration;

use ::http::header::{HeaderName, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use ::http::{HeaderValue, Response, StatusCode};
use serde::Serialize;

use crate::OperationResponse;

const OPERATION_LOCATION: HeaderName = HeaderName::from_static("operation-location");

/// The answer to a request that starts an operation: `202 Accepted`, the
/// body as JSON, where to poll (`Operation-Location` and/or `Location`),
/// and how long to wait first (`Retry-After`).
///
/// Even an operation that finished at once answers `202` (Google's AIP-151:
/// a method is long-running always or never), with a body that says so.
///
/// ```
/// use std::time::Duration;
/// use operation_response::http::Accepted;
/// use operation_response::operation_response;
///
/// #[operation_response(status = "started")]
/// pub struct StartResponse {
///     pub operation_id: String,
/// }
///
/// let body = StartResponse { status: StartStatus::Started, operation_id: "op-7".into() };
/// let response = Accepted::new(&body)
///     .operation_location("https://api.example/operations/op-7")
///     .retry_after(Duration::from_millis(1500))
///     .into_response();
/// assert_eq!(response.status(), 202);
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert_eq!(response.headers()["operation-location"], "https://api.example/operations/op-7");
/// assert_eq!(response.headers()["retry-after"], "2");
/// assert_eq!(response.body(), br#"{"status":"started","operationId":"op-7"}"#);
/// ```
///
/// With feature `axum`, it is an `axum::response::IntoResponse`:
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use axum_core::response::IntoResponse;
/// use operation_response::http::Accepted;
///
/// fn start() -> impl IntoResponse {
///     Accepted::new(&serde_json::json!({"status": "started", "operationId": "op-7"}))
///         .location("/operations/op-7")
/// }
/// let response = start().into_response();
/// assert_eq!(response.status(), 202);
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "an `Accepted` does nothing until it is turned into a response"]
pub struct Accepted {
    body: Json,
    operation_location: Option<String>,
    location: Option<String>,
    retry_after: Option<Duration>,
}

impl Accepted {
    /// A `202 Accepted` with `body` as JSON, serialized at once. A body that
    /// cannot be serialized (a map with non-string keys, a `Serialize` impl
    /// that fails) gives a `500 Internal Server Error` response, never a
    /// panic.
    pub fn new<T: Serialize + ?Sized>(body: &T) -> Self {
        Accepted {
            body: Json::of(body),
            operation_location: None,
            location: None,
            retry_after: None,
        }
    }

    /// The `Operation-Location` header: the status monitor's URL.
    pub fn operation_location(mut self, url: impl Into<String>) -> Self {
        self.operation_location = Some(url.into());
        self
    }

    /// The `Location` header: on a `202`, the status monitor's URL
    /// (RFC 9110, section 15.3.3), or where the result will be when the
    /// API's `final-state-via` says `location`.
    pub fn location(mut self, url: impl Into<String>) -> Self {
        self.location = Some(url.into());
        self
    }

    /// The `Retry-After` header: how long a client should wait before its
    /// first poll, in whole seconds rounded up, at least 1.
    pub fn retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = Some(delay);
        self
    }

    /// The response: `202 Accepted`, `Content-Type: application/json` and
    /// the headers set. A URL that cannot be a header value (a CR, LF, NUL
    /// or other control character in it) gives a plain `500 Internal
    /// Server Error` instead, as axum's header tuples do: never a panic,
    /// never a split header.
    pub fn into_response(self) -> Response<Vec<u8>> {
        let headers = [
            (OPERATION_LOCATION, self.operation_location),
            (LOCATION, self.location),
        ];
        respond(StatusCode::ACCEPTED, self.body, headers, self.retry_after)
    }
}

/// A status monitor's answer: `200 OK` for every status, the body as JSON,
/// and `Retry-After` while the operation goes on.
///
/// A failed operation is a successful `GET` of its monitor, never a `4xx`
/// or `5xx`: the body says how it ended.
///
/// ```
/// use std::time::Duration;
/// use operation_response::http::StatusMonitor;
/// use operation_response::operation_response;
///
/// #[operation_response(status = ["running", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"])]
/// pub struct JobResponse {
///     pub error: Option<String>,
/// }
///
/// let running = JobResponse { status: JobStatus::Running, error: None };
/// let response = StatusMonitor::new(&running).retry_after(Duration::from_secs(5)).into_response();
/// assert_eq!(response.status(), 200);
/// assert_eq!(response.headers()["retry-after"], "5");
///
/// let failed = JobResponse { status: JobStatus::Failed, error: Some("disk full".into()) };
/// let response = StatusMonitor::new(&failed).retry_after(Duration::from_secs(5)).into_response();
/// assert_eq!(response.status(), 200);
/// assert!(response.headers().get("retry-after").is_none());
/// assert_eq!(response.body(), br#"{"status":"failed","error":"disk full"}"#);
/// ```
#[derive(Debug, Clone)]
#[must_use = "a `StatusMonitor` does nothing until it is turned into a response"]
pub struct StatusMonitor {
    body: Json,
    terminal: bool,
    retry_after: Option<Duration>,
}

impl StatusMonitor {
    /// A `200 OK` with `body` as JSON, serialized at once; whether the body
    /// is terminal decides whether [`retry_after`](Self::retry_after) is
    /// sent. A body that cannot be serialized gives a `500 Internal Server
    /// Error` response, never a panic.
    pub fn new<T: OperationResponse + Serialize + ?Sized>(body: &T) -> Self {
        StatusMonitor {
            body: Json::of(body),
            terminal: body.is_terminal(),
            retry_after: None,
        }
    }

    /// The `Retry-After` header, in whole seconds rounded up, at least 1:
    /// sent only while the body is not terminal (a client has nothing left
    /// to wait for after that).
    pub fn retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = Some(delay);
        self
    }

    /// The response: `200 OK` and `Content-Type: application/json`, with
    /// `Retry-After` if set and the body is not terminal.
    pub fn into_response(self) -> Response<Vec<u8>> {
        let retry_after = self.retry_after.filter(|_| !self.terminal);
        respond(StatusCode::OK, self.body, [], retry_after)
    }
}

/// A body serialized as JSON, or `None` when it could not be.
#[derive(Debug, Clone)]
struct Json(Option<Vec<u8>>);

impl Json {
    fn of<T: Serialize + ?Sized>(body: &T) -> Self {
        Json(serde_json::to_vec(body).ok())
    }
}

/// A JSON response with the headers given, or a plain `500` when the body
/// or a header cannot be written.
fn respond<const N: usize>(
    status: StatusCode,
    body: Json,
    urls: [(HeaderName, Option<String>); N],
    retry_after: Option<Duration>,
) -> Response<Vec<u8>> {
    let Json(Some(body)) = body else {
        return internal_error("the response body could not be serialized as JSON");
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    for (name, url) in urls {
        let Some(url) = url else { continue };
        let Ok(value) = HeaderValue::from_str(&url) else {
            return internal_error(&format!("the `{name}` header could not be written"));
        };
        headers.insert(name, value);
    }
    if let Some(delay) = retry_after {
        headers.insert(RETRY_AFTER, HeaderValue::from(whole_seconds(delay)));
    }
    response
}

/// `Retry-After` seconds: rounded up, at least 1 (a `0` would ask for an
/// immediate retry).
fn whole_seconds(delay: Duration) -> u64 {
    let seconds = delay
        .as_secs()
        .saturating_add(u64::from(delay.subsec_nanos() > 0));
    seconds.max(1)
}

/// `500 Internal Server Error` with a short plain-text reason, which names
/// what failed but none of its content.
fn internal_error(reason: &str) -> Response<Vec<u8>> {
    let mut response = Response::new(format!("Internal Server Error: {reason}").into_bytes());
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for Accepted {
    fn into_response(self) -> axum_core::response::Response {
        Accepted::into_response(self).map(axum_core::body::Body::from)
    }
}

#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for StatusMonitor {
    fn into_response(self) -> axum_core::response::Response {
        StatusMonitor::into_response(self).map(axum_core::body::Body::from)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::from_json;
    use crate::standard::AzureOperationStatus;

    fn azure(status: &str) -> AzureOperationStatus {
        from_json(&format!(r#"{{"id":"op-7","status":"{status}"}}"#)).unwrap()
    }

    fn header(response: &Response<Vec<u8>>, name: &str) -> Option<String> {
        let value = response.headers().get(name)?;
        Some(value.to_str().unwrap().to_owned())
    }

    #[test]
    fn accepted() {
        let body = serde_json::json!({"status": "started", "operationId": "op-7"});
        let response = Accepted::new(&body).into_response();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        assert_eq!(
            header(&response, "content-type").as_deref(),
            Some("application/json")
        );
        assert_eq!(response.headers().len(), 1);
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(response.body()).unwrap(),
            body
        );
        let response = Accepted::new(&body)
            .operation_location("https://api.example/operations/7")
            .location(String::from("/widgets/w1"))
            .retry_after(Duration::from_secs(3))
            .into_response();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        assert_eq!(
            header(&response, "operation-location").as_deref(),
            Some("https://api.example/operations/7")
        );
        assert_eq!(
            header(&response, "location").as_deref(),
            Some("/widgets/w1")
        );
        assert_eq!(header(&response, "retry-after").as_deref(), Some("3"));
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        for (delay, seconds) in [
            (Duration::ZERO, "1"),
            (Duration::from_nanos(1), "1"),
            (Duration::from_millis(1200), "2"),
            (Duration::from_secs(3), "3"),
            (Duration::from_millis(3001), "4"),
            (Duration::MAX, "18446744073709551615"),
        ] {
            let accepted = Accepted::new(&()).retry_after(delay).into_response();
            assert_eq!(header(&accepted, "retry-after").as_deref(), Some(seconds));
            let monitor = StatusMonitor::new(&azure("Running"))
                .retry_after(delay)
                .into_response();
            assert_eq!(header(&monitor, "retry-after").as_deref(), Some(seconds));
        }
    }

    #[test]
    fn a_monitor_answers_200_and_retry_after_only_until_the_end() {
        for (status, waits) in [
            ("NotStarted", true),
            ("Running", true),
            ("Succeeded", false),
            ("Failed", false),
            ("Canceled", false),
            ("Paused", true),
        ] {
            let body = azure(status);
            let response = StatusMonitor::new(&body)
                .retry_after(Duration::from_secs(5))
                .into_response();
            assert_eq!(response.status(), StatusCode::OK, "{status}");
            assert_eq!(
                header(&response, "retry-after").is_some(),
                waits,
                "{status}"
            );
            assert_eq!(
                header(&response, "content-type").as_deref(),
                Some("application/json")
            );
            assert_eq!(
                from_json::<AzureOperationStatus>(std::str::from_utf8(response.body()).unwrap())
                    .unwrap(),
                body
            );
            let response = StatusMonitor::new(&body).into_response();
            assert_eq!(header(&response, "retry-after"), None, "{status}");
        }
    }

    #[test]
    fn a_url_that_cannot_be_a_header_is_a_500() {
        for url in [
            "https://api.example/op\r\nSet-Cookie: a=b",
            "https://api.example/op\nx",
            "https://api.example/op\rx",
            "https://api.example/\0",
            "https://api.example/\x7f",
        ] {
            for response in [
                Accepted::new(&()).operation_location(url).into_response(),
                Accepted::new(&()).location(url).into_response(),
                Accepted::new(&())
                    .operation_location("/fine")
                    .location(url)
                    .into_response(),
            ] {
                assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
                assert_eq!(header(&response, "set-cookie"), None);
                assert_eq!(header(&response, "location"), None);
                assert_eq!(header(&response, "operation-location"), None);
                assert_eq!(
                    header(&response, "content-type").as_deref(),
                    Some("text/plain; charset=utf-8")
                );
                let text = String::from_utf8(response.body().clone()).unwrap();
                assert!(text.starts_with("Internal Server Error"), "{text}");
                assert!(!text.contains("api.example"), "{text}");
            }
        }
        // Tabs and UTF-8 are header bytes.
        let response = Accepted::new(&()).location("/op/é").into_response();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        assert_eq!(
            response.headers()["location"].as_bytes(),
            "/op/é".as_bytes()
        );
    }

    #[test]
    fn a_body_that_cannot_be_serialized_is_a_500() {
        let body = BTreeMap::from([((1, 2), "a tuple key")]);
        let response = Accepted::new(&body).location("/op/7").into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(header(&response, "location"), None);
    }

    #[cfg(feature = "axum")]
    #[test]
    fn axum_responses() {
        use axum_core::response::IntoResponse;

        let response = IntoResponse::into_response(
            Accepted::new(&())
                .location("/op/7")
                .retry_after(Duration::from_secs(2)),
        );
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        assert_eq!(response.headers()["location"], "/op/7");
        assert_eq!(response.headers()["retry-after"], "2");
        assert_eq!(response.headers()["content-type"], "application/json");
        let response = IntoResponse::into_response(StatusMonitor::new(&azure("Failed")));
        assert_eq!(response.status(), StatusCode::OK);
        let response = IntoResponse::into_response(Accepted::new(&()).location("\n"));
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
