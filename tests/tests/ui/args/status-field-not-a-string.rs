use operation_response::operation_response;

#[operation_response(status = "started", status_field = 5)]
pub struct StartResponseBody {}

fn main() {}
