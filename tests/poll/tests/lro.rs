//! Both ends of an operation over HTTP, on 127.0.0.1: axum servers that
//! answer with `operation_response::http`'s `Accepted` and `StatusMonitor`,
//! and clients (reqwest on tokio, ureq blocking) that read the start with
//! `Handshake`, poll with `Polled::from_http` and the poller, and check
//! where they are sent.

use std::cell::RefCell;
use std::future::IntoFuture;
use std::sync::atomic::{AtomicU32, Ordering::SeqCst};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use axum::extract::{Path, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use operation_response::http::{Accepted, FinalState, Handshake, StatusMonitor};
use operation_response::poll::{Backoff, PollError, Polled, Poller};
use operation_response::standard::{AzureOperationStatus, AzureStatus};
use operation_response::{from_json, from_slice, OperationResponse, Validate};
use operation_response_poll_tests::{
    CreateAuthSessionResultResponseBody as AuthResult,
    CreateOrUpdateAuthSessionStartResponseBody as Started, CreateOrUpdateAuthSessionStartStatus,
    AUTH_FAILED,
};
use serde::de::DeserializeOwned;
use tokio::sync::oneshot;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The most a server lives, whatever the test does.
const LIMIT: Duration = Duration::from_secs(20);

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// An axum app on 127.0.0.1, served from a thread with a runtime of its
/// own (so that a blocking client can use it too). It stops when dropped,
/// at the end of the test that started it (a failed one too), or after
/// [`LIMIT`].
struct Local {
    origin: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Local {
    /// Binds a free port and serves the app that `app` builds from the
    /// server's origin (`http://127.0.0.1:port`).
    fn start(app: impl FnOnce(&str) -> Router) -> Local {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).expect("nonblocking");
        let origin = format!("http://{}", listener.local_addr().expect("local address"));
        let router = app(&origin);
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the server");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
                let serve = axum::serve(listener, router).into_future();
                // Dropping the runtime then ends the connections in flight.
                tokio::select! {
                    _ = serve => {}
                    _ = stopped => {}
                    () = tokio::time::sleep(LIMIT) => {}
                }
            });
        });
        Local {
            origin,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:port{path}`.
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One GET of a status monitor: the body, parsed and validated, with the
/// wait its headers ask for; an error status is an error.
async fn fetch<T: DeserializeOwned + Validate>(
    client: &reqwest::Client,
    url: &str,
) -> Result<Polled<T>, BoxError> {
    let response = client.get(url).send().await?.error_for_status()?;
    let headers = response.headers().clone();
    let body = from_slice(&response.bytes().await?)?;
    Ok(Polled::from_http(&headers, body))
}

// --- The create-auth-session service -------------------------------------

/// The create-auth-session service, with one operation, `op-1`, which
/// moves on one status per GET of its monitor: `pending`, `in_progress`,
/// then `done`.
#[derive(Default)]
struct AuthSessions {
    /// Where `Operation-Location` points: relative unless set.
    monitor: Option<String>,
    posts: AtomicU32,
    gets: AtomicU32,
    /// Requests that carried an `Authorization` header.
    authorized: AtomicU32,
}

impl AuthSessions {
    fn at(monitor: String) -> Self {
        AuthSessions {
            monitor: Some(monitor),
            ..AuthSessions::default()
        }
    }

    fn app(self: &Arc<Self>) -> Router {
        Router::new()
            .route("/auth-sessions", post(start_auth_session))
            .route("/operations/{id}", get(auth_session_status))
            .with_state(self.clone())
    }
}

fn started(operation_id: &str) -> Started {
    Started {
        status: CreateOrUpdateAuthSessionStartStatus::Started,
        operation_id: operation_id.to_owned(),
    }
}

async fn start_auth_session(
    State(service): State<Arc<AuthSessions>>,
    headers: HeaderMap,
) -> Accepted {
    service.posts.fetch_add(1, SeqCst);
    if headers.contains_key(AUTHORIZATION) {
        service.authorized.fetch_add(1, SeqCst);
    }
    let monitor = service
        .monitor
        .clone()
        .unwrap_or_else(|| "/operations/op-1".to_owned());
    Accepted::new(&started("op-1"))
        .operation_location(monitor)
        .retry_after(ms(1500))
}

async fn auth_session_status(
    State(service): State<Arc<AuthSessions>>,
    Path(id): Path<String>,
) -> Result<StatusMonitor, StatusCode> {
    if id != "op-1" {
        return Err(StatusCode::NOT_FOUND);
    }
    let body = match service.gets.fetch_add(1, SeqCst) {
        0 => AuthResult::Pending,
        1 => AuthResult::InProgress {
            run_id: "run-1".into(),
        },
        _ => AuthResult::Done {
            auth_session_id: "as-1".into(),
        },
    };
    Ok(StatusMonitor::new(&body).retry_after(ms(1500)))
}

/// a. The whole flow: `202` with `Operation-Location`, polled to `done` at
/// the server's pace (bounded), one GET per status.
#[tokio::test]
async fn create_auth_session_end_to_end() -> Result<(), BoxError> {
    let service = Arc::new(AuthSessions::default());
    let server = Local::start(|_| service.app());
    let client = reqwest::Client::new();
    let url = server.url("/auth-sessions");

    let start = client.post(&url).send().await?;
    assert_eq!(start.status(), StatusCode::ACCEPTED);
    assert_eq!(start.headers()[CONTENT_TYPE], "application/json");
    let handshake = Handshake::read(start.status(), start.headers()).with_base(&url.parse()?);
    let body: Started = from_slice(&start.bytes().await?)?;
    assert_eq!(body.operation_id, "op-1");

    assert_eq!(handshake.status(), StatusCode::ACCEPTED);
    assert_eq!(handshake.operation_location(), Some("/operations/op-1"));
    let monitor = server.url("/operations/op-1");
    assert_eq!(handshake.monitor(), Some(monitor.as_str()));
    assert_eq!(
        handshake.final_url(FinalState::OperationLocation),
        Some(monitor.as_str())
    );
    assert_eq!(handshake.location(), None);
    assert!(!handshake.cross_origin());
    // 1.5 s, sent in whole seconds rounded up.
    assert_eq!(handshake.retry_after(), Some(Duration::from_secs(2)));

    let seen = RefCell::new(Vec::new());
    let result = Poller::new(|| fetch::<AuthResult>(&client, &monitor))
        .sleep(tokio::time::sleep)
        .initial_delay(handshake.retry_after().unwrap_or_default().min(ms(10)))
        // The server asks for 2 s each time: kept to 10 ms here.
        .retry_after_bounds(ms(1), ms(10))
        .max_polls(10)
        .deadline(Duration::from_secs(10))
        .on_poll(|body| seen.borrow_mut().push(body.status().to_string()))
        .await;

    match result {
        Ok(AuthResult::Done { auth_session_id }) => assert_eq!(auth_session_id, "as-1"),
        other => panic!("expected done: {other:?}"),
    }
    assert_eq!(*seen.borrow(), ["pending", "in_progress", "done"]);
    assert_eq!(service.posts.load(SeqCst), 1);
    assert_eq!(service.gets.load(SeqCst), 3, "one GET per status");
    Ok(())
}

// --- An Azure-style service ----------------------------------------------

/// A service that creates a widget: the start names an
/// `Azure-AsyncOperation` monitor and the `Location` of the result; the
/// monitor answers `InProgress`, then `Succeeded`.
#[derive(Default)]
struct Widgets {
    polls: AtomicU32,
    reads: AtomicU32,
}

const WIDGET: &str = r#"{"id":"w-1","name":"blue","provisioningState":"Succeeded"}"#;

fn widgets(origin: &str, service: &Arc<Widgets>, start: StatusCode) -> Router {
    let monitor = format!("{origin}/operations/op-2?api-version=2024-01-01");
    let location = format!("{origin}/widgets/w-1");
    let create = move || async move {
        let body: AzureOperationStatus =
            from_json(r#"{"id":"op-2","status":"NotStarted"}"#).expect("a start body");
        // `Accepted` writes `Location`; the Azure header is axum's part.
        let accepted = Accepted::new(&body).location(location).retry_after(ms(1));
        (start, [("azure-asyncoperation", monitor)], accepted)
    };
    Router::new()
        .route("/widgets", post(create))
        .route("/operations/{id}", get(widget_status))
        .route("/widgets/{id}", get(widget))
        .with_state(service.clone())
}

async fn widget_status(
    State(service): State<Arc<Widgets>>,
    Path(id): Path<String>,
) -> Result<StatusMonitor, StatusCode> {
    if id != "op-2" {
        return Err(StatusCode::NOT_FOUND);
    }
    let json = match service.polls.fetch_add(1, SeqCst) {
        0 => r#"{"id":"op-2","status":"InProgress","percentComplete":40}"#,
        _ => r#"{"id":"op-2","status":"Succeeded","percentComplete":100}"#,
    };
    let body: AzureOperationStatus = from_json(json).map_err(|_| StatusCode::NOT_FOUND)?;
    Ok(StatusMonitor::new(&body).retry_after(Duration::from_secs(1)))
}

async fn widget(State(service): State<Arc<Widgets>>, Path(id): Path<String>) -> Response {
    service.reads.fetch_add(1, SeqCst);
    if id != "w-1" {
        return StatusCode::NOT_FOUND.into_response();
    }
    ([(CONTENT_TYPE, "application/json")], WIDGET).into_response()
}

/// b. Azure: the monitor is `Azure-AsyncOperation` (ahead of a `Location`,
/// even on a `202`), and the result is read where `final-state-via:
/// location` says, once the monitor says `Succeeded`.
#[tokio::test]
async fn azure_async_operation_then_location() -> Result<(), BoxError> {
    for start in [StatusCode::CREATED, StatusCode::ACCEPTED] {
        let service = Arc::new(Widgets::default());
        let server = Local::start(|origin| widgets(origin, &service, start));
        let client = reqwest::Client::new();
        let url = server.url("/widgets");

        let response = client.post(&url).send().await?.error_for_status()?;
        assert_eq!(response.status(), start);
        let handshake =
            Handshake::read(response.status(), response.headers()).with_base(&url.parse()?);
        let monitor = server.url("/operations/op-2?api-version=2024-01-01");
        let location = server.url("/widgets/w-1");
        assert_eq!(handshake.azure_async_operation(), Some(monitor.as_str()));
        assert_eq!(handshake.monitor(), Some(monitor.as_str()), "{start}");
        assert_eq!(
            handshake.final_url(FinalState::AzureAsyncOperation),
            Some(monitor.as_str())
        );
        assert_eq!(
            handshake.final_url(FinalState::Location),
            Some(location.as_str())
        );
        assert_eq!(handshake.final_url(FinalState::OperationLocation), None);
        assert!(!handshake.cross_origin());

        let status = Poller::new(|| fetch::<AzureOperationStatus>(&client, &monitor))
            .sleep(tokio::time::sleep)
            .retry_after_bounds(ms(1), ms(10))
            .max_polls(10)
            .await
            .map_err(|e| e.map_fetch_error(std::io::Error::other))?;
        assert_eq!(status.status, AzureStatus::Succeeded);
        assert_eq!(status.id.as_deref(), Some("op-2"));
        assert_eq!(status.percent_complete, Some(100.0));
        assert_eq!(service.polls.load(SeqCst), 2);
        assert_eq!(service.reads.load(SeqCst), 0, "not read before the end");

        let final_url = handshake
            .final_url(FinalState::Location)
            .expect("a Location");
        let resource = client.get(final_url).send().await?.error_for_status()?;
        let resource: serde_json::Value = serde_json::from_slice(&resource.bytes().await?)?;
        assert_eq!(resource, serde_json::from_str::<serde_json::Value>(WIDGET)?);
        assert_eq!(service.reads.load(SeqCst), 1);
    }
    Ok(())
}

// --- A failure, an operation that never ends --------------------------------

/// A monitor that answers each of its bodies in turn (the last one again
/// once they run out), with its headers, and counts its GETs.
struct Scripted {
    bodies: Vec<AuthResult>,
    headers: Vec<(&'static str, &'static str)>,
    gets: AtomicU32,
}

impl Scripted {
    fn new(bodies: &[&str], headers: &[(&'static str, &'static str)]) -> Arc<Self> {
        let bodies = bodies.iter().map(|json| from_json(json).expect(json));
        Arc::new(Scripted {
            bodies: bodies.collect(),
            headers: headers.to_vec(),
            gets: AtomicU32::new(0),
        })
    }

    fn app(self: &Arc<Self>) -> Router {
        Router::new()
            .route("/operations/{id}", get(scripted))
            .with_state(self.clone())
    }
}

async fn scripted(State(script): State<Arc<Scripted>>) -> (HeaderMap, StatusMonitor) {
    let n = script.gets.fetch_add(1, SeqCst) as usize;
    let body = &script.bodies[n.min(script.bodies.len() - 1)];
    let mut headers = HeaderMap::new();
    for (name, value) in &script.headers {
        headers.insert(*name, value.parse().expect("a header value"));
    }
    let monitor = StatusMonitor::new(body).retry_after(Duration::from_secs(1));
    (headers, monitor)
}

/// c. A failed operation is a successful GET of its monitor: `200` with
/// the failed body, and `Retry-After` only while it ran.
#[tokio::test]
async fn a_failed_operation_is_a_200_and_a_failed_poll() {
    let script = Scripted::new(
        &[r#"{"status":"in_progress","runId":"run-1"}"#, AUTH_FAILED],
        &[],
    );
    let server = Local::start(|_| script.app());
    let client = reqwest::Client::new();
    let monitor = server.url("/operations/op-3");

    let seen = RefCell::new(Vec::new());
    let result = Poller::new(|| async {
        let response = client.get(&monitor).send().await?;
        let retry_after = response.headers().get("retry-after").cloned();
        seen.borrow_mut().push((response.status(), retry_after));
        let headers = response.headers().clone();
        let body: AuthResult = from_slice(&response.bytes().await?)?;
        Ok::<_, BoxError>(Polled::from_http(&headers, body))
    })
    .sleep(tokio::time::sleep)
    .retry_after_bounds(ms(1), ms(10))
    .max_polls(10)
    .await;

    match result {
        Err(PollError::Failed(AuthResult::Failed { message, error })) => {
            assert_eq!(message, "quota");
            assert_eq!(error.message, "quota exceeded");
        }
        other => panic!("expected a failure: {other:?}"),
    }
    let seen = seen.into_inner();
    assert_eq!(seen.len(), 2);
    assert!(
        seen.iter().all(|(status, _)| *status == StatusCode::OK),
        "{seen:?}"
    );
    assert_eq!(seen[0].1.as_ref().map(|v| v.as_bytes()), Some(&b"1"[..]));
    assert_eq!(seen[1].1, None, "no Retry-After once failed");
    assert_eq!(script.gets.load(SeqCst), 2);
}

/// d. An operation that never ends, with OpenAI's millisecond hint:
/// exactly `n` GETs, then `Exhausted` with the last body.
#[tokio::test]
async fn max_polls_against_a_server_that_never_finishes() {
    const N: u32 = 4;
    let script = Scripted::new(
        &[r#"{"status":"in_progress","runId":"run-9"}"#],
        &[("openai-poll-after-ms", "5")],
    );
    let server = Local::start(|_| script.app());
    let client = reqwest::Client::new();
    let monitor = server.url("/operations/op-4");

    let started = Instant::now();
    let result = Poller::new(|| fetch::<AuthResult>(&client, &monitor))
        .sleep(tokio::time::sleep)
        // Were the hint ignored, each wait would be 5 s.
        .backoff(Backoff::constant(Duration::from_secs(5)))
        .retry_after_bounds(Duration::ZERO, Duration::from_secs(1))
        .max_polls(N)
        .await;
    let took = started.elapsed();

    let Err(PollError::Exhausted {
        last,
        polls,
        elapsed,
        error,
    }) = result
    else {
        panic!("expected Exhausted: {result:?}");
    };
    assert_eq!(polls, N);
    assert_eq!(script.gets.load(SeqCst), N, "counted on the server");
    assert!(matches!(last, Some(AuthResult::InProgress { run_id }) if run_id == "run-9"));
    assert!(error.is_none());
    // Three waits of the 5 ms asked for, and none after the last poll.
    assert!(elapsed >= ms(15), "{elapsed:?}");
    assert!(took < Duration::from_secs(5), "the hint was used: {took:?}");
}

// --- A hand-over ------------------------------------------------------------

/// e. The process that started the operation hands its `Handshake` over
/// as JSON; the one that polls counts its deadline from the start.
#[tokio::test]
async fn a_handed_over_handshake_shares_the_deadline() -> Result<(), BoxError> {
    let service = Arc::new(AuthSessions::default());
    let server = Local::start(|_| service.app());
    let client = reqwest::Client::new();
    let url = server.url("/auth-sessions");

    // The first process: starts, and writes down what it read.
    let start = client.post(&url).send().await?.error_for_status()?;
    let handshake = Handshake::read(start.status(), start.headers()).with_base(&url.parse()?);
    let json = serde_json::to_string(&handshake)?;

    // The hand-over takes a while.
    tokio::time::sleep(ms(50)).await;

    // The second process: reads it back, and polls within what is left.
    let received: Handshake = serde_json::from_str(&json)?;
    assert_eq!(received, handshake);
    assert_eq!(received.started_at(), handshake.started_at());
    let monitor = received.monitor().expect("a monitor").to_owned();
    assert_eq!(monitor, server.url("/operations/op-1"));

    let spent = SystemTime::now().duration_since(received.started_at())?;
    assert!(
        spent > ms(25),
        "the hand-over took longer than the deadline"
    );
    let result = Poller::new(|| fetch::<AuthResult>(&client, &monitor))
        .sleep(tokio::time::sleep)
        .retry_after_bounds(ms(1), ms(10))
        .since(received.started_at())
        // Less than the hand-over took: one poll, for a body, and no more.
        .deadline(ms(25))
        .await;
    let Err(PollError::Deadline {
        last,
        polls,
        elapsed,
        ..
    }) = result
    else {
        panic!("expected the deadline: {result:?}");
    };
    assert_eq!(polls, 1);
    assert!(matches!(last, Some(AuthResult::Pending)));
    assert!(elapsed >= spent, "{elapsed:?} counts from the start");
    assert_eq!(service.gets.load(SeqCst), 1);

    // With room left, the same hand-over polls to the end.
    let result = Poller::new(|| fetch::<AuthResult>(&client, &monitor))
        .sleep(tokio::time::sleep)
        .retry_after_bounds(ms(1), ms(10))
        .since(received.started_at())
        .deadline(Duration::from_secs(10))
        .max_polls(10)
        .await
        .map_err(|e| e.map_fetch_error(std::io::Error::other))?;
    assert!(matches!(result, AuthResult::Done { auth_session_id } if auth_session_id == "as-1"));
    assert_eq!(service.gets.load(SeqCst), 3);
    Ok(())
}

// --- Where a client is sent -------------------------------------------------

/// Requests to a server that should not see the client's credentials.
#[derive(Default)]
struct Elsewhere {
    requests: AtomicU32,
    authorized: AtomicU32,
}

async fn count_requests(State(other): State<Arc<Elsewhere>>, headers: HeaderMap) -> StatusMonitor {
    other.requests.fetch_add(1, SeqCst);
    if headers.contains_key(AUTHORIZATION) {
        other.authorized.fetch_add(1, SeqCst);
    }
    StatusMonitor::new(&AuthResult::Pending)
}

/// A client that runs an operation with its token: it starts it, refuses
/// a monitor on another origin before sending anything there, and polls
/// the monitor with the same token.
async fn run_with_token(
    client: &reqwest::Client,
    url: &str,
    token: &str,
) -> Result<AuthResult, BoxError> {
    let start = client.post(url).bearer_auth(token).send().await?;
    let start = start.error_for_status()?;
    let handshake = Handshake::read(start.status(), start.headers()).with_base(&url.parse()?);
    if handshake.cross_origin() {
        return Err(format!("refused: {:?} is on another origin", handshake.monitor()).into());
    }
    let monitor = handshake.monitor().ok_or("no monitor")?;
    Poller::new(|| async {
        let response = client.get(monitor).bearer_auth(token).send().await?;
        let headers = response.headers().clone();
        let body = from_slice(&response.error_for_status()?.bytes().await?)?;
        Ok::<_, BoxError>(Polled::from_http(&headers, body))
    })
    .sleep(tokio::time::sleep)
    .retry_after_bounds(ms(1), ms(10))
    .max_polls(3)
    .await
    .map_err(|e| e.map_fetch_error(std::io::Error::other).into())
}

/// f. An `Operation-Location` on another port of 127.0.0.1 is another
/// origin: the client refuses it, and the token never reaches it.
#[tokio::test]
async fn a_monitor_on_another_origin_is_refused() -> Result<(), BoxError> {
    let other = Arc::new(Elsewhere::default());
    let elsewhere = Local::start(|_| {
        Router::new()
            .fallback(count_requests)
            .with_state(other.clone())
    });
    let service = Arc::new(AuthSessions::at(elsewhere.url("/operations/op-1")));
    let server = Local::start(|_| service.app());
    assert_ne!(server.origin, elsewhere.origin);
    let client = reqwest::Client::new();
    let url = server.url("/auth-sessions");

    let err = run_with_token(&client, &url, "secret").await.unwrap_err();
    assert!(err.to_string().starts_with("refused: "), "{err}");
    assert!(err.to_string().contains(&elsewhere.origin), "{err}");
    // The token went to the server that was asked, and nowhere else.
    assert_eq!(service.authorized.load(SeqCst), 1);
    assert_eq!(other.requests.load(SeqCst), 0);

    // What the handshake says, read by hand: the URL as sent, and why.
    let start = client.post(&url).send().await?;
    let handshake = Handshake::read(start.status(), start.headers());
    assert!(handshake.cross_origin(), "no base: nothing verified");
    let handshake = handshake.with_base(&url.parse()?);
    assert!(handshake.cross_origin());
    let monitor = elsewhere.url("/operations/op-1");
    assert_eq!(handshake.monitor(), Some(monitor.as_str()));

    // The other way out: poll it, without credentials.
    let polled = fetch::<AuthResult>(&client, &monitor).await?;
    assert!(matches!(polled.body, AuthResult::Pending));
    assert_eq!(other.requests.load(SeqCst), 1);
    assert_eq!(
        other.authorized.load(SeqCst),
        0,
        "no credentials sent there"
    );
    Ok(())
}

/// g. A URL with a CR or LF cannot be a header value: `Accepted` answers a
/// plain `500` and no header of the URL's making.
#[tokio::test]
async fn a_url_with_a_line_break_is_a_500_not_a_header() -> Result<(), BoxError> {
    let urls = [
        "/operations/op-1\r\nSet-Cookie: session=stolen",
        "/operations/op-1\nSet-Cookie: session=stolen",
        "/operations/op-1\rSet-Cookie: session=stolen",
    ];
    let server = Local::start(|_| {
        let mut app = Router::new();
        for (i, url) in urls.into_iter().enumerate() {
            let started = started("op-1");
            let answer = move || async move {
                if i % 2 == 0 {
                    Accepted::new(&started).operation_location(url)
                } else {
                    Accepted::new(&started).location(url)
                }
            };
            app = app.route(&format!("/start/{i}"), post(answer));
        }
        app
    });
    let client = reqwest::Client::new();
    for (i, url) in urls.iter().enumerate() {
        let response = client
            .post(server.url(&format!("/start/{i}")))
            .send()
            .await?;
        assert_eq!(
            response.status(),
            StatusCode::INTERNAL_SERVER_ERROR,
            "{url:?}"
        );
        let headers = response.headers();
        assert!(headers.get("set-cookie").is_none(), "{headers:?}");
        assert!(headers.get("operation-location").is_none(), "{headers:?}");
        assert!(headers.get("location").is_none(), "{headers:?}");
        assert_eq!(headers[CONTENT_TYPE], "text/plain; charset=utf-8");
        let handshake = Handshake::read(response.status(), headers);
        assert_eq!(handshake.monitor(), None);
        let text = String::from_utf8(response.bytes().await?.to_vec())?;
        assert!(text.starts_with("Internal Server Error: "), "{text}");
        assert!(!text.contains("stolen"), "{text}");
    }
    Ok(())
}

// --- Blocking -----------------------------------------------------------------

/// The same flow with ureq and the blocking poller: ureq's responses are
/// `http::Response`s, so `Handshake` and `Polled::from_http` read them as
/// they are.
#[test]
fn blocking_flow_with_ureq() -> Result<(), BoxError> {
    let service = Arc::new(AuthSessions::default());
    let server = Local::start(|_| service.app());
    let agent = ureq::Agent::new_with_defaults();
    let url = server.url("/auth-sessions");

    let mut start = agent.post(&url).send_empty()?;
    assert_eq!(start.status(), StatusCode::ACCEPTED);
    let handshake = Handshake::read(start.status(), start.headers()).with_base(&url.parse()?);
    let started: Started = from_slice(&start.body_mut().read_to_vec()?)?;
    assert_eq!(started.operation_id, "op-1");
    assert!(!handshake.cross_origin());
    let monitor = handshake.monitor().expect("a monitor").to_owned();

    let polls = std::cell::Cell::new(0);
    let result = Poller::blocking(|| {
        let mut response = agent.get(&monitor).call()?;
        let headers = response.headers().clone();
        let body: AuthResult = from_slice(&response.body_mut().read_to_vec()?)?;
        Ok::<_, BoxError>(Polled::from_http(&headers, body))
    })
    .initial_delay(handshake.retry_after().unwrap_or_default().min(ms(10)))
    .retry_after_bounds(ms(1), ms(10))
    .max_polls(10)
    .on_poll(|_| polls.set(polls.get() + 1))
    .wait()
    .map_err(|e| e.map_fetch_error(std::io::Error::other))?;

    assert!(matches!(result, AuthResult::Done { auth_session_id } if auth_session_id == "as-1"));
    assert_eq!(polls.get(), 3);
    assert_eq!(service.gets.load(SeqCst), 3);
    Ok(())
}
