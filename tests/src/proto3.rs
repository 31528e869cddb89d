//! Bodies in proto3's JSON mapping, which writes 64-bit integers as decimal
//! strings (`"totalCount": "12"`) and reads numbers too: declared with
//! `#[response(number_as_string)]`, shaped like Vertex AI's batch jobs.

use operation_response::{operation_response, response_model};

/// A batch job's counts, as proto3 writes `int64` fields.
#[response_model]
pub struct CompletionStats {
    /// Items that succeeded.
    #[response(number_as_string)]
    pub successful_count: i64,
    /// Items that failed.
    #[response(number_as_string)]
    pub failed_count: i64,
    /// Items not yet done; absent when none.
    #[response(number_as_string)]
    pub incomplete_count: Option<i64>,
}

/// A batch prediction job, its state a proto3 enum.
#[operation_response(
    status = [
        "JOB_STATE_QUEUED",
        "JOB_STATE_RUNNING",
        "JOB_STATE_SUCCEEDED",
        "JOB_STATE_FAILED",
        "JOB_STATE_CANCELLED",
    ],
    terminal = ["JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLED"],
    failure = ["JOB_STATE_FAILED", "JOB_STATE_CANCELLED"],
    status_field = "state",
)]
pub struct BatchPredictionJob {
    /// The job's resource name.
    pub name: String,
    /// Items in the job.
    #[response(number_as_string, min = 1)]
    pub total_count: u64,
    /// Items that failed, once known.
    #[response(number_as_string, required_when = "JOB_STATE_FAILED")]
    pub failed_count: Option<u64>,
    /// Retries so far (a small counter, written as a string all the same).
    #[response(number_as_string, max = 10, default)]
    pub retries: u8,
    /// The counts, once the job has run.
    pub completion_stats: Option<CompletionStats>,
}

/// An export, one shape per state.
#[operation_response(terminal = ["done", "failed"], failure = ["failed"])]
pub enum ExportResult {
    /// Still exporting.
    Running {
        /// Rows exported so far.
        #[response(number_as_string)]
        exported_rows: Option<u64>,
    },
    /// Exported.
    Done {
        /// Rows exported.
        #[response(number_as_string, greater_than = 0)]
        exported_rows: u64,
        /// Bytes written: the key must be there, `null` when unknown.
        #[response(number_as_string, required)]
        bytes: Option<i64>,
    },
    /// Failed.
    Failed {
        /// Why.
        message: String,
    },
}

/// A quota, tagged by `type`.
#[response_model(tag = "type")]
pub enum Quota {
    /// At most so many rows.
    Rows {
        /// The limit.
        #[response(number_as_string, max = 1_000_000)]
        limit: u32,
    },
    /// At most so many bytes, beyond 64 bits if need be.
    Bytes {
        /// The limit.
        #[response(number_as_string, min = 0)]
        limit: i128,
    },
    /// No limit.
    Unlimited,
}
