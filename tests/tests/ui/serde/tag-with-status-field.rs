use operation_response::operation_response;

#[operation_response(status_field = "state")]
#[serde(tag = "status")]
pub enum JobResponse {
    Done,
}

fn main() {}
