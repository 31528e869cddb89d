use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    #[response(min_length = -1)]
    pub message: String,
}

fn main() {}
