use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    Done,
    #[response(status = "done")]
    Finished,
}

fn main() {}
