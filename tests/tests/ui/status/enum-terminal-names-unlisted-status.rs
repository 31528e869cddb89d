use operation_response::operation_response;

#[operation_response(terminal = ["finished"])]
pub enum JobResponse {
    Done,
    Pending,
}

fn main() {}
