//! Generation speed of `any::<T>()` (feature `proptest`) for a five-status
//! body with a pattern field, and the share of cases proptest rejected
//! (target: none; rules are generators, not filters).
//!
//! Run with `cargo bench -p operation-response-bench --bench generate`.
//! A benchmark, not a test: it prints values per second; nothing is timed
//! against a threshold.

use operation_response::{from_json, operation_response};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use std::time::Instant;

/// A run: five statuses, a pattern, lengths, a bound, and per-status fields.
#[operation_response(
    status = ["pending", "started", "completed", "canceled", "failed"],
    terminal = ["completed", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub struct RunResult {
    /// Its id.
    #[response(pattern = "^run-[0-9a-f]{8}$")]
    pub run_id: String,
    /// Its name.
    #[response(min_length = 1, max_length = 64)]
    pub name: String,
    /// Percent done.
    #[response(max = 100)]
    pub progress: u32,
    /// What it returned.
    #[response(forbidden_when = ["pending", "started"])]
    pub result: Option<String>,
    /// Why it failed.
    #[response(required_when = "failed")]
    pub error: Option<String>,
}

fn rejects(runner: &TestRunner) -> u64 {
    // proptest reports its local rejects only in `Display`.
    runner
        .to_string()
        .lines()
        .find_map(|line| line.trim().strip_prefix("local rejects: "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(u64::MAX)
}

fn main() {
    const VALUES: u32 = 20_000;
    let mut runner = TestRunner::new(Config {
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = any::<RunResult>();
    let mut statuses = std::collections::BTreeMap::<&str, u32>::new();
    let started = Instant::now();
    for _ in 0..VALUES {
        let value = strategy
            .new_tree(&mut runner)
            .expect("generation never gives up")
            .current();
        *statuses.entry(value.status.as_str()).or_default() += 1;
    }
    let elapsed = started.elapsed();
    let rejected = rejects(&runner);
    println!(
        "any::<RunResult>(): {VALUES} values in {:.3} s = {:.0} values/s; rejected {rejected} ({:.2} %)",
        elapsed.as_secs_f64(),
        f64::from(VALUES) / elapsed.as_secs_f64(),
        100.0 * rejected as f64 / f64::from(VALUES),
    );
    println!("statuses: {statuses:?}");

    // The bodies breaking one rule each, for comparison.
    let invalid = operation_response::proptest::invalid::<RunResult>();
    let started = Instant::now();
    for _ in 0..VALUES {
        let case = invalid
            .new_tree(&mut runner)
            .expect("no rejection")
            .current();
        assert!(from_json::<RunResult>(&case.body).is_err());
    }
    let elapsed = started.elapsed();
    println!(
        "invalid::<RunResult>() + from_json: {VALUES} bodies in {:.3} s = {:.0} bodies/s; rejected {}",
        elapsed.as_secs_f64(),
        f64::from(VALUES) / elapsed.as_secs_f64(),
        rejects(&runner) - rejected,
    );
}
