//! Bodies of real long-running-operation APIs, declared with nothing but
//! this crate's attributes (fixtures: `tests/fixtures/vendors/`).

use operation_response::{operation_response, response_model, Lifecycle};
use std::collections::BTreeMap;

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

// --- Lifecycle forms: waiting, status_default, classify, outcome ----------

/// `GitLab`: a CI/CD pipeline (`GET /projects/:id/pipelines/:pipeline_id`).
/// `manual` waits for someone to run a manual job; the statuses are the
/// ones the Pipelines API lists.
#[operation_response(
    status = ["created", "waiting_for_resource", "preparing", "pending", "running",
              "success", "failed", "canceled", "skipped", "manual", "scheduled"],
    terminal = ["success", "failed", "canceled", "skipped"],
    failure = ["failed", "canceled"],
    waiting = ["manual"],
    rename_all = "snake_case",
)]
pub struct Pipeline {
    /// The pipeline's id.
    pub id: u64,
    /// Its id in the project.
    pub iid: u64,
    /// The project's id.
    pub project_id: u64,
    /// The pipeline's name.
    pub name: Option<String>,
    /// The commit.
    pub sha: String,
    /// The branch or tag.
    pub r#ref: String,
    /// What started it (`push`, `web`, …).
    pub source: Option<String>,
    /// When it was created.
    pub created_at: String,
    /// When it last changed.
    pub updated_at: String,
    /// Where to see it.
    pub web_url: String,
    /// The commit before.
    pub before_sha: String,
    /// Whether `ref` is a tag.
    pub tag: bool,
    /// Configuration errors, `null` when none.
    #[response(required)]
    pub yaml_errors: Option<String>,
    /// Who started it.
    pub user: PipelineUser,
    /// When it started, `null` before.
    #[response(required)]
    pub started_at: Option<String>,
    /// When it finished.
    #[response(required)]
    pub finished_at: Option<String>,
    /// When the commit was made.
    #[response(required)]
    pub committed_at: Option<String>,
    /// Seconds it ran.
    #[response(required)]
    pub duration: Option<u64>,
    /// Seconds it waited, a fraction.
    #[response(required)]
    pub queued_duration: Option<f64>,
    /// Test coverage, a decimal string.
    #[response(required)]
    pub coverage: Option<String>,
    /// How the UI shows the status.
    pub detailed_status: Option<DetailedStatus>,
}

/// A `GitLab` user as a pipeline shows it.
#[response_model(rename_all = "snake_case")]
pub struct PipelineUser {
    /// The user's id.
    pub id: u64,
    /// The login.
    pub username: String,
    /// The display name.
    pub name: String,
    /// `active`, …
    pub state: String,
    /// The avatar.
    pub avatar_url: String,
    /// The profile.
    pub web_url: String,
}

/// How `GitLab`'s UI shows a pipeline's status.
#[response_model(rename_all = "snake_case")]
pub struct DetailedStatus {
    /// The icon's name.
    pub icon: String,
    /// The text shown.
    pub text: String,
    /// The label.
    pub label: String,
    /// The status group.
    pub group: String,
    /// The tooltip.
    pub tooltip: String,
    /// Whether there is a details page.
    pub has_details: bool,
    /// The details page.
    pub details_path: String,
    /// An illustration, `null` for most statuses.
    #[response(required)]
    pub illustration: Option<BTreeMap<String, String>>,
    /// The favicon.
    pub favicon: String,
}

/// `DigitalOcean`: `{"action": {...}}`, the reply of every action endpoint.
#[response_model]
pub struct ActionResponse {
    /// The action, which has the status.
    #[response(operation)]
    pub action: Action,
}

/// `DigitalOcean`'s action object. Its `OpenAPI` spec gives `status` a
/// default, `in-progress`: a body without it is in progress.
#[operation_response(
    status = ["in-progress", "completed", "errored"],
    terminal = ["completed", "errored"],
    failure = ["errored"],
    status_default = "in-progress",
    rename_all = "snake_case",
)]
pub struct Action {
    /// The action's id.
    pub id: u64,
    /// What it does (`transfer`, `assign_ip`, …).
    pub r#type: String,
    /// When it started.
    pub started_at: String,
    /// When it completed, `null` before.
    #[response(required)]
    pub completed_at: Option<String>,
    /// The resource acted on.
    #[response(required)]
    pub resource_id: Option<u64>,
    /// Its type (`droplet`, `image`, …).
    pub resource_type: String,
    /// Where.
    pub region: Region,
    /// The region's slug.
    #[response(required)]
    pub region_slug: Option<String>,
    /// The project, on reserved and floating IP actions.
    pub project_id: Option<String>,
}

/// A `DigitalOcean` region.
#[response_model(rename_all = "snake_case")]
pub struct Region {
    /// Its name.
    pub name: String,
    /// Its slug.
    pub slug: String,
    /// The sizes it offers.
    pub sizes: Vec<String>,
    /// The features it has.
    pub features: Vec<String>,
    /// Whether it takes new resources.
    pub available: bool,
}

/// Vertex AI (Agent Platform): a batch prediction job. proto3 JSON leaves
/// out an enum's zero value, so a job without `state` is
/// `JOB_STATE_UNSPECIFIED`, a value the enum does not list (`open`);
/// `JOB_STATE_PAUSED` "can be resumed": it waits.
#[operation_response(
    status = ["JOB_STATE_QUEUED", "JOB_STATE_PENDING", "JOB_STATE_RUNNING",
              "JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLING",
              "JOB_STATE_CANCELLED", "JOB_STATE_PAUSED", "JOB_STATE_EXPIRED",
              "JOB_STATE_UPDATING", "JOB_STATE_PARTIALLY_SUCCEEDED"],
    terminal = ["JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLED",
                "JOB_STATE_EXPIRED", "JOB_STATE_PARTIALLY_SUCCEEDED"],
    failure = ["JOB_STATE_FAILED", "JOB_STATE_CANCELLED", "JOB_STATE_EXPIRED"],
    waiting = ["JOB_STATE_PAUSED"],
    status_field = "state",
    status_default = "JOB_STATE_UNSPECIFIED",
    open,
    rename_all = "camelCase",
)]
pub struct BatchPredictionJob {
    /// `projects/…/batchPredictionJobs/…`.
    #[response(pattern = "^projects/")]
    pub name: String,
    /// The job's display name.
    pub display_name: String,
    /// The model.
    pub model: String,
    /// Where the instances are.
    pub input_config: Option<InputConfig>,
    /// Where the predictions go.
    pub output_config: Option<OutputConfig>,
    /// Counts of processed instances.
    pub completion_stats: Option<CompletionStats>,
    /// When it was created.
    pub create_time: String,
    /// When it last changed.
    pub update_time: String,
    /// The user's labels.
    pub labels: Option<BTreeMap<String, String>>,
    /// The model's version.
    pub model_version_id: Option<String>,
}

/// Where a batch prediction job's instances are.
#[response_model]
pub struct InputConfig {
    /// `jsonl`, `bigquery`, …
    pub instances_format: String,
    /// Cloud Storage files.
    pub gcs_source: Option<GcsSource>,
    /// A `BigQuery` table.
    pub bigquery_source: Option<BigQuerySource>,
}

/// Cloud Storage files.
#[response_model]
pub struct GcsSource {
    /// Their URIs.
    pub uris: Vec<String>,
}

/// A `BigQuery` table to read.
#[response_model]
pub struct BigQuerySource {
    /// The table.
    pub input_uri: String,
}

/// Where a batch prediction job's predictions go.
#[response_model]
pub struct OutputConfig {
    /// `jsonl`, `bigquery`, …
    pub predictions_format: String,
    /// A Cloud Storage folder.
    pub gcs_destination: Option<GcsDestination>,
    /// A `BigQuery` table.
    pub bigquery_destination: Option<BigQueryDestination>,
}

/// A Cloud Storage folder.
#[response_model]
pub struct GcsDestination {
    /// The folder.
    pub output_uri_prefix: String,
}

/// A `BigQuery` table to write.
#[response_model]
pub struct BigQueryDestination {
    /// The table.
    pub output_uri: String,
}

/// `CompletionStats`: int64 counts, which proto3 JSON writes as decimal
/// strings (or as numbers) and leaves out when 0.
#[response_model]
pub struct CompletionStats {
    /// Instances that succeeded.
    #[response(number_as_string)]
    pub successful_count: Option<i64>,
    /// Instances that failed.
    #[response(number_as_string)]
    pub failed_count: Option<i64>,
    /// Instances not finished when the job failed as a whole; `-1` unknown.
    #[response(number_as_string)]
    pub incomplete_count: Option<i64>,
}

/// fal.ai: a queue request's status. A failed request is `COMPLETED` too;
/// its `error` and `error_type` tell the failure.
#[operation_response(
    status = ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"],
    terminal = ["COMPLETED"],
    classify = fal_request_class,
    rename_all = "snake_case",
)]
pub struct QueueStatus {
    /// The request's id.
    pub request_id: Option<String>,
    /// Where the result will be.
    pub response_url: Option<String>,
    /// Where to poll.
    pub status_url: Option<String>,
    /// Where to cancel.
    pub cancel_url: Option<String>,
    /// Requests ahead, while `IN_QUEUE`.
    pub queue_position: Option<u64>,
    /// Runner logs, with `?logs=1`.
    pub logs: Option<Vec<BTreeMap<String, String>>>,
    /// Metrics, once `COMPLETED`.
    pub metrics: Option<QueueMetrics>,
    /// Why the request failed.
    pub error: Option<String>,
    /// The failure's category (`request_timeout`, `runner_disconnected`, …).
    pub error_type: Option<String>,
}

/// The metrics of a completed fal.ai request.
#[response_model(rename_all = "snake_case")]
pub struct QueueMetrics {
    /// Seconds of inference.
    pub inference_time: Option<f64>,
}

/// A `COMPLETED` request with an `error` or an `error_type` failed.
fn fal_request_class(status: &QueueStatus) -> Option<Lifecycle> {
    (status.status == QueueStatusStatus::Completed
        && (status.error.is_some() || status.error_type.is_some()))
    .then_some(Lifecycle::Failed)
}

/// Databricks: a job run (`GET /api/2.1/jobs/runs/get`). The status is
/// `state.life_cycle_state`, the outcome `state.result_state`.
#[response_model(rename_all = "snake_case")]
pub struct JobRun {
    /// The job's id.
    pub job_id: u64,
    /// The run's id.
    pub run_id: u64,
    /// The run's number in its job.
    pub number_in_job: u64,
    /// The state, which has the status.
    #[response(operation)]
    pub state: RunState,
    /// What it runs.
    pub task: Option<RunTask>,
    /// The cluster asked for.
    pub cluster_spec: Option<ClusterSpec>,
    /// The cluster used.
    pub cluster_instance: Option<ClusterInstance>,
    /// Parameters of this run.
    pub overriding_parameters: Option<RunParameters>,
    /// Epoch milliseconds.
    pub start_time: u64,
    /// Milliseconds.
    pub setup_duration: u64,
    /// Milliseconds.
    pub execution_duration: u64,
    /// Milliseconds.
    pub cleanup_duration: u64,
    /// `PERIODIC`, `ONE_TIME`, …
    pub trigger: Option<String>,
}

/// A Databricks run's state: `life_cycle_state` is the status (values may be
/// added: `open`); once terminal, `result_state` tells how it ended.
#[operation_response(
    status = ["QUEUED", "PENDING", "RUNNING", "TERMINATING", "TERMINATED", "SKIPPED",
              "INTERNAL_ERROR", "BLOCKED", "WAITING_FOR_RETRY"],
    terminal = ["TERMINATED", "SKIPPED", "INTERNAL_ERROR"],
    failure = ["INTERNAL_ERROR"],
    status_field = "life_cycle_state",
    open,
    rename_all = "snake_case",
)]
pub struct RunState {
    /// How a terminal run ended.
    #[response(outcome)]
    pub result_state: Option<RunResultState>,
    /// A message for the state.
    pub state_message: Option<String>,
    /// Why it is queued.
    pub queue_reason: Option<String>,
    /// Whether a user or the scheduler stopped it.
    pub user_cancelled_or_timedout: Option<bool>,
}

/// How a Databricks run ended; values may be added (`open`).
#[response_model(
    rename_all = "SCREAMING_SNAKE_CASE",
    failure = ["FAILED", "TIMEDOUT", "CANCELED", "MAXIMUM_CONCURRENT_RUNS_REACHED",
               "UPSTREAM_FAILED", "UPSTREAM_CANCELED"],
    open,
)]
pub enum RunResultState {
    /// `"SUCCESS"`
    Success,
    /// `"FAILED"`
    Failed,
    /// `"TIMEDOUT"`
    Timedout,
    /// `"CANCELED"`
    Canceled,
    /// `"MAXIMUM_CONCURRENT_RUNS_REACHED"`
    MaximumConcurrentRunsReached,
    /// `"EXCLUDED"`
    Excluded,
    /// `"SUCCESS_WITH_FAILURES"`
    SuccessWithFailures,
    /// `"UPSTREAM_FAILED"`
    UpstreamFailed,
    /// `"UPSTREAM_CANCELED"`
    UpstreamCanceled,
    /// `"DISABLED"`
    Disabled,
}

/// What a Databricks run runs.
#[response_model(rename_all = "snake_case")]
pub struct RunTask {
    /// A notebook.
    pub notebook_task: Option<NotebookTask>,
}

/// A notebook task.
#[response_model(rename_all = "snake_case")]
pub struct NotebookTask {
    /// The notebook's path.
    pub notebook_path: String,
}

/// The cluster a run asked for.
#[response_model(rename_all = "snake_case")]
pub struct ClusterSpec {
    /// An existing cluster.
    pub existing_cluster_id: Option<String>,
}

/// The cluster a run used.
#[response_model(rename_all = "snake_case")]
pub struct ClusterInstance {
    /// The cluster.
    pub cluster_id: String,
    /// The Spark context.
    pub spark_context_id: Option<String>,
}

/// A run's parameters.
#[response_model(rename_all = "snake_case")]
pub struct RunParameters {
    /// Parameters of a JAR task.
    pub jar_params: Option<Vec<String>>,
}
