use operation_response::{from_json, operation_response, OperationResponse};

#[operation_response(status = ["pending", "done"], terminal = ["done"])]
pub struct JobResponse {
    #[response(min_lenght = 3)]
    pub id: String,
}

fn main() {
    let body: JobResponse = from_json(r#"{"status":"done","id":"abc"}"#).unwrap();
    let status: JobStatus = body.status();
    assert_eq!(status, body.status);
    assert!(body.is_terminal());
    assert_eq!(JobStatus::Done.as_str(), "done");
}
