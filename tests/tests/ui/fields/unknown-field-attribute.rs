use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    #[response(trim)]
    pub operation_id: String,
}

fn main() {}
