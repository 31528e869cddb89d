//! The struct form: each container argument, the status enum, serde.

use operation_response::{
    from_json, ErrorKind, OperationResponse, OperationStatus, ParseStatusError, StringEnum,
    Validate,
};
use operation_response_tests::{
    JobResponse, JobState, OpenJobResponse, OpenJobStatus, RunResultResponseBody, RunResultStatus,
};

#[test]
fn five_statuses_with_terminal_and_failure() {
    use RunResultStatus::{Canceled, Completed, Failed, Pending, Started};
    assert_eq!(
        RunResultStatus::KNOWN,
        ["pending", "started", "completed", "canceled", "failed"]
    );
    assert_eq!(
        RunResultStatus::TERMINAL,
        ["completed", "canceled", "failed"]
    );
    assert_eq!(RunResultStatus::FAILURE, ["canceled", "failed"]);
    for (status, wire, terminal, failure) in [
        (Pending, "pending", false, false),
        (Started, "started", false, false),
        (Completed, "completed", true, false),
        (Canceled, "canceled", true, true),
        (Failed, "failed", true, true),
    ] {
        assert_eq!(status.as_str(), wire);
        assert_eq!(status.to_string(), wire);
        assert_eq!(wire.parse::<RunResultStatus>(), Ok(status));
        assert_eq!(status.is_terminal(), terminal, "{wire}");
        assert_eq!(status.is_failure(), failure, "{wire}");
        assert_eq!(status.is_success(), terminal && !failure, "{wire}");
        assert!(status.is_known());
        // The trait agrees with the inherent items.
        assert_eq!(StringEnum::as_str(&status), wire);
        assert_eq!(OperationStatus::is_terminal(&status), terminal);
        assert_eq!(OperationStatus::lifecycle(&status).is_failure(), failure);
        assert_eq!(<RunResultStatus as StringEnum>::KNOWN.len(), 5);
        // Every status round-trips through serde.
        let json = format!("\"{wire}\"");
        assert_eq!(serde_json::to_string(&status).unwrap(), json);
        assert_eq!(
            serde_json::from_str::<RunResultStatus>(&json).unwrap(),
            status
        );
    }
    // Closed enums are `Copy`, and `Display` honours width.
    let copied = Failed;
    let again = copied;
    assert_eq!(copied, again);
    assert_eq!(format!("[{:>8}]", Failed), "[  failed]");
}

#[test]
fn from_str_error_names_the_value_and_the_allowed_ones() {
    let err: ParseStatusError = "paused".parse::<RunResultStatus>().unwrap_err();
    assert_eq!(err.value(), "paused");
    assert_eq!(err.expected(), RunResultStatus::KNOWN);
    assert_eq!(
        err.to_string(),
        "unknown value `paused`, expected one of `pending`, `started`, `completed`, `canceled`, `failed`"
    );
}

#[test]
fn body_status_and_polling() {
    let body: RunResultResponseBody =
        from_json(r#"{"status":"completed","runId":"run-1","result":"42"}"#).unwrap();
    assert_eq!(body.status(), RunResultStatus::Completed);
    assert!(body.is_terminal());
    assert!(body.is_success());
    assert!(!body.is_failure());
    // `None` fields are left out when serializing.
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"status":"completed","runId":"run-1","result":"42"}"#
    );
    // Missing and `null` optional fields are both `None`.
    let with_nulls: RunResultResponseBody =
        from_json(r#"{"status":"pending","runId":"run-1","error":null,"reason":null}"#).unwrap();
    assert!(with_nulls.error.is_none() && with_nulls.reason.is_none());
    assert!(!with_nulls.is_terminal());
}

#[test]
fn single_status_enum_has_a_default() {
    use operation_response_tests::CreateOrUpdateAuthSessionStartStatus as Start;
    assert_eq!(Start::default(), Start::Started);
    assert_eq!(Start::KNOWN, ["started"]);
    assert!(Start::TERMINAL.is_empty() && Start::FAILURE.is_empty());
}

#[test]
fn open_round_trips_unknown_statuses_both_ways() {
    let json = r#"{"status":"paused","progress":40}"#;
    let body: OpenJobResponse = from_json(json).unwrap();
    assert_eq!(body.status, OpenJobStatus::Unknown("paused".to_owned()));
    assert_eq!(body.status.as_str(), "paused");
    assert!(!body.status.is_known());
    // `unknown = "failure"`: an unknown status ends the operation as a failure.
    assert!(body.is_terminal());
    assert!(body.is_failure());
    assert!(!body.is_success());
    assert_eq!(serde_json::to_string(&body).unwrap(), json);

    // Built in code, serialized, parsed back.
    let built = OpenJobResponse {
        status: OpenJobStatus::Unknown("migrating".to_owned()),
        progress: None,
    };
    let wire = serde_json::to_string(&built).unwrap();
    assert_eq!(wire, r#"{"status":"migrating"}"#);
    assert_eq!(from_json::<OpenJobResponse>(&wire).unwrap(), built);

    // Known values still map to their variants; `FromStr` never fails.
    assert_eq!("done".parse::<OpenJobStatus>(), Ok(OpenJobStatus::Done));
    assert_eq!(
        "later".parse::<OpenJobStatus>(),
        Ok(OpenJobStatus::Unknown("later".to_owned()))
    );
    assert!(OpenJobStatus::Done.is_terminal() && !OpenJobStatus::Done.is_failure());
    assert!(!OpenJobStatus::Pending.is_terminal());
}

#[test]
fn status_field_rename_all_status_enum_and_deny_unknown_fields() {
    let json = r#"{"state":"in progress","job_id":"j-1","attempt_count":2,"owner":null}"#;
    let body: JobResponse = from_json(json).unwrap();
    // `status_enum = JobState`; the Rust field is `status` whatever the key.
    assert_eq!(body.status, JobState::InProgress);
    assert_eq!(
        JobState::KNOWN,
        ["QUEUED", "in progress", "job-run-terminated"]
    );
    assert_eq!(JobState::Queued.as_str(), "QUEUED");
    assert!(JobState::JobRunTerminated.is_terminal());
    assert_eq!(body.owner, None);
    // `required` keeps `null` in the output.
    assert_eq!(serde_json::to_string(&body).unwrap(), json);

    // `default`: a missing key takes the default.
    let body: JobResponse = from_json(r#"{"state":"QUEUED","job_id":"j","owner":"me"}"#).unwrap();
    assert_eq!(body.attempt_count, 0);

    // `required`: the key must be there.
    let err = from_json::<JobResponse>(r#"{"state":"QUEUED","job_id":"j"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("`owner`"), "{err}");

    // `deny_unknown_fields`.
    let err = from_json::<JobResponse>(r#"{"state":"QUEUED","job_id":"j","owner":null,"extra":1}"#)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");

    // The status key is `state` now: `status` is unknown.
    let err =
        from_json::<JobResponse>(r#"{"status":"QUEUED","job_id":"j","owner":null}"#).unwrap_err();
    assert!(err.to_string().contains("`status`"), "{err}");

    // The user's own derives are kept next to the generated ones.
    fn is_eq_hash<T: Eq + std::hash::Hash>(_: &T) {}
    is_eq_hash(&body_for_derives());
}

fn body_for_derives() -> JobResponse {
    JobResponse {
        status: JobState::Queued,
        job_id: "j".to_owned(),
        attempt_count: 0,
        owner: None,
    }
}

#[test]
fn unknown_fields_are_ignored_by_default() {
    let body: RunResultResponseBody =
        from_json(r#"{"status":"pending","runId":"abc","serverAddedThis":true}"#).unwrap();
    assert!(body.validate().is_ok());
}

#[test]
fn closed_status_rejects_unlisted_values_and_wrong_types() {
    let err =
        from_json::<RunResultResponseBody>(r#"{"status":"paused","runId":"abc"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert_eq!(err.path(), Some("status"));
    assert!(err.to_string().contains(
        "unknown variant `paused`, expected one of `pending`, `started`, `completed`, `canceled`, `failed`"
    ));
    let err = from_json::<RunResultResponseBody>(r#"{"status":5,"runId":"abc"}"#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Type);
    assert!(
        err.to_string().contains("expected a status string"),
        "{err}"
    );
    let err = from_json::<RunResultResponseBody>(r#"{"status":"pending""#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!(err.path(), None);
}
