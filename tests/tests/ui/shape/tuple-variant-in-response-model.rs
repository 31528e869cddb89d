use operation_response::response_model;

#[response_model]
pub enum ErrorCode {
    InternalServerError,
    Other(String),
}

fn main() {}
