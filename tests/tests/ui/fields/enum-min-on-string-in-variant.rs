use operation_response::operation_response;

#[operation_response]
pub enum JobResponse {
    Done {
        #[response(min = 1)]
        id: String,
    },
}

fn main() {}
