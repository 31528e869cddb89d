use operation_response::{operation_response, response_model};

#[response_model]
pub enum Conclusion {
    Success,
    Failure,
}

#[operation_response(status = ["running", "completed"], terminal = ["completed"])]
pub struct RunResponse {
    #[response(outcome)]
    pub conclusion: Option<Conclusion>,
}

fn main() {}
