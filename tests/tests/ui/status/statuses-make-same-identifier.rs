use operation_response::operation_response;

#[operation_response(status = ["in_progress", "in-progress"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
