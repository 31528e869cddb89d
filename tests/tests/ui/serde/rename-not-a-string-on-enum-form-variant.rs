use operation_response::operation_response;

#[operation_response(terminal = ["done"])]
pub enum JobResponse {
    #[serde(rename(deserialize = "DONE"))]
    Done,
}

fn main() {}
