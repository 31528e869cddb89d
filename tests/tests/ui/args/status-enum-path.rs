use operation_response::operation_response;

#[operation_response(status = "started", status_enum = status::Start)]
pub struct StartResponseBody {}

fn main() {}
