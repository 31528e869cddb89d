use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    Failed { status: String },
}

fn main() {}
