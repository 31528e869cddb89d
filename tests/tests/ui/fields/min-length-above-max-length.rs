use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    #[response(min_length = 30, max_length = 21)]
    pub operation_id: String,
}

fn main() {}
