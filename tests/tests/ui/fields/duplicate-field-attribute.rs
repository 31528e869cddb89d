use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(min_length = 1)]
    #[response(min_length = 2)]
    pub id: String,
}

fn main() {}
