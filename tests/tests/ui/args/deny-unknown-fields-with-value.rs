use operation_response::operation_response;

#[operation_response(status = "started", deny_unknown_fields = true)]
pub struct StartResponseBody {}

fn main() {}
