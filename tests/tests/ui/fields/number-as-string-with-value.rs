use operation_response::response_model;

#[response_model]
pub struct CompletionStats {
    #[response(number_as_string = true)]
    pub successful_count: i64,
}

fn main() {}
