#[operation_response(status = ["pending", "failed"], terminal = ["failed"], failure = ["failed"])]
pub struct RulesResponse {
    #[response(min_length = 3, max_length = 64)]
    pub id: String,
    #[response(length = 2, validate_with = check_country)]
    pub country: String,
    #[response(non_empty)]
    pub tags: Vec<String>,
    #[response(min = 0, max = 100)]
    pub percent: Option<f64>,
    #[response(greater_than = 0, less_than = 10)]
    pub attempts: u32,
    #[response(required_when = "failed")]
    pub error: Option<String>,
    #[response(forbidden_when = "pending")]
    pub result: Option<String>,
    #[response(rename = "doc_url", default)]
    pub doc_url: String,
    #[response(required)]
    pub owner: Option<String>,
    #[serde(alias = "details")]
    pub extra: Option<Details>,
}
