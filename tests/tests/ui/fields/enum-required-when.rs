use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    Failed {
        #[response(required_when = "failed")]
        error: Option<String>,
    },
}

fn main() {}
