//! What a mock server serves: one valid body per status of a declared
//! result type, from `Examples` — every rule met, nothing written by hand.
//!
//! Run with `cargo run --example mock`.

use operation_response::{
    from_json, operation_response, response_model, Examples, OperationResponse,
};

/// The create-auth-session result: one shape per status.
#[operation_response(
    terminal = ["done", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub enum CreateAuthSessionResult {
    /// The session exists.
    Done {
        /// The new session: 3 to 64 chars.
        #[response(min_length = 3, max_length = 64)]
        auth_session_id: String,
    },
    /// Not started yet.
    Pending,
    /// Running.
    InProgress {
        /// Percent done.
        #[response(max = 100)]
        progress: u8,
    },
    /// It failed.
    Failed {
        /// What went wrong.
        error: SessionError,
    },
    /// It was canceled.
    Canceled {
        /// Why, in words.
        #[response(non_empty)]
        reason: String,
    },
}

/// Why an operation failed.
#[response_model]
pub struct SessionError {
    /// A machine-readable code.
    #[response(example = "quota_exceeded", validate_with = snake_case)]
    pub code: String,
    /// What went wrong.
    #[response(non_empty)]
    pub message: String,
}

fn snake_case(code: &String) -> Result<(), String> {
    if code.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        Ok(())
    } else {
        Err(format!("{code:?} is not snake_case"))
    }
}

fn main() {
    for body in CreateAuthSessionResult::examples() {
        let json = serde_json::to_string(&body).expect("a body serializes");
        // What a client reads back is the same value, valid.
        let read: CreateAuthSessionResult = from_json(&json).expect("an example is valid");
        assert_eq!(read, body);
        println!("{:<12} {json}", body.status().as_str());
    }
}
