use operation_response::operation_response;

#[operation_response(status = ["running", "done"], terminal = ["done"], progress = "percent")]
pub struct JobResponse {
    pub percent: Option<f64>,
}

fn main() {}
