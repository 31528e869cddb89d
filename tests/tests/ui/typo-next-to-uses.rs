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
    // Its schemas, with the `schemars` and `utoipa` features.
    let _ = operation_response::schemars::schema_for!(JobResponse);
    let _ = operation_response::schemars::schema_for!(JobStatus);
    let _ = <JobResponse as operation_response::utoipa::PartialSchema>::schema();
    let _ = operation_response::schema::drift::<JobResponse>(&serde_json::Value::Null, "#/x");
}
