use operation_response::operation_response;

#[operation_response(status = 5)]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
