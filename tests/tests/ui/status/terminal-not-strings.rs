use operation_response::operation_response;

#[operation_response(status = ["pending", "done"], terminal = [1, done])]
pub struct JobResponse {}

fn main() {}
