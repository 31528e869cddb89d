// The stream needs the sleep as much as the future does.
use operation_response::poll::Poller;
use operation_response::{from_json, operation_response};

#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct Job {}

fn main() {
    let _stream = Poller::new(|| async { from_json::<Job>(r#"{"status":"done"}"#) }).into_stream();
}
