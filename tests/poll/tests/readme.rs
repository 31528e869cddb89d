//! The README's snippets that need a real HTTP server on 127.0.0.1 and
//! reqwest on tokio, as written: the polling one, and both ends over HTTP
//! (an axum server too). `tests/tests/readme.rs` checks that the README's
//! blocks are these.

// Shared with http.rs, which uses all of it.
#[allow(dead_code)]
mod server;

use std::sync::{Arc, Mutex};

use operation_response_poll_tests::{
    CreateAuthSessionResultResponseBody, CreateOrUpdateAuthSessionStartResponseBody,
    CreateOrUpdateAuthSessionStartStatus,
};
use server::{Reply, Server};

#[tokio::test]
async fn readme_polling_snippet() {
    let server = Server::start([
        Reply::json(r#"{"status":"pending"}"#).retry_after("1"),
        Reply::json(r#"{"status":"done","authSessionId":"auth-1"}"#),
    ]);
    let client = reqwest::Client::new();
    let url = server.url("/auth-sessions/op-7/result");

    use operation_response::poll::{retry_after, Backoff, PollError, Polled, Poller};
    use operation_response::{from_slice, OperationResponse};
    use std::time::Duration;

    let result = Poller::new(|| async {
        let response = client.get(&url).send().await?;
        let after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(retry_after);
        let body = from_slice::<CreateAuthSessionResultResponseBody>(&response.bytes().await?)?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(Polled::new(body).retry_after(after))
    })
    .sleep(tokio::time::sleep)
    .backoff(Backoff::exponential(Duration::from_millis(500), Duration::from_secs(30)).jitter())
    .deadline(Duration::from_secs(600))
    .on_poll(|body| eprintln!("status: {}", body.status()))
    .await;

    match result {
        Ok(CreateAuthSessionResultResponseBody::Done { auth_session_id }) => {
            println!("session {auth_session_id}")
        }
        // `failed` or `canceled`, with its fields.
        Err(PollError::Failed(body)) => eprintln!("ended {}", body.status()),
        // `Fetch`, `Deadline { last, polls, elapsed, .. }`, `Exhausted` (after `.max_polls(n)`),
        // `Waiting` (a status that waits for a person), `Regressed`.
        Err(other) => eprintln!("gave up: {other}"),
        Ok(_) => unreachable!("`done` is the only terminal status that is not a failure"),
    }

    let served = server.finish();
    assert_eq!(
        served.len(),
        2,
        "one fetch per body, the poll ended at `done`"
    );
}

/// The server's own store of operations, which the HTTP snippet names
/// without declaring: how many times each was polled, by its index. Each
/// poll moves an operation on: `in_progress`, then `done`.
#[derive(Clone, Default)]
struct Jobs(Arc<Mutex<Vec<u32>>>);

impl Jobs {
    fn start(&self) -> CreateOrUpdateAuthSessionStartResponseBody {
        let mut jobs = self.0.lock().unwrap();
        jobs.push(0);
        CreateOrUpdateAuthSessionStartResponseBody {
            status: CreateOrUpdateAuthSessionStartStatus::Started,
            operation_id: format!("op-{}", jobs.len()),
        }
    }

    fn status(&self, id: &str) -> Option<CreateAuthSessionResultResponseBody> {
        let index: usize = id.strip_prefix("op-")?.parse().ok()?;
        let mut jobs = self.0.lock().unwrap();
        let polls = jobs.get_mut(index.checked_sub(1)?)?;
        *polls += 1;
        Some(match *polls {
            1 => CreateAuthSessionResultResponseBody::InProgress {
                run_id: format!("run-{index}"),
            },
            _ => CreateAuthSessionResultResponseBody::Done {
                auth_session_id: format!("as-{index}"),
            },
        })
    }

    fn polls(&self) -> Vec<u32> {
        self.0.lock().unwrap().clone()
    }
}

#[tokio::test]
async fn readme_http_snippet() -> Result<(), Box<dyn std::error::Error>> {
    let jobs = Jobs::default();
    let store = jobs.clone();

    use axum::extract::{Path, State};
    use axum::http::StatusCode;
    use axum::routing::{get, post};
    use axum::Router;
    use operation_response::from_slice;
    use operation_response::http::{Accepted, Handshake, StatusMonitor};
    use operation_response::poll::{Polled, Poller};
    use std::time::Duration;

    // The server: 202 and where to poll, then 200 and the status, whatever it is.
    async fn create_auth_session(State(jobs): State<Jobs>) -> Accepted {
        let started: CreateOrUpdateAuthSessionStartResponseBody = jobs.start();
        Accepted::new(&started)
            .operation_location(format!("/operations/{}", started.operation_id))
            .retry_after(Duration::from_secs(1))
    }

    async fn auth_session_status(
        State(jobs): State<Jobs>,
        Path(id): Path<String>,
    ) -> Result<StatusMonitor, StatusCode> {
        let body: CreateAuthSessionResultResponseBody =
            jobs.status(&id).ok_or(StatusCode::NOT_FOUND)?;
        Ok(StatusMonitor::new(&body).retry_after(Duration::from_secs(1)))
    }

    let app = Router::new()
        .route("/auth-sessions", post(create_auth_session))
        .route("/operations/{id}", get(auth_session_status))
        .with_state(jobs); // your store of operations
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/auth-sessions", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });

    // The client: where to poll, at the server's pace, within a bound.
    let client = reqwest::Client::new();
    let start = client.post(&url).send().await?.error_for_status()?;
    let handshake = Handshake::read(start.status(), start.headers()).with_base(&url.parse()?);
    if handshake.cross_origin() {
        return Err("the monitor is on another origin: not sending our credentials there".into());
    }
    let monitor = handshake.monitor().ok_or("no monitor")?;
    let first_poll = handshake
        .retry_after()
        .unwrap_or_default()
        .min(Duration::from_secs(60));
    let result = Poller::new(|| async {
        let response = client.get(monitor).send().await?.error_for_status()?;
        let headers = response.headers().clone();
        let body = from_slice::<CreateAuthSessionResultResponseBody>(&response.bytes().await?)?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(Polled::from_http(&headers, body))
    })
    .sleep(tokio::time::sleep)
    .initial_delay(first_poll)
    .max_polls(60)
    .await
    // A boxed fetch error is no `std::error::Error`: `io::Error::other` makes it one.
    .map_err(|e| e.map_fetch_error(std::io::Error::other))?;

    if let CreateAuthSessionResultResponseBody::Done { auth_session_id } = &result {
        println!("auth session {auth_session_id}");
    }

    assert!(matches!(
        result,
        CreateAuthSessionResultResponseBody::Done { auth_session_id } if auth_session_id == "as-1"
    ));
    assert_eq!(store.polls(), [2], "one operation, polled to `done`");
    assert_eq!(handshake.operation_location(), Some("/operations/op-1"));
    Ok(())
}
