use operation_response::{operation_response, Lifecycle};

#[operation_response(status = ["running", "done"], terminal = ["done"], classify = by_error)]
pub struct JobResponse {
    pub error: Option<String>,
}

fn by_error(_: &JobResponse) -> Lifecycle {
    Lifecycle::Failed
}

fn main() {}
