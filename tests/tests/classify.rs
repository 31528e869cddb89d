//! `classify = path`: failure told by something other than the status, as
//! vendors document it (fal.ai's `COMPLETED` with `error`, Databricks'
//! `termination_details`).

use operation_response::{
    from_json, operation_response, response_model, Lifecycle, OperationResponse,
};
use operation_response_tests::vendors::QueueStatus;

/// The enum form: a `TERMINATED` run failed when its details say so.
#[operation_response(terminal = ["terminated"], classify = run_class, rename_all = "snake_case")]
pub enum DatabricksRun {
    Pending,
    Running,
    Terminated { termination_details: Details },
}

#[response_model]
pub struct Details {
    pub code: String,
}

fn run_class(run: &DatabricksRun) -> Option<Lifecycle> {
    match run {
        DatabricksRun::Terminated {
            termination_details,
        } if termination_details.code != "SUCCESS" => Some(Lifecycle::Failed),
        _ => None,
    }
}

/// A model with a lifecycle function, and `classify` over it.
#[response_model(lifecycle = done_lifecycle, classify = cancelled)]
pub struct Operation {
    #[response(default)]
    pub done: bool,
    #[response(default)]
    pub cancelled: bool,
}

fn done_lifecycle(op: &Operation) -> Lifecycle {
    if op.done {
        Lifecycle::Succeeded
    } else {
        Lifecycle::Running
    }
}

fn cancelled(op: &Operation) -> Option<Lifecycle> {
    op.cancelled.then_some(Lifecycle::Failed)
}

/// A model whose status is in a field, and `classify` over it.
#[response_model(classify = quota)]
pub struct Envelope {
    #[response(operation)]
    pub job: QueueStatus,
    pub quota_exceeded: Option<bool>,
}

fn quota(envelope: &Envelope) -> Option<Lifecycle> {
    (envelope.quota_exceeded == Some(true)).then_some(Lifecycle::Failed)
}

#[test]
fn a_completed_fal_request_with_an_error_failed() {
    let ok: QueueStatus = from_json(r#"{"status":"COMPLETED","request_id":"r1"}"#).unwrap();
    assert!(ok.is_success() && ok.is_terminal());
    let failed: QueueStatus = from_json(
        r#"{"status":"COMPLETED","request_id":"r2","error":"OOM","error_type":"runner_error"}"#,
    )
    .unwrap();
    assert!(failed.is_failure() && failed.is_terminal() && !failed.is_success());
    assert_eq!(failed.lifecycle(), Lifecycle::Failed);
    // The status enum's own class is unchanged: it knows no fields.
    assert!(failed.status.is_success());
    let queued: QueueStatus = from_json(r#"{"status":"IN_QUEUE","request_id":"r3"}"#).unwrap();
    assert_eq!(queued.lifecycle(), Lifecycle::Running);
}

#[test]
fn the_enum_form_and_models_are_classified_too() {
    let failed: DatabricksRun =
        from_json(r#"{"status":"terminated","termination_details":{"code":"DRIVER_ERROR"}}"#)
            .unwrap();
    assert!(failed.is_failure());
    let ok: DatabricksRun =
        from_json(r#"{"status":"terminated","termination_details":{"code":"SUCCESS"}}"#).unwrap();
    assert!(ok.is_success());
    assert!(!from_json::<DatabricksRun>(r#"{"status":"running"}"#)
        .unwrap()
        .is_terminal());

    let op: Operation = from_json(r#"{"done":true}"#).unwrap();
    assert!(op.is_success());
    let op: Operation = from_json(r#"{"cancelled":true}"#).unwrap();
    assert!(op.is_failure() && op.is_terminal());
    // `status()` stays what `lifecycle = path` says; the class is classify's.
    assert_eq!(op.status(), Lifecycle::Running);

    let envelope: Envelope =
        from_json(r#"{"job":{"status":"IN_PROGRESS","request_id":"r"},"quotaExceeded":true}"#)
            .unwrap();
    assert!(envelope.is_failure());
    let envelope: Envelope =
        from_json(r#"{"job":{"status":"IN_PROGRESS","request_id":"r"}}"#).unwrap();
    assert!(!envelope.is_terminal());
}

/// How a run ended, as GitHub lists conclusions; values added later fail.
#[response_model(failure = ["failure", "timed_out"], open)]
pub enum Conclusion {
    Success,
    Failure,
    TimedOut,
    Skipped,
}

/// The enum form with the outcome in a variant's field.
#[operation_response(terminal = ["completed"], rename_all = "snake_case")]
pub enum CheckRun {
    Queued,
    Completed {
        #[response(outcome)]
        conclusion: Conclusion,
        details_url: Option<String>,
    },
}

/// Every variant has an outcome: no other arm.
#[operation_response(terminal = ["completed", "stopped"])]
pub enum AllDecided {
    Completed {
        #[response(outcome)]
        conclusion: Option<Conclusion>,
    },
    Stopped {
        #[response(outcome)]
        conclusion: Conclusion,
    },
}

#[test]
fn an_outcome_in_a_variant_decides_it() {
    let ok: CheckRun = from_json(r#"{"status":"completed","conclusion":"success"}"#).unwrap();
    assert!(ok.is_success());
    let failed: CheckRun = from_json(r#"{"status":"completed","conclusion":"timed_out"}"#).unwrap();
    assert!(failed.is_failure() && failed.is_terminal());
    // An outcome the enum does not list: not a failure (no `unknown` given).
    let stale: CheckRun = from_json(r#"{"status":"completed","conclusion":"stale"}"#).unwrap();
    assert!(stale.is_success());
    assert!(!from_json::<CheckRun>(r#"{"status":"queued"}"#)
        .unwrap()
        .is_terminal());
    let none: AllDecided = from_json(r#"{"status":"completed","conclusion":null}"#).unwrap();
    assert!(none.is_success());
    let stopped: AllDecided = from_json(r#"{"status":"stopped","conclusion":"failure"}"#).unwrap();
    assert!(stopped.is_failure());
}

/// GitHub adds conclusions; those this enum does not list are failures.
#[response_model(failure = ["failure"], open, unknown = "failure")]
pub enum StrictConclusion {
    Success,
    Failure,
}

/// Or a function decides, per value.
#[response_model(failure = ["failure"], open, unknown = later_failure)]
pub enum JudgedConclusion {
    Success,
    Failure,
}

fn later_failure(value: &str) -> bool {
    value.ends_with("_failure") || value == "timed_out"
}

#[test]
fn an_open_outcome_classifies_values_added_later() {
    use operation_response::Outcome;
    let later: StrictConclusion = from_json(r#""startup_failure""#).unwrap();
    assert!(later.is_failure() && Outcome::is_failure(&later));
    assert!(!from_json::<StrictConclusion>(r#""success""#)
        .unwrap()
        .is_failure());
    assert!(from_json::<JudgedConclusion>(r#""startup_failure""#)
        .unwrap()
        .is_failure());
    assert!(from_json::<JudgedConclusion>(r#""timed_out""#)
        .unwrap()
        .is_failure());
    assert!(!from_json::<JudgedConclusion>(r#""neutral""#)
        .unwrap()
        .is_failure());
    assert!(from_json::<JudgedConclusion>(r#""failure""#)
        .unwrap()
        .is_failure());
    // Without `unknown`, a value added later is no failure (`Conclusion` above).
    assert!(!from_json::<Conclusion>(r#""stale""#).unwrap().is_failure());
}
