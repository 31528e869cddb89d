use operation_response::operation_response;

#[operation_response(open)]
pub enum JobResponse {
    Done,
    Unknown,
}

fn main() {}
