use operation_response::operation_response;

#[operation_response(
    status = ["InProgress", "inprogress", "Succeeded"],
    terminal = ["Succeeded"],
    alias = ["SUCCEEDED" => "Succeeded"],
    case_insensitive,
)]
pub struct JobResponse {
    pub id: String,
}

fn main() {}
