// A status list that fails to parse is reported once: the names that refer
// to statuses are not checked against it.
use operation_response::operation_response;

#[operation_response(status = [1, 2], terminal = ["done"], failure = ["done"])]
pub struct JobResponse {
    #[response(required_when = "done")]
    pub result: Option<String>,
}

fn main() {}
