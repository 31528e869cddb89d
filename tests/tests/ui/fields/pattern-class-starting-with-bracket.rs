use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "^[]a-z]+$")]
    pub name: String,
}

fn main() {}
