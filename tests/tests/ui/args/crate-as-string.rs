use operation_response::operation_response;

#[operation_response(status = "started", crate = "::operation_response")]
pub struct StartResponseBody {}

fn main() {}
