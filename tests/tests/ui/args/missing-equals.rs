use operation_response::operation_response;

#[operation_response(status "started")]
pub struct StartResponseBody {}

fn main() {}
