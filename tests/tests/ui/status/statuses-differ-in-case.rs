use operation_response::operation_response;

#[operation_response(status = ["Succeeded", "succeeded", "Running"], terminal = ["Succeeded", "succeeded"])]
pub struct JobResponse {
    pub id: String,
}

fn main() {}
