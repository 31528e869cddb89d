use operation_response::operation_response;

pub type Count = u32;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(min_length = 1)]
    pub count: Count,
}

fn main() {}
