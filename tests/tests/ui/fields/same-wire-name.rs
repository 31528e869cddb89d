use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    pub doc_url: String,
    #[response(rename = "docUrl")]
    pub link: String,
}

fn main() {}
