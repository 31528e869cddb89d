use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    #[response(statuss = "done")]
    Done,
}

fn main() {}
