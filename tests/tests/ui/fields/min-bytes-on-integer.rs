use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(min_bytes = 1)]
    pub count: u32,
}

fn main() {}
