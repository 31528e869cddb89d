//! Both ends of a create-auth-session operation over HTTP, in one program:
//! an axum server that answers with `operation_response::http`'s responders
//! (`Accepted`, then `StatusMonitor`), and a reqwest client that reads the
//! start with `Handshake`, checks where it is sent, and polls at the
//! server's pace with `.max_polls` as its bound. Last, a start whose
//! monitor is on another origin, which the client refuses before sending
//! anything there.
//!
//! ```sh
//! cargo run -p operation-response-poll-tests --example lro
//! ```

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use operation_response::http::{Accepted, Handshake, StatusMonitor};
use operation_response::poll::{PollError, Polled, Poller};
use operation_response::{from_slice, OperationResponse};
use operation_response_poll_tests::{
    CreateAuthSessionResultResponseBody as AuthResult,
    CreateOrUpdateAuthSessionStartResponseBody as Started, CreateOrUpdateAuthSessionStartStatus,
};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// How long the server asks clients to wait between polls. `Retry-After`
/// counts whole seconds, so the server sends `retry-after-ms` too, which
/// `Handshake` and `Polled::from_http` read first.
const POLL_AFTER: Duration = Duration::from_millis(200);

// --- The server -------------------------------------------------------------

/// The operations started so far, by id, with how many times each was
/// polled: each poll moves it on (`pending`, `in_progress` twice, `done`).
#[derive(Clone, Default)]
struct Operations(Arc<Mutex<HashMap<String, u32>>>);

impl Operations {
    fn start(&self) -> Started {
        let mut operations = self.0.lock().expect("the operations");
        let operation_id = format!("op-{}", operations.len() + 1);
        operations.insert(operation_id.clone(), 0);
        Started {
            status: CreateOrUpdateAuthSessionStartStatus::Started,
            operation_id,
        }
    }

    fn poll(&self, id: &str) -> Option<AuthResult> {
        let mut operations = self.0.lock().expect("the operations");
        let polls = operations.get_mut(id)?;
        *polls += 1;
        Some(match *polls {
            1 => AuthResult::Pending,
            2 | 3 => AuthResult::InProgress {
                run_id: format!("run-{id}"),
            },
            _ => AuthResult::Done {
                auth_session_id: format!("as-{id}"),
            },
        })
    }
}

/// The server's hint in milliseconds, next to the responder's `Retry-After`.
fn poll_after() -> [(&'static str, String); 1] {
    [("retry-after-ms", POLL_AFTER.as_millis().to_string())]
}

/// `POST /auth-sessions`: 202, where to poll, how long to wait.
async fn start(State(operations): State<Operations>) -> ([(&'static str, String); 1], Accepted) {
    let started = operations.start();
    let accepted = Accepted::new(&started)
        .operation_location(format!("/operations/{}", started.operation_id))
        .retry_after(POLL_AFTER);
    (poll_after(), accepted)
}

/// `POST /legacy/auth-sessions`: its monitor is on another origin (another
/// port of this host).
async fn start_elsewhere(State(operations): State<Operations>) -> Accepted {
    let started = operations.start();
    Accepted::new(&started).operation_location(format!(
        "http://127.0.0.1:9/operations/{}",
        started.operation_id
    ))
}

/// `GET /operations/{id}`: 200 with the status, whatever it is.
async fn status(
    State(operations): State<Operations>,
    Path(id): Path<String>,
) -> Result<([(&'static str, String); 1], StatusMonitor), StatusCode> {
    let body = operations.poll(&id).ok_or(StatusCode::NOT_FOUND)?;
    Ok((
        poll_after(),
        StatusMonitor::new(&body).retry_after(POLL_AFTER),
    ))
}

// --- The client -------------------------------------------------------------

/// Starts an operation with the caller's token, and gives the handshake,
/// or refuses when the monitor (or the result) is on another origin: the
/// token would go there with every poll.
async fn start_operation(
    client: &reqwest::Client,
    url: &str,
    token: &str,
) -> Result<Handshake, Error> {
    let response = client.post(url).bearer_auth(token).send().await?;
    let response = response.error_for_status()?;
    let handshake = Handshake::read(response.status(), response.headers()).with_base(&url.parse()?);
    let started: Started = from_slice(&response.bytes().await?)?;
    println!(
        "POST {url}: {}, operation {}",
        handshake.status(),
        started.operation_id
    );
    if handshake.cross_origin() {
        let monitor = handshake.monitor().unwrap_or("?");
        return Err(format!("refused: the monitor {monitor} is on another origin").into());
    }
    Ok(handshake)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    let app = Router::new()
        .route("/auth-sessions", post(start))
        .route("/legacy/auth-sessions", post(start_elsewhere))
        .route("/operations/{id}", get(status))
        .with_state(Operations::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let origin = format!("http://{}", listener.local_addr()?);
    // The server lives as long as `main`.
    tokio::spawn(async move { axum::serve(listener, app).await });

    let client = reqwest::Client::new();
    let token = "example-token";
    let handshake = start_operation(&client, &format!("{origin}/auth-sessions"), token).await?;
    let monitor = handshake.monitor().ok_or("the start named no monitor")?;
    let first = handshake.retry_after().unwrap_or_default();
    println!("monitor {monitor} (same origin), first poll in {first:?}");

    let started = Instant::now();
    let polls = std::cell::Cell::new(0);
    let result = Poller::new(|| async {
        let response = client.get(monitor).bearer_auth(token).send().await?;
        let response = response.error_for_status()?;
        let headers = response.headers().clone();
        let body: AuthResult = from_slice(&response.bytes().await?)?;
        Ok::<_, Error>(Polled::from_http(&headers, body))
    })
    .sleep(tokio::time::sleep)
    .initial_delay(first.min(Duration::from_secs(60)))
    // The server's 200 ms is below the default floor of 1 s.
    .retry_after_bounds(Duration::from_millis(100), Duration::from_secs(60))
    .max_polls(20)
    .on_poll(|body| {
        polls.set(polls.get() + 1);
        let at = started.elapsed().as_secs_f64();
        println!("poll {} at {at:.2}s: {}", polls.get(), body.status());
    })
    .await;

    match result {
        Ok(AuthResult::Done { auth_session_id }) => {
            println!(
                "auth session {auth_session_id}, after {} polls",
                polls.get()
            );
        }
        Ok(other) => return Err(format!("ended as {}", other.status()).into()),
        Err(PollError::Failed(body)) => return Err(format!("failed: {body:?}").into()),
        // A boxed fetch error is no `std::error::Error`: `io::Error::other` makes it one.
        Err(error) => return Err(error.map_fetch_error(std::io::Error::other).into()),
    }

    // A start whose monitor is elsewhere: refused before any poll.
    let legacy = format!("{origin}/legacy/auth-sessions");
    match start_operation(&client, &legacy, token).await {
        Err(refused) => println!("{refused}; nothing was sent there"),
        Ok(handshake) => return Err(format!("followed {:?}", handshake.monitor()).into()),
    }
    Ok(())
}
