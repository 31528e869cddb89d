use operation_response::operation_response;

#[operation_response(status = "started")]
pub struct StartResponseBody {
    #[response(rename = "status")]
    pub state: String,
    pub operation_id: String,
}

fn main() {}
