use operation_response::{from_json, operation_response, OperationResponse};

#[operation_response(terminal = ["done"], unknwon = "failure")]
pub enum JobResponse {
    Done { id: String },
    Pending,
}

fn main() {
    let body: JobResponse = from_json(r#"{"status":"done","id":"abc"}"#).unwrap();
    assert_eq!(body.status(), JobStatus::Done);
    if let JobResponse::Done { id } = &body {
        assert_eq!(id, "abc");
    }
    let _ = operation_response::schemars::schema_for!(JobResponse);
    let _ = <JobResponse as operation_response::utoipa::PartialSchema>::schema();
}
