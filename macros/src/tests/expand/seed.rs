/// Create AuthSession operation started
#[operation_response(status = "started")]
pub struct CreateOrUpdateAuthSessionStartResponseBody {
    pub operation_id: String,
}
