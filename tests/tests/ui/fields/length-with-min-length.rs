use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    #[response(length = 21, min_length = 1)]
    pub operation_id: String,
}

fn main() {}
