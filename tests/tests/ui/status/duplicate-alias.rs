use operation_response::operation_response;

#[operation_response(terminal = ["done"])]
pub enum JobResponse {
    #[response(alias = "finished")]
    Done,
    #[serde(alias = "finished")]
    Canceled,
}

fn main() {}
