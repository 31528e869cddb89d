use operation_response::operation_response;

pub type Id = u32;

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(max_bytes = 200)]
    pub id: Id,
}

fn main() {}
