use operation_response::operation_response;

#[operation_response(status = ["pending", "2fa"])]
pub struct ResultResponseBody {
    pub operation_id: String,
}

fn main() {}
