//! Drives a create-auth-session operation to its end against a local server:
//! `POST /auth-sessions` answers the `start` body, then each
//! `GET /operations/{id}` answers `pending`, `in_progress` and `done`, with a
//! `Retry-After`. Prints each status as it arrives and the typed result.
//!
//! ```sh
//! cargo run --example poll
//! ```

#[path = "../tests/server/mod.rs"]
#[allow(dead_code)] // the tests read more of what it records than the example does
mod server;

use std::time::Duration;

use operation_response::poll::{retry_after, Backoff, PollError, Polled, Poller};
use operation_response::{from_slice, OperationResponse};
use operation_response_poll_tests::{
    CreateAuthSessionResultResponseBody, CreateOrUpdateAuthSessionStartResponseBody,
};
use server::{Reply, Server};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// One poll: the body, validated, with the server's `Retry-After`.
async fn fetch(
    client: &reqwest::Client,
    url: &str,
) -> Result<Polled<CreateAuthSessionResultResponseBody>, Error> {
    let response = client.get(url).send().await?.error_for_status()?;
    let after = response
        .headers()
        .get("retry-after")
        .and_then(|value| value.to_str().ok())
        .and_then(retry_after);
    let body = from_slice(&response.bytes().await?)?;
    Ok(Polled::new(body).retry_after(after))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    let server = Server::start([
        Reply::json(r#"{"status":"started","operationId":"op-1"}"#),
        Reply::json(r#"{"status":"pending"}"#).retry_after("1"),
        Reply::json(r#"{"status":"in_progress","runId":"run-7"}"#),
        Reply::json(r#"{"status":"in_progress","runId":"run-7"}"#),
        Reply::json(r#"{"status":"done","authSessionId":"as-1234"}"#),
    ]);
    let client = reqwest::Client::new();

    let response = client.post(server.url("/auth-sessions")).send().await?;
    let started: CreateOrUpdateAuthSessionStartResponseBody = from_slice(&response.bytes().await?)?;
    println!("{}: operation {}", started.status, started.operation_id);

    let url = server.url(&format!("/operations/{}", started.operation_id));
    let result = Poller::new(|| fetch(&client, &url))
        .sleep(tokio::time::sleep)
        .backoff(Backoff::exponential(Duration::from_millis(100), Duration::from_secs(2)).jitter())
        .retry_after_bounds(Duration::from_millis(50), Duration::from_millis(500))
        .deadline(Duration::from_secs(30))
        .on_poll(|body| println!("status: {}", body.status()))
        .await;

    match result {
        Ok(CreateAuthSessionResultResponseBody::Done { auth_session_id }) => {
            println!("auth session: {auth_session_id}");
        }
        Ok(other) => println!("ended: {other:?}"),
        Err(PollError::Failed(body)) => println!("failed: {body:?}"),
        // A boxed fetch error is not itself an `Error`: `io::Error::other` makes it one.
        Err(error) => return Err(error.map_fetch_error(std::io::Error::other).into()),
    }
    server.finish();
    Ok(())
}
