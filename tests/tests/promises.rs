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
        from_json, operation_response, response_model, Examples, Lifecycle, OperationResponse,
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

    #[derive(Debug, Clone, PartialEq)]
    pub struct Percent(pub u8);

    impl Examples for Percent {
        fn examples() -> Vec<Self> {
            vec![Percent(0), Percent(100)]
        }
    }

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

        assert!(Percent::examples().validate().is_ok());
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

/// A field of a generic type is validated at its full wire path, every
/// violation, by every entry point.
mod generic_payloads {
    use operation_response::standard::GoogleOperation;
    use operation_response::{from_json, operation_response, response_model, Validate};

    #[response_model]
    pub struct Progress {
        #[response(max = 100)]
        pub progress_percent: u32,
        #[response(non_empty)]
        pub stage: String,
    }

    /// `M` has no `Default`: `#[response(default)]` on `Vec<M>` needs none.
    #[operation_response(status = ["running", "done"], terminal = ["done"])]
    pub struct Job<M> {
        pub metadata: M,
        pub maybe: Option<M>,
        #[response(default)]
        pub all: Vec<M>,
    }

    const JOB: &str = r#"{
        "status": "running",
        "metadata": {"progressPercent": 150, "stage": ""},
        "maybe": {"progressPercent": 101, "stage": "x"},
        "all": [{"progressPercent": 1, "stage": "a"}, {"progressPercent": 200, "stage": ""}]
    }"#;

    const JOB_PATHS: [&str; 5] = [
        "all[1].progressPercent",
        "all[1].stage",
        "maybe.progressPercent",
        "metadata.progressPercent",
        "metadata.stage",
    ];

    fn sorted(paths: impl Iterator<Item = impl Into<String>>) -> Vec<String> {
        let mut paths: Vec<String> = paths.map(Into::into).collect();
        paths.sort();
        paths
    }

    #[test]
    fn from_json_reports_every_violation_at_its_path() {
        let err = from_json::<Job<Progress>>(JOB).unwrap_err();
        let violations = err.violations().expect("a validation error");
        assert_eq!(sorted(violations.paths()), JOB_PATHS);
    }

    #[test]
    fn serde_json_reports_every_violation_at_its_path() {
        let message = serde_json::from_str::<Job<Progress>>(JOB)
            .unwrap_err()
            .to_string();
        for path in JOB_PATHS {
            assert!(message.contains(&format!("{path}:")), "{path} in {message}");
        }
    }

    #[test]
    fn validate_reports_every_violation_at_its_path() {
        let progress = |progress_percent, stage: &str| Progress {
            progress_percent,
            stage: stage.into(),
        };
        let job = Job {
            status: JobStatus::Running,
            metadata: progress(150, ""),
            maybe: Some(progress(101, "x")),
            all: vec![progress(1, "a"), progress(200, "")],
        };
        let errors = job.validate().unwrap_err();
        assert_eq!(sorted(errors.paths()), JOB_PATHS);
    }

    #[test]
    fn a_valid_generic_body_and_standard_payloads_pass() {
        let job: Job<Progress> =
            from_json(r#"{"status":"done","metadata":{"progressPercent":100,"stage":"end"}}"#)
                .unwrap();
        assert!(job.all.is_empty() && job.validate().is_ok());
        let job: Job<serde_json::Value> =
            from_json(r#"{"status":"done","metadata":{"anything":[1,2]}}"#).unwrap();
        assert!(job.validate().is_ok());
        let job: Job<String> = from_json(r#"{"status":"done","metadata":"x"}"#).unwrap();
        assert_eq!(job.metadata, "x");
    }

    #[response_model]
    pub struct Exported {
        #[response(min_length = 3)]
        pub uri: String,
    }

    const OPERATION: &str = r#"{
        "name": "operations/1",
        "metadata": {"progressPercent": 150, "stage": ""},
        "done": true,
        "response": {"uri": "x"}
    }"#;

    #[test]
    fn google_operation_checks_typed_payloads() {
        let err = from_json::<GoogleOperation<Progress, Exported>>(OPERATION).unwrap_err();
        let paths = sorted(err.violations().expect("a validation error").paths());
        assert_eq!(
            paths,
            ["metadata.progressPercent", "metadata.stage", "response.uri"]
        );

        let message = serde_json::from_str::<GoogleOperation<Progress, Exported>>(OPERATION)
            .unwrap_err()
            .to_string();
        for path in &paths {
            assert!(message.contains(&format!("{path}:")), "{path} in {message}");
        }

        let op: GoogleOperation<serde_json::Value, serde_json::Value> =
            from_json(OPERATION).unwrap();
        let typed = GoogleOperation::<Progress, Exported> {
            name: op.name,
            metadata: Some(Progress {
                progress_percent: 150,
                stage: String::new(),
            }),
            done: true,
            error: None,
            response: Some(Exported { uri: "x".into() }),
        };
        assert_eq!(sorted(typed.validate().unwrap_err().paths()), paths);
    }
}

/// A model inside a tuple is reported at its index.
mod tuples {
    use operation_response::{from_json, response_model, Validate};

    #[response_model]
    pub struct Detail {
        #[response(non_empty)]
        pub message: String,
    }

    #[response_model]
    pub struct Pairs {
        pub pair: (String, Detail),
        pub triples: Vec<(u32, Detail, Option<Detail>)>,
    }

    const PAIRS: &str =
        r#"{"pair":["a",{"message":""}],"triples":[[1,{"message":"ok"},{"message":""}]]}"#;

    #[test]
    fn tuple_elements_have_their_index_in_the_path() {
        let expected = ["pair[1].message", "triples[0][2].message"];
        let err = from_json::<Pairs>(PAIRS).unwrap_err();
        let paths: Vec<&str> = err.violations().unwrap().paths().collect();
        assert_eq!(paths, expected);

        let message = serde_json::from_str::<Pairs>(PAIRS)
            .unwrap_err()
            .to_string();
        for path in expected {
            assert!(message.contains(&format!("{path}:")), "{path} in {message}");
        }

        let value = Pairs {
            pair: (
                "a".into(),
                Detail {
                    message: String::new(),
                },
            ),
            triples: vec![(
                1,
                Detail {
                    message: "ok".into(),
                },
                Some(Detail {
                    message: String::new(),
                }),
            )],
        };
        let errors = value.validate().unwrap_err();
        assert_eq!(errors.paths().collect::<Vec<_>>(), expected);
    }
}

/// A body or model is a JSON object: an array is a type error.
mod objects_only {
    use operation_response::standard::GoogleOperation;
    use operation_response::{from_json, operation_response, response_model, ErrorKind};

    #[operation_response(status = ["pending", "done"], terminal = ["done"])]
    pub struct JobResponse {
        pub id: String,
    }

    #[response_model]
    pub struct Detail {
        pub message: String,
    }

    #[operation_response(terminal = ["done"])]
    pub enum ResultResponse {
        Done { id: String },
        Pending,
    }

    #[response_model(tag = "type")]
    pub enum Sink {
        Queue { name: String },
    }

    macro_rules! type_error {
        ($t:ty, $json:expr, $expected:expr $(,)?) => {{
            let err = from_json::<$t>($json).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Type, "{err}");
            let message = err.to_string();
            assert!(
                message.contains("invalid type: sequence") && message.contains($expected),
                "{message}"
            );
            assert!(serde_json::from_str::<$t>($json).is_err());
        }};
    }

    #[test]
    fn arrays_are_type_errors() {
        type_error!(JobResponse, r#"["done","x"]"#, "struct JobResponse");
        type_error!(Detail, r#"["boom"]"#, "struct Detail");
        type_error!(
            GoogleOperation,
            r#"["operations/1",null,true,null,{"x":1}]"#,
            "GoogleOperation",
        );
        type_error!(ResultResponse, r#"["done","x"]"#, "");
        type_error!(Sink, r#"["queue","x"]"#, "");
        // Inside a body, at the field's path.
        #[response_model]
        pub struct Outer {
            pub detail: Detail,
        }
        let err = from_json::<Outer>(r#"{"detail":["boom"]}"#).unwrap_err();
        assert_eq!(err.path(), Some("detail"));
        // Objects still read.
        assert!(from_json::<JobResponse>(r#"{"status":"done","id":"x"}"#).is_ok());
    }
}

/// `Lifecycle` is a string enum: `Display`, `FromStr` and serde with its
/// wire values, as its docs say.
mod lifecycle {
    use operation_response::{from_json, Lifecycle, StringEnum};

    #[test]
    fn lifecycle_reads_and_writes_its_wire_values() {
        assert_eq!(Lifecycle::Succeeded.to_string(), "succeeded");
        assert_eq!("running".parse::<Lifecycle>(), Ok(Lifecycle::Running));
        assert_eq!(
            from_json::<Lifecycle>(r#""failed""#).unwrap(),
            Lifecycle::Failed
        );
        assert_eq!(
            serde_json::to_string(&Lifecycle::Running).unwrap(),
            r#""running""#
        );
        assert!(from_json::<Lifecycle>(r#""done""#).is_err());
        assert_eq!(<Lifecycle as StringEnum>::KNOWN, Lifecycle::KNOWN);
    }
}
