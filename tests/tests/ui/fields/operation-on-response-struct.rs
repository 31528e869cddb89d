use operation_response::operation_response;

#[operation_response(status = ["QUEUED", "COMPLETED"], terminal = ["COMPLETED"])]
pub struct Job {
    pub name: String,
}

#[operation_response(status = ["pending", "done"], terminal = ["done"])]
pub struct GetJobResponse {
    #[response(operation)]
    pub job: Job,
}

fn main() {}
