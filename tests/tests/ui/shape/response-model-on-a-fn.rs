use operation_response::response_model;

#[response_model]
pub fn details() {}

fn main() {}
