use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    pub status: String,
    pub operation_id: String,
}

fn main() {}
