use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(open)]
    pub id: String,
}

fn main() {}
