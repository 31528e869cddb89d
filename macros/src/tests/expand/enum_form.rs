/// The create-auth-session result.
#[operation_response(
    terminal = ["done", "cancelled", "failed"],
    failure = ["cancelled", "failed"],
    deny_unknown_fields,
)]
pub enum CreateAuthSessionResultResponseBody {
    Done {
        #[response(min_length = 3)]
        auth_session_id: String,
    },
    Pending,
    InProgress { run_id: String },
    Failed { message: String, error: ErrorDetails },
    #[response(status = "cancelled")]
    Canceled { message: String, reason: Reason },
}
