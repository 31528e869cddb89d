use operation_response::{operation_response, response_model};

#[response_model(failure = ["failure"])]
pub enum Conclusion {
    Success,
    Failure,
}

#[operation_response(terminal = ["done"])]
pub enum RunResponse {
    Done {
        #[response(outcome)]
        conclusion: Conclusion,
        #[response(outcome)]
        verdict: Conclusion,
    },
    Pending,
}

fn main() {}
