use operation_response::operation_response;

#[operation_response(terminal = ["DONE"])]
pub enum JobResponse {
    #[response(status = "DONE")]
    #[serde(rename = "done")]
    Done,
}

fn main() {}
