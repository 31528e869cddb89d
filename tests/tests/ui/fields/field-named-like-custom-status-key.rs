use operation_response::operation_response;

#[operation_response(status = "done", status_field = "state")]
pub struct JobResponse {
    pub state: String,
}

fn main() {}
