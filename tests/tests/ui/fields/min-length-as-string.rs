use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(min_length = "3")]
    pub id: String,
}

fn main() {}
