use operation_response::response_model;

#[response_model(failure = ["failure"], unknown = "failure")]
pub enum Conclusion {
    Success,
    Failure,
}

fn main() {}
