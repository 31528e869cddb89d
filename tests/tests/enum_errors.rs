//! The enum form's errors: the wire path and the position of the offending
//! value, wherever the status key is in the object.

use operation_response::{from_json, operation_response, response_model, Error, ErrorKind};

/// A closed union: two variants with fields, a unit one, and one holding
/// more unions.
#[operation_response(
    terminal = ["done", "failed"],
    failure = ["failed"],
    deny_unknown_fields,
)]
#[derive(PartialEq)]
pub enum Job {
    /// Finished.
    Done {
        /// When.
        created_at: String,
    },
    /// Not started.
    Pending,
    /// It failed.
    Failed {
        /// Why.
        error: JobError,
    },
    /// Unions inside a union.
    Batch {
        /// The steps.
        steps: Vec<Step>,
    },
}

/// The error of a failed job.
#[response_model]
#[derive(PartialEq)]
pub struct JobError {
    /// What went wrong.
    pub message: String,
    /// A code.
    pub code: Option<u32>,
}

/// A union with another status key, nested in `Job::Batch`.
#[operation_response(terminal = ["ok"], status_field = "state")]
#[derive(PartialEq)]
pub enum Step {
    /// Finished.
    Ok {
        /// How long it took.
        took_ms: u64,
    },
    /// Still running.
    Running,
}

/// An open union.
#[operation_response(terminal = ["done"], open)]
#[derive(PartialEq)]
pub enum OpenJob {
    /// Finished.
    Done {
        /// How many.
        count: u32,
    },
}

fn job(json: &str) -> Error {
    from_json::<Job>(json).unwrap_err()
}

fn step(json: &str) -> Error {
    from_json::<Step>(json).unwrap_err()
}

fn open_job(json: &str) -> Error {
    from_json::<OpenJob>(json).unwrap_err()
}

/// `(path, line, column, message)` of a type error.
fn where_(err: &Error) -> (Option<&str>, Option<usize>, Option<usize>, String) {
    assert_eq!(err.kind(), ErrorKind::Type, "{err}");
    (err.path(), err.line(), err.column(), err.to_string())
}

const JOB_STATUSES: &str = "expected one of `done`, `pending`, `failed`, `batch`";

#[test]
fn unknown_status_of_a_closed_union_names_the_status_key() {
    let err = job(r#"{"status":"COMPLETED"}"#);
    assert_eq!(
        where_(&err),
        (
            Some("status"),
            Some(1),
            Some(21),
            format!("status: unknown variant `COMPLETED`, {JOB_STATUSES} at line 1 column 21"),
        )
    );
    // After other keys, which are buffered.
    let err = job(r#"{"createdAt":"now","status":"COMPLETED"}"#);
    assert_eq!(
        where_(&err),
        (
            Some("status"),
            Some(1),
            Some(39),
            format!("status: unknown variant `COMPLETED`, {JOB_STATUSES} at line 1 column 39"),
        )
    );
    let err = job("{\n  \"createdAt\": \"now\",\n  \"status\": \"COMPLETED\"\n}");
    assert_eq!(
        where_(&err),
        (
            Some("status"),
            Some(3),
            Some(23),
            format!("status: unknown variant `COMPLETED`, {JOB_STATUSES} at line 3 column 23"),
        )
    );
    // Inside a union nested in a buffered field.
    let err = job(r#"{"steps":[{"state":"ok","tookMs":1},{"state":"lost"}],"status":"batch"}"#);
    assert_eq!(
        where_(&err),
        (
            Some("steps[1].state"),
            Some(1),
            Some(51),
            "steps[1].state: unknown variant `lost`, expected `ok` or `running` at line 1 column 51"
                .to_owned(),
        )
    );
}

#[test]
fn unknown_status_with_a_custom_status_field() {
    let expected = |column: usize| {
        (
            Some("state"),
            Some(1),
            Some(column),
            format!(
                "state: unknown variant `paused`, expected `ok` or `running` at line 1 column {column}"
            ),
        )
    };
    assert_eq!(where_(&step(r#"{"state":"paused"}"#)), expected(17));
    assert_eq!(
        where_(&step(r#"{"tookMs":3,"state":"paused"}"#)),
        expected(28)
    );
    // `status` is an ordinary key there.
    let err = step(r#"{"status":"ok","state":"paused"}"#);
    assert_eq!(where_(&err), expected(31));
}

#[test]
fn type_error_before_the_status_names_its_field() {
    let message = "invalid type: integer `1719517772`, expected a string";
    let err = job(r#"{"createdAt":1719517772,"status":"done"}"#);
    assert_eq!(
        where_(&err),
        (
            Some("createdAt"),
            Some(1),
            Some(23),
            format!("createdAt: {message} at line 1 column 23"),
        )
    );
    let err = job("{\n  \"createdAt\": 1719517772,\n  \"status\": \"done\"\n}\n");
    assert_eq!(
        where_(&err),
        (
            Some("createdAt"),
            Some(2),
            Some(25),
            format!("createdAt: {message} at line 2 column 25"),
        )
    );
    // As when the status comes first.
    let err = job("{\n  \"status\": \"done\",\n  \"createdAt\": 1719517772\n}\n");
    assert_eq!(
        where_(&err),
        (
            Some("createdAt"),
            Some(3),
            Some(25),
            format!("createdAt: {message} at line 3 column 25"),
        )
    );
}

#[test]
fn type_error_before_the_status_inside_an_object_field() {
    let err =
        job("{\n  \"error\": {\"code\": 7, \"message\": false},\n  \"status\": \"failed\"\n}");
    assert_eq!(
        where_(&err),
        (
            Some("error.message"),
            Some(2),
            Some(39),
            "error.message: invalid type: boolean `false`, expected a string at line 2 column 39"
                .to_owned(),
        )
    );
    let err = job(r#"{"error":{"message":"m","code":"7"},"status":"failed"}"#);
    assert_eq!(
        where_(&err),
        (
            Some("error.code"),
            Some(1),
            Some(34),
            "error.code: invalid type: string \"7\", expected u32 at line 1 column 34".to_owned(),
        )
    );
}

#[test]
fn type_error_in_a_union_inside_a_vec_of_a_union() {
    // Both unions have their status last.
    let json = r#"{"steps":[{"state":"running"},{"tookMs":-1,"state":"ok"}],"status":"batch"}"#;
    let err = job(json);
    assert_eq!(
        where_(&err),
        (
            Some("steps[1].tookMs"),
            Some(1),
            Some(42),
            "steps[1].tookMs: invalid value: integer `-1`, expected u64 at line 1 column 42"
                .to_owned(),
        )
    );
    // Only the inner one.
    let json = r#"{"status":"batch","steps":[{"state":"running"},{"tookMs":-1,"state":"ok"}]}"#;
    assert_eq!(where_(&job(json)).0, Some("steps[1].tookMs"));
    assert_eq!(where_(&job(json)).2, Some(59));
    // Only the outer one.
    let json = r#"{"steps":[{"state":"running"},{"state":"ok","tookMs":-1}],"status":"batch"}"#;
    assert_eq!(
        where_(&job(json)),
        (
            Some("steps[1].tookMs"),
            Some(1),
            Some(55),
            "steps[1].tookMs: invalid value: integer `-1`, expected u64 at line 1 column 55"
                .to_owned(),
        )
    );
    // A missing field of the inner union: its own object's end.
    let json = r#"{"steps":[{"state":"running"},{"x":1,"state":"ok"}],"status":"batch"}"#;
    assert_eq!(
        where_(&job(json)),
        (
            Some("steps[1]"),
            Some(1),
            Some(50),
            "steps[1]: missing field `tookMs` at line 1 column 50".to_owned(),
        )
    );
}

#[test]
fn type_error_after_the_status_is_unchanged() {
    let err = job(r#"{"status":"done","createdAt":1719517772}"#);
    assert_eq!(
        where_(&err),
        (
            Some("createdAt"),
            Some(1),
            Some(39),
            "createdAt: invalid type: integer `1719517772`, expected a string at line 1 column 39"
                .to_owned(),
        )
    );
    let err = job(r#"{"status":"failed","error":{"message":1}}"#);
    assert_eq!(where_(&err).0, Some("error.message"));
    assert_eq!(where_(&err).2, Some(39));
}

#[test]
fn unknown_and_duplicate_keys_before_the_status_stay_errors() {
    let err = job(r#"{"extra":1,"status":"pending"}"#);
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    let err = job(r#"{"createdAt":"now","extra":1,"status":"done"}"#);
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    for json in [
        r#"{"createdAt":"now","status":"done","status":"done"}"#,
        r#"{"steps":[],"status":"batch","status":"pending"}"#,
    ] {
        let err = job(json);
        assert_eq!(err.kind(), ErrorKind::Type, "{json}");
        assert!(err.to_string().contains("status"), "{json}: {err}");
    }
    let err = job(r#"{"createdAt":"now"}"#);
    assert!(err.to_string().contains("missing field `status`"), "{err}");
}

#[test]
fn the_same_bodies_valid_still_parse() {
    let done = Job::Done {
        created_at: "now".to_owned(),
    };
    for json in [
        r#"{"status":"done","createdAt":"now"}"#,
        r#"{"createdAt":"now","status":"done"}"#,
        "{\n  \"createdAt\": \"now\",\n  \"status\": \"done\"\n}\n",
    ] {
        assert_eq!(from_json::<Job>(json).unwrap(), done, "{json}");
        assert_eq!(serde_json::from_str::<Job>(json).unwrap(), done, "{json}");
    }
    let failed = Job::Failed {
        error: JobError {
            message: "m".to_owned(),
            code: Some(7),
        },
    };
    assert_eq!(
        from_json::<Job>(r#"{"error":{"code":7,"message":"m"},"status":"failed"}"#).unwrap(),
        failed
    );
    let batch = Job::Batch {
        steps: vec![Step::Running, Step::Ok { took_ms: 1 }],
    };
    for json in [
        r#"{"steps":[{"state":"running"},{"tookMs":1,"state":"ok"}],"status":"batch"}"#,
        r#"{"status":"batch","steps":[{"state":"running"},{"state":"ok","tookMs":1}]}"#,
    ] {
        assert_eq!(from_json::<Job>(json).unwrap(), batch, "{json}");
    }
    assert_eq!(
        from_json::<Job>(r#"{"status":"pending"}"#).unwrap(),
        Job::Pending
    );
    assert_eq!(
        from_json::<Step>(r#"{"status":"x","state":"running"}"#).unwrap(),
        Step::Running
    );
}

#[test]
fn an_open_union_still_keeps_unknown_statuses() {
    for json in [
        r#"{"status":"paused","until":"later"}"#,
        r#"{"until":"later","status":"paused"}"#,
    ] {
        let body: OpenJob = from_json(json).unwrap();
        let OpenJob::Unknown { status, fields } = &body else {
            panic!("not unknown: {body:?}")
        };
        assert_eq!(status, "paused");
        assert_eq!(fields.len(), 1);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"status":"paused","until":"later"}"#
        );
    }
    // Its listed statuses' errors name their fields too.
    let err = open_job(r#"{"count":"3","status":"done"}"#);
    assert_eq!(
        where_(&err),
        (
            Some("count"),
            Some(1),
            Some(12),
            "count: invalid type: string \"3\", expected u32 at line 1 column 12".to_owned(),
        )
    );
    let err = open_job(r#"{"until":"later","status":"paused","status":"x"}"#);
    assert!(
        err.to_string().contains("duplicate field `status`"),
        "{err}"
    );
}
