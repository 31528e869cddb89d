//! Issue 23's forms, as vendors' bodies need them: statuses that wait for a
//! person, a default status, `classify`, an outcome in a variant, an open
//! outcome's `unknown`, `progress`. The schema, example, generator and
//! differential tests cover them with every other model (`every_type!`).

use operation_response::{operation_response, response_model, Lifecycle};

/// A GitLab pipeline, as its API documents `status`: `manual` waits for a
/// person to start a job.
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
    /// Where to see it.
    pub web_url: Option<String>,
}

/// An HCP Terraform run, the enum form: a plan waits to be confirmed.
#[operation_response(
    terminal = ["applied", "errored", "discarded"],
    failure = ["errored", "discarded"],
    waiting = ["planned", "policy_override"],
    status_case = "snake_case",
    rename_all = "snake_case",
)]
pub enum TerraformRun {
    /// Queued.
    Pending,
    /// Planning.
    Planning,
    /// Planned: waits to be confirmed.
    Planned {
        /// Whether applying would change anything.
        has_changes: bool,
    },
    /// A policy check failed: waits for an override.
    PolicyOverride,
    /// Applied.
    Applied,
    /// Failed.
    Errored {
        /// Why.
        message: String,
    },
    /// Discarded by a person.
    Discarded,
}

/// `DigitalOcean`'s action: `status` defaults to `in-progress`.
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
    /// What it acts on (`droplet`).
    pub resource_type: Option<String>,
}

/// The enum form: a body without `status` is `pending`.
#[operation_response(terminal = ["done", "failed"], failure = ["failed"], status_default = "pending")]
pub enum DefaultedRun {
    /// Not started (or not said).
    Pending,
    /// Running.
    Running {
        /// How far.
        percent: u8,
    },
    /// Done.
    Done {
        /// What it made.
        output: String,
    },
    /// Failed.
    Failed {
        /// Why.
        message: String,
    },
}

/// fal.ai's queue status: `COMPLETED` carries `error` when the request
/// failed; it reports no progress, so `progress` counts the queue.
#[operation_response(
    status = ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"],
    terminal = ["COMPLETED"],
    classify = fal_class,
    progress = fal_progress,
    rename_all = "snake_case",
)]
pub struct FalStatus {
    /// The request.
    pub request_id: String,
    /// Its place in the queue.
    pub queue_position: Option<u32>,
    /// Why it failed, when it did.
    pub error: Option<String>,
    /// What kind of failure.
    pub error_type: Option<String>,
}

/// A completed fal.ai request with an `error` failed.
#[must_use]
pub fn fal_class(body: &FalStatus) -> Option<Lifecycle> {
    (body.status == FalStatusStatus::Completed && body.error.is_some()).then_some(Lifecycle::Failed)
}

/// Done, or nothing known.
#[must_use]
pub fn fal_progress(body: &FalStatus) -> Option<f64> {
    body.status.is_terminal().then_some(1.0)
}

/// How a check ended, as GitHub lists conclusions; values added later fail.
#[response_model(failure = ["failure", "timed_out"], open, unknown = "failure")]
pub enum CheckConclusion {
    /// Passed.
    Success,
    /// Failed.
    Failure,
    /// Ran out of time.
    TimedOut,
    /// Not run.
    Skipped,
    /// Neither.
    Neutral,
}

/// The enum form with the outcome in a variant's field.
#[operation_response(terminal = ["completed"], rename_all = "snake_case")]
pub enum CheckRun {
    /// Queued.
    Queued,
    /// Running.
    InProgress,
    /// Ended; the conclusion says how.
    Completed {
        /// How it ended.
        #[response(outcome)]
        conclusion: CheckConclusion,
        /// Where to see it.
        details_url: Option<String>,
    },
}
