use operation_response::response_model;

#[response_model]
pub struct ErrorDetails {
    #[response(default, required)]
    pub doc_url: Option<String>,
}

fn main() {}
