use operation_response::operation_response;

#[operation_response(status = [])]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
