use operation_response::operation_response;

#[operation_response(status = ["pending", "done"], terminal = ["done", "finished"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
