use operation_response::response_model;

#[response_model(status = "started")]
pub struct ErrorDetails {
    pub message: String,
}

fn main() {}
