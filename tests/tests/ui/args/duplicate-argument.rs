use operation_response::operation_response;

#[operation_response(status = "started", open, open)]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
