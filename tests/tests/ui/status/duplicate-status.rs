use operation_response::operation_response;

#[operation_response(status = ["pending", "done", "pending"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
