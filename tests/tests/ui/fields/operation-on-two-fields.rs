use operation_response::{operation_response, response_model};

#[operation_response(status = ["QUEUED", "COMPLETED"], terminal = ["COMPLETED"])]
pub struct Job {
    pub name: String,
}

#[response_model]
pub struct GetJobResponse {
    #[response(operation)]
    pub job: Job,
    #[response(operation)]
    pub previous_job: Job,
}

fn main() {}
