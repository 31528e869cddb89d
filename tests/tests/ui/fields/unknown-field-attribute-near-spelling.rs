use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    #[response(min_lenght = 1)]
    pub operation_id: String,
}

fn main() {}
