use operation_response::response_model;

#[response_model(open)]
pub enum ErrorCode {
    InternalServerError,
    Unknown,
}

fn main() {}
