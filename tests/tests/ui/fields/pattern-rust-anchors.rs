use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = r"\Ajob-[0-9]+\z")]
    pub id: String,
}

fn main() {}
