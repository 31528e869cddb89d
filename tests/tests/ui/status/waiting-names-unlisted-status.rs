use operation_response::operation_response;

#[operation_response(
    status = ["pending", "manual", "done"],
    terminal = ["done"],
    waiting = ["manul"],
)]
pub struct PipelineResponse {
    pub id: u64,
}

fn main() {}
