use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(min = 1, greater_than = 0)]
    pub count: u32,
}

fn main() {}
