use operation_response::operation_response;

#[operation_response(status = ["running", "done"], terminal = ["done"], progress = fraction)]
pub struct JobResponse {
    #[response(progress)]
    pub percent: Option<u8>,
}

fn fraction(_: &JobResponse) -> Option<f64> {
    None
}

fn main() {}
