#[operation_response(
    status = ["pending", "done"],
    terminal = ["done"],
    open,
    unknown = "failure",
    status_field = "state",
    status_default = "JOB_STATE_UNSPECIFIED",
    status_enum = JobState,
    rename_all = "snake_case",
    deny_unknown_fields,
    crate = ::renamed_runtime,
)]
pub(crate) struct JobResponse {
    pub job_id: String,
}
