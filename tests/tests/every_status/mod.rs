//! The declarations of issue 19, point 5, as a user writes them: shared by
//! the examples and the generators tests.

use operation_response::{operation_response, response_model};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// Three statuses, struct form.
#[operation_response(status = ["running", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"])]
pub struct Job3 {
    /// Why it failed.
    #[response(required_when = "failed", forbidden_when = "running")]
    pub error: Option<String>,
}

/// Shared fields around a flattened struct-form body.
#[response_model]
pub struct Around {
    /// The job's id.
    #[response(non_empty)]
    pub id: String,
    /// The job, flattened: its status and fields are this object's.
    #[serde(flatten)]
    #[response(operation)]
    pub job: Job3,
}

/// Five statuses, struct form.
#[operation_response(
    status = ["pending", "queued", "running", "done", "failed"],
    terminal = ["done", "failed"],
    failure = ["failed"],
)]
pub struct Job5 {
    /// How far, in percent.
    #[response(max = 100)]
    pub percent: u8,
    /// What it made.
    #[response(required_when = "done")]
    pub result: Option<Map<String, Value>>,
}

/// The status inside another object.
#[response_model]
pub struct Wrapped {
    /// The operation.
    #[response(operation)]
    pub operation: Job5,
}

/// A pattern and a length together.
#[response_model]
pub struct Named {
    /// `job-` and digits, 12 bytes at least.
    #[response(pattern = "^job-[0-9]+$", min_bytes = 12)]
    pub name: String,
    /// The same, at most 8 chars.
    #[response(pattern = "^job-[0-9]+$", max_length = 8, min_bytes = 6)]
    pub short: String,
    /// Exactly 10 chars.
    #[response(pattern = "^[a-z]+-[0-9]+$", length = 10)]
    pub exact: String,
    /// Any char but a newline, at most 6 bytes.
    #[response(pattern = "^.+$", max_bytes = 6)]
    pub any: String,
}

/// A set with a least length.
#[response_model]
pub struct Tags {
    /// Two distinct tags at least.
    #[response(min_length = 2)]
    pub tags: BTreeSet<String>,
    /// Both bools.
    #[response(length = 2)]
    pub flags: BTreeSet<bool>,
    /// Three distinct small numbers.
    #[response(min_length = 3, max_length = 4)]
    pub digits: std::collections::HashSet<u8>,
}

/// Payloads of any shape.
#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct Payloads {
    /// Free-form metadata.
    pub metadata: Map<String, Value>,
    /// Free-form labels, in a list.
    pub labels: Vec<Map<String, Value>>,
    /// Anything.
    pub anything: Value,
    /// A number as sent.
    pub amount: serde_json::Number,
    /// Maybe a map.
    #[response(required_when = "done")]
    pub output: Option<Map<String, Value>>,
}
