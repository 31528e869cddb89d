// An async poller depends on no runtime, so it has no default sleep: awaiting
// one without `.sleep(…)` is an error that says to call it.
use std::time::Duration;

use operation_response::poll::{Backoff, Poller};
use operation_response::{from_json, operation_response};

#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct Job {}

async fn wait_for_job() {
    let _ = Poller::new(|| async { from_json::<Job>(r#"{"status":"done"}"#) })
        .backoff(Backoff::constant(Duration::from_secs(1)))
        .await;
}

fn main() {
    let _ = wait_for_job();
}
