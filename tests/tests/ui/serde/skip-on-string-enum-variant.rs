use operation_response::response_model;

#[response_model]
pub enum Code {
    Timeout,
    #[serde(skip)]
    Internal,
}

fn main() {}
