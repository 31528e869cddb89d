#[operation_response(
    status = ["pending", "started", "completed", "canceled", "failed"],
    terminal = ["completed", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
#[derive(Eq)]
pub struct RunResultResponseBody {
    pub result: Option<String>,
    #[response(required_when = "failed")]
    pub error: Option<ErrorDetails>,
}
