//! The promises the docs make, kept from a user's side: each module imports
//! exactly what the docs show, and nothing more.

/// Generated enums need no import for their own methods and constants.
mod without_imports {
    use operation_response::{operation_response, response_model};

    #[operation_response(
        status = ["pending", "done", "failed"],
        terminal = ["done", "failed"],
        failure = ["failed"],
        open,
    )]
    pub struct JobResponse {
        #[response(outcome)]
        pub conclusion: Option<Conclusion>,
    }

    #[response_model(failure = ["failure", "timed_out"], open)]
    pub enum Conclusion {
        Success,
        Failure,
        TimedOut,
    }

    #[response_model(rename_all = "kebab-case")]
    pub enum ErrorCode {
        InternalServerError,
        ScriptTimeout,
    }

    #[test]
    fn status_enums_have_every_method_inherent() {
        assert!(JobStatus::Done.is_known());
        assert!(!JobStatus::Unknown("paused".into()).is_known());
        assert_eq!(JobStatus::Failed.as_str(), "failed");
        assert_eq!(JobStatus::KNOWN, ["pending", "done", "failed"]);
        assert_eq!(JobStatus::TERMINAL, ["done", "failed"]);
        assert_eq!(JobStatus::FAILURE, ["failed"]);
        assert!(JobStatus::Failed.is_failure());
        assert!(JobStatus::Done.is_success() && JobStatus::Done.is_terminal());
        assert_eq!(
            JobStatus::Pending.lifecycle(),
            operation_response::Lifecycle::Running
        );
    }

    #[test]
    fn string_and_outcome_enums_have_every_method_inherent() {
        assert!(ErrorCode::ScriptTimeout.is_known());
        assert_eq!(ErrorCode::ScriptTimeout.as_str(), "script-timeout");
        assert_eq!(
            ErrorCode::KNOWN,
            ["internal-server-error", "script-timeout"]
        );
        assert!(Conclusion::TimedOut.is_failure());
        assert!(!Conclusion::Success.is_failure());
        assert!(!Conclusion::Unknown("stale".into()).is_known());
        assert!(!Conclusion::Unknown("stale".into()).is_failure());
        assert_eq!(Conclusion::FAILURE, ["failure", "timed_out"]);
    }
}

/// Generic code needs the prelude alone.
mod generic_with_the_prelude {
    use operation_response::prelude::*;

    #[operation_response(status = ["running", "done"], terminal = ["done"])]
    pub struct TaskResponse {
        pub id: String,
    }

    fn summary<T: OperationResponse>(body: &T) -> String {
        let status = body.status();
        format!(
            "{}/{}/{}/{}",
            status.as_str(),
            status.is_known(),
            status.is_terminal(),
            <T::Status as StringEnum>::KNOWN.len()
        )
    }

    fn check_all<T: Validate>(values: &[T]) -> bool {
        values.iter().all(|v| v.validate().is_ok())
    }

    #[test]
    fn generic_functions_compile_and_run() {
        let bodies: Vec<TaskResponse> = [
            r#"{"status":"running","id":"a"}"#,
            r#"{"status":"done","id":"b"}"#,
        ]
        .iter()
        .map(|b| from_json(b).unwrap())
        .collect();
        assert!(check_all(&bodies));
        let summaries: Vec<String> = bodies.iter().map(summary).collect();
        assert_eq!(summaries, ["running/true/false/2", "done/true/true/2"]);
        let body: TaskResponse = from_slice(br#"{"status":"done","id":"c"}"#).unwrap();
        assert!(body.is_success());
    }
}

/// Every public trait implemented by hand with its documented items alone.
mod by_hand {
    use operation_response::{
        from_json, operation_response, response_model, Lifecycle, OperationResponse,
        OperationStatus, Outcome, Path, StringEnum, Validate, ValidationErrors, Violation,
    };
    use std::fmt;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Phase {
        Running,
        Done,
        Broken,
    }

    impl fmt::Display for Phase {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(StringEnum::as_str(self))
        }
    }

    impl StringEnum for Phase {
        const KNOWN: &'static [&'static str] = &["running", "done", "broken"];

        fn as_str(&self) -> &str {
            match self {
                Phase::Running => "running",
                Phase::Done => "done",
                Phase::Broken => "broken",
            }
        }
    }

    impl OperationStatus for Phase {
        const TERMINAL: &'static [&'static str] = &["done", "broken"];
        const FAILURE: &'static [&'static str] = &["broken"];

        fn lifecycle(&self) -> Lifecycle {
            match self {
                Phase::Running => Lifecycle::Running,
                Phase::Done => Lifecycle::Succeeded,
                Phase::Broken => Lifecycle::Failed,
            }
        }
    }

    pub struct Machine {
        pub phase: Phase,
    }

    impl OperationResponse for Machine {
        type Status = Phase;

        fn status(&self) -> Phase {
            self.phase
        }
    }

    /// A string enum without `failure`: its outcome is written by hand.
    #[response_model]
    pub enum Signal {
        Exit,
        Kill,
    }

    impl Outcome for Signal {
        fn is_failure(&self) -> bool {
            matches!(self, Signal::Kill)
        }
    }

    #[operation_response(status = ["running", "exited"], terminal = ["exited"])]
    pub struct Process {
        #[response(outcome)]
        pub signal: Option<Signal>,
    }

    pub struct Percent(pub u8);

    impl Validate for Percent {
        fn validate_into(&self, path: &Path<'_>, errors: &mut ValidationErrors) {
            if self.0 > 100 {
                errors.push(Violation::new(path, "custom", "over 100"));
            }
        }
    }

    #[test]
    fn hand_impls_work_like_generated_ones() {
        assert!(Phase::Broken.is_known() && Phase::Broken.is_failure());
        assert!(Machine { phase: Phase::Done }.is_success());
        assert!(!Machine {
            phase: Phase::Running
        }
        .is_terminal());

        let process: Process = from_json(r#"{"status":"exited","signal":"kill"}"#).unwrap();
        assert!(process.is_failure());
        let process: Process = from_json(r#"{"status":"exited","signal":"exit"}"#).unwrap();
        assert!(process.is_success());

        let errors = vec![Percent(5), Percent(120)].validate().unwrap_err();
        assert_eq!(errors.paths().collect::<Vec<_>>(), ["[1]"]);
    }
}

/// A status declared a failure stays one whatever the outcome says; the
/// outcome decides for the other terminal statuses.
mod failure_status_and_outcome {
    use operation_response::{from_json, operation_response, response_model, OperationResponse};

    #[response_model(failure = ["failed"])]
    pub enum ResultState {
        Success,
        Failed,
    }

    #[operation_response(
        status = ["RUNNING", "TERMINATED", "INTERNAL_ERROR"],
        terminal = ["TERMINATED", "INTERNAL_ERROR"],
        failure = ["INTERNAL_ERROR"],
        rename_all = "snake_case",
    )]
    pub struct RunState {
        #[response(outcome)]
        pub result_state: Option<ResultState>,
    }

    fn classify(json: &str) -> (bool, bool) {
        let body: RunState = from_json(json).unwrap();
        (body.is_failure(), body.is_success())
    }

    #[test]
    fn a_failure_status_is_a_failure_with_or_without_outcome() {
        assert_eq!(classify(r#"{"status":"INTERNAL_ERROR"}"#), (true, false));
        assert_eq!(
            classify(r#"{"status":"INTERNAL_ERROR","result_state":"success"}"#),
            (true, false)
        );
        assert_eq!(classify(r#"{"status":"TERMINATED"}"#), (false, true));
        assert_eq!(
            classify(r#"{"status":"TERMINATED","result_state":"success"}"#),
            (false, true)
        );
        assert_eq!(
            classify(r#"{"status":"TERMINATED","result_state":"failed"}"#),
            (true, false)
        );
        assert_eq!(
            classify(r#"{"status":"RUNNING","result_state":"failed"}"#),
            (false, false)
        );
    }
}
