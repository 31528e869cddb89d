#[response_model]
pub struct Identified {
    #[response(pattern = "^[A-Za-z0-9_-]{21}$")]
    pub id: String,
    /// ECMA-262's `\d`, `\w`, `.` and `\b`: translated for parsing, as
    /// written in the schema.
    #[response(pattern = r"^\d+\.\w.\b")]
    pub version: String,
}
