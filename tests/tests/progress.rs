//! `progress = path`: where the body reports how far the operation is, as a
//! fraction from 0 to 1 (`OperationResponse::progress`).

use operation_response::{
    from_json, operation_response, response_model, Lifecycle, OperationResponse,
};

/// OpenAI's batch: `request_counts` tell how far it is.
#[operation_response(
    status = ["validating", "in_progress", "finalizing", "completed", "failed", "expired", "cancelled"],
    terminal = ["completed", "failed", "expired", "cancelled"],
    failure = ["failed", "expired", "cancelled"],
    progress = batch_progress,
    rename_all = "snake_case",
)]
pub struct Batch {
    pub id: String,
    pub request_counts: Option<RequestCounts>,
}

#[response_model(rename_all = "snake_case")]
pub struct RequestCounts {
    pub total: u64,
    pub completed: u64,
    pub failed: u64,
}

fn batch_progress(batch: &Batch) -> Option<f64> {
    let counts = batch.request_counts.as_ref().filter(|c| c.total > 0)?;
    Some((counts.completed + counts.failed) as f64 / counts.total as f64)
}

/// The enum form.
#[operation_response(terminal = ["done"], progress = upload_progress)]
pub enum Upload {
    Running { sent: u64, total: u64 },
    Done,
}

fn upload_progress(upload: &Upload) -> Option<f64> {
    match upload {
        Upload::Running { sent, total } if *total > 0 => Some(*sent as f64 / *total as f64),
        Upload::Running { .. } => None,
        Upload::Done => Some(1.0),
    }
}

/// A model with a lifecycle, and one whose operation is a field: it reports
/// the field's progress.
#[response_model(lifecycle = job_lifecycle, progress = job_progress)]
pub struct Job {
    #[response(default)]
    pub done: bool,
    pub percent: Option<f64>,
}

fn job_lifecycle(job: &Job) -> Lifecycle {
    if job.done {
        Lifecycle::Succeeded
    } else {
        Lifecycle::Running
    }
}

fn job_progress(job: &Job) -> Option<f64> {
    job.percent.map(|p| p / 100.0)
}

#[response_model]
pub struct Envelope {
    #[response(operation)]
    pub batch: Batch,
}

#[test]
fn a_body_reports_its_progress() {
    let batch: Batch = from_json(
        r#"{"status":"in_progress","id":"b","request_counts":{"total":200,"completed":50,"failed":10}}"#,
    )
    .unwrap();
    assert_eq!(batch.progress(), Some(0.3));
    let validating: Batch = from_json(r#"{"status":"validating","id":"b"}"#).unwrap();
    assert_eq!(validating.progress(), None);
    let upload: Upload = from_json(r#"{"status":"running","sent":1,"total":4}"#).unwrap();
    assert_eq!(upload.progress(), Some(0.25));
    let job: Job = from_json(r#"{"percent":40}"#).unwrap();
    assert_eq!(job.progress(), Some(0.4));
    let envelope: Envelope = from_json(
        r#"{"batch":{"status":"in_progress","id":"b","request_counts":{"total":4,"completed":1,"failed":0}}}"#,
    )
    .unwrap();
    assert_eq!(envelope.progress(), Some(0.25));
}

/// A percentage field: Vercel's and Azure's `percentComplete`-like fields.
#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct Deployment {
    pub id: String,
    #[response(progress, min = 0, max = 100)]
    pub percent_complete: Option<u8>,
}

/// The enum form: a variant's percentage.
#[operation_response(terminal = ["done"])]
pub enum Export {
    Running {
        #[response(progress)]
        progress_percent: f64,
    },
    Done,
}

#[test]
fn a_percentage_field_is_the_progress() {
    let running: Deployment =
        from_json(r#"{"status":"running","id":"d","percentComplete":40}"#).unwrap();
    assert_eq!(running.progress(), Some(0.4));
    let unknown: Deployment = from_json(r#"{"status":"running","id":"d"}"#).unwrap();
    assert_eq!(unknown.progress(), None);
    let export: Export = from_json(r#"{"status":"running","progressPercent":12.5}"#).unwrap();
    assert_eq!(export.progress(), Some(0.125));
    assert_eq!(
        from_json::<Export>(r#"{"status":"done"}"#)
            .unwrap()
            .progress(),
        None
    );
    let azure: operation_response::standard::AzureOperationStatus =
        from_json(r#"{"status":"Running","percentComplete":75}"#).unwrap();
    assert_eq!(azure.progress(), Some(0.75));
}
