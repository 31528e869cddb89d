use operation_response::response_model;

#[response_model]
pub enum Code {
    #[response(rename = "internal-error")]
    #[serde(rename = "internal_error")]
    Internal,
}

fn main() {}
