use operation_response::operation_response;

#[operation_response(status = "started", polling_interval = 5)]
pub struct StartResponseBody {
    pub operation_id: String,
}

fn main() {}
