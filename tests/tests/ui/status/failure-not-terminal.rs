use operation_response::operation_response;

#[operation_response(status = ["pending", "done", "failed"], terminal = ["done"], failure = ["failed"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
