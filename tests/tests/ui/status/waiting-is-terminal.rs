use operation_response::operation_response;

#[operation_response(
    status = ["pending", "planned", "applied"],
    terminal = ["planned", "applied"],
    waiting = ["planned"],
)]
pub struct RunResponse {
    pub id: String,
}

fn main() {}
