use operation_response::operation_response;

#[operation_response(status = ["pending", "done"], terminal = "done", open, unknown = "other")]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
