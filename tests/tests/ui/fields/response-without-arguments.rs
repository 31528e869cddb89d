use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    #[response]
    pub message: String,
}

fn main() {}
