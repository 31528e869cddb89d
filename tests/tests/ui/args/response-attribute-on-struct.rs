use operation_response::operation_response;

#[operation_response(status = "started")]
#[response(rename_all = "snake_case")]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
