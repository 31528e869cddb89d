use operation_response::operation_response;

#[operation_response(status = ["done", "pending"], alias = ["finished" => "completed"])]
pub struct JobResponse {}

fn main() {}
