//! Typed, validated response bodies for long-running API operations, from one
//! attribute.
//!
//! A `start` call answers `{"status": "started", "operationId": "…"}`; a
//! `result` call answers `pending`, `in_progress`, `done`, `failed` or
//! `canceled`, each with its own fields. [`operation_response`] turns a terse
//! struct into the full serde-backed body, its closed status enum and its
//! validation, all checked at compile time:
//!
//! ```
//! use operation_response::{from_json, operation_response, OperationResponse};
//!
//! /// Create AuthSession operation started
//! #[operation_response(status = "started")]
//! pub struct CreateOrUpdateAuthSessionStartResponseBody {
//!     pub operation_id: String,
//! }
//!
//! let json = r#"{"status":"started","operationId":"op-123"}"#;
//! let body: CreateOrUpdateAuthSessionStartResponseBody = from_json(json)?;
//! assert_eq!(body.status(), CreateOrUpdateAuthSessionStartStatus::Started);
//! assert_eq!(serde_json::to_string(&body).unwrap(), json);
//!
//! let err = from_json::<CreateOrUpdateAuthSessionStartResponseBody>(
//!     r#"{"status":"finished","operationId":"x"}"#,
//! )
//! .unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "status: unknown variant `finished`, expected `started` at line 1 column 20",
//! );
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! # What the attribute generates
//!
//! For `#[operation_response(status = …)]` on a struct with named fields:
//!
//! - the struct, with a `status` field of the generated status enum first,
//!   `Debug`, `Clone` and `PartialEq` derived next to the user's own derives,
//!   and `Serialize` and `Deserialize` with camelCase keys (`rename_all`);
//!   `Option` fields may be missing or `null` and are left out when `None`;
//! - the status enum (`…Status`): one variant per wire value with
//!   [`OperationStatus`], `as_str`, `KNOWN`, `TERMINAL`, `FAILURE`,
//!   `is_known`, `Display`, `FromStr`, `Copy` when closed, `Default` when only
//!   one value is allowed, and with `open` an `Unknown(String)` variant;
//! - [`OperationResponse`] and [`Validate`]: every field rule is enforced
//!   while deserializing, by [`from_json`], and by [`Validate::validate`].
//!
//! The user's crate needs no `serde` dependency of its own.
//!
//! # The enum form: one shape per status
//!
//! On an enum, each variant is one status, its wire value the variant's name
//! in `status_case` (default `"snake_case"`) or `#[response(status = "…")]`:
//!
//! ```
//! use operation_response::{from_json, operation_response, OperationResponse};
//!
//! #[operation_response(terminal = ["done", "failed"], failure = ["failed"], open)]
//! pub enum JobResultResponse {
//!     Done { #[response(min_length = 3)] auth_session_id: String },
//!     InProgress { run_id: String },
//!     Failed { message: String },
//! }
//!
//! let body: JobResultResponse = from_json(r#"{"status":"in_progress","runId":"r-1"}"#)?;
//! assert_eq!(body.status(), JobResultStatus::InProgress);
//! assert!(!body.is_terminal());
//!
//! // `open`: an unlisted status is kept with its fields, and written back with the same keys and values.
//! let json = r#"{"status":"paused","until":"noon"}"#;
//! let body: JobResultResponse = from_json(json)?;
//! assert!(matches!(&body, JobResultResponse::Unknown { status, .. } if status == "paused"));
//! assert_eq!(serde_json::to_string(&body).unwrap(), json);
//!
//! let err = from_json::<JobResultResponse>(r#"{"authSessionId":"ab","status":"done"}"#).unwrap_err();
//! assert_eq!(err.to_string(), "authSessionId: length 2 is less than the minimum 3");
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! When the status key comes first, the variant's fields are read straight
//! from the input; otherwise only the entries before the status are buffered.
//! `deny_unknown_fields` holds for unit variants too.
//!
//! # Container arguments
//!
//! | argument | meaning | default |
//! | --- | --- | --- |
//! | `status = "v"` / `status = ["a", "b"]` | struct form: the wire values the status may take | required |
//! | `terminal = ["a"]` | statuses after which the operation will not change | none |
//! | `failure = ["a"]` | terminal statuses that mean it did not succeed | none |
//! | `status_enum = Name` | name of the generated status enum | the type's name without `ResponseBody` / `Response`, plus `Status` |
//! | `status_field = "state"` | wire key of the status | `"status"` |
//! | `rename_all = "snake_case"` | wire case of the fields (serde's case names) | `"camelCase"` |
//! | `status_case = "kebab-case"` | enum form: wire case of statuses from variant names | `"snake_case"` |
//! | `open` | unlisted statuses are kept in `Unknown(String)` | closed |
//! | `unknown = "failure"` | with `open`: an unknown status is a terminal failure | not terminal |
//! | `deny_unknown_fields` | unknown keys are an error | ignored |
//! | `alias = ["cancelled" => "canceled"]` | other spellings of listed statuses: they read as the listed one, share its class, and are written as listed | none |
//! | `crate = path` | path of this crate, when renamed | `::operation_response` |
//!
//! On a variant of the enum form, `#[response(status = "…")]` gives its wire
//! value and `#[response(alias = "…")]` (one or a list) other spellings.
//!
//! # Field attributes
//!
//! `#[response(…)]` on a field; `#[serde(…)]` passes through untouched.
//!
//! | attribute | meaning |
//! | --- | --- |
//! | `min_length = N`, `max_length = N`, `length = N`, `non_empty` | length of a string (in chars) or a sequence |
//! | `min = X`, `max = Y` | inclusive numeric bounds (NaN fails any bound) |
//! | `greater_than = X`, `less_than = Y` | exclusive numeric bounds |
//! | `pattern = "^…$"` | the string matches the regular expression, read as ECMA-262 as JSON Schema reads it (feature `pattern`) |
//! | `required_when = "failed"` / `["failed", "canceled"]` | on an `Option<T>`: present when the status is one of these |
//! | `forbidden_when = "pending"` / `["pending", "running"]` | on an `Option<T>`: absent when the status is one of these |
//! | `nested` | accepted for compatibility; it changes nothing, as every field is validated with its parent |
//! | `validate_with = path` | `fn(&T) -> Result<(), String>`, a custom rule |
//! | `rename = "doc_url"` | the field's wire name |
//! | `default`, `default = path` | a missing key takes `Default::default()`, or `path()` |
//! | `required` | on an `Option<T>`: the key must be present, `null` allowed |
//! | `number_as_string` | on an integer (or `Option` of one): reads a number or a decimal string (`"12"`), writes a string; rules apply to the number |
//!
//! A `pattern` means what it means in the schema's `pattern` keyword, which
//! validators read as ECMA-262 (and vendors write for it): parsing matches
//! what ECMA-262 matches, as the macro translates the expression for the
//! `regex` crate — `.` leaves out `\r`, U+2028 and U+2029 as well as `\n`;
//! `\d` is `[0-9]`, `\w` `[A-Za-z0-9_]` (so `é` and `١` are neither); `\s`
//! is ECMA's white space and line terminators (U+FEFF in, U+0085 out); `\b`
//! and `\B` look at those word chars; the negations and bracket classes
//! (`[\d.]`, `[^\s]`) alike. The schema keeps the pattern as written.
//! What ECMA-262 reads otherwise or not at all is a compile error that says
//! what to write: inline flags (`(?i)`), `(?P<name>…)`, `\p{…}`, `\A`,
//! `\z`, `\x{…}`, `\<`, `[[:alpha:]]`, nested classes and `&&`/`--`/`~~`
//! in a class, a class opening with `]`, `{ 2 }`, `a**`. Look-around and
//! backreferences, which the `regex` crate lacks, are errors too.
//!
//! A field whose type implements [`Validate`] is validated with its parent
//! without any attribute, also inside `Option`, `Vec`, `Box`, sets, maps and
//! tuples (`pair[1].message`). A field of a generic type is too: the
//! generated impls bound each type parameter a field uses by `Validate`, as
//! serde bounds it by `Deserialize`, and the runtime implements `Validate`
//! (checking nothing) for the standard payload types (strings, numbers,
//! `bool`, `serde_json::Value`, `Map` and `Number`), so `Job<Progress>`
//! reports `metadata.progressPercent` by `from_json`, `serde_json` and
//! `validate()` alike, and `Job<serde_json::Value>` checks nothing more.
//!
//! An integer field reads what JSON Schema counts an integer: an integral
//! number written as a float (`150.0`, `1e2`, `-0.0`, as Python's
//! `json.dumps` writes floats; written back as the integer, `150`, the same
//! JSON number) when it fits the field's type exactly, also
//! inside `Option`, `Box`, `Vec`, `VecDeque`, sets and map values
//! (`Option<Vec<i32>>`, `BTreeMap<String, u64>`). `150.5`, and a number out
//! of the type's range (`2147483648` for an `i32`, `-1.0` for a `u8`), fail
//! with serde's type error at the field's wire path (``invalid type:
//! floating point `150.5`, expected i64``). This is done by the deserializer
//! the generated code reads through, not per field, so it costs a build
//! nothing per field; it holds wherever a value inside the body asks for an
//! integer (a `#[serde(with)]` function's too), except in the fields of a
//! `#[serde(flatten)]` map, which serde buffers first, and for `i128` and
//! `u128`, which serde_json reads from integer digits only. The schemas (the
//! `schema` module) say the type's range as `minimum` / `maximum`.
//!
//! proto3's JSON mapping writes 64-bit integers as decimal strings
//! (`"totalCount": "12"`) and reads numbers too. `#[response(number_as_string)]`
//! on an integer field, or an `Option` of one, does the same: it reads a
//! number (an integral float included) or a decimal string written as a
//! JSON integer is (`"12"`, `"-3"`; not `"007"`, `"+3"` or `"1.5"`), and
//! writes a string, so such a body round-trips exactly. Anything else, or a
//! value out of the type's range, is a type error at the field's wire path;
//! rules apply to the number. A number beyond 64 bits (for `i128` and
//! `u128`), which serde_json holds only as a float, must come as a string.
//! The schema is `anyOf` a string whose `pattern` matches exactly the
//! decimal strings in the field's range (with the integer's `format`, as
//! OpenAPI writes proto3's `int64`) and the integer.
//!
//! ```
//! use operation_response::{from_json, response_model};
//!
//! #[response_model]
//! pub struct CompletionStats {
//!     #[response(number_as_string)]
//!     pub successful_count: i64,
//!     #[response(number_as_string, max = 1000)]
//!     pub failed_count: Option<u64>,
//! }
//!
//! let stats: CompletionStats = from_json(r#"{"successfulCount": "12", "failedCount": 3}"#)?;
//! assert_eq!((stats.successful_count, stats.failed_count), (12, Some(3)));
//! assert_eq!(
//!     serde_json::to_string(&stats).unwrap(),
//!     r#"{"successfulCount":"12","failedCount":"3"}"#
//! );
//! let err = from_json::<CompletionStats>(r#"{"successfulCount": "1x"}"#).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     r#"successfulCount: invalid value: string "1x", expected an integer or a decimal string at line 1 column 24"#
//! );
//! let err = from_json::<CompletionStats>(r#"{"successfulCount": "1", "failedCount": "1001"}"#)
//!     .unwrap_err();
//! assert_eq!(err.violations().unwrap().paths().collect::<Vec<_>>(), ["failedCount"]);
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! # Statuses as servers really send them
//!
//! | argument / attribute | meaning |
//! | --- | --- |
//! | `alias = ["cancelled" => "canceled"]`, `#[response(alias = "…")]` on a variant | other spellings of a listed status: read as it, same class, written as listed |
//! | `case_insensitive` | statuses and aliases match ASCII case-insensitively; an unlisted value under `open` keeps its spelling |
//! | `unknown = path` | with `open`: `fn(&str) -> Lifecycle` classifies each unlisted status (`unknown = "failure"` is the short form of "all fail") |
//! | `#[response(outcome)]` | on a field whose type has a `failure` classification (a `#[response_model(failure = […])]` string enum, or `Option` of it): once the status is terminal, the body's `is_failure` / `is_success` follow it |
//!
//! `KNOWN` lists the listed spellings only; `FromStr` and deserializing accept
//! the aliases and, with `case_insensitive`, any case; serializing writes the
//! listed spelling.
//!
//! ```
//! use operation_response::{from_json, operation_response, Lifecycle, OperationResponse};
//!
//! #[operation_response(
//!     status = ["NotStarted", "Running", "Succeeded", "Failed", "Canceled"],
//!     terminal = ["Succeeded", "Failed", "Canceled"],
//!     failure = ["Failed", "Canceled"],
//!     alias = ["Cancelled" => "Canceled"],
//!     case_insensitive,
//!     open,
//!     unknown = classify,
//! )]
//! pub struct JobStatusResponse {
//!     pub id: String,
//! }
//!
//! fn classify(status: &str) -> Lifecycle {
//!     if status.ends_with("Failed") { Lifecycle::Failed } else { Lifecycle::Running }
//! }
//!
//! let body: JobStatusResponse = from_json(r#"{"status":"cancelled","id":"j"}"#)?;
//! assert_eq!(body.status, JobStatusStatus::Canceled);
//! let body: JobStatusResponse = from_json(r#"{"status":"ValidationFailed","id":"j"}"#)?;
//! assert!(body.is_failure());
//! let body: JobStatusResponse = from_json(r#"{"status":"Cancelling","id":"j"}"#)?;
//! assert!(!body.is_terminal());
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! # Operations without a status string, or with it inside another object
//!
//! - `#[response_model(lifecycle = path)]`: `fn(&Self) -> Lifecycle` makes the
//!   struct an [`OperationResponse`] with `Status = Lifecycle`;
//!   [`standard::GoogleOperation`] is declared so.
//! - `#[response(operation)]` on one field of a `#[response_model]` struct
//!   whose type is an `OperationResponse`: the struct delegates to it (the
//!   status inside `{"TranscriptionJob": {…}}`); with `#[serde(flatten)]`,
//!   fields shared by every status are declared once around an enum-form
//!   body.
//! - `validate_with = path` on the container: `fn(&Self) -> Result<(),
//!   String>`, a rule across fields, reported as one violation (rule
//!   `validate_with`) at the value's own path.
//! - `#[response(min_bytes = N, max_bytes = N)]`: lengths in UTF-8 bytes.
//!
//! ```
//! use operation_response::{from_json, operation_response, response_model, OperationResponse};
//!
//! #[operation_response(
//!     status = ["QUEUED", "IN_PROGRESS", "FAILED", "COMPLETED"],
//!     terminal = ["FAILED", "COMPLETED"],
//!     failure = ["FAILED"],
//!     status_field = "TranscriptionJobStatus",
//!     rename_all = "PascalCase",
//! )]
//! pub struct TranscriptionJob {
//!     #[response(max_bytes = 200)]
//!     pub transcription_job_name: String,
//! }
//!
//! #[response_model(rename_all = "PascalCase")]
//! pub struct GetTranscriptionJobResponse {
//!     #[response(operation)]
//!     pub transcription_job: TranscriptionJob,
//! }
//!
//! let body: GetTranscriptionJobResponse = from_json(
//!     r#"{"TranscriptionJob":{"TranscriptionJobName":"j","TranscriptionJobStatus":"COMPLETED"}}"#,
//! )?;
//! assert!(body.is_success());
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! # Tagged models
//!
//! `#[response_model(tag = "type")]` on an enum whose variants have named
//! fields (or none) is a union discriminated by `tag`, with no lifecycle: the
//! configurations and details inside a body. Tag values are the variant names
//! in `tag_case` (default `"snake_case"`) or `#[response(rename = "…")]`
//! (aliases with `#[response(alias = "…")]`); `rename_all` is the fields'
//! case (default `"camelCase"`); every field rule applies; with `open`, an
//! unlisted tag is kept in `Unknown { tag, fields }` and written back as it
//! came. It reads without buffering when the tag comes first.
//!
//! ```
//! use operation_response::{from_json, response_model};
//!
//! #[response_model(tag = "endpointType", tag_case = "PascalCase", open)]
//! pub enum Destination {
//!     EventHub { resource_id: String },
//!     StorageQueue { resource_id: String, #[response(min_length = 3)] queue_name: String },
//! }
//!
//! let d: Destination = from_json(r#"{"resourceId":"r","endpointType":"EventHub"}"#)?;
//! assert!(matches!(d, Destination::EventHub { .. }));
//! let d: Destination = from_json(r#"{"endpointType":"WebHook","endpointUrl":"u"}"#)?;
//! assert!(matches!(&d, Destination::Unknown { tag, .. } if tag == "WebHook"));
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! # Nested models: `#[response_model]`
//!
//! The objects inside a body and the string enums in them get the same
//! treatment without a status. On a struct with named fields it derives what
//! the struct form derives — serde, camelCase keys, `Option` handling, every
//! field attribute — and implements [`Validate`], so that a parent validates
//! it with no attribute. On a fieldless enum it makes a string enum
//! ([`StringEnum`]): wire values from the variant names in `rename_all`
//! (default `"snake_case"`, where a struct's fields default to
//! `"camelCase"`), or `#[response(rename = "…")]` per variant, with
//! `#[response(alias = "…")]` for other spellings; `as_str`, `KNOWN`,
//! `Display`, `FromStr`, serde, and with `open` an `Unknown(String)` variant
//! that keeps values the server added later.
//!
//! ```
//! use operation_response::{from_json, response_model, StringEnum};
//!
//! #[response_model(rename_all = "kebab-case", open)]
//! pub enum ErrorCode {
//!     InternalServerError,
//!     #[response(rename = "timeout", alias = "timed-out")]
//!     ScriptTimeout,
//! }
//!
//! #[response_model]
//! pub struct ErrorDetails {
//!     #[response(non_empty)]
//!     pub message: String,
//!     pub code: Option<ErrorCode>,
//! }
//!
//! assert_eq!(ErrorCode::KNOWN, ["internal-server-error", "timeout"]);
//! let details: ErrorDetails = from_json(r#"{"message":"boom","code":"timed-out"}"#)?;
//! assert_eq!(details.code, Some(ErrorCode::ScriptTimeout));
//! assert_eq!(from_json::<ErrorCode>(r#""quota""#)?, ErrorCode::Unknown("quota".into()));
//!
//! let err = from_json::<ErrorDetails>(r#"{"message":""}"#).unwrap_err();
//! assert_eq!(err.to_string(), "message: must not be empty");
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! Every argument of `#[response_model(…)]`, by what it goes on (a struct,
//! a fieldless enum — a string enum —, or an enum with `tag`):
//!
//! | argument | on | meaning | default |
//! | --- | --- | --- | --- |
//! | `rename_all = "…"` | struct, tagged | wire case of the fields | `"camelCase"` |
//! | `rename_all = "…"` | string enum | wire case of the values | `"snake_case"` |
//! | `deny_unknown_fields` | struct, tagged | unknown keys are an error (unit variants too) | ignored |
//! | `lifecycle = path` | struct | `fn(&Self) -> Lifecycle`: the struct is an [`OperationResponse`] with `Status = Lifecycle` | none |
//! | `validate_with = path` | struct, tagged | `fn(&Self) -> Result<(), String>`, a rule across fields (rule `validate_with`, at the value's own path) | none |
//! | `open` | string enum, tagged | unlisted values (tags) are kept in `Unknown(String)` (`Unknown { tag, fields }`) | closed |
//! | `alias = ["a" => "b"]` | string enum, tagged | other spellings of listed values (tags) | none |
//! | `case_insensitive` | string enum, tagged | values (tags) match ASCII case-insensitively | exact |
//! | `failure = ["a", …]` | string enum | the values that mean an operation failed: `is_failure()`, [`Outcome`], for an `#[response(outcome)]` field | none |
//! | `tag = "type"` | enum | the key whose value picks the variant: a tagged model | — |
//! | `tag_case = "…"` | tagged | wire case of the tags from variant names | `"snake_case"` |
//! | `crate = path` | all | path of this crate, when renamed | `::operation_response` |
//!
//! `#[response(operation)]` delegates through any number of levels: a model
//! whose operation field is itself a model with an operation field is an
//! [`OperationResponse`] too. A map of models (`BTreeMap<String, Job>`, or
//! `#[serde(flatten)]` of one, for bodies keyed by id) is validated entry by
//! entry, each at its key:
//!
//! ```
//! use operation_response::{from_json, operation_response, response_model, OperationResponse};
//! use std::collections::BTreeMap;
//!
//! #[operation_response(status = ["running", "done"], terminal = ["done"])]
//! pub struct Job {
//!     #[response(min_length = 2)]
//!     pub id: String,
//! }
//!
//! #[response_model]
//! pub struct Envelope {
//!     #[response(operation)]
//!     pub job: Job,
//! }
//!
//! #[response_model]
//! pub struct Reply {
//!     #[response(operation)]
//!     pub envelope: Envelope,
//! }
//!
//! let reply: Reply = from_json(r#"{"envelope":{"job":{"status":"done","id":"j1"}}}"#)?;
//! assert!(reply.is_success());
//!
//! #[response_model]
//! pub struct Batch {
//!     #[serde(flatten)]
//!     pub jobs: BTreeMap<String, Job>,
//! }
//!
//! let err = from_json::<Batch>(r#"{"a":{"status":"done","id":"j1"},"b":{"status":"running","id":"x"}}"#)
//!     .unwrap_err();
//! assert_eq!(err.to_string(), "b.id: length 1 is less than the minimum 2");
//! # Ok::<(), operation_response::Error>(())
//! ```
//!
//! # Examples: valid bodies on demand
//!
//! Every generated type implements [`Examples`]: deterministic values, at
//! least one per status (per variant of the enum form and of tagged
//! models), each meeting every rule — lengths and byte lengths, bounds,
//! `pattern` (a string spelled from the expression, with the `pattern`
//! feature), `required_when` / `forbidden_when`, nested models. A field
//! checked by `validate_with` takes its value from
//! `#[response(example = …)]`; without one, the type has no `Examples`, and
//! only a use of it is an error, which names the attribute. Fields of other
//! types use their own `Examples` (implemented here for strings, numbers,
//! `bool`, `Option`, `Vec`, sets, maps and `serde_json::Value`). Run
//! `cargo run --example mock` to see them served.
//!
//! ```
//! use operation_response::{from_json, operation_response, Examples, OperationResponse};
//!
//! /// A run.
//! #[operation_response(
//!     status = ["pending", "done", "failed"],
//!     terminal = ["done", "failed"],
//!     failure = ["failed"],
//! )]
//! pub struct Run {
//!     /// Its id.
//!     #[response(min_length = 8)]
//!     pub id: String,
//!     /// Why it failed.
//!     #[response(required_when = "failed")]
//!     pub error: Option<String>,
//! }
//!
//! for run in Run::examples() {
//!     let json = serde_json::to_string(&run).unwrap();
//!     assert_eq!(from_json::<Run>(&json).unwrap(), run);
//!     assert!(run.id.len() >= 8);
//!     assert_eq!(run.error.is_some(), run.is_failure());
//! }
//! ```
//!
//! With the feature `proptest`, the module `proptest` adds generators of
//! valid values over every status and of bodies breaking one rule each.
//!
//! # Polling: [`poll`]
//!
//! [`poll::Poller`] drives an operation to its end with what the type already
//! knows: it stops at the first terminal body, gives a failure as
//! [`poll::PollError::Failed`], and handles `Retry-After`, backoff with
//! jitter, a wall-clock deadline, retried fetch errors and confirmations. It
//! depends on no async runtime (the caller passes its sleep) and has a
//! blocking twin:
//!
//! ```
//! # #[cfg(feature = "poll")] {
//! use std::time::Duration;
//! use operation_response::poll::{Backoff, PollError, Poller};
//! use operation_response::{from_json, operation_response};
//!
//! #[operation_response(status = ["queued", "running", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"])]
//! pub struct Export {
//!     pub error: Option<String>,
//! }
//!
//! let mut answers = ["queued", "running", "failed"].into_iter();
//! let result = Poller::blocking(|| {
//!     let status = answers.next().unwrap();
//!     from_json::<Export>(&format!(r#"{{"status":"{status}","error":"disk full"}}"#))
//! })
//! .backoff(Backoff::constant(Duration::from_millis(1)))
//! .deadline(Duration::from_secs(60))
//! .wait();
//! let Err(PollError::Failed(body)) = result else { panic!() };
//! assert_eq!(body.error.as_deref(), Some("disk full"));
//! # }
//! ```
//!
//! # Cargo features
//!
//! | feature | adds |
//! | --- | --- |
//! | `poll` (default) | the [`poll`] module: [`poll::Poller`], which drives an operation to its end; with no dependency. Parsing, validation and the traits need none of it: `default-features = false` leaves it out |
//! | `pattern` | the `pattern` field rule (the `regex` crate; patterns checked at compile time) |
//! | `schemars` | `schemars::JsonSchema` (schemars 1) for every generated type, `operation_response::schemars`, and `schema::drift`, which compares a type with a vendor's OpenAPI component |
//! | `utoipa` | `utoipa::ToSchema` (utoipa 5) for every generated type, and `operation_response::utoipa` |
//! | `proptest` | `proptest::arbitrary::Arbitrary` for every generated type (only valid values, every status), and `proptest::invalid`, bodies that each break one rule; to write `proptest! { … }` and `any::<T>()`, add `proptest` (1.x) to your own `[dev-dependencies]` |
//! | `stream` | (with `poll`) [`poll::Poller::into_stream`]: the poller as a `futures_core::Stream` of every body; for `StreamExt` (`.next().await`), add `futures` or `futures-util` (0.3) to your own dependencies |
//! | `http` | (with `poll`) the `http` module, on the `http` 1.x crate: a client's `Handshake` with the start response (where to poll, where the result will be), `retry_after` and `Polled::from_http` from a response's headers, and a server's `Accepted` and `StatusMonitor` responses |
//! | `axum` | (with `http`) `axum::response::IntoResponse` for `Accepted` and `StatusMonitor`, through `axum-core` (0.5) |
//!
//! The macro reads the features of this crate: generated code holds no
//! `#[cfg]`, and with a feature off, nothing of it is generated. The `schema`
//! module (built with `schemars` or `utoipa`) documents what a schema says,
//! with a server's and a client's use.
//!
//! ```
//! # #[cfg(feature = "schemars")] {
//! use operation_response::{operation_response, schemars::schema_for};
//!
//! /// A job.
//! #[operation_response(status = ["running", "done"], terminal = ["done"])]
//! pub struct Job {
//!     /// Percent done.
//!     #[response(max = 100)]
//!     pub progress: u32,
//! }
//!
//! let schema = schema_for!(Job).to_value();
//! assert_eq!(schema["properties"]["progress"]["maximum"], 100);
//! assert_eq!(schema["$defs"]["JobStatus"]["enum"], serde_json::json!(["running", "done"]));
//! # }
//! ```
//!
//! # serde's attributes
//!
//! `#[serde(…)]` on fields passes through to serde. Where the macro owns the
//! wire values — statuses and string-enum values — serde's attribute either
//! means exactly what its twin means, or is a compile error that names the
//! twin; it is never ignored:
//!
//! | serde attribute | where | means |
//! | --- | --- | --- |
//! | `rename_all` | struct, string enum | `rename_all` |
//! | `rename_all` / `rename_all_fields` / `tag` | enum form | `status_case` / `rename_all` / `status_field` |
//! | `rename` | string-enum variant / enum-form variant | `#[response(rename)]` / `#[response(status)]` |
//! | `alias` | string-enum or enum-form variant | `#[response(alias)]` |
//! | `rename_all` | enum-form variant | the case of that variant's fields |
//!
//! Any other serde attribute on a string enum, the enum form or their
//! variants (`other`, `untagged`, `skip`, …) is an error saying what to write
//! instead.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// The guide links the poller, its stream and the HTTP helpers, which exist
// only with their features (docs.rs builds with all of them): without one,
// its links name nothing, and `cargo doc` would warn of each.
#![cfg_attr(
    not(all(
        feature = "poll",
        feature = "stream",
        feature = "http",
        feature = "schemars",
        feature = "utoipa",
        feature = "proptest",
        feature = "pattern"
    )),
    allow(rustdoc::broken_intra_doc_links)
)]

mod content;
mod error;
mod examples;
mod fields;
#[cfg(feature = "http")]
pub mod http;
mod json;
mod number_as_string;
mod object;
mod path;
mod pattern_example;
#[cfg(feature = "poll")]
pub mod poll;
mod progress;
#[cfg(feature = "proptest")]
pub mod proptest;
mod response;
mod rules;
#[cfg(any(feature = "schemars", feature = "utoipa"))]
pub mod schema;
mod shape;
pub mod standard;
mod status;
mod string_enum;
mod union;
mod validate;
mod validation;

#[doc(hidden)]
pub mod __private;

/// What generic code over bodies and statuses needs, in one import: the
/// traits, both attributes, [`from_json`] and [`from_slice`].
///
/// A generated enum needs no import for its own methods and constants
/// (`status.is_known()`, `conclusion.is_failure()`, `RunStatus::KNOWN`); a
/// body's `status()`, `is_terminal()` and the like are
/// [`OperationResponse`]'s, and so is every call in generic code.
///
/// ```
/// use operation_response::prelude::*;
///
/// #[operation_response(status = ["pending", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"])]
/// pub struct JobResponse {}
///
/// fn describe<T: OperationResponse>(body: &T) -> String {
///     let status = body.status();
///     format!("{} (known: {}, terminal: {})", status.as_str(), status.is_known(), status.is_terminal())
/// }
///
/// let body: JobResponse = from_json(r#"{"status":"failed"}"#)?;
/// assert_eq!(describe(&body), "failed (known: true, terminal: true)");
/// # Ok::<(), operation_response::Error>(())
/// ```
pub mod prelude {
    pub use crate::{
        from_json, from_slice, operation_response, response_model, Examples, OperationResponse,
        OperationStatus, Outcome, StringEnum, Validate,
    };
}

pub use crate::error::{Error, ErrorKind, ValidationErrors, Violation};
pub use crate::examples::Examples;
pub use crate::fields::UnknownFields;
pub use crate::json::{from_json, from_json_lenient, from_slice, from_slice_lenient};
pub use crate::path::Path;
pub use crate::response::OperationResponse;
pub use crate::status::{Lifecycle, OperationStatus, Outcome, ParseStatusError, StringEnum};
pub use crate::validate::Validate;

/// Declares a response body: see the [crate documentation](crate).
pub use operation_response_macros::operation_response;

/// The `schemars` crate (version 1), whose `JsonSchema` generated types implement.
#[cfg(feature = "schemars")]
pub use schemars;
/// The `utoipa` crate (version 5), whose `ToSchema` generated types implement.
#[cfg(feature = "utoipa")]
pub use utoipa;

/// Declares an object or string enum nested in a response body: see the
/// [crate documentation](crate).
pub use operation_response_macros::response_model;
