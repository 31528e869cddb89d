use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    #[response(rename = "done")]
    Finished,
}

fn main() {}
