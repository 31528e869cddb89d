use operation_response::operation_response;

#[operation_response(terminal = ["done"])]
pub enum JobResponse {
    Done,
    #[serde(other)]
    Other,
}

fn main() {}
