use operation_response::operation_response;

#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct JobResponse {
    #[response(progress)]
    pub progress: Option<String>,
}

fn main() {}
