use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = r"^\p{L}+$")]
    pub name: String,
}

fn main() {}
