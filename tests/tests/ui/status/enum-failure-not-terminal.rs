use operation_response::operation_response;

#[operation_response(terminal = ["done"], failure = ["failed"])]
pub enum JobResponse {
    Done,
    Failed { message: String },
}

fn main() {}
