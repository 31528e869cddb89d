use operation_response::{response_model, Lifecycle};

#[response_model(classify = by_error)]
pub struct Details {
    pub error: Option<String>,
}

fn by_error(details: &Details) -> Option<Lifecycle> {
    details.error.as_ref().map(|_| Lifecycle::Failed)
}

fn main() {}
