use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "(?i)^job-[a-z]+$")]
    pub name: String,
}

fn main() {}
