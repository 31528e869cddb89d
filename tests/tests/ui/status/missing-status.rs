use operation_response::operation_response;

#[operation_response]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
