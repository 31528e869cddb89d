use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    Done = 1,
}

fn main() {}
