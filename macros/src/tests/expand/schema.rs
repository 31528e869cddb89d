/// A result.
#[operation_response(
    status = ["pending", "done", "failed"],
    terminal = ["done", "failed"],
    failure = ["failed"],
    alias = ["succeeded" => "done"],
)]
pub struct RunResult {
    /// The run.
    #[response(min_length = 3, max_bytes = 64)]
    pub run_id: String,
    /// Why it failed.
    #[response(required_when = "failed")]
    pub error: Option<String>,
    /// Progress.
    #[response(greater_than = 0, max = 100, default)]
    pub progress: u8,
}

/// One shape per status.
#[operation_response(terminal = ["done"], open)]
pub enum Session {
    /// Done.
    Done {
        /// Its id.
        #[response(pattern = "^s-")]
        id: String,
    },
    /// Running.
    Running,
}

/// A page of items.
#[response_model]
pub struct Page<T> {
    /// The items.
    #[response(max_length = 2)]
    pub items: Vec<T>,
}

/// Codes.
#[response_model(open, case_insensitive)]
pub enum Code {
    /// `"a"`
    A,
}
