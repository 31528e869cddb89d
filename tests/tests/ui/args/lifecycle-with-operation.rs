use operation_response::{operation_response, response_model, Lifecycle};

#[operation_response(status = ["QUEUED", "COMPLETED"], terminal = ["COMPLETED"])]
pub struct Job {
    pub name: String,
}

#[response_model(lifecycle = job_lifecycle)]
pub struct GetJobResponse {
    #[response(operation)]
    pub job: Job,
}

fn job_lifecycle(_: &GetJobResponse) -> Lifecycle {
    Lifecycle::Running
}

fn main() {}
