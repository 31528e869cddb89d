use operation_response::operation_response;

type Count = u64;

#[operation_response(terminal = ["done"])]
pub enum ExportResponse {
    Running,
    Done {
        #[response(number_as_string)]
        rows: Count,
    },
}

fn main() {}
