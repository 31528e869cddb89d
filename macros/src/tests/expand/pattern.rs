#[response_model]
pub struct Identified {
    #[response(pattern = "^[A-Za-z0-9_-]{21}$")]
    pub id: String,
}
