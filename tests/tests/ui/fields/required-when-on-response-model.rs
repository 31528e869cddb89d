use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    #[response(required_when = "failed")]
    pub message: Option<String>,
}

fn main() {}
