use operation_response::operation_response;

#[operation_response(status = ["pending", "done", "failed"], terminal = ["done", "failed"], failure = ["faild"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
