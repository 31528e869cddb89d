use operation_response::operation_response;

#[operation_response(terminal = ["success"], waiting = ["action_required", "manual"])]
pub enum RunResponse {
    Running,
    ActionRequired { url: String },
    Success,
}

fn main() {}
