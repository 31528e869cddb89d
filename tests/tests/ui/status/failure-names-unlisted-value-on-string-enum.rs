use operation_response::response_model;

#[response_model(failure = ["nope"])]
pub enum Conclusion {
    Success,
    Failure,
}

fn main() {}
