use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {}

fn main() {}
