use operation_response::operation_response;

#[operation_response(
    status = ["in-progress", "completed"],
    terminal = ["completed"],
    status_default = "in_progress",
)]
pub struct ActionResponse {
    pub id: u64,
}

fn main() {}
