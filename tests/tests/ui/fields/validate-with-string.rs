use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(validate_with = "check")]
    pub id: String,
}

fn main() {}
