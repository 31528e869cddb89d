use operation_response::response_model;

#[response_model]
pub struct CompletionStats {
    #[response(number_as_string)]
    pub successful_count: String,
}

fn main() {}
