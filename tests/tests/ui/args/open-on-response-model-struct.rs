use operation_response::response_model;

#[response_model(open)]
pub struct ErrorDetails {
    pub message: String,
}

fn main() {}
