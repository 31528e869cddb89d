use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    #[response(pattern = "^[A-Za-z0-9_-{21}$")]
    pub operation_id: String,
}

fn main() {}
