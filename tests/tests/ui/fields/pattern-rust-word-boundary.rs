use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = r"\<job\>")]
    pub name: String,
}

fn main() {}
