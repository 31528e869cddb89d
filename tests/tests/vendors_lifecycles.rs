//! The lifecycle forms (`waiting`, `status_default`, `classify`, `outcome`)
//! on real vendors' bodies (sources in `tests/fixtures/vendors/SOURCES.md`):
//! each fixture parses, classifies as its vendor documents, and writes back
//! exactly what was read, or exactly the difference the crate documents.
//! Key order is not compared: JSON objects are unordered.

use operation_response::{from_json, Lifecycle, OperationResponse};
use operation_response_tests::vendors::{
    ActionResponse, ActionStatus, BatchPredictionJob, BatchPredictionJobStatus, JobRun, Pipeline,
    PipelineStatus, QueueStatus, QueueStatusStatus, RunResultState, RunStateStatus,
};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/fixtures/vendors/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn value(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// Reads fixture `$name` as `$t`: `(body, the fixture's JSON value, what
/// the body writes back)`; what it writes reads back as an equal body (a
/// macro: this crate names no serde trait).
macro_rules! read {
    ($t:ty, $name:expr) => {{
        let name: &str = $name;
        let text = fixture(name);
        let body: $t = from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = serde_json::to_value(&body).unwrap();
        let again: $t =
            from_json(&written.to_string()).unwrap_or_else(|e| panic!("{name}: {written}: {e}"));
        assert_eq!(again, body, "{name}");
        (body, value(&text), written)
    }};
}

/// `(status, lifecycle, is_terminal, is_waiting, is_failure, is_success,
/// progress)` of a body.
macro_rules! lifecycle {
    ($body:expr) => {{
        let body = &$body;
        (
            body.status(),
            body.lifecycle(),
            body.is_terminal(),
            body.is_waiting(),
            body.is_failure(),
            body.is_success(),
            body.progress(),
        )
    }};
}

// --- GitLab: `waiting = ["manual"]` -----------------------------------------

#[test]
fn gitlab_pipeline() {
    let (running, json, written) = read!(Pipeline, "gitlab-pipeline-running");
    assert_eq!(
        lifecycle!(running),
        (
            PipelineStatus::Running,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);
    // `ref` is a Rust keyword: the field is `r#ref`, the key `ref`.
    assert_eq!(running.r#ref, "main");
    assert_eq!(running.queued_duration, Some(0.01));

    let (manual, json, written) = read!(Pipeline, "gitlab-pipeline-manual");
    assert_eq!(
        lifecycle!(manual),
        (
            PipelineStatus::Manual,
            Lifecycle::Waiting,
            false,
            true,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);
    assert!(manual.status.is_waiting() && !manual.status.is_terminal());

    let (success, json, written) = read!(Pipeline, "gitlab-pipeline-success");
    assert_eq!(
        lifecycle!(success),
        (
            PipelineStatus::Success,
            Lifecycle::Succeeded,
            true,
            false,
            false,
            true,
            None
        )
    );
    assert_eq!(success.duration, Some(34));
    assert_eq!(success.detailed_status.as_ref().unwrap().group, "success");
    // `queued_duration` is a fraction of seconds (`0.010` in another body):
    // an `f64`, which writes the integral `6` GitLab sent here as `6.0`.
    // serde_json compares the two as different numbers; everything else is
    // written back as read.
    assert_eq!(json["queued_duration"], json!(6));
    assert_eq!(written["queued_duration"], json!(6.0));
    assert_ne!(written["queued_duration"], json["queued_duration"]);
    let mut expected = json.clone();
    expected["queued_duration"] = json!(6.0);
    assert_eq!(written, expected);
}

// --- DigitalOcean: `status_default = "in-progress"` -------------------------

#[test]
fn digitalocean_action() {
    let (in_progress, in_progress_json, written) =
        read!(ActionResponse, "digitalocean-action-in-progress");
    assert_eq!(
        lifecycle!(in_progress),
        (
            ActionStatus::InProgress,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, in_progress_json);
    // `type` is a Rust keyword: the field is `r#type`, the key `type`.
    assert_eq!(in_progress.action.r#type, "transfer");
    assert_eq!(in_progress.action.completed_at, None);

    let (completed, json, written) = read!(ActionResponse, "digitalocean-action-completed");
    assert_eq!(
        lifecycle!(completed),
        (
            ActionStatus::Completed,
            Lifecycle::Succeeded,
            true,
            false,
            false,
            true,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(
        completed.action.project_id.as_deref(),
        Some("746c6152-2fa2-11ed-92d3-27aaa54e4988")
    );

    // No `status`: the spec's default, `in-progress`.
    let (defaulted, json, written) = read!(ActionResponse, "digitalocean-action-without-status");
    assert!(json["action"].get("status").is_none());
    assert_eq!(
        lifecycle!(defaulted),
        (
            ActionStatus::InProgress,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    // Written back with the key: the default made explicit, which is the
    // documented in-progress body again.
    assert_ne!(written, json);
    let mut expected = json.clone();
    expected["action"]["status"] = json!("in-progress");
    assert_eq!(written, expected);
    assert_eq!(written, in_progress_json);
    assert_eq!(defaulted, in_progress);

    // `errored` is the documented failure.
    let mut errored = value(&fixture("digitalocean-action-completed"));
    errored["action"]["status"] = json!("errored");
    let errored: ActionResponse = from_json(&errored.to_string()).unwrap();
    assert!(errored.is_failure() && errored.is_terminal() && !errored.is_success());
}

// --- Vertex AI: `status_default` on an open enum, `waiting` ----------------

#[test]
fn vertex_batch_prediction_job() {
    let (pending, json, written) = read!(BatchPredictionJob, "vertex-batch-prediction-job-pending");
    assert_eq!(
        lifecycle!(pending),
        (
            BatchPredictionJobStatus::JobStatePending,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);

    let (succeeded, json, written) =
        read!(BatchPredictionJob, "vertex-batch-prediction-job-succeeded");
    assert_eq!(
        lifecycle!(succeeded),
        (
            BatchPredictionJobStatus::JobStateSucceeded,
            Lifecycle::Succeeded,
            true,
            false,
            false,
            true,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(succeeded.labels.as_ref().unwrap()["purpose"], "testing");

    // int64 counts are decimal strings in proto3 JSON, kept as strings.
    let (stats, json, written) = read!(
        BatchPredictionJob,
        "vertex-batch-prediction-job-completion-stats"
    );
    assert_eq!(
        lifecycle!(stats),
        (
            BatchPredictionJobStatus::JobStatePending,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);
    let counts = stats.completion_stats.as_ref().unwrap();
    assert_eq!(counts.successful_count, Some(10));
    assert_eq!(counts.failed_count, Some(1));
    assert_eq!(counts.incomplete_count, None);
    assert_eq!(written["completionStats"]["successfulCount"], json!("10"));

    // No `state`: proto3 left out `JOB_STATE_UNSPECIFIED`, which the enum
    // does not list; kept as it is, not terminal, not waiting.
    let (unspecified, json, written) = read!(
        BatchPredictionJob,
        "vertex-batch-prediction-job-without-state"
    );
    assert!(json.get("state").is_none());
    assert_eq!(
        lifecycle!(unspecified),
        (
            BatchPredictionJobStatus::Unknown("JOB_STATE_UNSPECIFIED".into()),
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert!(!unspecified.status.is_known());
    // Written back with the key, which proto3 JSON would leave out.
    let mut expected = json.clone();
    expected["state"] = json!("JOB_STATE_UNSPECIFIED");
    assert_eq!(written, expected);

    // The other documented states, on the pending body.
    for (state, lifecycle) in [
        ("JOB_STATE_PAUSED", Lifecycle::Waiting),
        ("JOB_STATE_FAILED", Lifecycle::Failed),
        ("JOB_STATE_CANCELLED", Lifecycle::Failed),
        ("JOB_STATE_EXPIRED", Lifecycle::Failed),
        ("JOB_STATE_PARTIALLY_SUCCEEDED", Lifecycle::Succeeded),
        ("JOB_STATE_CANCELLING", Lifecycle::Running),
        ("JOB_STATE_UPDATING", Lifecycle::Running),
    ] {
        let mut body = value(&fixture("vertex-batch-prediction-job-pending"));
        body["state"] = json!(state);
        let job: BatchPredictionJob = from_json(&body.to_string()).unwrap();
        assert_eq!(job.lifecycle(), lifecycle, "{state}");
        assert_eq!(job.status.as_str(), state);
        assert_eq!(serde_json::to_value(&job).unwrap(), body, "{state}");
    }
}

// --- fal.ai: `classify` -----------------------------------------------------

#[test]
fn fal_queue_status() {
    let (queued, json, written) = read!(QueueStatus, "fal-queue-status-in-queue");
    assert_eq!(
        lifecycle!(queued),
        (
            QueueStatusStatus::InQueue,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(queued.queue_position, Some(0));

    let (in_progress, json, written) = read!(QueueStatus, "fal-queue-status-in-progress");
    assert_eq!(
        lifecycle!(in_progress),
        (
            QueueStatusStatus::InProgress,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);

    let (completed, json, written) = read!(QueueStatus, "fal-queue-status-completed");
    assert_eq!(
        lifecycle!(completed),
        (
            QueueStatusStatus::Completed,
            Lifecycle::Succeeded,
            true,
            false,
            false,
            true,
            None
        )
    );
    assert_eq!(written, json);

    // `COMPLETED` with `error`: classify makes it a failure.
    let (disconnected, json, written) = read!(
        QueueStatus,
        "fal-queue-status-completed-runner-disconnected"
    );
    assert_eq!(
        lifecycle!(disconnected),
        (
            QueueStatusStatus::Completed,
            Lifecycle::Failed,
            true,
            false,
            true,
            false,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(
        disconnected.error_type.as_deref(),
        Some("runner_disconnected")
    );
    // The status enum's own class is unchanged: it knows no fields.
    assert!(disconnected.status.is_success());

    let (timed_out, json, written) =
        read!(QueueStatus, "fal-queue-status-completed-request-timeout");
    assert_eq!(
        lifecycle!(timed_out),
        (
            QueueStatusStatus::Completed,
            Lifecycle::Failed,
            true,
            false,
            true,
            false,
            None
        )
    );
    // `"logs": null` reads as `None`, and an `Option` field writes `None` by
    // leaving the key out (the crate's documented rule; `required` would
    // write `null` but refuse the bodies without `logs`, as `IN_QUEUE`
    // ones are). The only difference: the key is gone.
    assert_eq!(json["logs"], Value::Null);
    assert!(written.get("logs").is_none());
    let mut expected = json.clone();
    expected.as_object_mut().unwrap().remove("logs");
    assert_eq!(written, expected);

    // An `error_type` alone tells the failure too.
    let failed: QueueStatus =
        from_json(r#"{"status":"COMPLETED","error_type":"startup_timeout"}"#).unwrap();
    assert!(failed.is_failure());
    // An `error` before `COMPLETED` changes nothing.
    let running: QueueStatus =
        from_json(r#"{"status":"IN_PROGRESS","error":"transient"}"#).unwrap();
    assert_eq!(running.lifecycle(), Lifecycle::Running);
}

// --- Databricks: `operation` on `state`, `outcome` on `result_state` -------

#[test]
fn databricks_job_run() {
    let (running, json, written) = read!(JobRun, "databricks-run-running");
    assert_eq!(
        lifecycle!(running),
        (
            RunStateStatus::Running,
            Lifecycle::Running,
            false,
            false,
            false,
            false,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(running.state.result_state, None);

    let (success, json, written) = read!(JobRun, "databricks-run-terminated-success");
    assert_eq!(
        lifecycle!(success),
        (
            RunStateStatus::Terminated,
            Lifecycle::Succeeded,
            true,
            false,
            false,
            true,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(success.state.result_state, Some(RunResultState::Success));

    let (failed, json, written) = read!(JobRun, "databricks-run-terminated-failed");
    assert_eq!(
        lifecycle!(failed),
        (
            RunStateStatus::Terminated,
            Lifecycle::Failed,
            true,
            false,
            true,
            false,
            None
        )
    );
    assert_eq!(written, json);
    assert_eq!(failed.state.result_state, Some(RunResultState::Failed));
    // `TERMINATED` itself is no failure: the outcome decides.
    assert!(!failed.state.status.is_failure());

    // Every documented result state, on the terminated body.
    for (result, failure) in [
        ("SUCCESS", false),
        ("FAILED", true),
        ("TIMEDOUT", true),
        ("CANCELED", true),
        ("MAXIMUM_CONCURRENT_RUNS_REACHED", true),
        ("EXCLUDED", false),
        ("SUCCESS_WITH_FAILURES", false),
        ("UPSTREAM_FAILED", true),
        ("UPSTREAM_CANCELED", true),
        ("DISABLED", false),
        // Added later: kept, and not a failure (no `unknown` given).
        ("SOMETHING_NEW", false),
    ] {
        let mut body = value(&fixture("databricks-run-terminated-success"));
        body["state"]["result_state"] = json!(result);
        let run: JobRun = from_json(&body.to_string()).unwrap();
        assert!(run.is_terminal(), "{result}");
        assert_eq!(run.is_failure(), failure, "{result}");
        assert_eq!(run.is_success(), !failure, "{result}");
        assert_eq!(serde_json::to_value(&run).unwrap(), body, "{result}");
    }
    // `INTERNAL_ERROR` is a failure whatever the outcome; `SKIPPED` is
    // terminal (Databricks' own SDK waits for `TERMINATED` or `SKIPPED`).
    for (life_cycle, lifecycle) in [
        ("INTERNAL_ERROR", Lifecycle::Failed),
        ("SKIPPED", Lifecycle::Succeeded),
        ("TERMINATING", Lifecycle::Running),
        ("QUEUED", Lifecycle::Running),
        ("WAITING_FOR_RETRY", Lifecycle::Running),
    ] {
        let mut body = value(&fixture("databricks-run-running"));
        body["state"]["life_cycle_state"] = json!(life_cycle);
        let run: JobRun = from_json(&body.to_string()).unwrap();
        assert_eq!(run.lifecycle(), lifecycle, "{life_cycle}");
        assert_eq!(serde_json::to_value(&run).unwrap(), body, "{life_cycle}");
    }
}
