use operation_response::{operation_response, Lifecycle};

#[operation_response(status = ["pending", "done"], terminal = ["done"], unknown = classify)]
pub struct ResultResponse {
    pub operation_id: String,
}

fn classify(_: &str) -> Lifecycle {
    Lifecycle::Running
}

fn main() {}
