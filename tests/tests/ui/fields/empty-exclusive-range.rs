use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(greater_than = 5, less_than = 5)]
    pub count: u32,
}

fn main() {}
