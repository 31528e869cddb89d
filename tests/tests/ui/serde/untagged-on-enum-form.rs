use operation_response::operation_response;

#[operation_response(terminal = ["done"])]
#[serde(untagged)]
pub enum JobResponse {
    Done,
    Pending,
}

fn main() {}
