use operation_response::response_model;

#[response_model(tag = "type")]
pub enum Quota {
    Rows {
        #[response(number_as_string)]
        limits: Vec<u64>,
    },
}

fn main() {}
