//! The poller's schedule, deterministic: a fake clock that moves only when
//! the poller sleeps (or a fetch takes time), a recording sleep, and a
//! scripted fetch. Every case runs the async poller (with no runtime) and the
//! blocking one on the same script, and asserts that both give the same
//! result after the same fetches and sleeps.

use std::future::Future;
use std::time::{Duration, SystemTime};

use operation_response::poll::{Backoff, PollError, Polled, Poller};
use operation_response::standard::{AzureOperationStatus, GoogleOperation};
use operation_response::{from_json, Lifecycle, OperationResponse};
use operation_response_poll_tests::{
    block_on, body, status, task, CreateAuthSessionResultResponseBody as AuthResult, Event, Fake,
    FetchError, RunResultResponseBody, Step, Task, AUTH_FAILED,
};
use operation_response_tests::vendors::{Conclusion, GetTranscriptionJobResponse, WorkflowRun};

fn s(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Polls `$script` with the poller `$config` makes of `$p` (its fetch, sleep
/// and clock are the fake's, named `$fake`), async and blocking; gives both
/// runs' results and fakes, async first.
macro_rules! poll_each {
    ($T:ty, $script:expr, |$p:ident, $fake:ident| $config:expr) => {
        poll_each!($T, $script, Duration::ZERO, |$p, $fake| $config)
    };
    ($T:ty, $script:expr, $latency:expr, |$p:ident, $fake:ident| $config:expr) => {{
        let script: Vec<Step> = $script;
        let async_fake = Fake::new(script.clone()).with_latency($latency);
        let async_result = {
            let $fake = &async_fake;
            let $p = Poller::new(|| {
                let polled = $fake.fetch::<$T>();
                async move { polled }
            })
            .sleep(|d| $fake.sleep_async(d))
            .clock(|| $fake.now());
            block_on($config)
        };
        let blocking_fake = Fake::new(script).with_latency($latency);
        let blocking_result = {
            let $fake = &blocking_fake;
            let $p = Poller::blocking(|| $fake.fetch::<$T>())
                .sleep(|d| $fake.sleep(d))
                .clock(|| $fake.now());
            ($config).wait()
        };
        [(async_result, async_fake), (blocking_result, blocking_fake)]
    }};
}

/// As `poll_each!`, and asserts both runs agree on the result and on every
/// event; gives the result and the async run's fake.
macro_rules! poll_all {
    ($T:ty, $script:expr, |$p:ident, $fake:ident| $config:expr) => {
        poll_all!($T, $script, Duration::ZERO, |$p, $fake| $config)
    };
    ($T:ty, $script:expr, $latency:expr, |$p:ident, $fake:ident| $config:expr) => {{
        let [(async_result, async_fake), (blocking_result, blocking_fake)] =
            poll_each!($T, $script, $latency, |$p, $fake| $config);
        assert_eq!(
            async_result, blocking_result,
            "the async and blocking pollers' results differ"
        );
        assert_eq!(
            async_fake.events(),
            blocking_fake.events(),
            "the async and blocking pollers did different things"
        );
        assert_eq!(async_fake.left(), blocking_fake.left());
        (async_result, async_fake)
    }};
}

/// As `poll_all!`, with a fetch that answers what `$answer` (an
/// `Fn(Duration) -> P`, made anew for each run) makes of the time since the
/// start, as a server whose operation moves with the clock.
macro_rules! poll_at {
    ($answer:expr, |$p:ident| $config:expr) => {{
        let async_fake = Fake::new([]);
        let async_result = {
            let answer = $answer;
            let fake = &async_fake;
            let $p = Poller::new(|| {
                let polled = fake.fetch_at(&answer);
                async move { polled }
            })
            .sleep(|d| fake.sleep_async(d))
            .clock(|| fake.now());
            block_on($config)
        };
        let blocking_fake = Fake::new([]);
        let blocking_result = {
            let answer = $answer;
            let fake = &blocking_fake;
            let $p = Poller::blocking(|| fake.fetch_at(&answer))
                .sleep(|d| fake.sleep(d))
                .clock(|| fake.now());
            ($config).wait()
        };
        assert_eq!(
            async_result, blocking_result,
            "the async and blocking pollers' results differ"
        );
        assert_eq!(
            async_fake.events(),
            blocking_fake.events(),
            "the async and blocking pollers did different things"
        );
        (async_result, async_fake)
    }};
}

/// An operation that ends `length` after the first fetch, reporting its
/// progress (linear in time) if `reports`.
fn linear(length: Duration, reports: bool) -> impl Fn(Duration) -> Task {
    move |at| {
        if at >= length {
            Task::new(Lifecycle::Succeeded)
        } else {
            let progress = at.as_secs_f64() / length.as_secs_f64();
            Task {
                progress: reports.then_some(progress),
                ..Task::new(Lifecycle::Running)
            }
        }
    }
}

/// Answers `tasks` in order, whatever the time.
fn in_order(tasks: Vec<Task>) -> impl Fn(Duration) -> Task {
    let tasks = std::cell::RefCell::new(tasks.into_iter());
    move |_| tasks.borrow_mut().next().expect("fetched past the end")
}

fn pending() -> Step {
    status("pending", "")
}

fn running() -> Step {
    status("in_progress", r#""runId":"r-1""#)
}

fn done(id: &str) -> Step {
    status("done", &format!(r#""authSessionId":"{id}""#))
}

fn failed() -> Step {
    body(AUTH_FAILED)
}

fn parse(step: &Step) -> AuthResult {
    match step {
        Step::Body(json, _) => from_json(json).unwrap(),
        Step::Fail(error) => panic!("not a body: {error}"),
    }
}

fn unavailable(n: u32) -> Step {
    Step::Fail(FetchError::Unavailable(n))
}

fn fatal() -> Step {
    Step::Fail(FetchError::Fatal("404".into()))
}

fn is_unavailable(error: &FetchError) -> bool {
    matches!(error, FetchError::Unavailable(_))
}

type Result<T> = std::result::Result<T, PollError<T, FetchError>>;

#[test]
fn stops_at_the_first_successful_terminal_body() {
    let (result, fake): (Result<AuthResult>, _) = poll_all!(
        AuthResult,
        vec![pending(), running(), done("as-1"), done("never fetched")],
        |p, _f| p.backoff(Backoff::exponential(s(1), s(30)))
    );
    assert_eq!(result, Ok(parse(&done("as-1"))));
    assert_eq!(fake.sleeps(), [s(1), s(2)]);
    assert_eq!(fake.fetches(), [s(0), s(1), s(3)]);
    assert_eq!(fake.left(), 1);
}

#[test]
fn a_failure_status_is_failed() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), failed(), done("as-x")],
        |p, _f| p.backoff(Backoff::constant(s(2)))
    );
    assert_eq!(result, Err(PollError::Failed(parse(&failed()))));
    assert_eq!(
        result.unwrap_err().to_string(),
        "the operation failed with status `failed`"
    );
    assert_eq!(fake.sleeps(), [s(2)]);
    assert_eq!(fake.left(), 1);

    // The struct form, with a failure status that is not `failed`.
    let (result, _) = poll_all!(
        RunResultResponseBody,
        vec![
            status("started", r#""runId":"run-1","country":"FR""#),
            status(
                "canceled",
                r#""runId":"run-1","country":"FR","reason":{"type":"user","message":"stop"}"#
            ),
        ],
        |p, _f| p.backoff(Backoff::constant(s(1)))
    );
    let body = result.unwrap_err().into_body().unwrap();
    assert_eq!(body.status.as_str(), "canceled");
}

#[test]
fn a_waiting_body_ends_the_poll_unless_polling_while_waiting() {
    use Lifecycle::{Running, Succeeded, Waiting};
    let on_poll = |s: &str| Event::OnPoll(s.to_owned());
    let script = vec![task(Running), task(Waiting), task(Waiting), task(Succeeded)];

    // By default the first waiting body is the error, seen by `on_poll` first.
    let (result, fake): (Result<Task>, _) = poll_all!(Task, script.clone(), |p, f| p
        .backoff(Backoff::constant(s(2)))
        .on_poll(|body| f.on_poll(body)));
    let err = result.unwrap_err();
    assert_eq!(err, PollError::Waiting(Task::new(Waiting)));
    assert_eq!(
        err.to_string(),
        "the operation waits for a person: status `waiting`"
    );
    assert!(std::error::Error::source(&err).is_none());
    assert_eq!(err.body(), Some(&Task::new(Waiting)));
    assert_eq!(err.fetch_error(), None);
    let err = err.map_fetch_error(|e| format!("mapped {e}"));
    assert_eq!(err.into_body(), Some(Task::new(Waiting)));
    assert_eq!(
        fake.events(),
        [
            Event::Fetch(s(0)),
            on_poll("running"),
            Event::Sleep(s(2)),
            Event::Fetch(s(2)),
            on_poll("waiting"),
        ]
    );
    assert_eq!(fake.left(), 2);

    // Polling while waiting goes on, on the same schedule, to the end.
    let (result, fake) = poll_all!(Task, script.clone(), |p, f| p
        .backoff(Backoff::exponential(s(1), s(4)))
        .poll_while_waiting()
        .on_poll(|body| f.on_poll(body)));
    assert_eq!(result, Ok(Task::new(Succeeded)));
    assert_eq!(fake.sleeps(), [s(1), s(2), s(4)]);
    assert_eq!(
        fake.events()
            .into_iter()
            .filter(|e| matches!(e, Event::OnPoll(_)))
            .collect::<Vec<_>>(),
        [
            on_poll("running"),
            on_poll("waiting"),
            on_poll("waiting"),
            on_poll("succeeded")
        ]
    );

    // Within the deadline and `max_polls`: giving up keeps the waiting body.
    let (result, fake) = poll_all!(Task, script.clone(), |p, _f| p
        .backoff(Backoff::constant(s(3)))
        .deadline(s(5))
        .poll_while_waiting());
    assert_eq!(
        result,
        Err(PollError::Deadline {
            last: Some(Task::new(Waiting)),
            polls: 3,
            elapsed: s(5),
            error: None
        })
    );
    assert_eq!(fake.sleeps(), [s(3), s(2)]);
    let (result, _) = poll_all!(Task, script.clone(), |p, _f| p
        .backoff(Backoff::constant(s(3)))
        .max_polls(2)
        .poll_while_waiting());
    assert!(matches!(
        result,
        Err(PollError::Exhausted {
            last: Some(Task { state: Waiting, .. }),
            polls: 2,
            ..
        })
    ));

    // Without it, a waiting body at the deadline or at the last allowed
    // fetch says why the operation has not ended: `Waiting`.
    let (result, _) = poll_all!(Task, script.clone(), |p, _f| p
        .backoff(Backoff::constant(s(3)))
        .deadline(s(3)));
    assert_eq!(result, Err(PollError::Waiting(Task::new(Waiting))));
    let (result, _) = poll_all!(Task, script.clone(), |p, _f| p
        .backoff(Backoff::constant(s(3)))
        .max_polls(2));
    assert_eq!(result, Err(PollError::Waiting(Task::new(Waiting))));

    // A waiting body after a terminal one being confirmed went back on it.
    let (result, _) = poll_all!(Task, vec![task(Succeeded), task(Waiting)], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .confirm(1)
        .poll_while_waiting());
    assert_eq!(
        result,
        Err(PollError::Regressed {
            previous: Task::new(Succeeded),
            body: Task::new(Waiting)
        })
    );
}

#[test]
fn progress_plans_fewer_fetches_and_sees_the_end_no_later() {
    for length in [s(5), s(40), s(300), s(1000), s(3599)] {
        let schedule = || Backoff::exponential(s(1), s(30));
        let (alone, plain) = poll_at!(linear(length, false), |p| p.backoff(schedule()));
        let (planned, aware) = poll_at!(linear(length, true), |p| p.backoff(schedule()));
        assert_eq!(alone, Ok(Task::new(Lifecycle::Succeeded)));
        assert_eq!(planned, alone);
        let (plain, aware) = (plain.fetches(), aware.fetches());
        assert!(
            aware.len() <= plain.len() && aware.last() <= plain.last(),
            "{length:?}: {aware:?} against {plain:?}"
        );
        // Sooner than the schedule's next fetch after the end, and at most
        // one first step after the end.
        assert!(
            aware.last() <= Some(&(length + s(1))),
            "{length:?}: {aware:?}"
        );
        if length >= s(40) {
            assert!(
                aware.len() < plain.len(),
                "{length:?}: {aware:?} against {plain:?}"
            );
        }
    }

    // 300 s: 1 s (no progress yet at the first fetch), then the schedule's
    // largest delay at once rather than its ramp, then the rest exactly.
    let (_, fake) = poll_at!(linear(s(300), true), |p| p
        .backoff(Backoff::exponential(s(1), s(30))));
    let mut expected = vec![s(1)];
    expected.extend([s(30); 9]);
    expected.push(s(29));
    assert_eq!(fake.sleeps(), expected);
    assert_eq!(fake.fetches().last(), Some(&s(300)));

    // With the default (jittered) schedule too: within the jitter's bounds.
    let (result, fake) = poll_at!(linear(s(600), true), |p| p
        .backoff(Backoff::default().equal_jitter_seeded(5)));
    assert!(result.is_ok());
    let sleeps = fake.sleeps();
    assert!(sleeps[0] >= ms(500) && sleeps[0] <= s(1), "{sleeps:?}");
    assert!(sleeps[1..].iter().all(|d| *d <= s(30)), "{sleeps:?}");
    // Up to the millisecond: at the end or just after.
    let last = *fake.fetches().last().unwrap();
    assert!(last >= s(600) && last <= s(600) + ms(1), "{sleeps:?}");
    assert!(sleeps.len() < 25, "{sleeps:?}");
}

#[test]
fn progress_that_cannot_plan_falls_back_to_the_schedule() {
    use Lifecycle::{Succeeded, Waiting};
    let at = |progress: f64| Task::running(progress);
    let tasks = vec![
        at(0.0),      // nothing done yet: the schedule's 1 s
        at(f64::NAN), // not a number: 2 s
        at(0.5),      // half done in 3 s: 3 s left, and the schedule stays at 4 s
        at(0.4),      // went back: 4 s
        at(0.4),      // stalled: 8 s
        at(0.6),      // 60 % in 18 s: 12 s left
        at(1.0),      // done, says the progress, but not the status: 16 s
        at(1.5),      // not a fraction: 32 s
        at(-0.1),     // nor this: 60 s
        Task::new(Succeeded),
    ];
    let (result, fake) = poll_at!(in_order(tasks.clone()), |p| p
        .backoff(Backoff::exponential(s(1), s(60))));
    assert_eq!(result, Ok(Task::new(Succeeded)));
    assert_eq!(
        fake.sleeps(),
        [s(1), s(2), s(3), s(4), s(8), s(12), s(16), s(32), s(60)]
    );

    // A plan stays within the schedule's first and largest delays, and
    // leaves the schedule where it was.
    let tasks = vec![at(0.5), at(0.9), at(0.95), at(0.1), at(0.2), at(0.3)];
    let (_, fake) = poll_at!(in_order(tasks.clone()), |p| p
        .backoff([s(2), s(5), s(7)])
        .max_polls(6));
    // No time yet, no rate: the schedule's 2 s. 2 s × 0.1 / 0.9, then 4 s ×
    // 0.05 / 0.95: 2 s at least. Went back: the schedule's next step, still
    // 5 s. 11 s × 0.8 / 0.2 = 44 s: 7 s at most.
    assert_eq!(fake.sleeps(), [s(2), s(2), s(2), s(5), s(7)]);

    // A retry-after comes first; the schedule moves on a step, as always.
    let (_, fake) = poll_at!(
        {
            let inner = in_order(vec![at(0.1), at(0.2), at(0.3), Task::new(Succeeded)]);
            move |at: Duration| {
                let retry_after = (at == s(1)).then_some(s(3));
                Polled::new(inner(at)).retry_after(retry_after)
            }
        },
        |p| p.backoff(Backoff::exponential(s(1), s(60)))
    );
    // 0.1 at 0 s: no time yet, no rate (the schedule's 1 s); 0.2 at 1 s with a
    // retry-after (3 s); 0.3 at 4 s: 4 s × 0.7 / 0.3 = 9.334 s, up to the millisecond.
    assert_eq!(fake.sleeps(), [s(1), s(3), ms(9334)]);

    // A waiting body's progress does not plan, nor a terminal one's being confirmed.
    let waiting = Task {
        progress: Some(0.5),
        ..Task::new(Waiting)
    };
    let done = Task {
        progress: Some(0.5),
        ..Task::new(Succeeded)
    };
    let tasks = vec![at(0.1), waiting.clone(), waiting, done.clone(), done];
    let (result, fake) = poll_at!(in_order(tasks.clone()), |p| p
        .backoff(Backoff::exponential(s(1), s(60)))
        .poll_while_waiting()
        .confirm(1));
    assert!(result.is_ok());
    assert_eq!(fake.sleeps(), [s(1), s(2), s(4), s(8)]);
}

fn fixture(name: &str) -> Step {
    let path = format!(
        "{}/../fixtures/vendors/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Step::Body(
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None,
    )
}

#[test]
fn every_lifecycle_of_real_apis_ends_the_poll_where_it_should() {
    // GitHub: `completed` is terminal; the outcome `conclusion` says whether it failed.
    let run = |end: &str| -> (Result<WorkflowRun>, Fake) {
        poll_all!(
            WorkflowRun,
            vec![fixture("github-workflow-run-in-progress"), fixture(end)],
            |p, _f| p.backoff(Backoff::constant(s(5)))
        )
    };
    let (ok, fake) = run("github-workflow-run-success");
    assert_eq!(ok.unwrap().conclusion, Some(Conclusion::Success));
    assert_eq!(fake.sleeps(), [s(5)]);
    for (end, conclusion) in [
        ("github-workflow-run-failure", Conclusion::Failure),
        ("github-workflow-run-cancelled", Conclusion::Cancelled),
        ("github-workflow-run-timed-out", Conclusion::TimedOut),
    ] {
        let (failed, _) = run(end);
        let Err(PollError::Failed(body)) = failed else {
            panic!("{end}: {failed:?}")
        };
        assert_eq!(
            (body.status.as_str(), body.conclusion),
            ("completed", Some(conclusion))
        );
    }

    // Google: a `lifecycle` function over `done`, `error` and `response`.
    let google = |end: &str| -> (Result<GoogleOperation>, Fake) {
        poll_all!(
            GoogleOperation,
            vec![
                fixture("google-operation-running"),
                fixture("google-operation-running"),
                fixture(end)
            ],
            |p, _f| p.backoff(Backoff::exponential(s(1), s(10)))
        )
    };
    let (ok, fake) = google("google-operation-succeeded");
    assert!(ok.unwrap().response.is_some());
    assert_eq!(fake.sleeps(), [s(1), s(2)]);
    let (failed, _) = google("google-operation-failed");
    let Err(PollError::Failed(body)) = failed else {
        panic!("{failed:?}")
    };
    assert!(body.error.is_some());

    // Azure: drifting case and spelling; `Cancelling` is still running.
    let azure = |end: &str| -> (Result<AzureOperationStatus>, Fake) {
        poll_all!(
            AzureOperationStatus,
            vec![
                fixture("azure-status-notstarted-lowercase"),
                fixture("azure-status-running"),
                fixture("azure-status-cancelling"),
                fixture(end),
            ],
            |p, _f| p.backoff(Backoff::constant(s(1)))
        )
    };
    let (ok, fake) = azure("azure-status-succeeded");
    assert!(ok.unwrap().is_success());
    assert_eq!(fake.fetches().len(), 4);
    for end in ["azure-status-cancelled", "azure-status-failed"] {
        let (failed, _) = azure(end);
        assert!(
            matches!(failed, Err(PollError::Failed(_))),
            "{end}: {failed:?}"
        );
    }

    // AWS: the status inside `{"TranscriptionJob": {…}}`, delegated.
    let aws = |end: &str| -> (Result<GetTranscriptionJobResponse>, Fake) {
        poll_all!(
            GetTranscriptionJobResponse,
            vec![fixture("aws-transcribe-job-in-progress"), fixture(end)],
            |p, _f| p.backoff(Backoff::constant(s(3)))
        )
    };
    assert!(aws("aws-transcribe-job-completed").0.unwrap().is_success());
    let (failed, _) = aws("aws-transcribe-job-failed");
    let Err(PollError::Failed(body)) = failed else {
        panic!("{failed:?}")
    };
    assert_eq!(body.status().as_str(), "FAILED");
}

#[test]
fn a_fetch_error_ends_the_poll_unless_retried() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), fatal(), done("as-x")],
        |p, _f| p.backoff(Backoff::constant(s(1)))
    );
    let err = result.unwrap_err();
    assert_eq!(err, PollError::Fetch(FetchError::Fatal("404".into())));
    assert_eq!(err.to_string(), "fetching the operation's status failed");
    let source = std::error::Error::source(&err).unwrap();
    assert_eq!(source.to_string(), "fatal: 404");
    assert_eq!(fake.sleeps(), [s(1)]);
    assert_eq!(fake.left(), 1);

    // Not retried by default: the first error is the result.
    let (result, fake) = poll_all!(AuthResult, vec![unavailable(1), done("as-x")], |p, _f| p
        .backoff([s(1)]));
    assert_eq!(result, Err(PollError::Fetch(FetchError::Unavailable(1))));
    assert_eq!(fake.sleeps(), []);

    // Retried errors take the schedule's steps like bodies do.
    let (result, fake) = poll_all!(
        AuthResult,
        vec![unavailable(1), unavailable(2), pending(), done("as-9")],
        |p, _f| p
            .backoff(Backoff::exponential(s(1), s(30)))
            .retry(is_unavailable)
    );
    assert_eq!(result, Ok(parse(&done("as-9"))));
    assert_eq!(fake.sleeps(), [s(1), s(2), s(4)]);

    // A retried error, then one that is not.
    let (result, fake) = poll_all!(AuthResult, vec![unavailable(1), fatal()], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .retry(is_unavailable));
    assert_eq!(
        result,
        Err(PollError::Fetch(FetchError::Fatal("404".into())))
    );
    assert_eq!(fake.sleeps(), [s(1)]);
}

#[test]
fn the_deadline_cuts_the_last_sleep_for_a_final_fetch() {
    let (result, fake) = poll_all!(AuthResult, vec![pending(); 4], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10)));
    assert_eq!(fake.sleeps(), [s(4), s(4), s(2)]);
    assert_eq!(fake.fetches(), [s(0), s(4), s(8), s(10)]);
    let err = result.unwrap_err();
    assert_eq!(
        err,
        PollError::Deadline {
            last: Some(parse(&pending())),
            polls: 4,
            elapsed: s(10),
            error: None
        }
    );
    assert_eq!(
        err.to_string(),
        "the operation had not ended after 10s (4 polls): last status `pending`"
    );

    // Fetches that take time: the deadline counts them, and the fetch that
    // ends past it is the last.
    let (result, fake) = poll_all!(AuthResult, vec![pending(); 4], s(1), |p, _f| p
        .backoff(Backoff::constant(s(3)))
        .deadline(s(10)));
    assert_eq!(fake.fetches(), [s(0), s(4), s(8), s(10)]);
    assert_eq!(fake.sleeps(), [s(3), s(3), s(1)]);
    assert!(
        matches!(result, Err(PollError::Deadline { polls: 4, elapsed, .. }) if elapsed == s(11))
    );

    // A terminal body from the final fetch is the result.
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), pending(), pending(), done("late")],
        |p, _f| p.backoff(Backoff::constant(s(4))).deadline(s(10))
    );
    assert_eq!(result, Ok(parse(&done("late"))));
    assert_eq!(fake.fetches(), [s(0), s(4), s(8), s(10)]);

    // The initial delay does not count.
    let (result, fake) = poll_all!(AuthResult, vec![pending(); 4], |p, _f| p
        .initial_delay(s(5))
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10)));
    assert_eq!(fake.sleeps(), [s(5), s(4), s(4), s(2)]);
    assert_eq!(fake.fetches(), [s(5), s(9), s(13), s(15)]);
    assert!(
        matches!(result, Err(PollError::Deadline { polls: 4, elapsed, .. }) if elapsed == s(10))
    );

    // A zero deadline: one fetch.
    let (result, fake) = poll_all!(AuthResult, vec![pending()], |p, _f| p
        .deadline(Duration::ZERO));
    assert!(matches!(result, Err(PollError::Deadline { polls: 1, .. })));
    assert_eq!(fake.sleeps(), []);
}

#[test]
fn a_retried_error_at_the_deadline_is_kept() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), unavailable(1), unavailable(2), unavailable(3)],
        |p, _f| p
            .backoff(Backoff::constant(s(4)))
            .deadline(s(10))
            .retry(is_unavailable)
    );
    assert_eq!(fake.sleeps(), [s(4), s(4), s(2)]);
    let err = result.unwrap_err();
    assert_eq!(
        err,
        PollError::Deadline {
            last: Some(parse(&pending())),
            polls: 4,
            elapsed: s(10),
            error: Some(FetchError::Unavailable(3)),
        }
    );
    assert_eq!(
        err.to_string(),
        "the operation had not ended after 10s (4 polls): the last fetch failed"
    );
    assert_eq!(
        std::error::Error::source(&err).unwrap().to_string(),
        "unavailable (3)"
    );
    assert_eq!(err.fetch_error(), Some(&FetchError::Unavailable(3)));
    assert_eq!(err.body(), Some(&parse(&pending())));
    let err = err.map_fetch_error(|e| format!("mapped {e}"));
    assert_eq!(
        err.fetch_error().map(String::as_str),
        Some("mapped unavailable (3)")
    );
    assert_eq!(err.into_body(), Some(parse(&pending())));

    // No body at all before the deadline.
    let (result, _) = poll_all!(AuthResult, vec![unavailable(1), unavailable(2)], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(4))
        .retry(is_unavailable));
    assert_eq!(
        result,
        Err(PollError::Deadline {
            last: None,
            polls: 2,
            elapsed: s(4),
            error: Some(FetchError::Unavailable(2))
        })
    );
}

#[test]
fn retry_after_replaces_the_next_delay_within_its_bounds() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![
            pending(),
            pending().retry_after(s(7)),
            pending().retry_after(Duration::ZERO),
            pending().retry_after(s(3600)),
            pending(),
            done("as-1"),
        ],
        |p, _f| p
            .backoff(Backoff::exponential(s(1), s(30)))
            .retry_after_bounds(s(2), s(60))
    );
    assert!(result.is_ok());
    // Steps 1, 2, 4, 8, 16: the second to fourth replaced (7 s, 0 s raised to
    // the floor, 1 h lowered to the cap), the schedule moving on meanwhile.
    assert_eq!(fake.sleeps(), [s(1), s(7), s(2), s(60), s(16)]);

    // The default bounds: 1 s and 5 min; used exactly, even with jitter.
    let (_, fake) = poll_all!(
        AuthResult,
        vec![
            pending().retry_after(ms(500)),
            pending().retry_after(s(600)),
            pending().retry_after(s(42)),
            done("as-x")
        ],
        |p, _f| p.backoff(Backoff::constant(ms(10)).jitter())
    );
    assert_eq!(fake.sleeps(), [s(1), s(300), s(42)]);

    // A deadline still cuts it.
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending().retry_after(s(60)), pending()],
        |p, _f| p.deadline(s(5))
    );
    assert_eq!(fake.sleeps(), [s(5)]);
    assert!(matches!(result, Err(PollError::Deadline { polls: 2, .. })));

    // A floor above the cap means the cap.
    let (_, fake) = poll_all!(
        AuthResult,
        vec![pending().retry_after(s(1)), done("as-x")],
        |p, _f| p.retry_after_bounds(s(9), s(4))
    );
    assert_eq!(fake.sleeps(), [s(4)]);
}

#[test]
fn constant_exponential_and_listed_delays() {
    let (_, fake) = poll_all!(
        AuthResult,
        vec![pending(), pending(), pending(), done("as-x")],
        |p, _f| p.backoff(Backoff::constant(s(3)))
    );
    assert_eq!(fake.sleeps(), [s(3), s(3), s(3)]);

    let mut script = vec![pending(); 5];
    script.push(done("as-x"));
    let (_, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p
        .backoff(Backoff::exponential(s(1), s(5))));
    assert_eq!(fake.sleeps(), [s(1), s(2), s(4), s(5), s(5)]);

    // A finite list: its last delay repeats.
    let (_, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p
        .backoff(vec![ms(10), ms(20)]));
    assert_eq!(fake.sleeps(), [ms(10), ms(20), ms(20), ms(20), ms(20)]);

    // An empty one, or zero delays: fetch again at once, never calling sleep.
    let (_, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p.backoff(Vec::new()));
    assert_eq!((fake.sleeps().len(), fake.fetches().len()), (0, 6));
    let (_, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p
        .backoff(Backoff::constant(Duration::ZERO)));
    assert_eq!((fake.sleeps().len(), fake.fetches().len()), (0, 6));
}

#[test]
fn jitter_keeps_every_delay_within_its_bounds() {
    let mut script = vec![pending(); 40];
    script.push(done("as-x"));
    let nominal: Vec<_> = Backoff::exponential(s(1), s(8)).take(40).collect();

    // Seeded, so that the async and blocking pollers draw the same delays.
    let (_, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p
        .backoff(Backoff::exponential(s(1), s(8)).jitter_seeded(99)));
    let sleeps = fake.sleeps();
    assert_eq!(sleeps.len(), 40);
    for (d, n) in sleeps.iter().zip(&nominal) {
        assert!(*d > Duration::ZERO && d <= n, "{d:?} not in (0, {n:?}]");
    }
    assert!(
        sleeps.iter().zip(&nominal).any(|(d, n)| d != n),
        "no jitter at all"
    );

    // Equal jitter: every delay within half the nominal one and all of it.
    let (_, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p
        .backoff(Backoff::exponential(s(1), s(8)).equal_jitter_seeded(99)));
    let sleeps = fake.sleeps();
    assert_eq!(sleeps.len(), 40);
    for (d, n) in sleeps.iter().zip(&nominal) {
        assert!(*d >= *n / 2 && d <= n, "{d:?} not in [{:?}, {n:?}]", *n / 2);
    }
    assert!(sleeps.iter().zip(&nominal).any(|(d, n)| d != n));

    // The default schedule: exponential from 1 s to 30 s, with equal jitter.
    let fake = Fake::new(script);
    block_on(
        Poller::new(|| {
            let polled = fake.fetch::<AuthResult>();
            async move { polled }
        })
        .sleep(|d| fake.sleep_async(d)),
    )
    .unwrap();
    let nominal = Backoff::exponential(s(1), s(30));
    let sleeps = fake.sleeps();
    assert_eq!(sleeps.len(), 40);
    for (d, n) in sleeps.iter().zip(nominal) {
        assert!(*d >= n / 2 && *d <= n, "{d:?} not in [{:?}, {n:?}]", n / 2);
    }
    // Not the nominal schedule itself: it is jittered.
    assert!(sleeps
        .iter()
        .zip(Backoff::exponential(s(1), s(30)))
        .any(|(d, n)| *d != n));
}

#[test]
fn initial_delay_sleeps_before_the_first_fetch() {
    let (result, fake) = poll_all!(AuthResult, vec![pending(), done("as-x")], |p, _f| p
        .initial_delay(s(3))
        .backoff(Backoff::constant(s(1))));
    assert!(result.is_ok());
    assert_eq!(
        fake.events(),
        [
            Event::Sleep(s(3)),
            Event::Fetch(s(3)),
            Event::Sleep(s(1)),
            Event::Fetch(s(4)),
        ]
    );
}

#[test]
fn on_poll_sees_every_body_before_the_sleep_after_it() {
    let status = |s: &str| Event::OnPoll(s.to_owned());
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), unavailable(1), running(), done("as-1")],
        |p, f| p
            .backoff(Backoff::constant(s(1)))
            .retry(is_unavailable)
            .on_poll(|body| f.on_poll(body))
    );
    assert!(result.is_ok());
    assert_eq!(
        fake.events(),
        [
            Event::Fetch(s(0)),
            status("pending"),
            Event::Sleep(s(1)),
            Event::Fetch(s(1)),
            Event::Sleep(s(1)),
            Event::Fetch(s(2)),
            status("in_progress"),
            Event::Sleep(s(1)),
            Event::Fetch(s(3)),
            status("done"),
        ]
    );

    // The failed body and the last one at the deadline are seen too.
    let (_, fake) = poll_all!(AuthResult, vec![failed()], |p, f| p
        .on_poll(|body| f.on_poll(body)));
    assert_eq!(fake.events(), [Event::Fetch(s(0)), status("failed")]);
    let (_, fake) = poll_all!(AuthResult, vec![pending(), running()], |p, f| p
        .backoff(Backoff::constant(s(1)))
        .deadline(s(1))
        .on_poll(|body| f.on_poll(body)));
    assert_eq!(
        fake.events(),
        [
            Event::Fetch(s(0)),
            status("pending"),
            Event::Sleep(s(1)),
            Event::Fetch(s(1)),
            status("in_progress"),
        ]
    );
}

#[test]
fn confirm_fetches_again_and_catches_a_regression() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![
            pending(),
            done("as-a"),
            done("as-b"),
            done("as-c"),
            done("never")
        ],
        |p, _f| p.backoff(Backoff::constant(s(1))).confirm(2)
    );
    // The last confirming body is the result.
    assert_eq!(result, Ok(parse(&done("as-c"))));
    assert_eq!(fake.sleeps(), [s(1), s(1), s(1)]);
    assert_eq!(fake.left(), 1);

    let (result, _) = poll_all!(
        AuthResult,
        vec![done("as-a"), done("as-b"), running()],
        |p, _f| p.backoff(Backoff::constant(s(1))).confirm(2)
    );
    let err = result.unwrap_err();
    assert_eq!(
        err,
        PollError::Regressed {
            previous: parse(&done("as-b")),
            body: parse(&running())
        }
    );
    assert_eq!(
        err.to_string(),
        "the operation went back from `done` to `in_progress`"
    );

    // From failed to done is a change of classification too.
    let (result, _) = poll_all!(AuthResult, vec![failed(), done("as-a")], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .confirm(1));
    assert_eq!(
        result,
        Err(PollError::Regressed {
            previous: parse(&failed()),
            body: parse(&done("as-a"))
        })
    );

    // A confirmed failure is `Failed`; a retried error confirms nothing.
    let (result, fake) = poll_all!(
        AuthResult,
        vec![failed(), unavailable(1), failed()],
        |p, _f| p
            .backoff(Backoff::constant(s(1)))
            .retry(is_unavailable)
            .confirm(1)
    );
    assert_eq!(result, Err(PollError::Failed(parse(&failed()))));
    assert_eq!(fake.sleeps(), [s(1), s(1)]);

    // At the deadline, the terminal body stands.
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), done("as-a"), done("as-b")],
        |p, _f| p.backoff(Backoff::constant(s(4))).deadline(s(6)).confirm(5)
    );
    assert_eq!(result, Ok(parse(&done("as-b"))));
    assert_eq!(fake.sleeps(), [s(4), s(2)]);
}

#[test]
fn the_future_waits_on_one_sleep_and_dropping_it_stops_polling() {
    struct Nothing;
    impl std::task::Wake for Nothing {
        fn wake(self: std::sync::Arc<Self>) {}
    }
    let waker = std::sync::Arc::new(Nothing).into();
    let fake = Fake::new([pending(), done("as-never")]);
    let mut future = std::future::IntoFuture::into_future(
        Poller::new(|| {
            let polled = fake.fetch::<AuthResult>();
            async move { polled }
        })
        // A sleep that never ends: the future is pending after the first fetch.
        .sleep(|d| {
            fake.sleep(d);
            std::future::pending::<()>()
        })
        .clock(|| fake.now())
        .backoff(Backoff::constant(s(1))),
    );
    let mut cx = std::task::Context::from_waker(&waker);
    for _ in 0..3 {
        assert!(std::pin::Pin::new(&mut future).poll(&mut cx).is_pending());
    }
    // Polled again while asleep: the same sleep, no new one and no fetch.
    assert_eq!((fake.fetches().len(), fake.sleeps()), (1, vec![s(1)]));
    drop(future);
    assert_eq!(fake.left(), 1, "nothing fetched after the drop");
}

#[test]
fn max_polls_makes_exactly_n_fetches_then_gives_up_without_sleeping() {
    let status = |s: &str| Event::OnPoll(s.to_owned());
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), running(), pending(), done("never fetched")],
        |p, f| p
            .backoff(Backoff::constant(s(2)))
            .max_polls(3)
            .on_poll(|body| f.on_poll(body))
    );
    // Three fetches, no sleep after the third.
    assert_eq!(
        fake.events(),
        [
            Event::Fetch(s(0)),
            status("pending"),
            Event::Sleep(s(2)),
            Event::Fetch(s(2)),
            status("in_progress"),
            Event::Sleep(s(2)),
            Event::Fetch(s(4)),
            status("pending"),
        ]
    );
    assert_eq!(fake.left(), 1);
    let err = result.unwrap_err();
    assert_eq!(
        err,
        PollError::Exhausted {
            last: Some(parse(&pending())),
            polls: 3,
            elapsed: s(4),
            error: None,
        }
    );
    assert_eq!(
        err.to_string(),
        "the operation had not ended after 3 polls, the most allowed (4s): last status `pending`"
    );
    assert_eq!(err.body(), Some(&parse(&pending())));
    assert_eq!(err.fetch_error(), None);
    assert!(std::error::Error::source(&err).is_none());
    assert_eq!(err.into_body(), Some(parse(&pending())));

    // Counted in the closure: a blocking poller on the real clock, one poll.
    let mut fetches = 0;
    let err = Poller::blocking(|| {
        fetches += 1;
        from_json::<AuthResult>(r#"{"status":"pending"}"#)
    })
    .sleep(|_| panic!("no sleep after the last allowed fetch"))
    .max_polls(1)
    .wait()
    .unwrap_err();
    assert_eq!(fetches, 1);
    assert!(matches!(err, PollError::Exhausted { polls: 1, .. }));
    assert!(err.to_string().contains("after 1 poll, the most allowed"));

    // Fetches that take time count in `elapsed`.
    let (result, _) = poll_all!(AuthResult, vec![pending(); 2], s(1), |p, _f| p
        .backoff(Backoff::constant(s(3)))
        .max_polls(2));
    assert!(
        matches!(result, Err(PollError::Exhausted { polls: 2, elapsed, .. }) if elapsed == s(5))
    );
}

#[test]
fn max_polls_counts_retried_errors() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), unavailable(1), unavailable(2), done("never")],
        |p, _f| p
            .backoff(Backoff::constant(s(1)))
            .retry(is_unavailable)
            .max_polls(3)
    );
    assert_eq!(fake.fetches(), [s(0), s(1), s(2)]);
    assert_eq!(fake.sleeps(), [s(1), s(1)]);
    let err = result.unwrap_err();
    assert_eq!(
        err,
        PollError::Exhausted {
            last: Some(parse(&pending())),
            polls: 3,
            elapsed: s(2),
            error: Some(FetchError::Unavailable(2)),
        }
    );
    assert_eq!(
        err.to_string(),
        "the operation had not ended after 3 polls, the most allowed (2s): the last fetch failed"
    );
    assert_eq!(
        std::error::Error::source(&err).unwrap().to_string(),
        "unavailable (2)"
    );
    assert_eq!(err.fetch_error(), Some(&FetchError::Unavailable(2)));
    let err = err.map_fetch_error(|e| format!("mapped {e}"));
    assert_eq!(
        err.fetch_error().map(String::as_str),
        Some("mapped unavailable (2)")
    );
    assert_eq!(err.into_body(), Some(parse(&pending())));

    // Nothing but retried errors: no body.
    let (result, _) = poll_all!(AuthResult, vec![unavailable(1), unavailable(2)], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .retry(is_unavailable)
        .max_polls(2));
    assert_eq!(
        result,
        Err(PollError::Exhausted {
            last: None,
            polls: 2,
            elapsed: s(1),
            error: Some(FetchError::Unavailable(2)),
        })
    );

    // An error that is not retried is a `Fetch` error, last poll or not.
    let (result, _) = poll_all!(AuthResult, vec![pending(), fatal()], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .retry(is_unavailable)
        .max_polls(2));
    assert_eq!(
        result,
        Err(PollError::Fetch(FetchError::Fatal("404".into())))
    );
}

#[test]
fn a_terminal_last_allowed_body_ends_as_usual() {
    let (result, fake) = poll_all!(
        AuthResult,
        vec![pending(), running(), done("as-3")],
        |p, _f| p.backoff(Backoff::constant(s(1))).max_polls(3)
    );
    assert_eq!(result, Ok(parse(&done("as-3"))));
    assert_eq!(fake.fetches().len(), 3);

    let (result, _) = poll_all!(AuthResult, vec![pending(), failed()], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .max_polls(2));
    assert_eq!(result, Err(PollError::Failed(parse(&failed()))));

    // Fewer fetches than allowed: the limit changes nothing.
    let (result, fake) = poll_all!(AuthResult, vec![pending(), done("as-1")], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .max_polls(10));
    assert_eq!(result, Ok(parse(&done("as-1"))));
    assert_eq!(fake.sleeps(), [s(1)]);
}

#[test]
fn max_polls_counts_confirm_fetches() {
    // Pending, then done three times: confirming twice takes four fetches.
    let script = vec![pending(), done("as-a"), done("as-b"), done("as-c")];
    let (result, fake) = poll_all!(AuthResult, script.clone(), |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .confirm(2)
        .max_polls(3));
    // Still confirming at the last allowed fetch: the terminal body stands,
    // with the confirmation made, as it does at the deadline.
    assert_eq!(result, Ok(parse(&done("as-b"))));
    assert_eq!((fake.sleeps(), fake.left()), (vec![s(1), s(1)], 1));
    let (result, _) = poll_all!(AuthResult, script, |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .confirm(2)
        .max_polls(4));
    assert_eq!(result, Ok(parse(&done("as-c"))));

    // The first terminal body as the last allowed one, with confirming to do.
    let (result, _) = poll_all!(AuthResult, vec![pending(), failed()], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .confirm(1)
        .max_polls(2));
    assert_eq!(result, Err(PollError::Failed(parse(&failed()))));

    // A retried error while confirming: the terminal body stands.
    let (result, fake) = poll_all!(AuthResult, vec![done("as-a"), unavailable(1)], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .retry(is_unavailable)
        .confirm(1)
        .max_polls(2));
    assert_eq!(result, Ok(parse(&done("as-a"))));
    assert_eq!(fake.left(), 0);

    // A regression on the last allowed fetch is a regression.
    let (result, _) = poll_all!(AuthResult, vec![done("as-a"), running()], |p, _f| p
        .backoff(Backoff::constant(s(1)))
        .confirm(3)
        .max_polls(2));
    assert!(matches!(result, Err(PollError::Regressed { .. })));
}

#[test]
fn whichever_of_the_deadline_and_max_polls_comes_first_ends_the_poll() {
    // Fetches at 0, 4, 8 and 10 s (the last sleep cut for the deadline).
    let (result, fake) = poll_all!(AuthResult, vec![pending(); 4], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10))
        .max_polls(10));
    assert_eq!(fake.fetches(), [s(0), s(4), s(8), s(10)]);
    assert!(matches!(
        result,
        Err(PollError::Deadline {
            polls: 4,
            error: None,
            ..
        })
    ));

    let (result, fake) = poll_all!(AuthResult, vec![pending(); 2], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10))
        .max_polls(2));
    assert_eq!(fake.fetches(), [s(0), s(4)]);
    assert_eq!(
        result,
        Err(PollError::Exhausted {
            last: Some(parse(&pending())),
            polls: 2,
            elapsed: s(4),
            error: None,
        })
    );

    // Both at once, the fetch at the deadline being the last allowed: the
    // deadline's rules.
    let (result, _) = poll_all!(AuthResult, vec![pending(); 4], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10))
        .max_polls(4));
    assert!(matches!(
        result,
        Err(PollError::Deadline { polls: 4, elapsed, .. }) if elapsed == s(10)
    ));
    // So while confirming, the terminal body stands.
    let (result, _) = poll_all!(
        AuthResult,
        vec![pending(), done("as-a"), done("as-b")],
        |p, _f| p
            .backoff(Backoff::constant(s(4)))
            .deadline(s(6))
            .confirm(5)
            .max_polls(3)
    );
    assert_eq!(result, Ok(parse(&done("as-b"))));
}

#[test]
fn max_polls_zero_makes_no_fetch() {
    let (result, fake) = poll_all!(AuthResult, vec![], |p, f| p
        .initial_delay(s(5))
        .deadline(s(60))
        .max_polls(0)
        .on_poll(|body| f.on_poll(body)));
    assert_eq!(fake.events(), [], "no sleep, no fetch, no on_poll");
    let err = result.unwrap_err();
    assert_eq!(
        err,
        PollError::Exhausted {
            last: None,
            polls: 0,
            elapsed: Duration::ZERO,
            error: None,
        }
    );
    assert_eq!(
        err.to_string(),
        "the operation had not ended after 0 polls, the most allowed (0ns)"
    );
    assert_eq!((err.body(), err.fetch_error()), (None, None));

    let mut fetches = 0;
    let result = Poller::blocking(|| {
        fetches += 1;
        from_json::<AuthResult>(r#"{"status":"done","authSessionId":"as-1"}"#)
    })
    .max_polls(0)
    .wait();
    assert_eq!(fetches, 0);
    assert!(matches!(result, Err(PollError::Exhausted { polls: 0, .. })));
}

/// Whether `d` is within `[at, at + 1 s)`: `since` reads the system's clock,
/// which moves on (a little) while a test runs.
fn about(d: Duration, at: Duration) -> bool {
    d >= at && d < at + s(1)
}

#[test]
fn since_counts_the_deadline_from_when_the_operation_started() {
    // A 60 s deadline for an operation started 50 s ago: about 10 s left.
    let started = SystemTime::now() - s(50);
    let runs = poll_each!(AuthResult, vec![pending(); 4], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(60))
        .since(started));
    for (result, fake) in runs {
        // 4 s, 4 s, then what is left, cut so the last fetch is at the deadline.
        let fetches = fake.fetches();
        assert_eq!(fetches[..3], [s(0), s(4), s(8)]);
        assert!(fetches[3] > s(9) && fetches[3] <= s(10), "{fetches:?}");
        let Err(PollError::Deadline {
            last,
            polls,
            elapsed,
            error,
        }) = result
        else {
            panic!("{result:?}")
        };
        assert_eq!((last, polls, error), (Some(parse(&pending())), 4, None));
        // From `since`, not from the first fetch.
        assert!(about(elapsed, s(60)), "{elapsed:?}");
    }

    // `Exhausted`'s `elapsed` counts from `since` too, deadline or not.
    let runs = poll_each!(AuthResult, vec![pending(); 2], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .max_polls(2)
        .since(started));
    for (result, fake) in runs {
        assert_eq!(fake.sleeps(), [s(4)]);
        let Err(PollError::Exhausted {
            polls: 2, elapsed, ..
        }) = result
        else {
            panic!("{result:?}")
        };
        assert!(about(elapsed, s(54)), "{elapsed:?}");
    }

    // A terminal body within the budget ends the poll as usual.
    let runs = poll_each!(AuthResult, vec![pending(), done("as-1")], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(60))
        .since(started));
    for (result, _) in runs {
        assert_eq!(result, Ok(parse(&done("as-1"))));
    }
}

#[test]
fn since_counts_the_initial_delay_and_a_future_time_spent_nothing() {
    // A time in the future has spent nothing: the deadline counts from the
    // start of polling, initial delay included (without `since` it would not
    // count: sleeps 5, 4, 4, 2).
    let later = SystemTime::now() + s(3600);
    let (result, fake) = poll_all!(AuthResult, vec![pending(); 3], |p, _f| p
        .initial_delay(s(5))
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10))
        .since(later));
    assert_eq!(fake.sleeps(), [s(5), s(4), s(1)]);
    assert_eq!(fake.fetches(), [s(5), s(9), s(10)]);
    assert_eq!(
        result,
        Err(PollError::Deadline {
            last: Some(parse(&pending())),
            polls: 3,
            elapsed: s(10),
            error: None,
        })
    );

    // An initial delay past the deadline is cut to end at it.
    let (result, fake) = poll_all!(AuthResult, vec![pending()], |p, _f| p
        .initial_delay(s(30))
        .deadline(s(10))
        .since(later));
    assert_eq!(fake.sleeps(), [s(10)]);
    assert!(
        matches!(result, Err(PollError::Deadline { polls: 1, elapsed, .. }) if elapsed == s(10))
    );

    // A time as far in the future as the system's clock goes.
    let far = (40..64)
        .rev()
        .find_map(|n| SystemTime::now().checked_add(s(1 << n)))
        .unwrap();
    let (result, _) = poll_all!(AuthResult, vec![pending(); 2], |p, _f| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(4))
        .since(far));
    assert!(
        matches!(result, Err(PollError::Deadline { polls: 2, elapsed, .. }) if elapsed == s(4))
    );
}

#[test]
fn since_long_ago_makes_one_fetch_then_gives_up() {
    let long_ago = SystemTime::now() - s(3600);
    let runs = poll_each!(AuthResult, vec![pending()], |p, _f| p
        .initial_delay(s(5))
        .backoff(Backoff::constant(s(4)))
        .deadline(s(60))
        .since(long_ago));
    for (result, fake) in runs {
        // No sleep, not even the initial delay: one fetch at once, for `last`.
        assert_eq!(fake.events(), [Event::Fetch(s(0))]);
        let Err(PollError::Deadline {
            last,
            polls: 1,
            elapsed,
            error: None,
        }) = result
        else {
            panic!("{result:?}")
        };
        assert_eq!(last, Some(parse(&pending())));
        assert!(about(elapsed, s(3600)), "{elapsed:?}");
    }

    // That one fetch may still end the poll.
    let runs = poll_each!(AuthResult, vec![done("as-1")], |p, _f| p
        .deadline(s(60))
        .since(long_ago));
    for (result, _) in runs {
        assert_eq!(result, Ok(parse(&done("as-1"))));
    }

    // The system clock's earliest time: no panic, and `elapsed` is all of it.
    let runs = poll_each!(AuthResult, vec![pending()], |p, _f| p
        .deadline(s(60))
        .since(SystemTime::UNIX_EPOCH));
    for (result, _) in runs {
        let Err(PollError::Deadline {
            polls: 1, elapsed, ..
        }) = result
        else {
            panic!("{result:?}")
        };
        assert!(elapsed > s(50 * 365 * 24 * 3600), "{elapsed:?}");
    }

    // `max_polls(0)` still makes no fetch.
    let runs = poll_each!(AuthResult, vec![], |p, _f| p
        .deadline(s(60))
        .max_polls(0)
        .since(long_ago));
    for (result, fake) in runs {
        assert_eq!(fake.events(), []);
        let Err(PollError::Exhausted {
            last: None,
            polls: 0,
            elapsed,
            error: None,
        }) = result
        else {
            panic!("{result:?}")
        };
        assert!(about(elapsed, s(3600)), "{elapsed:?}");
    }
}
