use operation_response::operation_response;

#[operation_response(status = ["pending", "done"])]
pub enum ResultResponseBody {
    Pending,
    Done { run_id: String },
}

fn main() {}
