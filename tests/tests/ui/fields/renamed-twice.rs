use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    #[response(rename = "doc_url")]
    #[serde(rename = "docUrl")]
    pub doc_url: Option<String>,
}

fn main() {}
