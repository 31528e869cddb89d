use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(number_as_string)]
    pub ratio: Option<f64>,
}

fn main() {}
