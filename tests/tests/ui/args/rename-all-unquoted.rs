use operation_response::operation_response;

#[operation_response(status = "started", rename_all = camelCase)]
pub struct StartResponseBody {}

fn main() {}
