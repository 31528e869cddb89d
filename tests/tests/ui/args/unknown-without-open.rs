use operation_response::operation_response;

#[operation_response(status = ["pending", "done"], terminal = "done", unknown = "failure")]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
