use operation_response::response_model;

#[response_model(rename_all = "kebab-case")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Code {
    InternalError,
}

fn main() {}
