use operation_response::response_model;

#[response_model(failure = ["failure"])]
pub enum Conclusion {
    Success,
    Failure,
}

#[response_model(tag = "type")]
pub enum Check {
    Lint {
        #[response(outcome)]
        conclusion: Conclusion,
    },
    Test,
}

fn main() {}
