use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct JobResponse {
    #[response(min_bytes = 10, max_bytes = 2)]
    pub name: String,
}

fn main() {}
