use operation_response::operation_response;

#[operation_response(status = "started", rename_all = "camel")]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
