use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "^[a-z[0-9]]+$")]
    pub id: String,
}

fn main() {}
