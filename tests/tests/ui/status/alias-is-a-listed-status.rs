use operation_response::operation_response;

#[operation_response(status = ["done", "finished"], alias = ["finished" => "done"])]
pub struct JobResponse {}

fn main() {}
