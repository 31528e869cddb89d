use operation_response::operation_response;

#[operation_response(status = ["pending", "done"], terminal = ["done", "done"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
