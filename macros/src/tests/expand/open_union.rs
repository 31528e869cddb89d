#[operation_response(status_case = "kebab-case", open)]
pub enum OpenResultResponse {
    AllDone { count: u32 },
    Waiting,
}
