//! Long-running-operation bodies as their vendors publish them in `OpenAPI`,
//! declared to match the components in `tests/fixtures/openapi/` exactly
//! (`openai.json`, `github.json`, `stripe.json`; see `SOURCES.md`).

use operation_response::{operation_response, response_model};
use std::collections::BTreeMap;

// ---------------------------------------------------------------------------
// OpenAI: `#/components/schemas/Batch` and what it references.
// ---------------------------------------------------------------------------

/// `OpenAI`: the batch object (`Batch`).
#[operation_response(
    status = [
        "validating",
        "failed",
        "in_progress",
        "finalizing",
        "completed",
        "expired",
        "cancelling",
        "cancelled",
    ],
    terminal = ["failed", "completed", "expired", "cancelled"],
    failure = ["failed", "expired", "cancelled"],
    rename_all = "snake_case",
)]
pub struct Batch {
    /// The batch's id.
    pub id: String,
    /// The object type, which is always `batch`.
    pub object: BatchObject,
    /// The `OpenAI` API endpoint used by the batch.
    pub endpoint: String,
    /// Model ID used to process the batch.
    pub model: Option<String>,
    /// The errors of the batch.
    pub errors: Option<BatchErrors>,
    /// The ID of the input file for the batch.
    pub input_file_id: String,
    /// The time frame within which the batch should be processed.
    pub completion_window: String,
    /// The ID of the file containing the outputs of successfully executed
    /// requests.
    pub output_file_id: Option<String>,
    /// The ID of the file containing the outputs of requests with errors.
    pub error_file_id: Option<String>,
    /// When the batch was created (Unix seconds).
    pub created_at: i64,
    /// When the batch started processing (Unix seconds).
    pub in_progress_at: Option<i64>,
    /// When the batch will expire (Unix seconds).
    pub expires_at: Option<i64>,
    /// When the batch started finalizing (Unix seconds).
    pub finalizing_at: Option<i64>,
    /// When the batch was completed (Unix seconds).
    pub completed_at: Option<i64>,
    /// When the batch failed (Unix seconds).
    pub failed_at: Option<i64>,
    /// When the batch expired (Unix seconds).
    pub expired_at: Option<i64>,
    /// When the batch started cancelling (Unix seconds).
    pub cancelling_at: Option<i64>,
    /// When the batch was cancelled (Unix seconds).
    pub cancelled_at: Option<i64>,
    /// The request counts for different statuses within the batch.
    pub request_counts: Option<BatchRequestCounts>,
    /// Token usage; only populated on batches created after September 7,
    /// 2025.
    pub usage: Option<BatchUsage>,
    /// Set of 16 key-value pairs attached to the batch (`Metadata`).
    pub metadata: Option<BTreeMap<String, String>>,
}

/// The batch's `object`: always `"batch"`.
#[response_model]
pub enum BatchObject {
    /// `"batch"`
    Batch,
}

/// The batch's `errors` (an object inline in `Batch`).
#[response_model(rename_all = "snake_case")]
pub struct BatchErrors {
    /// The object type, which is always `list`.
    pub object: Option<String>,
    /// The errors.
    pub data: Option<Vec<BatchError>>,
}

/// One error of a batch (`BatchError`).
#[response_model(rename_all = "snake_case")]
pub struct BatchError {
    /// An error code identifying the error type.
    pub code: Option<String>,
    /// A human-readable message providing more details about the error.
    pub message: Option<String>,
    /// The name of the parameter that caused the error, if applicable.
    pub param: Option<String>,
    /// The line number of the input file where the error occurred, if
    /// applicable.
    pub line: Option<i64>,
}

/// The request counts for different statuses within the batch
/// (`BatchRequestCounts`).
#[response_model(rename_all = "snake_case")]
pub struct BatchRequestCounts {
    /// Total number of requests in the batch.
    pub total: i64,
    /// Number of requests that have been completed successfully.
    pub completed: i64,
    /// Number of requests that have failed.
    pub failed: i64,
}

/// The batch's token usage (an object inline in `Batch`).
#[response_model(rename_all = "snake_case")]
pub struct BatchUsage {
    /// The number of input tokens.
    pub input_tokens: i64,
    /// A detailed breakdown of the input tokens.
    pub input_tokens_details: BatchInputTokensDetails,
    /// The number of output tokens.
    pub output_tokens: i64,
    /// A detailed breakdown of the output tokens.
    pub output_tokens_details: BatchOutputTokensDetails,
    /// The total number of tokens used.
    pub total_tokens: i64,
}

/// A detailed breakdown of the input tokens.
#[response_model(rename_all = "snake_case")]
pub struct BatchInputTokensDetails {
    /// The number of tokens that were retrieved from the cache.
    pub cached_tokens: i64,
}

/// A detailed breakdown of the output tokens.
#[response_model(rename_all = "snake_case")]
pub struct BatchOutputTokensDetails {
    /// The number of reasoning tokens.
    pub reasoning_tokens: i64,
}

// ---------------------------------------------------------------------------
// GitHub: `#/components/schemas/code-scanning-autofix` and the three
// components it references.
// ---------------------------------------------------------------------------

/// GitHub: the status of an autofix for a code scanning alert
/// (`code-scanning-autofix`). Both "Create an autofix" (`200`, or `202` while
/// it is generated) and "Get the status of an autofix" answer it.
#[operation_response(
    status = ["pending", "error", "success", "outdated"],
    terminal = ["error", "success", "outdated"],
    failure = ["error", "outdated"],
    status_enum = CodeScanningAutofixStatus,
    rename_all = "snake_case",
)]
pub struct CodeScanningAutofix {
    /// The description of an autofix (`code-scanning-autofix-description`);
    /// present, but may be `null`.
    #[response(required)]
    pub description: Option<String>,
    /// The start time of an autofix, ISO 8601
    /// (`code-scanning-autofix-started-at`).
    pub started_at: String,
}

// ---------------------------------------------------------------------------
// Stripe: `#/components/schemas/test_helpers.test_clock` and the two
// components it references.
// ---------------------------------------------------------------------------

/// Stripe: a test clock (`test_helpers.test_clock`). "Advance a test clock"
/// answers it with `advancing`; the advance is done when it reads `ready`.
#[operation_response(
    status = ["advancing", "internal_failure", "ready"],
    terminal = ["internal_failure", "ready"],
    failure = ["internal_failure"],
    status_enum = TestClockStatus,
    rename_all = "snake_case",
)]
pub struct TestClock {
    /// When the object was created (Unix seconds).
    pub created: i64,
    /// When this clock is scheduled to auto delete (Unix seconds).
    pub deletes_after: i64,
    /// The time all objects belonging to this clock are frozen at (Unix
    /// seconds).
    pub frozen_time: i64,
    /// Unique identifier for the object.
    #[response(max_length = 5000)]
    pub id: String,
    /// Whether the object exists in live mode.
    pub livemode: bool,
    /// The custom name supplied at creation.
    #[response(max_length = 5000)]
    pub name: Option<String>,
    /// The object's type, always `test_helpers.test_clock`.
    pub object: TestClockObject,
    /// Details of the status
    /// (`billing_clocks_resource_status_details_status_details`).
    pub status_details: BillingClocksResourceStatusDetailsStatusDetails,
}

/// The test clock's `object`: always `"test_helpers.test_clock"`.
#[response_model]
pub enum TestClockObject {
    /// `"test_helpers.test_clock"`
    #[response(rename = "test_helpers.test_clock")]
    TestClock,
}

/// Details of a test clock's status
/// (`billing_clocks_resource_status_details_status_details`).
#[response_model(rename_all = "snake_case")]
pub struct BillingClocksResourceStatusDetailsStatusDetails {
    /// Set while the clock is advancing.
    pub advancing: Option<BillingClocksResourceStatusDetailsAdvancingStatusDetails>,
}

/// Details of an advancing test clock
/// (`billing_clocks_resource_status_details_advancing_status_details`).
#[response_model(rename_all = "snake_case")]
pub struct BillingClocksResourceStatusDetailsAdvancingStatusDetails {
    /// The `frozen_time` the clock is advancing towards (Unix seconds).
    pub target_frozen_time: i64,
}
