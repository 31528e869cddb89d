//! Bodies of real long-running-operation APIs, declared with nothing but
//! this crate's attributes (fixtures: `tests/fixtures/vendors/`).

use operation_response::{operation_response, response_model, Lifecycle};

/// GitHub: how a completed workflow run ended.
#[response_model(failure = ["failure", "cancelled", "timed_out", "startup_failure"], open)]
pub enum Conclusion {
    /// `"success"`
    Success,
    /// `"failure"`
    Failure,
    /// `"neutral"`
    Neutral,
    /// `"cancelled"`
    Cancelled,
    /// `"skipped"`
    Skipped,
    /// `"timed_out"`
    TimedOut,
    /// `"action_required"`
    ActionRequired,
    /// `"stale"`
    Stale,
    /// `"startup_failure"`
    StartupFailure,
}

/// GitHub: a workflow run; whether it failed is in `conclusion`.
#[operation_response(
    status = ["queued", "in_progress", "completed", "waiting", "requested", "pending"],
    terminal = ["completed"],
    rename_all = "snake_case",
)]
pub struct WorkflowRun {
    /// The run's id.
    pub id: u64,
    /// The workflow's name.
    pub name: String,
    /// The run's number in its workflow.
    pub run_number: u64,
    /// How it ended, once completed.
    #[response(outcome, required_when = "completed")]
    pub conclusion: Option<Conclusion>,
    /// Where to see it.
    #[response(min_length = 1)]
    pub html_url: String,
    /// When it was created.
    pub created_at: String,
}

/// Azure, with a service's own statuses classified by a function.
#[operation_response(
    status = ["NotStarted", "Running", "Succeeded", "Failed", "Cancelled"],
    terminal = ["Succeeded", "Failed", "Cancelled"],
    failure = ["Failed", "Cancelled"],
    alias = ["Canceled" => "Cancelled"],
    case_insensitive,
    open,
    unknown = translation_status,
)]
pub struct TranslationResponse {
    /// The operation's id.
    pub id: String,
}

/// `"Cancelling"` and `"InProgress"` keep polling; `"ValidationFailed"` is a
/// failure.
fn translation_status(status: &str) -> Lifecycle {
    if status.eq_ignore_ascii_case("ValidationFailed") {
        Lifecycle::Failed
    } else {
        Lifecycle::Running
    }
}

/// AWS Transcribe: the status is inside `TranscriptionJob`.
#[response_model(rename_all = "PascalCase")]
pub struct GetTranscriptionJobResponse {
    /// The job, which has the status.
    #[response(operation)]
    pub transcription_job: TranscriptionJob,
}

/// AWS Transcribe's job; `TranscriptionJobName` is at most 200 bytes.
#[operation_response(
    status = ["QUEUED", "IN_PROGRESS", "FAILED", "COMPLETED"],
    terminal = ["FAILED", "COMPLETED"],
    failure = ["FAILED"],
    status_field = "TranscriptionJobStatus",
    rename_all = "PascalCase",
)]
pub struct TranscriptionJob {
    /// The job's name.
    #[response(min_bytes = 1, max_bytes = 200)]
    pub transcription_job_name: String,
    /// Why it failed.
    #[response(required_when = "FAILED")]
    pub failure_reason: Option<String>,
    /// Where the transcript is, once completed.
    pub transcript: Option<Transcript>,
}

/// Where a transcript is.
#[response_model(rename_all = "PascalCase")]
pub struct Transcript {
    /// Its location.
    #[response(non_empty)]
    pub transcript_file_uri: String,
}

/// `OpenAI`: a fine-tuning job; its fields around the status are the same for
/// every status, and the status comes after them.
#[response_model(rename_all = "snake_case")]
pub struct FineTuningJob {
    /// `ftjob-…`.
    #[response(min_length = 6)]
    pub id: String,
    /// Always `fine_tuning.job`.
    pub object: String,
    /// The base model.
    pub model: String,
    /// Unix seconds.
    pub created_at: u64,
    /// The state, by status.
    #[serde(flatten)]
    #[response(operation)]
    pub state: FineTuningState,
}

/// The fine-tuning job's state.
#[operation_response(
    terminal = ["succeeded", "failed", "cancelled"],
    failure = ["failed", "cancelled"],
    rename_all = "snake_case",
)]
pub enum FineTuningState {
    /// Checking the files.
    ValidatingFiles,
    /// Waiting to run.
    Queued,
    /// Running.
    Running,
    /// Done.
    Succeeded {
        /// The model made.
        #[response(non_empty)]
        fine_tuned_model: String,
    },
    /// Failed.
    Failed {
        /// Why.
        error: FineTuningError,
    },
    /// Cancelled.
    Cancelled,
}

/// Why a fine-tuning job failed.
#[response_model]
pub struct FineTuningError {
    /// A machine-readable code.
    #[response(non_empty)]
    pub code: String,
    /// What went wrong.
    pub message: String,
}

/// Azure Event Grid: where an event subscription delivers, tagged by
/// `endpointType` (after the fields, as the service writes it). Open: a
/// destination type added later is kept as it came.
#[response_model(tag = "endpointType", tag_case = "PascalCase", open)]
pub enum Destination {
    /// `"EventHub"`.
    EventHub {
        /// The hub.
        properties: ResourceDestination,
    },
    /// `"StorageQueue"`.
    StorageQueue {
        /// The queue.
        properties: QueueDestination,
    },
    /// `"WebHook"`, unit here: its properties are not read.
    #[response(rename = "WebHook", alias = "Webhook")]
    WebHook,
}

/// A destination named by its resource id.
#[response_model]
pub struct ResourceDestination {
    /// The Azure resource id.
    #[response(pattern = "^/subscriptions/")]
    pub resource_id: String,
}

/// A storage queue destination.
#[response_model]
pub struct QueueDestination {
    /// The storage account.
    #[response(pattern = "^/subscriptions/")]
    pub resource_id: String,
    /// The queue's name: 3 to 63 chars.
    #[response(min_length = 3, max_length = 63)]
    pub queue_name: String,
}

/// An event subscription's part that holds the destination.
#[response_model]
pub struct EventSubscriptionProperties {
    /// Where events go.
    pub destination: Destination,
}
