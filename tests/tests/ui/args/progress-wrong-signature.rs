use operation_response::operation_response;

#[operation_response(status = ["running", "done"], terminal = ["done"], progress = percent)]
pub struct JobResponse {
    pub percent: Option<u8>,
}

fn percent(job: &JobResponse) -> Option<u8> {
    job.percent
}

fn main() {}
