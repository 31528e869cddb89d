use operation_response::operation_response;

#[operation_response(status = "started")]
pub fn start() {}

fn main() {}
