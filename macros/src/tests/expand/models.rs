#[response_model]
pub struct ErrorDetails {
    #[response(non_empty)]
    pub message: String,
    pub code: Option<ErrorCode>,
    #[response(default)]
    pub retirable: bool,
}

/// Error codes.
#[response_model(rename_all = "kebab-case", open)]
pub enum ErrorCode {
    /// Something broke.
    InternalServerError,
    #[response(rename = "timeout")]
    ScriptTimeout,
}

#[response_model]
#[derive(PartialOrd)]
pub enum Category {
    Server,
    User,
}
