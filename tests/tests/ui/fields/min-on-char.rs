use operation_response::response_model;

#[response_model]
pub struct Grade {
    #[response(min = 1)]
    pub letter: char,
}

fn main() {}
