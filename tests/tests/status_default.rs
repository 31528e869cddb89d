//! `status_default = "…"`: the status of a body without the status key
//! (DigitalOcean documents a default, Bedrock leaves `status` out, proto3
//! JSON omits an enum's zero value); serializing writes the key.

use operation_response::{from_json, operation_response, OperationResponse};
use operation_response_tests::forms::DefaultedRun;
use serde_json::json;

/// Amazon Bedrock's batch inference job: its model does not require
/// `status`; a job not yet reported on is `Submitted`.
#[operation_response(
    status = ["Submitted", "Validating", "Scheduled", "InProgress", "Completed",
              "PartiallyCompleted", "Failed", "Stopping", "Stopped", "Expired"],
    terminal = ["Completed", "PartiallyCompleted", "Failed", "Stopped", "Expired"],
    failure = ["Failed", "Stopped", "Expired"],
    status_default = "Submitted",
)]
pub struct BedrockJob {
    pub job_arn: String,
    pub message: Option<String>,
}

/// proto3: no `state` is the zero value, which the enum does not list.
#[operation_response(
    status = ["JOB_STATE_RUNNING", "JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED"],
    terminal = ["JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED"],
    failure = ["JOB_STATE_FAILED"],
    status_field = "state",
    status_default = "JOB_STATE_UNSPECIFIED",
    open,
)]
pub struct BatchPredictionJob {
    pub name: String,
}

/// An alias names the default as well as its status does.
#[operation_response(
    status = ["queued", "done"],
    terminal = ["done"],
    alias = ["waiting" => "queued"],
    status_default = "waiting",
)]
pub struct Aliased {}

#[test]
fn a_struct_without_its_status_key_has_the_default() {
    let job: BedrockJob = from_json(r#"{"jobArn": "arn:aws:bedrock:job/1"}"#).unwrap();
    assert_eq!(job.status, BedrockJobStatus::Submitted);
    assert!(!job.is_terminal());
    // Written back with the key: the default made explicit.
    assert_eq!(
        serde_json::to_value(&job).unwrap(),
        json!({"status": "Submitted", "jobArn": "arn:aws:bedrock:job/1"})
    );
    // A status that is sent still decides.
    let done: BedrockJob = from_json(r#"{"status": "Completed", "jobArn": "a"}"#).unwrap();
    assert!(done.is_success());
    // `null` is not absent: it is no status at all.
    let err = from_json::<BedrockJob>(r#"{"status": null, "jobArn": "a"}"#).unwrap_err();
    assert!(err.to_string().contains("status"), "{err}");
    // Other keys stay required.
    let err = from_json::<BedrockJob>("{}").unwrap_err();
    assert!(err.to_string().contains("missing field `jobArn`"), "{err}");
    assert_eq!(
        from_json::<Aliased>("{}").unwrap().status,
        AliasedStatus::Queued
    );
}

#[test]
fn an_open_enum_keeps_an_unlisted_default() {
    let job: BatchPredictionJob =
        from_json(r#"{"name": "projects/1/batchPredictionJobs/2"}"#).unwrap();
    assert_eq!(
        job.status,
        BatchPredictionJobStatus::Unknown("JOB_STATE_UNSPECIFIED".into())
    );
    assert!(!job.status.is_known() && !job.is_terminal());
    assert_eq!(
        serde_json::to_value(&job).unwrap(),
        json!({"state": "JOB_STATE_UNSPECIFIED", "name": "projects/1/batchPredictionJobs/2"})
    );
}

#[test]
fn an_enum_form_body_without_its_status_key_is_the_default_variant() {
    assert_eq!(
        from_json::<DefaultedRun>("{}").unwrap(),
        DefaultedRun::Pending
    );
    // Entries before the end, then no status: the default, the entries kept.
    assert_eq!(
        from_json::<DefaultedRun>(r#"{"extra": 1}"#).unwrap(),
        DefaultedRun::Pending
    );
    assert_eq!(
        from_json::<DefaultedRun>(r#"{"output": "o", "status": "done"}"#).unwrap(),
        DefaultedRun::Done { output: "o".into() }
    );
    assert_eq!(
        serde_json::to_value(DefaultedRun::Pending).unwrap(),
        json!({"status": "pending"})
    );
}

#[test]
fn without_a_default_the_status_key_is_required() {
    #[operation_response(terminal = ["done"])]
    pub enum Plain {
        Pending,
        Done,
    }
    let err = from_json::<Plain>("{}").unwrap_err();
    assert!(err.to_string().contains("missing field `status`"), "{err}");
}
