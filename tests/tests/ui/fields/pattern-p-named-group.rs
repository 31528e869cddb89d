use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = "^(?P<kind>job|run)-[0-9]+$")]
    pub id: String,
}

fn main() {}
