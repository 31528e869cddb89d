use operation_response::operation_response;

#[operation_response(status_case = "kebab")]
pub enum JobResponse {
    InProgress,
}

fn main() {}
