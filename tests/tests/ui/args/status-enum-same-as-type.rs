use operation_response::operation_response;

#[operation_response(status = "started", status_enum = StartResponseBody)]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
