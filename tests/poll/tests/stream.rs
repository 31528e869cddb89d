//! The poller as a stream (feature `stream`): every body as it arrives,
//! sleeping only when the next item is asked for.

use std::pin::Pin;
use std::time::{Duration, SystemTime};

use futures_core::{FusedStream, Stream};
use operation_response::poll::{Backoff, Poller};
use operation_response::{Lifecycle, OperationResponse};
use operation_response_poll_tests::{
    block_on, body, status, task, CreateAuthSessionResultResponseBody as AuthResult, Fake,
    FetchError, Step, Task, AUTH_FAILED,
};

fn s(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    block_on(std::future::poll_fn(|cx| {
        Pin::new(&mut *stream).poll_next(cx)
    }))
}

/// The status of a yielded body, or the error's text.
fn seen(item: Option<Result<AuthResult, FetchError>>) -> Option<String> {
    item.map(|item| match item {
        Ok(body) => body.status().as_str().to_owned(),
        Err(error) => format!("error: {error}"),
    })
}

fn pending() -> Step {
    status("pending", "")
}

fn done() -> Step {
    status("done", r#""authSessionId":"as-1""#)
}

macro_rules! stream {
    ($fake:expr, |$p:ident| $config:expr) => {
        stream!($fake, AuthResult, |$p| $config)
    };
    ($fake:expr, $T:ty, |$p:ident| $config:expr) => {{
        let fake: &Fake = $fake;
        let $p = Poller::new(|| {
            let polled = fake.fetch::<$T>();
            async move { polled }
        })
        .sleep(|d| fake.sleep_async(d))
        .clock(|| fake.now());
        ($config).into_stream()
    }};
}

#[test]
fn yields_every_body_and_sleeps_only_when_asked_for_the_next() {
    let fake = Fake::new([
        pending(),
        status("in_progress", r#""runId":"r""#),
        done(),
        done(),
    ]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(2))));
    assert!(!stream.is_terminated());
    assert_eq!(seen(next(&mut stream)).as_deref(), Some("pending"));
    // Nothing slept yet: the stream waits to be asked.
    assert_eq!((fake.sleeps(), fake.fetches().len()), (vec![], 1));
    assert_eq!(seen(next(&mut stream)).as_deref(), Some("in_progress"));
    assert_eq!((fake.sleeps(), fake.fetches().len()), (vec![s(2)], 2));
    assert_eq!(seen(next(&mut stream)).as_deref(), Some("done"));
    assert_eq!(fake.sleeps(), [s(2), s(2)]);
    // It ends after the terminal body, with no more sleeping or fetching.
    assert!(stream.is_terminated());
    assert_eq!(seen(next(&mut stream)), None);
    assert_eq!(seen(next(&mut stream)), None);
    assert_eq!(
        (fake.sleeps().len(), fake.fetches().len(), fake.left()),
        (2, 3, 1)
    );
}

#[test]
fn a_failed_body_is_yielded_and_ends_it() {
    let fake = Fake::new([pending(), body(AUTH_FAILED), done()]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(1))));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending", "failed"]);
    assert_eq!(fake.left(), 1);
}

#[test]
fn ends_after_an_unretried_error_and_goes_on_after_a_retried_one() {
    let fake = Fake::new([
        pending(),
        Step::Fail(FetchError::Unavailable(1)),
        pending(),
        Step::Fail(FetchError::Fatal("gone".into())),
        done(),
    ]);
    let mut stream = stream!(&fake, |p| p
        .backoff(Backoff::constant(s(1)))
        .retry(|e| matches!(e, FetchError::Unavailable(_))));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(
        items,
        [
            "pending",
            "error: unavailable (1)",
            "pending",
            "error: fatal: gone"
        ]
    );
    assert_eq!((fake.sleeps(), fake.left()), (vec![s(1); 3], 1));
}

#[test]
fn ends_at_the_deadline_after_the_final_fetch() {
    let fake = Fake::new(vec![pending(); 4]);
    let mut stream = stream!(&fake, |p| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10)));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    // The last body is not terminal: that is how a deadline shows.
    assert_eq!(items, ["pending"; 4]);
    assert_eq!(fake.sleeps(), [s(4), s(4), s(2)]);
}

#[test]
fn a_waiting_body_is_yielded_and_ends_it_unless_polling_while_waiting() {
    use Lifecycle::{Running, Succeeded, Waiting};
    fn states<S: Stream<Item = Result<Task, FetchError>> + Unpin>(
        stream: &mut S,
    ) -> Vec<Lifecycle> {
        std::iter::from_fn(|| next(stream).map(|item| item.unwrap().state)).collect()
    }
    let script = [task(Running), task(Waiting), task(Waiting), task(Succeeded)];

    // The waiting body is the last item: a last body that `is_waiting()`.
    let fake = Fake::new(script.clone());
    let mut stream = stream!(&fake, Task, |p| p.backoff(Backoff::constant(s(2))));
    assert_eq!(states(&mut stream), [Running, Waiting]);
    assert!(stream.is_terminated() && !stream.is_exhausted());
    assert_eq!((fake.sleeps(), fake.left()), (vec![s(2)], 2));

    // Polling while waiting, it goes on to the end.
    let fake = Fake::new(script);
    let mut stream = stream!(&fake, Task, |p| p
        .backoff(Backoff::constant(s(2)))
        .poll_while_waiting());
    assert_eq!(states(&mut stream), [Running, Waiting, Waiting, Succeeded]);
    assert_eq!((fake.sleeps(), fake.left()), (vec![s(2); 3], 0));
}

#[test]
fn confirm_fetches_are_yielded_and_a_regression_ends_it() {
    let fake = Fake::new([done(), done(), done()]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(1))).confirm(2));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["done"; 3]);

    let fake = Fake::new([done(), pending(), done()]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(1))).confirm(2));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["done", "pending"]);
    assert_eq!(fake.left(), 1);
}

#[test]
fn on_poll_and_initial_delay_apply_to_the_stream_too() {
    let fake = Fake::new([pending(), done()]);
    let mut polled = Vec::new();
    let mut stream = stream!(&fake, |p| p
        .initial_delay(s(7))
        .backoff(Backoff::constant(s(1)))
        .on_poll(|body| polled.push(body.status())));
    assert!(
        fake.sleeps().is_empty(),
        "the initial delay waits for the first ask"
    );
    assert_eq!(seen(next(&mut stream)).as_deref(), Some("pending"));
    assert_eq!(fake.sleeps(), [s(7)]);
    while next(&mut stream).is_some() {}
    drop(stream);
    assert_eq!(polled.len(), 2);
}

#[test]
fn ends_after_the_last_allowed_fetch_and_says_it_ran_out() {
    let fake = Fake::new(vec![pending(); 4]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(2))).max_polls(3));
    assert_eq!(seen(next(&mut stream)).as_deref(), Some("pending"));
    assert!(!stream.is_exhausted(), "not while it goes on");
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending"; 2]);
    assert!(stream.is_terminated());
    assert!(stream.is_exhausted());
    // No sleep after the third fetch, and no fourth.
    assert_eq!(
        (fake.sleeps(), fake.fetches().len(), fake.left()),
        (vec![s(2), s(2)], 3, 1)
    );
    assert_eq!(seen(next(&mut stream)), None);
    assert!(stream.is_exhausted());

    // A retried error counts, and may be the last item.
    let fake = Fake::new([pending(), Step::Fail(FetchError::Unavailable(1)), pending()]);
    let mut stream = stream!(&fake, |p| p
        .backoff(Backoff::constant(s(1)))
        .retry(|e| matches!(e, FetchError::Unavailable(_)))
        .max_polls(2));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending", "error: unavailable (1)"]);
    assert!(stream.is_exhausted());
    assert_eq!(fake.left(), 1);
}

#[test]
fn a_terminal_last_allowed_body_is_a_finish() {
    let fake = Fake::new([pending(), done()]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(1))).max_polls(2));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending", "done"]);
    assert!(stream.is_terminated() && !stream.is_exhausted());

    let fake = Fake::new([pending(), body(AUTH_FAILED)]);
    let mut stream = stream!(&fake, |p| p.backoff(Backoff::constant(s(1))).max_polls(2));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending", "failed"]);
    assert!(!stream.is_exhausted());

    // Confirm fetches count, and a terminal body being confirmed stands when
    // they run out (as the awaited poller gives it, not `Exhausted`).
    for max_polls in [3, 2] {
        let fake = Fake::new([done(), done(), done()]);
        let mut stream = stream!(&fake, |p| p
            .backoff(Backoff::constant(s(1)))
            .confirm(2)
            .max_polls(max_polls));
        let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
        assert_eq!(items.len(), max_polls as usize);
        assert_eq!(fake.left(), 3 - max_polls as usize);
        assert!(!stream.is_exhausted(), "max_polls({max_polls})");
    }
}

#[test]
fn max_polls_zero_yields_nothing() {
    let fake = Fake::new([]);
    let mut stream = stream!(&fake, |p| p.initial_delay(s(3)).max_polls(0));
    assert!(!stream.is_terminated());
    assert_eq!(seen(next(&mut stream)), None);
    assert!(stream.is_terminated() && stream.is_exhausted());
    assert_eq!(fake.events(), []);
}

#[test]
fn the_deadline_or_max_polls_whichever_comes_first() {
    let fake = Fake::new(vec![pending(); 4]);
    let mut stream = stream!(&fake, |p| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10))
        .max_polls(10));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items.len(), 4);
    assert!(!stream.is_exhausted(), "the deadline came first");

    let fake = Fake::new(vec![pending(); 4]);
    let mut stream = stream!(&fake, |p| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(10))
        .max_polls(2));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items.len(), 2);
    assert!(stream.is_exhausted());
}

#[test]
fn since_shortens_the_deadline() {
    // A 60 s deadline for an operation started 50 s ago: about 10 s left.
    let fake = Fake::new(vec![pending(); 4]);
    let mut stream = stream!(&fake, |p| p
        .backoff(Backoff::constant(s(4)))
        .deadline(s(60))
        .since(SystemTime::now() - s(50)));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending"; 4]);
    let sleeps = fake.sleeps();
    assert_eq!(sleeps[..2], [s(4), s(4)]);
    assert!(sleeps[2] > s(1) && sleeps[2] <= s(2), "{sleeps:?}");
    assert!(!stream.is_exhausted());

    // Long ago: one item at once.
    let fake = Fake::new(vec![pending(); 2]);
    let mut stream = stream!(&fake, |p| p
        .initial_delay(s(5))
        .deadline(s(60))
        .since(SystemTime::now() - s(3600)));
    let items: Vec<_> = std::iter::from_fn(|| seen(next(&mut stream))).collect();
    assert_eq!(items, ["pending"]);
    assert_eq!((fake.sleeps(), fake.left()), (vec![], 1));
}
