use operation_response::operation_response;

#[operation_response(terminal = ["done"])]
pub enum ResultResponseBody {
    Pending,
    Done(String),
}

fn main() {}
