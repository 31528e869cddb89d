use operation_response::operation_response;

#[operation_response(status = ["pending", "failed"], terminal = "failed", failure = "failed")]
pub struct ResultResponseBody {
    #[response(required_when = "failed")]
    pub message: String,
}

fn main() {}
