use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "^[[:alpha:]]+$")]
    pub name: String,
}

fn main() {}
