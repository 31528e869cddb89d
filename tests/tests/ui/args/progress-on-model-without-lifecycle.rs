use operation_response::response_model;

#[response_model(progress = percent)]
pub struct Counts {
    pub done: u64,
}

fn percent(_: &Counts) -> Option<f64> {
    None
}

fn main() {}
