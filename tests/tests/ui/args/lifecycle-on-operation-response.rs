use operation_response::{operation_response, Lifecycle};

#[operation_response(status = "started", lifecycle = started_lifecycle)]
pub struct StartResponse {
    pub operation_id: String,
}

fn started_lifecycle(_: &StartResponse) -> Lifecycle {
    Lifecycle::Running
}

fn main() {}
