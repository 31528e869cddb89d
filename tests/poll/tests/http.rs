//! The poller against a real HTTP server on 127.0.0.1, serving a scripted
//! sequence of bodies with `Retry-After` headers, through real clients:
//! reqwest for the async poller (on tokio), ureq for the blocking one.

mod server;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use operation_response::poll::{retry_after, Backoff, PollError, Polled, Poller};
use std::future::IntoFuture;

use operation_response::{from_slice, OperationResponse};
use operation_response_poll_tests::{
    CreateAuthSessionResultResponseBody as AuthResult,
    CreateOrUpdateAuthSessionStartResponseBody as Started, AUTH_CANCELED, AUTH_FAILED,
};
use server::{Reply, Served, Server};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Any client's failure: transport, an error status, or a body that does not
/// parse or validate.
#[derive(Debug)]
enum HttpError {
    Transport(String),
    Status(u16),
    Body(operation_response::Error),
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpError::Transport(e) => write!(f, "transport: {e}"),
            HttpError::Status(code) => write!(f, "HTTP {code}"),
            HttpError::Body(e) => write!(f, "body: {e}"),
        }
    }
}

impl std::error::Error for HttpError {}

fn flow(results: impl IntoIterator<Item = Reply>) -> Vec<Reply> {
    let mut replies = vec![Reply::json(r#"{"status":"started","operationId":"op-7"}"#)];
    replies.extend(results);
    replies
}

fn paths(served: &[Served]) -> Vec<String> {
    served
        .iter()
        .map(|s| format!("{} {}", s.method, s.path))
        .collect()
}

/// The gaps between the server's GETs are at least the sleeps recorded.
fn assert_gaps_at_least(served: &[Served], sleeps: &[Duration]) {
    let gets: Vec<Instant> = served
        .iter()
        .filter(|s| s.method == "GET")
        .map(|s| s.at)
        .collect();
    assert_eq!(gets.len(), sleeps.len() + 1, "one GET more than sleeps");
    for (pair, sleep) in gets.windows(2).zip(sleeps) {
        assert!(
            pair[1] - pair[0] >= *sleep,
            "{:?} apart, after sleeping {sleep:?}",
            pair[1] - pair[0]
        );
    }
}

async fn get(client: &reqwest::Client, url: &str) -> Result<Polled<AuthResult>, HttpError> {
    let response = client
        .get(url)
        .send()
        .await
        .map_err(|e| HttpError::Transport(e.to_string()))?;
    if !response.status().is_success() {
        return Err(HttpError::Status(response.status().as_u16()));
    }
    let after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(retry_after);
    let bytes = response
        .bytes()
        .await
        .map_err(|e| HttpError::Transport(e.to_string()))?;
    let body = from_slice::<AuthResult>(&bytes).map_err(HttpError::Body)?;
    Ok(Polled::new(body).retry_after(after))
}

#[tokio::test]
async fn the_async_poller_follows_a_real_server_to_the_end() {
    let server = Server::start(flow([
        Reply::json(r#"{"status":"pending"}"#).retry_after("0"),
        Reply::json(r#"{"status":"in_progress","runId":"run-1"}"#).retry_after("1"),
        Reply::json(r#"{"status":"in_progress","runId":"run-1"}"#),
        Reply::json(r#"{"status":"done","authSessionId":"as-42"}"#),
    ]));
    let client = reqwest::Client::new();
    let response = client
        .post(server.url("/auth-sessions"))
        .send()
        .await
        .unwrap();
    let started: Started = from_slice(&response.bytes().await.unwrap()).unwrap();
    let url = server.url(&format!("/operations/{}", started.operation_id));

    let sleeps = Mutex::new(Vec::new());
    let mut statuses = Vec::new();
    // The fetch borrows the client and the URL: nothing is `'static`.
    let result = Poller::new(|| get(&client, &url))
        .sleep(|d| {
            sleeps.lock().unwrap().push(d);
            tokio::time::sleep(d)
        })
        .backoff(Backoff::constant(ms(20)))
        .retry_after_bounds(ms(5), ms(40))
        .deadline(Duration::from_secs(10))
        .on_poll(|body| statuses.push(body.status()))
        .await;

    assert_eq!(
        result.unwrap(),
        AuthResult::Done {
            auth_session_id: "as-42".into()
        }
    );
    let statuses: Vec<_> = statuses.iter().map(|s| s.as_str()).collect();
    assert_eq!(statuses, ["pending", "in_progress", "in_progress", "done"]);
    // `Retry-After: 0` raised to the floor, `1` (second) lowered to the cap,
    // then the schedule's own delay.
    let sleeps = sleeps.into_inner().unwrap();
    assert_eq!(sleeps, [ms(5), ms(40), ms(20)]);
    let served = server.finish();
    assert_eq!(
        paths(&served),
        [
            "POST /auth-sessions",
            "GET /operations/op-7",
            "GET /operations/op-7",
            "GET /operations/op-7",
            "GET /operations/op-7",
        ]
    );
    assert_gaps_at_least(&served, &sleeps);
}

#[tokio::test]
async fn a_spawned_poller_runs_out_of_time_against_a_server_that_never_ends() {
    let server = Server::start(vec![Reply::json(r#"{"status":"pending"}"#); 200]);
    let (client, url) = (reqwest::Client::new(), server.url("/operations/op-7"));
    let before = Instant::now();
    // Spawned: the future is `Send + 'static` when its parts are.
    let task = tokio::spawn(
        Poller::new(move || {
            let (client, url) = (client.clone(), url.clone());
            async move { get(&client, &url).await }
        })
        .sleep(tokio::time::sleep)
        .backoff(Backoff::constant(ms(25)))
        .deadline(ms(150))
        .into_future(),
    );
    let err = task.await.unwrap().unwrap_err();
    let PollError::Deadline {
        last,
        polls,
        elapsed,
        error: None,
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(last.unwrap().status(), AuthResult::Pending.status());
    assert!(elapsed >= ms(150), "{elapsed:?}");
    let served = server.finish();
    assert_eq!(served.len(), polls as usize, "one request per poll");
    assert!(polls >= 2);
    // The final fetch started at the deadline (the fake-clock tests measure
    // the cut exactly; here the bound is loose for a loaded machine).
    let span = served.last().unwrap().at - before;
    assert!(span >= ms(150) && span < Duration::from_secs(2), "{span:?}");
}

#[tokio::test]
async fn the_stream_yields_each_body_from_the_server() {
    use futures_core::Stream;
    let server = Server::start([
        Reply::json(r#"{"status":"pending"}"#),
        Reply::status(503),
        Reply::json(AUTH_FAILED),
    ]);
    let (client, url) = (reqwest::Client::new(), server.url("/operations/op-7"));
    let mut stream = Poller::new(|| get(&client, &url))
        .sleep(tokio::time::sleep)
        .backoff(Backoff::constant(ms(5)))
        .retry(|e| matches!(e, HttpError::Status(503)))
        .into_stream();
    let mut items = Vec::new();
    while let Some(item) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut stream).poll_next(cx)).await
    {
        items.push(match item {
            Ok(body) => body.status().as_str().to_owned(),
            Err(e) => e.to_string(),
        });
    }
    assert_eq!(items, ["pending", "HTTP 503", "failed"]);
    assert_eq!(server.finish().len(), 3);
}

fn ureq_get(agent: &ureq::Agent, url: &str) -> Result<Polled<AuthResult>, HttpError> {
    let mut response = agent.get(url).call().map_err(|e| match e {
        ureq::Error::StatusCode(code) => HttpError::Status(code),
        e => HttpError::Transport(e.to_string()),
    })?;
    let after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(retry_after);
    let bytes = response
        .body_mut()
        .read_to_vec()
        .map_err(|e| HttpError::Transport(e.to_string()))?;
    let body = from_slice::<AuthResult>(&bytes).map_err(HttpError::Body)?;
    Ok(Polled::new(body).retry_after(after))
}

#[test]
fn the_blocking_poller_follows_a_real_server_and_retries_a_503() {
    let server = Server::start(flow([
        Reply::json(r#"{"status":"pending"}"#).retry_after("0"),
        Reply::status(503).retry_after("1"),
        Reply::json(r#"{"status":"in_progress","runId":"run-1"}"#).retry_after("1"),
        Reply::json(r#"{"status":"done","authSessionId":"as-42"}"#),
    ]));
    let agent = ureq::Agent::new_with_defaults();
    let mut response = agent
        .post(server.url("/auth-sessions"))
        .send_empty()
        .unwrap();
    let started: Started = from_slice(&response.body_mut().read_to_vec().unwrap()).unwrap();
    let url = server.url(&format!("/operations/{}", started.operation_id));

    let sleeps = Mutex::new(Vec::new());
    let result = Poller::blocking(|| ureq_get(&agent, &url))
        .sleep(|d| {
            sleeps.lock().unwrap().push(d);
            std::thread::sleep(d);
        })
        .backoff(Backoff::exponential(ms(10), ms(100)))
        .retry_after_bounds(ms(5), ms(30))
        .retry(|e| matches!(e, HttpError::Status(503)))
        .wait();
    assert_eq!(
        result.unwrap(),
        AuthResult::Done {
            auth_session_id: "as-42".into()
        }
    );
    // Floor; the 503's step (its header is not read: ureq gives no response
    // with a status error); the cap.
    let sleeps = sleeps.into_inner().unwrap();
    assert_eq!(sleeps, [ms(5), ms(20), ms(30)]);
    let served = server.finish();
    assert_eq!(served.len(), 5);
    assert_gaps_at_least(&served, &sleeps);
}

#[test]
fn the_blocking_poller_reports_a_failed_operation_and_a_bad_body() {
    let server = Server::start([
        Reply::json(r#"{"status":"pending"}"#),
        Reply::json(AUTH_CANCELED),
    ]);
    let agent = ureq::Agent::new_with_defaults();
    let url = server.url("/operations/op-7");
    let err = Poller::blocking(|| ureq_get(&agent, &url))
        .backoff([ms(1)])
        .wait()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the operation failed with status `canceled`"
    );
    assert!(
        matches!(err.body(), Some(AuthResult::Canceled { message, .. }) if message == "by the user")
    );
    server.finish();

    // A body the type rejects is a fetch error like any other, with its cause.
    let server = Server::start([Reply::json(r#"{"status":"done","authSessionId":"x"}"#)]);
    let url = server.url("/operations/op-7");
    let err = Poller::blocking(|| ureq_get(&agent, &url))
        .wait()
        .unwrap_err();
    assert!(matches!(err, PollError::Fetch(HttpError::Body(_))));
    let source = std::error::Error::source(&err).unwrap();
    assert_eq!(
        source.to_string(),
        "body: authSessionId: length 1 is less than the minimum 3"
    );
    server.finish();
}

#[test]
fn blocking_pollers_on_two_threads_see_every_body() {
    // Two blocking pollers at once, each with its own server.
    let handles: Vec<_> = (0..2)
        .map(|_| {
            std::thread::spawn(|| {
                let server = Server::start(
                    vec![Reply::json(r#"{"status":"pending"}"#); 3]
                        .into_iter()
                        .chain([Reply::json(r#"{"status":"done","authSessionId":"as-1"}"#)]),
                );
                let agent = ureq::Agent::new_with_defaults();
                let url = server.url("/operations/op-7");
                let count = Arc::new(Mutex::new(0));
                let seen = count.clone();
                let result = Poller::blocking(|| ureq_get(&agent, &url))
                    .backoff([ms(2)])
                    .on_poll(move |_| *seen.lock().unwrap() += 1)
                    .wait();
                assert!(result.is_ok());
                assert_eq!(server.finish().len(), 4);
                let polls = *count.lock().unwrap();
                polls
            })
        })
        .collect();
    for handle in handles {
        assert_eq!(handle.join().unwrap(), 4);
    }
}
