use operation_response::response_model;

#[response_model(failure = ["failure"])]
pub enum Conclusion {
    Success,
    Failure,
}

#[response_model]
pub struct Run {
    #[response(outcome)]
    pub conclusion: Option<Conclusion>,
}

fn main() {}
