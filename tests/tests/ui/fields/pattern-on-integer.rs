use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    pub operation_id: String,
    #[response(pattern = "^[0-9]+$")]
    pub attempts: u32,
}

fn main() {}
