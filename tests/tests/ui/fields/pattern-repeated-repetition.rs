use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "^[0-9]{2}{3}$")]
    pub code: String,
}

fn main() {}
