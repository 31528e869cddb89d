use operation_response::operation_response;

pub type Name = String;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(min = 1)]
    pub name: Name,
}

fn main() {}
