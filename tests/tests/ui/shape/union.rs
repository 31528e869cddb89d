use operation_response::operation_response;

#[operation_response(status = "started")]
pub union StartResponseBody {
    pub attempts: u32,
    pub code: i32,
}

fn main() {}
