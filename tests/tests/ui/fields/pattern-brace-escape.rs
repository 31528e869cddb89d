use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = r"^\x{e9}+$")]
    pub name: String,
}

fn main() {}
