//! The README's polling snippet, as written, against a real HTTP server on
//! 127.0.0.1 through reqwest on tokio (`tests/tests/readme.rs` checks that
//! the README's block is this one).

// Shared with http.rs, which uses all of it.
#[allow(dead_code)]
mod server;

use operation_response_poll_tests::CreateAuthSessionResultResponseBody;
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
        // `Fetch`, `Deadline { last, polls, elapsed, .. }`, `Regressed`.
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
