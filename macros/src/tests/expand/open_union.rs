#[operation_response(status_case = "kebab-case", open, status_default = "waiting")]
pub enum OpenResultResponse {
    AllDone { count: u32 },
    Waiting,
}
