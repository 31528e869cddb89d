use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    pub operation_id: String,
    #[response(min_length = 1)]
    pub attempts: u32,
}

fn main() {}
