use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "^[0-9]{ 4 }$")]
    pub year: String,
}

fn main() {}
