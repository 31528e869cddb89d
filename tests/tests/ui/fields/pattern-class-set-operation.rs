use operation_response::response_model;

#[response_model]
pub struct Job {
    #[response(pattern = r"^[a-z&&[^aeiou]]+$")]
    pub consonants: String,
}

fn main() {}
