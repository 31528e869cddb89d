//! Real vendors' bodies, from their own documentation (sources in
//! `tests/fixtures/vendors/SOURCES.md`): each parses, classifies as the
//! vendor means it, and round-trips.

use operation_response::standard::{AzureOperationStatus, AzureStatus, GoogleOperation};
use operation_response::{from_json, ErrorKind, Lifecycle, OperationResponse};
use operation_response_tests::vendors::{
    Conclusion, FineTuningJob, FineTuningState, FineTuningStateStatus, GetTranscriptionJobResponse,
    TranscriptionJobStatus, TranslationResponse, TranslationStatus, WorkflowRun, WorkflowRunStatus,
};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/fixtures/vendors/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `(terminal, failure)`, checked with `is_success` and a round trip (a
/// macro: this crate names no serde trait).
macro_rules! check {
    ($body:expr, $terminal:expr, $failure:expr) => {{
        let body = &$body;
        assert_eq!(body.is_terminal(), $terminal, "{body:?}");
        assert_eq!(body.is_failure(), $failure, "{body:?}");
        assert_eq!(body.is_success(), $terminal && !$failure, "{body:?}");
        let json = serde_json::to_string(body).unwrap();
        let mut again = body.clone();
        again = from_json(&json).unwrap_or_else(|e| panic!("{json}: {e}; was {again:?}"));
        assert_eq!(&again, body, "{json}");
    }};
}

#[test]
fn google_long_running_operation() {
    let running: GoogleOperation = from_json(&fixture("google-operation-running")).unwrap();
    assert_eq!(running.status(), Lifecycle::Running);
    assert!(!running.done);
    assert_eq!(
        running.metadata.as_ref().unwrap()["@type"],
        "type.googleapis.com/google.datastore.admin.v1.ExportEntitiesMetadata"
    );
    check!(running, false, false);

    let succeeded: GoogleOperation = from_json(&fixture("google-operation-succeeded")).unwrap();
    assert_eq!(succeeded.status(), Lifecycle::Succeeded);
    assert_eq!(
        succeeded.response.as_ref().unwrap()["@type"],
        "type.googleapis.com/google.cloud.aiplatform.v1.Dataset"
    );
    check!(succeeded, true, false);

    let failed: GoogleOperation = from_json(&fixture("google-operation-failed")).unwrap();
    assert_eq!(failed.status(), Lifecycle::Failed);
    assert_eq!(failed.error.as_ref().unwrap().code, 3);
    check!(failed, true, true);

    // Done with both, or with neither, is not an operation AIP-151 allows.
    for json in [
        r#"{"name":"operations/1","done":true,"error":{"code":3,"message":"m"},"response":{}}"#,
        r#"{"name":"operations/1","done":true}"#,
        r#"{"name":"operations/1","response":{}}"#,
    ] {
        let err = from_json::<GoogleOperation>(json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Validation, "{json}");
        let violations = err.violations().unwrap();
        assert_eq!(
            violations
                .iter()
                .map(|v| (v.path(), v.rule()))
                .collect::<Vec<_>>(),
            [("", "validate_with")],
            "{json}"
        );
        assert!(
            serde_json::from_str::<GoogleOperation>(json).is_err(),
            "{json}"
        );
    }
}

#[test]
fn github_workflow_run() {
    for (name, status, conclusion, terminal, failure) in [
        (
            "success",
            WorkflowRunStatus::Completed,
            Some(Conclusion::Success),
            true,
            false,
        ),
        (
            "failure",
            WorkflowRunStatus::Completed,
            Some(Conclusion::Failure),
            true,
            true,
        ),
        (
            "timed-out",
            WorkflowRunStatus::Completed,
            Some(Conclusion::TimedOut),
            true,
            true,
        ),
        (
            "cancelled",
            WorkflowRunStatus::Completed,
            Some(Conclusion::Cancelled),
            true,
            true,
        ),
        (
            "in-progress",
            WorkflowRunStatus::InProgress,
            None,
            false,
            false,
        ),
    ] {
        let run: WorkflowRun = from_json(&fixture(&format!("github-workflow-run-{name}")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(run.status(), status, "{name}");
        assert_eq!(run.conclusion, conclusion, "{name}");
        // The status enum's own class is unchanged: `completed` is a success.
        assert!(!run.status.is_failure());
        check!(run, terminal, failure);
    }
    assert_eq!(
        Conclusion::FAILURE,
        ["failure", "cancelled", "timed_out", "startup_failure"]
    );
    // A completed run needs its conclusion.
    let mut json: serde_json::Value =
        serde_json::from_str(&fixture("github-workflow-run-success")).unwrap();
    json["conclusion"] = serde_json::Value::Null;
    let err = from_json::<WorkflowRun>(&json.to_string()).unwrap_err();
    assert_eq!(
        err.violations().unwrap().paths().collect::<Vec<_>>(),
        ["conclusion"]
    );
}

#[test]
fn azure_status_monitor_standard() {
    for (name, status, terminal, failure) in [
        ("succeeded", AzureStatus::Succeeded, true, false),
        ("failed", AzureStatus::Failed, true, true),
        (
            "notstarted-lowercase",
            AzureStatus::NotStarted,
            false,
            false,
        ),
        ("cancelled", AzureStatus::Canceled, true, true),
        (
            "running",
            AzureStatus::Unknown("InProgress".into()),
            false,
            false,
        ),
        (
            "cancelling",
            AzureStatus::Unknown("Cancelling".into()),
            false,
            false,
        ),
        (
            "validation-failed",
            AzureStatus::Unknown("ValidationFailed".into()),
            false,
            false,
        ),
    ] {
        let body: AzureOperationStatus = from_json(&fixture(&format!("azure-status-{name}")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(body.status, status, "{name}");
        check!(body, terminal, failure);
    }
    let failed: AzureOperationStatus = from_json(&fixture("azure-status-failed")).unwrap();
    assert!(!failed.error.unwrap().code.is_empty());
    // Every case of a listed status is that status, written as listed.
    for spelling in ["Succeeded", "succeeded", "SUCCEEDED", "sUcCeEdEd"] {
        let body: AzureOperationStatus =
            from_json(&format!(r#"{{"status":"{spelling}"}}"#)).unwrap();
        assert_eq!(body.status, AzureStatus::Succeeded);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"status":"Succeeded"}"#
        );
    }
    for spelling in ["Canceled", "canceled", "Cancelled", "CANCELLED"] {
        let body: AzureOperationStatus =
            from_json(&format!(r#"{{"status":"{spelling}"}}"#)).unwrap();
        assert_eq!(body.status, AzureStatus::Canceled, "{spelling}");
    }
    // An unlisted status keeps its spelling.
    let body: AzureOperationStatus = from_json(r#"{"status":"cancelling"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"status":"cancelling"}"#
    );
}

#[test]
fn azure_status_monitor_with_a_classifier() {
    for (name, status, terminal, failure) in [
        ("cancelled", TranslationStatus::Cancelled, true, true),
        (
            "cancelling",
            TranslationStatus::Unknown("Cancelling".into()),
            false,
            false,
        ),
        (
            "validation-failed",
            TranslationStatus::Unknown("ValidationFailed".into()),
            true,
            true,
        ),
        (
            "notstarted-lowercase",
            TranslationStatus::NotStarted,
            false,
            false,
        ),
    ] {
        let json = fixture(&format!("azure-status-{name}")).replace("\"jobId\"", "\"id\"");
        let body: TranslationResponse = from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(body.status, status, "{name}");
        check!(body, terminal, failure);
    }
}

#[test]
fn aws_transcribe_status_inside_the_job() {
    for (name, status, terminal, failure) in [
        (
            "in-progress",
            TranscriptionJobStatus::InProgress,
            false,
            false,
        ),
        ("completed", TranscriptionJobStatus::Completed, true, false),
        ("failed", TranscriptionJobStatus::Failed, true, true),
    ] {
        let body: GetTranscriptionJobResponse =
            from_json(&fixture(&format!("aws-transcribe-job-{name}")))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(body.status(), status, "{name}");
        check!(body, terminal, failure);
    }
    // Rules inside the job report their full path; limits count bytes.
    let long = "é".repeat(101);
    let json = format!(
        r#"{{"TranscriptionJob":{{"TranscriptionJobName":"{long}","TranscriptionJobStatus":"FAILED"}}}}"#
    );
    let err = from_json::<GetTranscriptionJobResponse>(&json).unwrap_err();
    let found: Vec<_> = err
        .violations()
        .unwrap()
        .iter()
        .map(|v| (v.path().to_owned(), v.rule()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "TranscriptionJob.TranscriptionJobName".to_owned(),
                "max_bytes"
            ),
            ("TranscriptionJob.FailureReason".to_owned(), "required_when"),
        ]
    );
}

#[test]
fn shared_fields_around_a_status_last_union() {
    for (name, status, terminal, failure) in [
        ("queued", FineTuningStateStatus::Queued, false, false),
        ("completed", FineTuningStateStatus::Succeeded, true, false),
        ("failed", FineTuningStateStatus::Failed, true, true),
    ] {
        let job: FineTuningJob =
            from_json(&fixture(&format!("task-{name}"))).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(job.id, "ftjob-abc123");
        assert_eq!(job.status(), status, "{name}");
        check!(job, terminal, failure);
    }
    let job: FineTuningJob = from_json(&fixture("task-failed")).unwrap();
    let FineTuningState::Failed { error } = &job.state else {
        panic!("{job:?}")
    };
    assert_eq!(error.code, "ERR_SOMETHING");
    // A rule of a shared field and one inside the union, both with paths.
    let json = r#"{"id":"ft","object":"fine_tuning.job","model":"m","created_at":1,"status":"failed","error":{"code":"","message":"m"}}"#;
    let err = from_json::<FineTuningJob>(json).unwrap_err();
    assert_eq!(
        err.violations().unwrap().paths().collect::<Vec<_>>(),
        ["id", "error.code"]
    );
}

#[test]
fn tagged_model_with_open() {
    use operation_response_tests::vendors::{Destination, EventSubscriptionProperties};
    let hub: Destination = from_json(&fixture("tagged-sink-eventhub")).unwrap();
    let Destination::EventHub { properties } = &hub else {
        panic!("{hub:?}")
    };
    assert!(properties.resource_id.ends_with("/eventhubs/EH1"));
    let queue: Destination = from_json(&fixture("tagged-sink-storagequeue")).unwrap();
    assert!(
        matches!(&queue, Destination::StorageQueue { properties } if properties.queue_name == "queue1")
    );
    // An unlisted tag is kept with its fields, in order, and written back as it came.
    let raw = fixture("tagged-sink-hybridconnection");
    let other: Destination = from_json(&raw).unwrap();
    let Destination::Unknown { tag, fields } = &other else {
        panic!("{other:?}")
    };
    assert_eq!(tag, "HybridConnection");
    assert_eq!(fields.keys().collect::<Vec<_>>(), ["properties"]);
    let compact: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let written: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&other).unwrap()).unwrap();
    assert_eq!(written, compact);
    // The tag comes first when written; the round trip is exact.
    for body in [&hub, &queue] {
        let json = serde_json::to_string(body).unwrap();
        assert!(json.starts_with(r#"{"endpointType":"#), "{json}");
        assert_eq!(&from_json::<Destination>(&json).unwrap(), body);
    }
    // Aliases, unit variants, and rules inside a variant with full paths.
    assert_eq!(
        from_json::<Destination>(r#"{"endpointType":"Webhook"}"#).unwrap(),
        Destination::WebHook
    );
    let json = r#"{"destination":{"properties":{"resourceId":"/subscriptions/x","queueName":"q"},"endpointType":"StorageQueue"}}"#;
    let err = from_json::<EventSubscriptionProperties>(json).unwrap_err();
    let found: Vec<_> = err
        .violations()
        .unwrap()
        .iter()
        .map(|v| (v.path().to_owned(), v.rule()))
        .collect();
    assert_eq!(
        found,
        [("destination.properties.queueName".to_owned(), "min_length")]
    );
    // A type error before the tag keeps its path and position.
    let err =
        from_json::<Destination>(r#"{"properties":{"resourceId":7},"endpointType":"EventHub"}"#)
            .unwrap_err();
    assert_eq!(err.path(), Some("properties.resourceId"));
    assert_eq!(err.column(), Some(29));
}
