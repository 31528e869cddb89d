use operation_response::response_model;

#[response_model]
pub struct Job {
    pub id: String,
}

#[response_model]
pub struct GetJobResponse {
    #[response(operation)]
    pub job: Job,
}

fn main() {}
