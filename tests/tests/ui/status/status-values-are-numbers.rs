use operation_response::operation_response;

#[operation_response(status = [1, 2])]
pub struct JobResponse {
    pub id: String,
}

fn main() {}
