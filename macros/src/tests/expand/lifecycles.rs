/// Statuses as a server sends them: any case, another spelling, more later.
#[operation_response(
    status = ["NotStarted", "Running", "Succeeded", "Failed"],
    terminal = ["Succeeded", "Failed"],
    failure = ["Failed"],
    alias = ["Cancelled" => "Failed"],
    case_insensitive,
    open,
    unknown = classify,
)]
pub struct TranslationResponse {
    pub id: String,
}

/// How a completed run ended.
#[response_model(failure = ["failure", "cancelled"], open, unknown = later_failure)]
pub enum Conclusion {
    Success,
    Failure,
    Cancelled,
}

/// The outcome is in `conclusion`; `waiting` waits for a person.
#[operation_response(
    status = ["queued", "waiting", "completed"],
    terminal = ["completed"],
    waiting = ["waiting"],
    classify = run_class,
)]
pub struct WorkflowRun {
    pub id: u64,
    #[response(outcome, required_when = "completed")]
    pub conclusion: Option<Conclusion>,
}

/// The lifecycle is a function of the fields.
#[response_model(lifecycle = operation_lifecycle, validate_with = error_or_response)]
pub struct Operation {
    pub name: String,
    #[response(default)]
    pub done: bool,
    pub error: Option<String>,
    pub response: Option<String>,
}

/// The status is inside another object.
#[response_model(rename_all = "PascalCase")]
pub struct GetJobResponse {
    #[response(operation)]
    pub job: Job,
}

/// Fields shared by every status around an enum-form body.
#[response_model]
pub struct SharedJob {
    #[response(min_length = 1)]
    pub id: String,
    #[serde(flatten)]
    #[response(operation)]
    pub state: JobState,
}

/// The job inside `GetJobResponse`; its name is counted in UTF-8 bytes.
#[operation_response(
    status = ["QUEUED", "COMPLETED"],
    terminal = ["COMPLETED"],
    status_field = "JobStatus",
    rename_all = "PascalCase",
)]
pub struct Job {
    #[response(min_bytes = 1, max_bytes = 200)]
    pub job_name: String,
    #[response(max_bytes = 64)]
    pub label: Option<String>,
}

/// The state of a `SharedJob`, by status.
#[operation_response(terminal = ["done"])]
pub enum JobState {
    Running,
    Done { result: String },
}

/// The enum form: the outcome in a variant, and classify over it.
#[operation_response(terminal = ["completed"], classify = check_class)]
pub enum CheckRun {
    Queued,
    Completed {
        #[response(outcome)]
        conclusion: Conclusion,
    },
}

/// The progress a body reports.
#[operation_response(status = ["running", "done"], terminal = ["done"], progress = fraction)]
pub struct Upload {
    pub sent: u64,
    pub total: u64,
}

/// A percentage field, in a variant.
#[operation_response(terminal = ["done"])]
pub enum Export {
    Running {
        #[response(progress)]
        percent: f64,
    },
    Done,
}
