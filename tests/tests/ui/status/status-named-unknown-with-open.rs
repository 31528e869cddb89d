use operation_response::operation_response;

#[operation_response(status = ["pending", "unknown"], open)]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
