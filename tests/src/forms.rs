//! Issue 23's forms beyond the vendors' own types (`vendors.rs`: GitLab's
//! `manual`, `DigitalOcean`'s default status, fal.ai's `classify`, …): the
//! enum form waiting for a person and with a default status, an outcome in
//! a variant, an open outcome's `unknown`. The schema, example, generator
//! and differential tests cover them with every other model
//! (`every_type!`).

use operation_response::{operation_response, response_model};

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
