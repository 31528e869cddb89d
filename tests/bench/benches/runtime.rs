//! Parse + validate, ours against the peers, per body: instruction counts
//! per parse under valgrind (deterministic), and time ratios taken
//! interleaved (A, B, A, B …) so that machine drift cancels. Every ratio is
//! against plain serde without validation, measured in the same run.
//!
//! `cargo bench -p operation-response-bench --bench runtime`
//!
//! Ours and the peers model the same bodies with the same data (closed
//! enums), so that every value has the same size: see `src/ours.rs`.
//!
//! Instruction counts need `valgrind` on the PATH; without it only timings
//! are printed. The binary re-runs itself under valgrind with
//! `OR_BENCH_COUNT=case:style:iterations` to count one style.

use operation_response_bench::ours::{
    AzureLikeResponse as OurAzure, RunResponse as OurRun, RunValueResponse as OurRunValue,
    Sink as OurSink, UnionResponse as OurUnion,
};
use operation_response_bench::peers::{alias_peer, garde_peer, plain, tag_peer, validator_peer};
use operation_response_bench::{
    batch, SerdeResult, AZURE, FLAT_FAILED, FLAT_VALUE, SINGLES, SINKS, START,
};
use operation_response_tests::CreateOrUpdateAuthSessionStartResponseBody as OurStart;
use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

type Parse = fn(&str);

fn serde_only<T: serde::de::DeserializeOwned>(body: &str) {
    black_box(serde_json::from_str::<T>(black_box(body)).unwrap());
}

fn with_garde<T: serde::de::DeserializeOwned + garde::Validate<Context = ()>>(body: &str) {
    let value = serde_json::from_str::<T>(black_box(body)).unwrap();
    value.validate().unwrap();
    black_box(value);
}

fn with_validator<T: serde::de::DeserializeOwned + validator::Validate>(body: &str) {
    let value = serde_json::from_str::<T>(black_box(body)).unwrap();
    value.validate().unwrap();
    black_box(value);
}

fn ours_from_json<T: serde::de::DeserializeOwned + operation_response::Validate>(body: &str) {
    black_box(operation_response::from_json::<T>(black_box(body)).unwrap());
}

struct Case {
    name: String,
    bodies: Vec<String>,
    /// The first style is the floor.
    styles: Vec<(&'static str, Parse)>,
}

fn cases() -> Vec<Case> {
    let mut cases = vec![
        Case {
            name: "start, 58 B".into(),
            bodies: vec![START.into()],
            styles: vec![
                ("plain serde", serde_only::<plain::Start>),
                ("serde+garde", with_garde::<garde_peer::Start>),
                ("serde+validator", with_validator::<validator_peer::Start>),
                ("ours (serde_json)", serde_only::<OurStart>),
                ("ours (from_json)", ours_from_json::<OurStart>),
            ],
        },
        Case {
            name: format!("flat failed + error, {} B", FLAT_FAILED.len()),
            bodies: vec![FLAT_FAILED.into()],
            styles: vec![
                ("plain serde", serde_only::<plain::Run>),
                ("serde+garde", with_garde::<garde_peer::Run>),
                ("serde+validator", with_validator::<validator_peer::Run>),
                ("ours (serde_json)", serde_only::<OurRun>),
                ("ours (from_json)", ours_from_json::<OurRun>),
            ],
        },
        Case {
            name: format!("flat completed + JSON value, {} B", FLAT_VALUE.len()),
            bodies: vec![FLAT_VALUE.into()],
            styles: vec![
                ("plain serde", serde_only::<plain::RunValue>),
                ("serde+garde", with_garde::<garde_peer::RunValue>),
                (
                    "serde+validator",
                    with_validator::<validator_peer::RunValue>,
                ),
                ("ours (serde_json)", serde_only::<OurRunValue>),
                ("ours (from_json)", ours_from_json::<OurRunValue>),
            ],
        },
    ];
    let union_styles: Vec<(&'static str, Parse)> = vec![
        ("serde tag", serde_only::<SerdeResult>),
        ("serde tag+garde", with_garde::<garde_peer::Union>),
        ("ours (serde_json)", serde_only::<OurUnion>),
        ("ours (from_json)", ours_from_json::<OurUnion>),
    ];
    for (status, body) in SINGLES {
        cases.push(Case {
            name: format!("union {status}, {} B", body.len()),
            bodies: vec![(*body).into()],
            styles: union_styles.clone(),
        });
    }
    let mixed = batch(10_000, 10, 0x5eed);
    let average = mixed.iter().map(String::len).sum::<usize>() / mixed.len();
    cases.push(Case {
        name: format!("union batch 10k, 10% last, {average} B"),
        bodies: mixed,
        styles: union_styles.clone(),
    });
    cases.push(Case {
        name: "union batch 2k, all status last".into(),
        bodies: batch(2_000, 100, 0x5eed),
        styles: union_styles,
    });
    let average = AZURE.iter().map(|b| b.len()).sum::<usize>() / AZURE.len();
    cases.push(Case {
        name: format!("aliased / any-case status, 6 bodies, {average} B"),
        bodies: AZURE.iter().map(|b| (*b).to_owned()).collect(),
        styles: vec![
            ("serde alias enum", serde_only::<alias_peer::AzureLike>),
            ("ours (serde_json)", serde_only::<OurAzure>),
            ("ours (from_json)", ours_from_json::<OurAzure>),
        ],
    });
    let average = SINKS.iter().map(|b| b.len()).sum::<usize>() / SINKS.len();
    cases.push(Case {
        name: format!("tagged model, 8 bodies, 2 tag last, {average} B"),
        bodies: SINKS.iter().map(|b| (*b).to_owned()).collect(),
        styles: vec![
            ("serde tag", serde_only::<tag_peer::Sink>),
            ("serde tag+garde", with_garde::<garde_peer::Sink>),
            ("ours (serde_json)", serde_only::<OurSink>),
            ("ours (from_json)", ours_from_json::<OurSink>),
        ],
    });
    cases
}

fn run(parse: Parse, bodies: &[String], passes: usize) {
    for _ in 0..passes {
        for body in bodies {
            parse(body);
        }
    }
}

/// Passes over the case's bodies so that one timed run takes ~20 ms.
fn passes_for(case: &Case) -> usize {
    (20_000 / case.bodies.len()).max(1)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Median over interleaved rounds of time(style) / time(floor).
fn time_ratio(case: &Case, style: Parse) -> f64 {
    let floor = case.styles[0].1;
    let passes = passes_for(case);
    let time = |parse: Parse| {
        let start = Instant::now();
        run(parse, &case.bodies, passes);
        start.elapsed().as_secs_f64()
    };
    time(floor);
    time(style);
    let mut ratios: Vec<f64> = (0..15)
        .map(|round| {
            if round % 2 == 0 {
                let a = time(style);
                a / time(floor)
            } else {
                let b = time(floor);
                time(style) / b
            }
        })
        .collect();
    median(&mut ratios)
}

/// Instructions per parse under valgrind: the difference of two runs with
/// different iteration counts, so that start-up cancels.
fn instructions(case_index: usize, style_index: usize, bodies: usize) -> Option<f64> {
    let exe = std::env::current_exe().ok()?;
    let (low, high) = if bodies > 1 { (1, 2) } else { (500, 2_500) };
    let count = |passes: usize| -> Option<u64> {
        let output = Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg(&exe)
            .env(
                "OR_BENCH_COUNT",
                format!("{case_index}:{style_index}:{passes}"),
            )
            .output()
            .ok()?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let line = stderr
            .lines()
            .find(|l| l.contains("Collected :") || l.contains("I   refs:"))?;
        line.rsplit(':')
            .next()?
            .trim()
            .replace(',', "")
            .parse()
            .ok()
    };
    let (a, b) = (count(low)?, count(high)?);
    Some((b.saturating_sub(a)) as f64 / ((high - low) * bodies) as f64)
}

fn main() {
    let cases = cases();
    if let Ok(spec) = std::env::var("OR_BENCH_COUNT") {
        let parts: Vec<usize> = spec.split(':').filter_map(|p| p.parse().ok()).collect();
        if let [case, style, passes] = parts[..] {
            let case = &cases[case];
            run(case.styles[style].1, &case.bodies, passes);
        }
        return;
    }
    let valgrind = Command::new("valgrind").arg("--version").output().is_ok();
    println!("parse + validate, ratio to the first style of each body (the floor, no validation)");
    println!("instructions: per parse under valgrind; time: median of 15 interleaved rounds\n");
    println!(
        "{:<40} {:<18} {:>12} {:>9} {:>9}",
        "body", "style", "instr/parse", "instr", "time"
    );
    for (case_index, case) in cases.iter().enumerate() {
        let floor_instr = if valgrind {
            instructions(case_index, 0, case.bodies.len())
        } else {
            None
        };
        for (style_index, (style, parse)) in case.styles.iter().enumerate() {
            let instr = if style_index == 0 {
                floor_instr
            } else if valgrind {
                instructions(case_index, style_index, case.bodies.len())
            } else {
                None
            };
            let instr_ratio = match (instr, floor_instr) {
                (Some(i), Some(f)) if f > 0.0 => format!("{:.2}x", i / f),
                _ => "-".into(),
            };
            let time = if style_index == 0 {
                "1.00x".into()
            } else {
                format!("{:.2}x", time_ratio(case, *parse))
            };
            println!(
                "{:<40} {:<18} {:>12} {:>9} {:>9}",
                if style_index == 0 {
                    case.name.as_str()
                } else {
                    ""
                },
                style,
                instr.map_or_else(|| "-".into(), |i| format!("{i:.0}")),
                instr_ratio,
                time
            );
        }
    }
}
