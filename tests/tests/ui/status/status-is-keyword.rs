use operation_response::operation_response;

#[operation_response(status = ["pending", "self"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
