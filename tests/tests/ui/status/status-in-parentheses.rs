use operation_response::operation_response;

#[operation_response(status = ("pending", "done"))]
pub struct JobResponse {}

fn main() {}
