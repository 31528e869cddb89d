use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    #[response(non_empty = true)]
    pub message: String,
}

fn main() {}
