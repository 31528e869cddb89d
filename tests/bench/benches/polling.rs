//! Polling schedules on a fake clock: how many fetches an operation costs,
//! how long after its end the poller sees it, and whether clients started
//! together stay apart.
//!
//! `cargo bench -p operation-response-bench --bench polling`
//!
//! Every figure comes from the shipped `Poller` (blocking, with `.clock` and
//! `.sleep` fakes that move time only when it sleeps) and the shipped
//! `Backoff`, seeded: the same run prints the same table. Operations last
//! from 1 s to 1 h, log-uniform (as many of 1–10 s as of 100–1000 s), end
//! with no `Retry-After`, and start at the first fetch. For each: the
//! fetches made, the lag (from the end to the fetch that sees it) and the
//! cost `lag × fetches / duration`, averaged per decade of duration and
//! overall. Lower cost is better: fewer fetches, or a shorter wait after the
//! end, for the operation's length.

use std::cell::Cell;
use std::convert::Infallible;
use std::time::{Duration, Instant};

use operation_response::poll::{Backoff, Poller};
use operation_response::{Lifecycle, OperationResponse};

/// Operations per schedule.
const OPERATIONS: usize = 20_000;
/// Clients started together, for the spread.
const CLIENTS: usize = 100;

/// SplitMix64, seeded: the operations' lengths, the progress noise, and the
/// seeds of each client's jitter.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// What the simulated server says: where the operation is and how far.
#[derive(Debug)]
struct Operation {
    lifecycle: Lifecycle,
    progress: Option<f64>,
}

impl OperationResponse for Operation {
    type Status = Lifecycle;

    fn status(&self) -> Lifecycle {
        self.lifecycle
    }

    fn progress(&self) -> Option<f64> {
        self.progress
    }
}

/// What a running operation reports of its progress `p` (the true fraction).
#[derive(Clone, Copy)]
enum Reports {
    /// Nothing.
    Nothing,
    /// `p` itself: it grows linearly with time.
    Linear,
    /// `p × (1 + u)`, `u` uniform in ±20 %, drawn anew for each fetch.
    Noisy,
    /// `p` in whole percent, rounded down (as `percentComplete` is).
    Percent,
    /// Linear, for an operation that started 5 s before the first fetch
    /// (the poller counts from the first fetch, so it thinks the rate lower).
    Late,
}

/// A schedule to compare: its name and the `Backoff` of the `seed`-th client.
struct Schedule {
    name: &'static str,
    backoff: fn(u64) -> Backoff,
    reports: Reports,
}

fn s(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn old_default(seed: u64) -> Backoff {
    Backoff::exponential(s(1), s(30)).jitter_seeded(seed)
}

fn new_default(seed: u64) -> Backoff {
    Backoff::exponential(s(1), s(30)).equal_jitter_seeded(seed)
}

fn unjittered(_: u64) -> Backoff {
    Backoff::exponential(s(1), s(30))
}

/// Polls one operation of `length` to its end: the fetches made and the
/// time of the last, from the first.
fn poll(length: Duration, backoff: Backoff, reports: Reports, noise: &mut Rng) -> (u32, Duration) {
    let start = Instant::now();
    let now = Cell::new(start);
    let fetches = Cell::new(0u32);
    let noise = Cell::new(noise.next_u64());
    let body = Poller::blocking(|| {
        fetches.set(fetches.get() + 1);
        let at = now.get() - start;
        if at >= length {
            return Ok::<_, Infallible>(Operation {
                lifecycle: Lifecycle::Succeeded,
                progress: Some(1.0),
            });
        }
        let p = at.as_secs_f64() / length.as_secs_f64();
        let progress = match reports {
            Reports::Nothing => None,
            Reports::Linear => Some(p),
            Reports::Noisy => {
                let mut rng = Rng(noise.get());
                let u = rng.unit() * 0.4 - 0.2;
                noise.set(rng.0);
                Some(p * (1.0 + u))
            }
            Reports::Percent => Some((p * 100.0).floor() / 100.0),
            Reports::Late => Some((at.as_secs_f64() + 5.0) / (length.as_secs_f64() + 5.0)),
        };
        Ok(Operation {
            lifecycle: Lifecycle::Running,
            progress,
        })
    })
    .clock(|| now.get())
    .sleep(|d| now.set(now.get() + d))
    .backoff(backoff)
    .wait()
    .unwrap();
    assert!(body.lifecycle.is_success());
    (fetches.get(), now.get() - start)
}

/// Sums per decade of duration (1–10 s, 10–100 s, 100–1000 s, 1000–3600 s)
/// and overall.
#[derive(Default, Clone, Copy)]
struct Sums {
    operations: u32,
    fetches: f64,
    lag: f64,
    cost: f64,
}

impl Sums {
    fn add(&mut self, fetches: u32, lag: f64, length: f64) {
        self.operations += 1;
        self.fetches += f64::from(fetches);
        self.lag += lag;
        self.cost += lag * f64::from(fetches) / length;
    }

    fn cell(&self) -> String {
        let n = f64::from(self.operations);
        format!(
            "{:.1} / {:.2} s / {:.2}",
            self.fetches / n,
            self.lag / n,
            self.cost / n
        )
    }

    fn cost(&self) -> f64 {
        self.cost / f64::from(self.operations)
    }
}

fn costs(schedule: &Schedule) -> [Sums; 5] {
    // The same operations for every schedule.
    let mut lengths = Rng(23);
    let mut seeds = Rng(0x706f_6c6c);
    let mut noise = Rng(0x006e_6f69_7365);
    let mut sums = [Sums::default(); 5];
    for _ in 0..OPERATIONS {
        let length = (lengths.unit() * 3600f64.ln()).exp();
        let (fetches, last) = poll(
            Duration::from_secs_f64(length),
            (schedule.backoff)(seeds.next_u64()),
            schedule.reports,
            &mut noise,
        );
        let lag = last.as_secs_f64() - Duration::from_secs_f64(length).as_secs_f64();
        let decade = (length.log10().floor() as usize).min(3);
        sums[decade].add(fetches, lag, length);
        sums[4].add(fetches, lag, length);
    }
    sums
}

/// When each of `CLIENTS` clients started together fetches (25 fetches
/// each, of an operation that outlasts them all).
fn fetch_times(backoff: fn(u64) -> Backoff) -> Vec<Vec<f64>> {
    let mut seeds = Rng(0x636c_6965_6e74);
    (0..CLIENTS)
        .map(|_| {
            let start = Instant::now();
            let now = Cell::new(start);
            let times = std::cell::RefCell::new(Vec::new());
            let _ = Poller::blocking(|| {
                times.borrow_mut().push((now.get() - start).as_secs_f64());
                Ok::<_, Infallible>(Operation {
                    lifecycle: Lifecycle::Running,
                    progress: None,
                })
            })
            .clock(|| now.get())
            .sleep(|d| now.set(now.get() + d))
            .backoff(backoff(seeds.next_u64()))
            .max_polls(25)
            .wait();
            times.into_inner()
        })
        .collect()
}

/// The range of the `k`-th fetch's time across clients, and, over every
/// fetch after the first (which all clients make at once), the most in any
/// 100 ms and the share with another client's within 100 ms.
fn spread(times: &[Vec<f64>], ks: &[usize]) -> (Vec<(f64, f64)>, usize, f64) {
    let ranges = ks
        .iter()
        .map(|&k| {
            let kth = times.iter().map(|t| t[k - 1]);
            let min = kth.clone().fold(f64::INFINITY, f64::min);
            let max = kth.fold(0.0, f64::max);
            (min, max)
        })
        .collect();
    let mut all: Vec<(f64, usize)> = times
        .iter()
        .enumerate()
        .flat_map(|(client, t)| t[1..].iter().map(move |&at| (at, client)))
        .collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut peak = 0;
    let mut from = 0;
    for to in 0..all.len() {
        while all[to].0 - all[from].0 >= 0.1 {
            from += 1;
        }
        peak = peak.max(to - from + 1);
    }
    let near = (0..all.len())
        .filter(|&i| {
            let close = |j: usize| all[j].1 != all[i].1 && (all[j].0 - all[i].0).abs() < 0.1;
            (i.saturating_sub(CLIENTS)..(i + CLIENTS).min(all.len())).any(close)
        })
        .count();
    (ranges, peak, near as f64 / all.len() as f64)
}

fn main() {
    let started = Instant::now();
    // The default is what `new_default` draws: equal jitter on 1 s → 30 s.
    for (d, n) in Backoff::default()
        .zip(Backoff::exponential(s(1), s(30)))
        .take(1000)
    {
        assert!(d >= n / 2 && d <= n, "the default is not equal jitter");
    }

    let schedules = [
        Schedule {
            name: "(a) old default: full jitter",
            backoff: old_default,
            reports: Reports::Nothing,
        },
        Schedule {
            name: "(b) new default: equal jitter",
            backoff: new_default,
            reports: Reports::Nothing,
        },
        Schedule {
            name: "no jitter (reference)",
            backoff: unjittered,
            reports: Reports::Nothing,
        },
        Schedule {
            name: "(c) new default + linear progress",
            backoff: new_default,
            reports: Reports::Linear,
        },
        Schedule {
            name: "(d) … + progress ±20 % noise",
            backoff: new_default,
            reports: Reports::Noisy,
        },
        Schedule {
            name: "(e) … + progress in whole %",
            backoff: new_default,
            reports: Reports::Percent,
        },
        Schedule {
            name: "(f) … + linear progress, started 5 s before",
            backoff: new_default,
            reports: Reports::Late,
        },
    ];

    println!(
        "{OPERATIONS} operations of 1 s to 1 h (log-uniform) per schedule, 1 s → 30 s exponential;"
    );
    println!("each cell: mean fetches / mean lag / mean lag × fetches / duration\n");
    println!("| schedule | 1–10 s | 10–100 s | 100–1000 s | 1000–3600 s | all |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let mut all = Vec::new();
    for schedule in &schedules {
        let sums = costs(schedule);
        let cells: Vec<_> = sums.iter().map(Sums::cell).collect();
        println!("| {} | {} |", schedule.name, cells.join(" | "));
        all.push(sums[4].cost());
    }
    println!(
        "\nnew default against old: {:+.0} % cost; progress-aware (linear): {:.2}",
        (all[1] / all[0] - 1.0) * 100.0,
        all[3]
    );

    let ks = [2, 3, 4, 6, 10, 25];
    println!(
        "\n{CLIENTS} clients started together, 25 fetches each: the k-th fetch's time (min–max),"
    );
    println!("and over every fetch after the first, the most in 100 ms and the share near another client's\n");
    let header: Vec<_> = ks.iter().map(|k| format!("k = {k}")).collect();
    println!(
        "| schedule | {} | most in 100 ms | within 100 ms of another |",
        header.join(" | ")
    );
    println!("| --- |{} --- | --- |", " --- |".repeat(ks.len()));
    for (name, backoff) in [
        ("no jitter", unjittered as fn(u64) -> Backoff),
        ("old default: full jitter", old_default),
        ("new default: equal jitter", new_default),
    ] {
        let (ranges, peak, near) = spread(&fetch_times(backoff), &ks);
        let ranges: Vec<_> = ranges
            .iter()
            .map(|(min, max)| format!("{min:.1}–{max:.1} s"))
            .collect();
        println!(
            "| {name} | {} | {peak} | {:.0} % |",
            ranges.join(" | "),
            near * 100.0
        );
    }
    println!("\n({:.1} s)", started.elapsed().as_secs_f64());
}
