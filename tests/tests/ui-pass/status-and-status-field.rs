// The fix the error gives for a `status` key next to `status_field` compiles.
use operation_response::{from_json, operation_response};

#[operation_response(status = ["QUEUED", "READY"], terminal = ["READY"], status_field = "readyState")]
pub struct Deployment {
    #[response(rename = "status")]
    pub legacy_status: String,
}

fn main() {
    let body: Deployment = from_json(r#"{"readyState":"READY","status":"READY"}"#).unwrap();
    assert_eq!(body.legacy_status, "READY");
    assert_eq!(body.status, DeploymentStatus::Ready);
}
