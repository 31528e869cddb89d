//! Compile time of N response types: `#[operation_response]` against the same
//! types written by hand with serde + garde 0.23, as a user would today.
//!
//! ```sh
//! cargo run --release -p operation-response-bench --bin compile-bench -- [--types N] [--rounds R] [--clean] [--schemars]
//! ```
//!
//! Two library crates are generated under `target/compile-bench/` (`ours` and
//! `garde`, each its own workspace, one shared target dir), their
//! dependencies built once, then each round touches `src/lib.rs` and times
//! `cargo build` and `cargo check` (dev profile, `CARGO_INCREMENTAL=0`),
//! alternating which crate goes first so that machine drift cancels. Peak
//! memory is the largest process of the build (rustc), read with
//! `/usr/bin/time -f %M`. With `--clean`, the dependency sets alone
//! (operation-response; serde + serde_derive; serde + garde) are built from an
//! empty target dir and their dependency graphs are checked for `syn` majors
//! and build scripts.
//!
//! With `--schemars`, the same types with JSON Schema as well, in their own
//! crates (`ours-schemars`, `garde-schemars`): ours depends on
//! operation-response with `features = ["schemars"]`, the peer also on
//! `schemars = { version = "1", features = ["derive"] }` and derives
//! `schemars::JsonSchema` on every type, next to serde and garde (schemars'
//! derive reads the `#[serde]` and `#[garde]` attributes itself). The sources
//! of ours are the same in both modes, and without the flag the generated
//! crates are exactly those of before the flag existed.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Instant, SystemTime};

const USAGE: &str = "\
usage: cargo run --release -p operation-response-bench --bin compile-bench -- [--types N] [--rounds R] [--clean] [--schemars]

  --types N    response types in each generated crate (default 200)
  --rounds R   measured rounds, alternating ours and serde+garde (default 3)
  --clean      also time a clean build of each dependency set alone
               (operation-response; serde + serde_derive; serde + garde)
  --schemars   JSON Schema too, in crates of their own: ours with
               operation-response's feature `schemars`, the peer with
               `#[derive(schemars::JsonSchema)]` on every type next to serde
               and garde (and in ours' and the peer's dependency sets of --clean)";

/// How many lines of a failing command's stderr to show.
const STDERR_TAIL: usize = 40;

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args_os().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("compile-bench: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\ncompile-bench: error: {message}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------
// Arguments

#[derive(Debug, PartialEq)]
struct Args {
    types: usize,
    rounds: usize,
    clean: bool,
    /// JSON Schema too: `--schemars`.
    schemars: bool,
}

impl Args {
    /// `Ok(None)` for `--help`.
    fn parse(raw: impl IntoIterator<Item = OsString>) -> Result<Option<Args>, String> {
        let mut args = Args {
            types: 200,
            rounds: 3,
            clean: false,
            schemars: false,
        };
        let mut raw = raw.into_iter();
        while let Some(arg) = raw.next() {
            let arg = arg
                .into_string()
                .map_err(|arg| format!("argument {arg:?} is not UTF-8"))?;
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
                None => (arg, None),
            };
            match name.as_str() {
                "-h" | "--help" => return Ok(None),
                "--clean" if inline.is_none() => args.clean = true,
                "--schemars" if inline.is_none() => args.schemars = true,
                "--types" | "--rounds" => {
                    let value = match inline {
                        Some(value) => value,
                        None => raw
                            .next()
                            .and_then(|v| v.into_string().ok())
                            .ok_or_else(|| format!("{name} needs a number"))?,
                    };
                    let n: usize = value
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("{name}: {value:?} is not a positive number"))?;
                    if name == "--types" {
                        args.types = n;
                    } else {
                        args.rounds = n;
                    }
                }
                _ => return Err(format!("unknown argument {name:?}")),
            }
        }
        Ok(Some(args))
    }
}

// ---------------------------------------------------------------------------
// Where things are, and the tools

struct Paths {
    workspace: PathBuf,
    /// `target/compile-bench`
    root: PathBuf,
}

impl Paths {
    fn find() -> Result<Paths, String> {
        let exe = std::env::current_exe().ok();
        let workspace = [
            Some(PathBuf::from(env!("CARGO_MANIFEST_DIR"))),
            exe.clone(),
            std::env::current_dir().ok(),
        ]
        .into_iter()
        .flatten()
        .find_map(|start| workspace_root(&start))
        .ok_or("cannot find the workspace root (a Cargo.toml with [workspace]) above this package, the executable or the current directory")?;
        let target = match std::env::var_os("CARGO_TARGET_DIR").filter(|v| !v.is_empty()) {
            Some(dir) => {
                let dir = PathBuf::from(dir);
                if dir.is_absolute() {
                    dir
                } else {
                    std::env::current_dir()
                        .map_err(|e| format!("current directory: {e}"))?
                        .join(dir)
                }
            }
            None => exe
                .as_deref()
                .and_then(target_dir_above)
                .unwrap_or_else(|| workspace.join("target")),
        };
        Ok(Paths {
            workspace,
            root: target.join("compile-bench"),
        })
    }
}

fn workspace_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        let manifest = fs::read_to_string(dir.join("Cargo.toml")).ok()?;
        manifest
            .lines()
            .any(|line| line.trim() == "[workspace]")
            .then(|| dir.to_path_buf())
    })
}

/// The target dir holding the running executable: the first ancestor with
/// cargo's `CACHEDIR.TAG` or `.rustc_info.json`.
fn target_dir_above(exe: &Path) -> Option<PathBuf> {
    exe.ancestors()
        .skip(1)
        .find(|dir| dir.join("CACHEDIR.TAG").is_file() || dir.join(".rustc_info.json").is_file())
        .map(Path::to_path_buf)
}

struct Tools {
    cargo: OsString,
    /// GNU time, for the peak RSS of a build; `None` when it is missing.
    time: Option<PathBuf>,
    /// Where `time` writes its figure.
    time_out: PathBuf,
}

impl Tools {
    fn find(paths: &Paths) -> Result<Tools, String> {
        let cargo = std::env::var_os("CARGO")
            .filter(|c| Path::new(c).is_file())
            .unwrap_or_else(|| "cargo".into());
        let version = Command::new(&cargo)
            .arg("--version")
            .current_dir(&paths.root)
            .output()
            .map_err(|e| format!("cannot run {:?}: {e}", cargo.to_string_lossy()))?;
        if !version.status.success() {
            return Err(format!(
                "`cargo --version` failed: {}",
                String::from_utf8_lossy(&version.stderr).trim()
            ));
        }
        println!("{}", String::from_utf8_lossy(&version.stdout).trim());
        let time_out = paths.root.join("peak-rss.txt");
        let time = Path::new("/usr/bin/time");
        let works = time.is_file()
            && Command::new(time)
                .args(["-f", "%M", "-o"])
                .arg(&time_out)
                .arg("true")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
            && read_peak_kib(&time_out).is_some();
        if !works {
            println!(
                "note: peak memory needs GNU time at /usr/bin/time (`apt-get install time`); \
                 measuring wall time only"
            );
        }
        Ok(Tools {
            cargo,
            time: works.then(|| time.to_path_buf()),
            time_out,
        })
    }
}

fn read_peak_kib(file: &Path) -> Option<u64> {
    // GNU time writes "Command exited with non-zero status N" before the
    // figure when the command fails: the figure is the last line.
    fs::read_to_string(file)
        .ok()?
        .lines()
        .rev()
        .find_map(|line| line.trim().parse().ok())
}

// ---------------------------------------------------------------------------
// Running cargo

#[derive(Clone, Copy)]
struct Measurement {
    secs: f64,
    peak_kib: Option<u64>,
}

impl Measurement {
    fn peak_mib(self) -> Option<f64> {
        #[allow(clippy::cast_precision_loss)]
        self.peak_kib.map(|kib| kib as f64 / 1024.0)
    }
}

/// Runs `cargo <args>` in `dir` with `target_dir`, timed; an error carries the
/// tail of its stderr. Returns the measurement and the units cargo compiled.
fn cargo(
    tools: &Tools,
    dir: &Path,
    target_dir: &Path,
    args: &[&str],
) -> Result<(Measurement, Vec<String>), String> {
    let mut command = match &tools.time {
        Some(time) => {
            let _ = fs::remove_file(&tools.time_out);
            let mut c = Command::new(time);
            c.args(["-f", "%M", "-o"])
                .arg(&tools.time_out)
                .arg(&tools.cargo);
            c
        }
        None => Command::new(&tools.cargo),
    };
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TERM_COLOR", "never")
        .env("CARGO_TERM_PROGRESS_WHEN", "never")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .stdin(Stdio::null());
    let start = Instant::now();
    let output = command.output();
    let secs = start.elapsed().as_secs_f64();
    let what = format!("`cargo {}` in {}", args.join(" "), dir.display());
    let output = output.map_err(|e| format!("cannot run {what}: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let lines: Vec<&str> = stderr.lines().collect();
        let tail = lines[lines.len().saturating_sub(STDERR_TAIL)..].join("\n");
        let code = output
            .status
            .code()
            .map_or_else(|| "a signal".to_owned(), |c| c.to_string());
        return Err(format!(
            "{what} failed (exit {code}); last lines of its stderr:\n{tail}"
        ));
    }
    let compiled = stderr
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let rest = line
                .strip_prefix("Compiling ")
                .or_else(|| line.strip_prefix("Checking "))?;
            Some(rest.split(' ').next().unwrap_or(rest).to_owned())
        })
        .collect();
    let peak_kib = tools
        .time
        .as_ref()
        .and_then(|_| read_peak_kib(&tools.time_out));
    Ok((Measurement { secs, peak_kib }, compiled))
}

/// Sets the mtime of `file` to now, as `touch` does.
fn touch(file: &Path) -> Result<(), String> {
    fs::File::options()
        .append(true)
        .open(file)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .map_err(|e| format!("touch {}: {e}", file.display()))
}

/// Writes `contents` unless the file already holds exactly that, so that an
/// unchanged crate keeps its mtimes.
fn write_if_changed(file: &Path, contents: &str) -> Result<(), String> {
    if fs::read_to_string(file).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    if let Some(dir) = file.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    }
    fs::write(file, contents).map_err(|e| format!("write {}: {e}", file.display()))
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(format!("remove {}: {e}", dir.display())),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------
// The generated crates

/// A generated crate: `dir/Cargo.toml`, `dir/src/lib.rs`.
struct Crate {
    label: &'static str,
    dir: PathBuf,
}

impl Crate {
    fn lib(&self) -> PathBuf {
        self.dir.join("src").join("lib.rs")
    }

    /// Writes the crate. The workspace's `Cargo.lock` seeds a new one, so that
    /// the shared dependencies (serde, syn …) are the versions the workspace
    /// builds with.
    fn write(&self, paths: &Paths, manifest: &str, lib: &str) -> Result<(), String> {
        write_if_changed(&self.dir.join("Cargo.toml"), manifest)?;
        write_if_changed(&self.lib(), lib)?;
        let lock = self.dir.join("Cargo.lock");
        if !lock.exists() {
            if let Ok(seed) = fs::read_to_string(paths.workspace.join("Cargo.lock")) {
                write_if_changed(&lock, &seed)?;
            }
        }
        Ok(())
    }
}

fn manifest(name: &str, deps: &str) -> String {
    format!(
        "# Generated by compile-bench; rewritten on every run.\n\
         [package]\n\
         name = \"{name}\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\n\
         # Not part of the operation-response workspace.\n\
         [workspace]\n\n\
         [lib]\n\
         path = \"src/lib.rs\"\n\n\
         [dependencies]\n\
         {deps}"
    )
}

/// operation-response from this workspace; with `schemars`, its feature of
/// that name on.
fn ours_dep(paths: &Paths, schemars: bool) -> String {
    // A TOML basic string: escape what a path may hold.
    let runtime = paths.workspace.join("runtime");
    let runtime = runtime
        .to_string_lossy()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let features = if schemars {
        ", features = [\"schemars\"]"
    } else {
        ""
    };
    format!("operation-response = {{ path = \"{runtime}\"{features} }}\n")
}

const SERDE_DEP: &str = "serde = { version = \"1\", features = [\"derive\"] }\n";
const GARDE_DEP: &str = "garde = { version = \"0.23\", features = [\"derive\"] }\n";
/// What a user adds to derive `JsonSchema` (schemars 1, as the feature of
/// operation-response uses).
const SCHEMARS_DEP: &str = "schemars = { version = \"1\", features = [\"derive\"] }\n";

/// The peer's dependencies: serde + garde, and with `schemars` schemars too.
fn garde_deps(schemars: bool) -> String {
    let schemars = if schemars { SCHEMARS_DEP } else { "" };
    format!("{SERDE_DEP}{GARDE_DEP}{schemars}")
}

/// The generated crates of a mode: directory and package name of ours and of
/// the peer, and the peer's label. The schemars mode has crates of its own,
/// so that neither mode rewrites (and so rebuilds) the other's.
struct Names {
    ours_dir: &'static str,
    ours_package: &'static str,
    peer_dir: &'static str,
    peer_package: &'static str,
    peer_label: &'static str,
}

fn names(schemars: bool) -> Names {
    if schemars {
        Names {
            ours_dir: "ours-schemars",
            ours_package: "compile-bench-ours-schemars",
            peer_dir: "garde-schemars",
            peer_package: "compile-bench-garde-schemars",
            peer_label: "garde+schemars",
        }
    } else {
        Names {
            ours_dir: "ours",
            ours_package: "compile-bench-ours",
            peer_dir: "garde",
            peer_package: "compile-bench-garde",
            peer_label: "serde+garde",
        }
    }
}

/// The shape of type `i`: four kinds, cycled, with small variations within.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    /// Enum form: a status-discriminated union.
    Union,
    /// Struct form: four statuses, bounds, a nested error required when failed.
    Body,
    /// Struct form: five statuses, `forbidden_when`, `required_when` of two.
    Run,
    /// Struct form: one status, a `Vec` of nested models.
    Start,
}

fn kind(i: usize) -> Kind {
    match i % 4 {
        0 => Kind::Union,
        1 => Kind::Body,
        2 => Kind::Run,
        _ => Kind::Start,
    }
}

/// Whether union `i` has a fourth variant with a bounded field.
fn union_has_running(i: usize) -> bool {
    i % 8 == 0
}

fn ours_lib(types: usize) -> String {
    let mut s = format!(
        "//! Generated by compile-bench: {types} response types with operation-response.\n\n\
         use operation_response::{{operation_response, response_model}};\n"
    );
    for i in 0..types {
        // `write!` to a String cannot fail.
        let _ = match kind(i) {
            Kind::Union => {
                let running = if union_has_running(i) {
                    "    Running {\n        #[response(min = 0, max = 100)]\n        progress: u32,\n    },\n"
                } else {
                    ""
                };
                write!(
                    s,
                    r#"
#[operation_response(terminal = ["done", "failed"], failure = ["failed"])]
pub enum Union{i}Response {{
    Done {{
        #[response(min_length = 3)]
        id: String,
    }},
    Pending,
{running}    Failed {{ message: String }},
}}
"#
                )
            }
            Kind::Body => write!(
                s,
                r#"
#[operation_response(
    status = ["pending", "running", "done", "failed"],
    terminal = ["done", "failed"],
    failure = ["failed"],
)]
pub struct Body{i}ResponseBody {{
    #[response(min_length = 3)]
    pub id: String,
    #[response(min = 0, max = 100)]
    pub progress: Option<u32>,
    #[response(required_when = "failed")]
    pub error: Option<Error{i}>,
    pub tags: Vec<String>,
}}
{error}"#,
                error = ours_error(i)
            ),
            Kind::Run => write!(
                s,
                r#"
#[operation_response(
    status = ["queued", "in_progress", "succeeded", "canceled", "failed"],
    terminal = ["succeeded", "canceled", "failed"],
    failure = ["canceled", "failed"],
)]
pub struct Run{i}ResponseBody {{
    #[response(min_length = 1, max_length = 64)]
    pub run_id: String,
    #[response(min = 1)]
    pub attempt: u32,
    #[response(forbidden_when = "queued")]
    pub started_at: Option<String>,
    #[response(required_when = ["canceled", "failed"])]
    pub error: Option<Error{i}>,
}}
{error}"#,
                error = ours_error(i)
            ),
            Kind::Start => write!(
                s,
                r#"
#[operation_response(status = "started")]
pub struct Start{i}ResponseBody {{
    #[response(non_empty)]
    pub operation_id: String,
    pub items: Vec<Item{i}>,
}}

#[response_model]
pub struct Item{i} {{
    #[response(min_length = 2)]
    pub name: String,
    #[response(max = 1000)]
    pub count: Option<u64>,
}}
"#
            ),
        };
    }
    s
}

fn ours_error(i: usize) -> String {
    format!(
        r"
#[response_model]
pub struct Error{i} {{
    #[response(non_empty)]
    pub message: String,
    pub code: Option<String>,
}}
"
    )
}

const GARDE_PRELUDE: &str = r#"
/// `required_when`: the field must be present when the status is one of `when`.
pub fn required_when<'a, T, S: PartialEq>(
    status: &'a S,
    when: &'a [S],
) -> impl FnOnce(&Option<T>, &()) -> garde::Result + 'a {
    move |value, _| {
        if value.is_none() && when.contains(status) {
            Err(garde::Error::new("required for this status"))
        } else {
            Ok(())
        }
    }
}

/// `forbidden_when`: the field must be absent when the status is one of `when`.
pub fn forbidden_when<'a, T, S: PartialEq>(
    status: &'a S,
    when: &'a [S],
) -> impl FnOnce(&Option<T>, &()) -> garde::Result + 'a {
    move |value, _| {
        if value.is_some() && when.contains(status) {
            Err(garde::Error::new("forbidden for this status"))
        } else {
            Ok(())
        }
    }
}
"#;

/// The peer's source; with `schemars`, every type also derives
/// `schemars::JsonSchema`.
fn garde_lib(types: usize, schemars: bool) -> String {
    let (with, json_schema) = if schemars {
        (" + schemars", ", schemars::JsonSchema")
    } else {
        ("", "")
    };
    let mut s = format!(
        "//! Generated by compile-bench: {types} response types by hand with serde + garde{with}.\n\
         {GARDE_PRELUDE}"
    );
    let derive = format!(
        "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, garde::Validate{json_schema})]"
    );
    let derive = derive.as_str();
    let status_derive = format!(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize{json_schema})]"
    );
    let status_derive = status_derive.as_str();
    let skip_none = "#[serde(default, skip_serializing_if = \"Option::is_none\")]";
    for i in 0..types {
        let _ = match kind(i) {
            Kind::Union => {
                let running = if union_has_running(i) {
                    "    Running {\n        #[garde(range(min = 0, max = 100))]\n        progress: u32,\n    },\n"
                } else {
                    ""
                };
                write!(
                    s,
                    r#"
{derive}
#[serde(tag = "status", rename_all = "snake_case", rename_all_fields = "camelCase")]
pub enum Union{i}Response {{
    Done {{
        #[garde(length(min = 3))]
        id: String,
    }},
    Pending,
{running}    Failed {{
        #[garde(skip)]
        message: String,
    }},
}}

impl Union{i}Response {{
    pub const fn is_terminal(&self) -> bool {{
        matches!(self, Self::Done {{ .. }} | Self::Failed {{ .. }})
    }}
    pub const fn is_failure(&self) -> bool {{
        matches!(self, Self::Failed {{ .. }})
    }}
}}
"#
                )
            }
            Kind::Body => write!(
                s,
                r#"
{status_derive}
#[serde(rename_all = "snake_case")]
pub enum Body{i}Status {{
    Pending,
    Running,
    Done,
    Failed,
}}

impl Body{i}Status {{
    pub const fn is_terminal(self) -> bool {{
        matches!(self, Self::Done | Self::Failed)
    }}
    pub const fn is_failure(self) -> bool {{
        matches!(self, Self::Failed)
    }}
}}

{derive}
#[serde(rename_all = "camelCase")]
pub struct Body{i}ResponseBody {{
    #[garde(skip)]
    pub status: Body{i}Status,
    #[garde(length(min = 3))]
    pub id: String,
    {skip_none}
    #[garde(range(min = 0, max = 100))]
    pub progress: Option<u32>,
    {skip_none}
    #[garde(dive, custom(required_when(&self.status, &[Body{i}Status::Failed])))]
    pub error: Option<Error{i}>,
    #[garde(skip)]
    pub tags: Vec<String>,
}}
{error}"#,
                error = garde_error(i, derive, skip_none)
            ),
            Kind::Run => write!(
                s,
                r#"
{status_derive}
#[serde(rename_all = "snake_case")]
pub enum Run{i}Status {{
    Queued,
    InProgress,
    Succeeded,
    Canceled,
    Failed,
}}

impl Run{i}Status {{
    pub const fn is_terminal(self) -> bool {{
        matches!(self, Self::Succeeded | Self::Canceled | Self::Failed)
    }}
    pub const fn is_failure(self) -> bool {{
        matches!(self, Self::Canceled | Self::Failed)
    }}
}}

{derive}
#[serde(rename_all = "camelCase")]
pub struct Run{i}ResponseBody {{
    #[garde(skip)]
    pub status: Run{i}Status,
    #[garde(length(min = 1, max = 64))]
    pub run_id: String,
    #[garde(range(min = 1))]
    pub attempt: u32,
    {skip_none}
    #[garde(custom(forbidden_when(&self.status, &[Run{i}Status::Queued])))]
    pub started_at: Option<String>,
    {skip_none}
    #[garde(dive, custom(required_when(&self.status, &[Run{i}Status::Canceled, Run{i}Status::Failed])))]
    pub error: Option<Error{i}>,
}}
{error}"#,
                error = garde_error(i, derive, skip_none)
            ),
            Kind::Start => write!(
                s,
                r#"
{status_derive}
#[serde(rename_all = "snake_case")]
pub enum Start{i}Status {{
    Started,
}}

{derive}
#[serde(rename_all = "camelCase")]
pub struct Start{i}ResponseBody {{
    #[garde(skip)]
    pub status: Start{i}Status,
    #[garde(length(min = 1))]
    pub operation_id: String,
    #[garde(dive)]
    pub items: Vec<Item{i}>,
}}

{derive}
#[serde(rename_all = "camelCase")]
pub struct Item{i} {{
    #[garde(length(min = 2))]
    pub name: String,
    {skip_none}
    #[garde(range(max = 1000))]
    pub count: Option<u64>,
}}
"#
            ),
        };
    }
    s
}

fn garde_error(i: usize, derive: &str, skip_none: &str) -> String {
    format!(
        r#"
{derive}
#[serde(rename_all = "camelCase")]
pub struct Error{i} {{
    #[garde(length(min = 1))]
    pub message: String,
    {skip_none}
    #[garde(skip)]
    pub code: Option<String>,
}}
"#
    )
}

// ---------------------------------------------------------------------------
// The run

fn run(args: &Args) -> Result<(), String> {
    let paths = Paths::find()?;
    fs::create_dir_all(&paths.root).map_err(|e| format!("create {}: {e}", paths.root.display()))?;
    let tools = Tools::find(&paths)?;
    if let Some(wrapper) = std::env::var_os("RUSTC_WRAPPER").filter(|w| !w.is_empty()) {
        println!(
            "warning: RUSTC_WRAPPER={} is set; a compiler cache makes these figures meaningless",
            wrapper.to_string_lossy()
        );
    }
    println!(
        "workspace {}, {} cores",
        paths.workspace.display(),
        std::thread::available_parallelism().map_or(0, std::num::NonZero::get)
    );
    println!("generated crates in {}", paths.root.display());

    let load_before = load_average();
    let clean = if args.clean {
        Some(clean_builds(args, &paths, &tools)?)
    } else {
        None
    };
    let incremental = incremental_builds(args, &paths, &tools)?;
    let load_after = load_average();

    println!();
    if let (Some(before), Some(after)) = (load_before, load_after) {
        println!(
            "load average (1 min) before / after: {before} / {after} on {} cores; \
             other work on the machine inflates both columns",
            std::thread::available_parallelism().map_or(0, std::num::NonZero::get)
        );
        println!();
    }
    if let Some(clean) = &clean {
        println!("{}", clean.table(args.rounds));
    }
    println!("{}", incremental.table(args));
    Ok(())
}

/// The 1-minute load average, where the system tells it.
fn load_average() -> Option<String> {
    let load = fs::read_to_string("/proc/loadavg").ok()?;
    load.split_whitespace().next().map(str::to_owned)
}

/// Measurements of ours against the peer for each step, one per round.
struct Incremental {
    lines: (usize, usize),
    steps: Vec<(&'static str, Vec<(Measurement, Measurement)>)>,
    /// Rounds in which cargo compiled more than the crate itself.
    rebuilt: Vec<String>,
    /// `serde+garde`, or `garde+schemars` with `--schemars`.
    peer: &'static str,
}

fn incremental_builds(args: &Args, paths: &Paths, tools: &Tools) -> Result<Incremental, String> {
    let names = names(args.schemars);
    let ours = Crate {
        label: "ours",
        dir: paths.root.join(names.ours_dir),
    };
    let garde = Crate {
        label: names.peer_label,
        dir: paths.root.join(names.peer_dir),
    };
    let ours_src = ours_lib(args.types);
    let garde_src = garde_lib(args.types, args.schemars);
    ours.write(
        paths,
        &manifest(names.ours_package, &ours_dep(paths, args.schemars)),
        &ours_src,
    )?;
    garde.write(
        paths,
        &manifest(names.peer_package, &garde_deps(args.schemars)),
        &garde_src,
    )?;
    let lines = (ours_src.lines().count(), garde_src.lines().count());
    println!(
        "\n{} types: ours {} lines, {} {} lines",
        args.types, lines.0, names.peer_label, lines.1
    );
    if args.schemars {
        println!(
            "with JSON Schema: ours with operation-response's feature `schemars`, \
             the peer with #[derive(schemars::JsonSchema)] on every type"
        );
    }
    let width = names.peer_label.len().max(12);

    let target = paths.root.join("target");
    println!(
        "building the dependencies once (shared target dir {})",
        target.display()
    );
    for krate in [&ours, &garde] {
        for step in ["build", "check"] {
            let (m, _) = cargo(tools, &krate.dir, &target, &[step])
                .map_err(|e| format!("warming {}: {e}", krate.label))?;
            println!(
                "  {:<width$} cargo {step:<6} {:>7.2} s",
                krate.label, m.secs
            );
        }
    }

    let steps = ["build", "check"];
    let mut results: Vec<Vec<(Measurement, Measurement)>> = vec![Vec::new(); steps.len()];
    let mut rebuilt = Vec::new();
    for round in 0..args.rounds {
        // Alternate which goes first, so that drift cancels.
        let order = if round % 2 == 0 {
            [(&ours, true), (&garde, false)]
        } else {
            [(&garde, false), (&ours, true)]
        };
        let mut this_round: Vec<[Option<Measurement>; 2]> = vec![[None; 2]; steps.len()];
        for (krate, is_ours) in order {
            for (s, step) in steps.iter().enumerate() {
                touch(&krate.lib())?;
                let (m, compiled) = cargo(tools, &krate.dir, &target, &[step])
                    .map_err(|e| format!("round {} of {}: {e}", round + 1, krate.label))?;
                if compiled.len() != 1 {
                    rebuilt.push(format!(
                        "round {} {} cargo {step} compiled {}",
                        round + 1,
                        krate.label,
                        compiled.join(", ")
                    ));
                }
                println!(
                    "round {}/{}  {:<width$} cargo {step:<6} {:>7.2} s  {}",
                    round + 1,
                    args.rounds,
                    krate.label,
                    m.secs,
                    m.peak_mib()
                        .map_or_else(String::new, |mib| format!("{mib:.0} MiB peak"))
                );
                this_round[s][usize::from(!is_ours)] = Some(m);
            }
        }
        for (s, pair) in this_round.into_iter().enumerate() {
            if let [Some(o), Some(g)] = pair {
                results[s].push((o, g));
            }
        }
    }
    Ok(Incremental {
        lines,
        steps: steps.into_iter().zip(results).collect(),
        rebuilt,
        peer: names.peer_label,
    })
}

impl Incremental {
    fn table(&self, args: &Args) -> String {
        let mut t = String::new();
        let _ = writeln!(
            t,
            "compile time, {} types ({} / {} lines){}, dev profile, CARGO_INCREMENTAL=0, dependencies prebuilt, \
             median of {} alternating round{}",
            args.types,
            self.lines.0,
            self.lines.1,
            if args.schemars {
                ", with JSON Schema (feature `schemars` / derive(JsonSchema))"
            } else {
                ""
            },
            args.rounds,
            if args.rounds == 1 { "" } else { "s" }
        );
        let peer_width = self.peer.len().max(13);
        let _ = writeln!(
            t,
            "{:<13} {:>9} {:>peer_width$} {:>7}   {:>22} {:>7}",
            "step", "ours", self.peer, "ratio", "peak MiB ours / garde", "ratio"
        );
        for (step, pairs) in &self.steps {
            let ours: Vec<f64> = pairs.iter().map(|p| p.0.secs).collect();
            let peer: Vec<f64> = pairs.iter().map(|p| p.1.secs).collect();
            let ratios: Vec<f64> = pairs.iter().map(|p| p.0.secs / p.1.secs).collect();
            let mem: Vec<(f64, f64)> = pairs
                .iter()
                .filter_map(|p| Some((p.0.peak_mib()?, p.1.peak_mib()?)))
                .collect();
            let (mem_cell, mem_ratio) = if mem.len() == pairs.len() && !mem.is_empty() {
                let o = median(mem.iter().map(|m| m.0).collect());
                let g = median(mem.iter().map(|m| m.1).collect());
                let r = median(mem.iter().map(|m| m.0 / m.1).collect());
                (format!("{o:.0} / {g:.0}"), format!("{r:.2}x"))
            } else {
                ("n/a".to_owned(), "n/a".to_owned())
            };
            let _ = writeln!(
                t,
                "{:<13} {:>9} {:>peer_width$} {:>7}   {:>22} {:>7}",
                format!("cargo {step}"),
                format!("{:.2} s", median(ours)),
                format!("{:.2} s", median(peer)),
                format!("{:.2}x", median(ratios)),
                mem_cell,
                mem_ratio
            );
        }
        let _ = write!(
            t,
            "ratio: median of the per-round ratios ours / {}, below 1.00x ours is faster; \
             peak: largest process of the build (rustc), by /usr/bin/time",
            self.peer
        );
        for note in &self.rebuilt {
            let _ = write!(
                t,
                "\nwarning: {note}: a dependency was rebuilt during the round"
            );
        }
        t
    }
}

/// Clean builds of each dependency set alone, and their graphs.
struct Clean {
    /// label, one measurement per round
    sets: Vec<(&'static str, Vec<Measurement>)>,
    graphs: Vec<(&'static str, Result<Graph, String>)>,
}

fn clean_builds(args: &Args, paths: &Paths, tools: &Tools) -> Result<Clean, String> {
    let (ours, garde) = if args.schemars {
        (
            ("operation-response[schemars]", "dep-ours-schemars"),
            ("serde + garde + schemars", "dep-garde-schemars"),
        )
    } else {
        (
            ("operation-response", "dep-ours"),
            ("serde + garde", "dep-garde"),
        )
    };
    let sets = [
        (ours.0, ours.1, ours_dep(paths, args.schemars)),
        ("serde + serde_derive", "dep-serde", SERDE_DEP.to_owned()),
        (garde.0, garde.1, garde_deps(args.schemars)),
    ];
    let lib = "//! Generated by compile-bench: a dependency set alone.\n";
    let mut crates = Vec::new();
    println!("\nclean builds of each dependency set alone");
    for (label, name, deps) in &sets {
        let krate = Crate {
            label,
            dir: paths.root.join("clean").join(name),
        };
        krate.write(
            paths,
            &manifest(&format!("compile-bench-{name}"), deps),
            lib,
        )?;
        // Download first: only the build is timed.
        let fetch_target = paths.root.join("clean-target").join("fetch");
        cargo(tools, &krate.dir, &fetch_target, &["fetch"])
            .map_err(|e| format!("fetching {label}: {e}"))?;
        crates.push(krate);
    }
    let graphs = crates
        .iter()
        .map(|k| (k.label, dependency_graph(tools, &k.dir)))
        .collect();

    let w = crates
        .iter()
        .map(|k| k.label.len())
        .max()
        .unwrap_or(0)
        .max(21);
    let mut results: Vec<Vec<Measurement>> = vec![Vec::new(); crates.len()];
    for round in 0..args.rounds {
        let mut order: Vec<usize> = (0..crates.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for c in order {
            let krate = &crates[c];
            let target = paths.root.join("clean-target").join(c.to_string());
            remove_dir(&target)?;
            let (m, _) = cargo(tools, &krate.dir, &target, &["build"])
                .map_err(|e| format!("clean build of {}: {e}", krate.label))?;
            remove_dir(&target)?;
            println!(
                "round {}/{}  {:<w$} clean cargo build {:>7.2} s  {}",
                round + 1,
                args.rounds,
                krate.label,
                m.secs,
                m.peak_mib()
                    .map_or_else(String::new, |mib| format!("{mib:.0} MiB peak"))
            );
            results[c].push(m);
        }
    }
    Ok(Clean {
        sets: crates.iter().map(|k| k.label).zip(results).collect(),
        graphs,
    })
}

impl Clean {
    fn table(&self, rounds: usize) -> String {
        let mut t = String::new();
        let _ = writeln!(
            t,
            "clean build of each dependency set alone, empty target dir, dev profile, {} of {rounds} round{}",
            if rounds == 1 { "one" } else { "median" },
            if rounds == 1 { "" } else { "s" }
        );
        let w = self
            .sets
            .iter()
            .map(|s| s.0.len())
            .max()
            .unwrap_or(0)
            .max(22);
        let _ = writeln!(
            t,
            "{:<w$} {:>9} {:>11} {:>9} {:>9}",
            "dependencies", "time", "ours / set", "peak MiB", "crates"
        );
        let ours = self.sets.first().map(|s| median(secs(&s.1)));
        for ((label, ms), (_, graph)) in self.sets.iter().zip(&self.graphs) {
            let time = median(secs(ms));
            let peak: Vec<f64> = ms.iter().filter_map(|m| m.peak_mib()).collect();
            let _ = writeln!(
                t,
                "{:<w$} {:>9} {:>11} {:>9} {:>9}",
                label,
                format!("{time:.2} s"),
                ours.map_or_else(|| "n/a".to_owned(), |o| format!("{:.2}x", o / time)),
                if peak.len() == ms.len() && !peak.is_empty() {
                    format!("{:.0}", median(peak))
                } else {
                    "n/a".to_owned()
                },
                graph
                    .as_ref()
                    .map_or_else(|_| "n/a".to_owned(), |g| g.packages.len().to_string())
            );
        }
        for (label, graph) in &self.graphs {
            let _ = writeln!(t, "{label:<w$} {}", Graph::describe(graph));
        }
        t
    }
}

fn secs(ms: &[Measurement]) -> Vec<f64> {
    ms.iter().map(|m| m.secs).collect()
}

/// The packages a crate builds (normal and build dependencies, this host), as
/// `cargo tree` lists them, and which of them have a build script.
struct Graph {
    packages: BTreeSet<(String, String)>,
    /// Build scripts of path dependencies (operation-response's own crates).
    own_build_scripts: Vec<String>,
    /// Build scripts of registry dependencies.
    build_scripts: Vec<String>,
}

fn dependency_graph(tools: &Tools, dir: &Path) -> Result<Graph, String> {
    let run = |args: &[&str]| -> Result<String, String> {
        let out = Command::new(&tools.cargo)
            .args(args)
            .current_dir(dir)
            .env("CARGO_TERM_COLOR", "never")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run cargo {}: {e}", args.join(" ")))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let lines: Vec<&str> = stderr.lines().collect();
            Err(format!(
                "cargo {} failed: {}",
                args.join(" "),
                lines[lines.len().saturating_sub(5)..].join(" / ")
            ))
        }
    };
    let tree = run(&["tree", "-e", "normal,build", "--prefix", "none"])?;
    let root = tree.lines().next().and_then(parse_tree_line);
    let packages: BTreeSet<(String, String)> = tree
        .lines()
        .filter_map(parse_tree_line)
        .filter(|p| Some(p) != root.as_ref())
        .collect();
    let metadata = run(&["metadata", "--format-version", "1"])?;
    let metadata: serde_json::Value =
        serde_json::from_str(&metadata).map_err(|e| format!("cargo metadata: {e}"))?;
    let mut build_scripts = Vec::new();
    let mut own_build_scripts = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let (Some(name), Some(version)) = (package["name"].as_str(), package["version"].as_str())
        else {
            continue;
        };
        if !packages.contains(&(name.to_owned(), version.to_owned())) {
            continue;
        }
        let has_build_script = package["targets"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|t| t["kind"].as_array().into_iter().flatten())
            .any(|k| k.as_str() == Some("custom-build"));
        if has_build_script {
            let list = if package["source"].is_null() {
                &mut own_build_scripts
            } else {
                &mut build_scripts
            };
            list.push(format!("{name} v{version}"));
        }
    }
    Ok(Graph {
        packages,
        own_build_scripts,
        build_scripts,
    })
}

/// `serde v1.0.229`, `operation-response v0.1.0 (/path)`, `syn v3.0.10 (*)`.
fn parse_tree_line(line: &str) -> Option<(String, String)> {
    let mut words = line.split_whitespace();
    let name = words.next()?;
    let version = words.next()?.strip_prefix('v')?;
    Some((name.to_owned(), version.to_owned()))
}

impl Graph {
    fn syn_majors(&self) -> BTreeMap<String, Vec<String>> {
        let mut majors: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, version) in &self.packages {
            if name == "syn" {
                let mut parts = version.split('.');
                let major = match parts.next() {
                    Some("0") => format!("0.{}", parts.next().unwrap_or("?")),
                    Some(m) => m.to_owned(),
                    None => "?".to_owned(),
                };
                majors.entry(major).or_default().push(version.clone());
            }
        }
        majors
    }

    fn describe(graph: &Result<Graph, String>) -> String {
        let g = match graph {
            Ok(g) => g,
            Err(e) => return format!("dependency graph unavailable: {e}"),
        };
        let majors = g.syn_majors();
        let syn = match majors.len() {
            0 => "no syn".to_owned(),
            n => format!(
                "{n} syn major{} ({}){}",
                if n == 1 { "" } else { "s" },
                majors
                    .values()
                    .flatten()
                    .map(|v| format!("v{v}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if n == 1 { ": exactly one" } else { "" }
            ),
        };
        let list = |scripts: &[String]| {
            if scripts.is_empty() {
                "none".to_owned()
            } else {
                scripts.join(", ")
            }
        };
        let own = if g
            .packages
            .iter()
            .any(|(name, _)| name.starts_with("operation-response"))
        {
            format!(
                "; build scripts in operation-response's own crates: {}",
                list(&g.own_build_scripts)
            )
        } else {
            String::new()
        };
        format!("{syn}{own}; in registry crates: {}", list(&g.build_scripts))
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Args>, String> {
        Args::parse(args.iter().map(OsString::from))
    }

    #[test]
    fn arguments() {
        assert_eq!(
            parse(&[]),
            Ok(Some(Args {
                types: 200,
                rounds: 3,
                clean: false,
                schemars: false
            }))
        );
        assert_eq!(
            parse(&["--types", "10", "--rounds=1", "--clean", "--schemars"]),
            Ok(Some(Args {
                types: 10,
                rounds: 1,
                clean: true,
                schemars: true
            }))
        );
        assert!(parse(&["--schemars=yes"]).is_err());
        assert_eq!(parse(&["--help"]), Ok(None));
        assert!(parse(&["--types"]).is_err());
        assert!(parse(&["--types", "0"]).is_err());
        assert!(parse(&["--rounds", "x"]).is_err());
        assert!(parse(&["--fast"]).is_err());
    }

    #[test]
    fn medians() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(Vec::new()).is_nan());
    }

    #[test]
    fn tree_lines() {
        assert_eq!(
            parse_tree_line("syn v3.0.10 (*)"),
            Some(("syn".to_owned(), "3.0.10".to_owned()))
        );
        assert_eq!(
            parse_tree_line("operation-response v0.1.0 (/work/main/runtime)"),
            Some(("operation-response".to_owned(), "0.1.0".to_owned()))
        );
        assert_eq!(parse_tree_line(""), None);
    }

    #[test]
    fn generation_is_deterministic_and_varied() {
        assert_eq!(ours_lib(8), ours_lib(8));
        assert_eq!(garde_lib(8, false), garde_lib(8, false));
        assert_eq!(garde_lib(8, true), garde_lib(8, true));
        let ours = ours_lib(8);
        for needle in [
            "pub enum Union0Response",
            "Running {",
            "pub struct Body1ResponseBody",
            "pub struct Run2ResponseBody",
            "pub struct Start3ResponseBody",
            "pub struct Error5",
            "pub enum Union4Response",
        ] {
            assert!(ours.contains(needle), "{needle}");
        }
        assert_eq!(ours.matches("Running {").count(), 1);
        let garde = garde_lib(8, false);
        assert_eq!(
            garde.matches("garde::Validate)]").count(),
            ours.matches("#[operation_response").count()
                + ours.matches("#[response_model]").count()
        );
        assert!(!garde.contains("schemars"));
        // With schemars, every derive of the peer (models and status enums)
        // adds `JsonSchema`, and nothing else changes.
        let with_schemars = garde_lib(8, true);
        let derives = garde.matches("#[derive(").count();
        assert_eq!(
            with_schemars.matches(", schemars::JsonSchema)]").count(),
            derives
        );
        assert_eq!(
            with_schemars
                .replace(", schemars::JsonSchema)]", ")]")
                .replace("serde + garde + schemars.", "serde + garde."),
            garde
        );
    }

    #[test]
    fn manifests() {
        let paths = Paths {
            workspace: PathBuf::from("/w"),
            root: PathBuf::from("/w/target/compile-bench"),
        };
        assert_eq!(
            ours_dep(&paths, false),
            "operation-response = { path = \"/w/runtime\" }\n"
        );
        assert_eq!(
            ours_dep(&paths, true),
            "operation-response = { path = \"/w/runtime\", features = [\"schemars\"] }\n"
        );
        assert_eq!(garde_deps(false), format!("{SERDE_DEP}{GARDE_DEP}"));
        assert_eq!(
            garde_deps(true),
            format!("{SERDE_DEP}{GARDE_DEP}{SCHEMARS_DEP}")
        );
    }
}
