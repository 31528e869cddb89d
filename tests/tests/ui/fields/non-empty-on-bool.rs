use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(non_empty)]
    pub flag: bool,
}

fn main() {}
