//! Parsing status-discriminated unions: ours against serde's internally
//! tagged enum (`#[serde(tag = "status")]`), timed interleaved in one run
//! (A, B, A, B …) so that machine drift cancels, and reported as the median
//! of the pairwise ratios.
//!
//! `cargo bench -p operation-response-bench --bench union`

use operation_response_bench::{batch, SerdeResult, SINGLES};
use operation_response_tests::CreateAuthSessionResultResponseBody as Ours;
use std::hint::black_box;
use std::time::Instant;

const ROUNDS: usize = 31;

fn time<F: FnMut()>(mut f: F) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

/// Median ratio ours / serde over interleaved rounds, and ours' time per body.
fn compare(bodies: &[String], reps: usize) -> (f64, f64) {
    let ours = || {
        for _ in 0..reps {
            for body in bodies {
                black_box(serde_json::from_str::<Ours>(black_box(body)).unwrap());
            }
        }
    };
    let peer = || {
        for _ in 0..reps {
            for body in bodies {
                black_box(serde_json::from_str::<SerdeResult>(black_box(body)).unwrap());
            }
        }
    };
    // Warm up both.
    time(ours);
    time(peer);
    let mut ratios = Vec::with_capacity(ROUNDS);
    let mut ours_times = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        // Alternate which goes first, too.
        let (a, b) = if round % 2 == 0 {
            let a = time(ours);
            (a, time(peer))
        } else {
            let b = time(peer);
            (time(ours), b)
        };
        ratios.push(a / b);
        ours_times.push(a);
    }
    let per_body = median(&mut ours_times) / (reps * bodies.len()) as f64;
    (median(&mut ratios), per_body)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    println!("union parse: ours / serde tag = \"status\" (median of {ROUNDS} interleaved rounds; < 1.00 is faster)");
    println!("{:<34} {:>8} {:>12}", "body", "ratio", "ours ns/body");
    for (name, body) in SINGLES {
        let bodies = vec![(*body).to_owned()];
        let (ratio, per_body) = compare(&bodies, 20_000);
        println!(
            "{:<34} {:>7.2}x {:>12.0}",
            format!("single {name}, status first"),
            ratio,
            per_body * 1e9
        );
    }
    let mixed = batch(10_000, 10, 0x5eed);
    let (ratio, per_body) = compare(&mixed, 3);
    println!(
        "{:<34} {:>7.2}x {:>12.0}",
        "batch 10k mixed, 10% status last",
        ratio,
        per_body * 1e9
    );
    let last = batch(2_000, 100, 0x5eed);
    let (ratio, per_body) = compare(&last, 10);
    println!(
        "{:<34} {:>7.2}x {:>12.0}",
        "batch 2k, all status last",
        ratio,
        per_body * 1e9
    );
}
