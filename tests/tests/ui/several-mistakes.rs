use operation_response::operation_response;

#[operation_response(status = ["pending", "done"], terminal = ["done"], failure = ["failed"])]
pub struct ResultResponseBody {
    #[response(min_lenght = 1)]
    pub operation_id: String,
    #[response(min = 10, max = 5)]
    pub attempts: u32,
}

fn main() {}
