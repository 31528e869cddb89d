//! Parse and validate in one call.

use crate::union::replay;
use crate::validation;
use crate::{Error, Path, Validate, ValidationErrors};
use serde::de::DeserializeOwned;

/// Parses a JSON body and validates it.
///
/// A syntax or type error carries its line, column and wire path; a body that
/// parses but breaks rules gives every violation. In an enum-form body, that
/// holds for an entry before the status key too, which `serde_json::from_str`
/// reports without a path and at the end of the object. Works for any
/// `T: DeserializeOwned + Validate`: bodies, `#[response_model]` types, and
/// `Vec`s, `Option`s and maps of them.
///
/// ```
/// use operation_response::{from_json, operation_response, ErrorKind};
///
/// #[operation_response(status = "started")]
/// pub struct StartResponseBody {
///     pub operation_id: String,
/// }
///
/// let body: StartResponseBody = from_json(r#"{"status":"started","operationId":"op-1"}"#)?;
/// assert_eq!(body.operation_id, "op-1");
///
/// let err = from_json::<StartResponseBody>(r#"{"status":"started"}"#).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Type);
/// assert!(err.to_string().contains("operationId"));
/// # Ok::<(), operation_response::Error>(())
/// ```
pub fn from_json<T: DeserializeOwned + Validate>(json: &str) -> Result<T, Error> {
    parse_strict(json.as_bytes(), || serde_json::from_str(json))
}

/// [`from_json`] for bytes.
pub fn from_slice<T: DeserializeOwned + Validate>(json: &[u8]) -> Result<T, Error> {
    parse_strict(json, || serde_json::from_slice(json))
}

/// [`parse`] for callers that want the value only when it is valid: the
/// value is moved once, and on the fast path nothing is walked twice.
///
/// Every generated value checks itself while it is parsed, and the
/// outermost one fails the parse with its whole report: when `T` is that
/// value, the report is taken back structured. When the outermost one was
/// inside `T` (a `Vec` of bodies), its paths start at itself: the body is
/// read once more with the report deferred here, for full paths.
#[inline]
fn parse_strict<T: DeserializeOwned + Validate>(
    json: &[u8],
    parsed: impl Fn() -> serde_json::Result<T>,
) -> Result<T, Error> {
    let before = validation::reports();
    let result = parsed();
    // What did not check itself while it was parsed (a hand-written
    // `Validate`) is checked now, through a reference, so that the value is
    // moved only once; a generated `T` returns at once.
    if let Ok(value) = &result {
        let mut errors = ValidationErrors::new();
        value.validate_into(&Path::parsed_root(), &mut errors);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
    }
    // The `Err` arm builds only the error: a `failed` that returned a whole
    // `Result<T, Error>` made the fast path copy the value twice.
    match result {
        Ok(value) => Ok(value),
        Err(error) => Err(failed(json, &parsed, error, before)),
    }
}

/// The error of a parse that failed: a report, taken back structured when
/// `T` itself failed with it; a type or syntax error, with its path.
#[cold]
#[inline(never)]
fn failed<T: DeserializeOwned + Validate>(
    json: &[u8],
    parsed: impl Fn() -> serde_json::Result<T>,
    error: serde_json::Error,
    reports_before: u32,
) -> Error {
    if validation::reports() == reports_before {
        return type_error::<T>(json, error);
    }
    match validation::take_report(core::any::type_name::<T>()) {
        Some(errors) => Error::validation(errors),
        None => deferred_report(json, parsed, error),
    }
}

/// The report of a body whose outermost generated value was inside `T`,
/// read again with the report deferred to the caller, off the fast path.
#[cold]
#[inline(never)]
fn deferred_report<T: DeserializeOwned + Validate>(
    json: &[u8],
    parsed: impl Fn() -> serde_json::Result<T>,
    error: serde_json::Error,
) -> Error {
    match parse(json, parsed) {
        Ok((_, errors)) if !errors.is_empty() => Error::validation(errors),
        Ok(_) => Error::json(error, None),
        Err(error) => error,
    }
}

/// Parses a JSON body and validates it, but returns a body that parses and
/// breaks rules together with its violations instead of failing: for clients
/// that must keep going when a server breaks its contract.
///
/// The violations are empty when the body is valid; syntax and type errors
/// are still errors.
///
/// ```
/// use operation_response::{from_json_lenient, operation_response};
///
/// #[operation_response(status = "done")]
/// pub struct DoneResponse {
///     #[response(min_length = 3)]
///     pub auth_session_id: String,
/// }
///
/// let (body, violations) = from_json_lenient::<DoneResponse>(r#"{"status":"done","authSessionId":"ab"}"#)?;
/// assert_eq!(body.auth_session_id, "ab");
/// assert_eq!(violations.to_string(), "authSessionId: length 2 is less than the minimum 3");
/// # Ok::<(), operation_response::Error>(())
/// ```
pub fn from_json_lenient<T: DeserializeOwned + Validate>(
    json: &str,
) -> Result<(T, ValidationErrors), Error> {
    parse(json.as_bytes(), || serde_json::from_str(json))
}

/// [`from_json_lenient`] for bytes.
pub fn from_slice_lenient<T: DeserializeOwned + Validate>(
    json: &[u8],
) -> Result<(T, ValidationErrors), Error> {
    parse(json, || serde_json::from_slice(json))
}

/// Parses with the report deferred to the caller (no generated
/// `Deserialize` fails on a violation), then collects every violation once,
/// with full wire paths: walking the whole tree only when something broke
/// a rule, and otherwise only what did not check itself while it was
/// parsed.
fn parse<T: DeserializeOwned + Validate>(
    json: &[u8],
    parsed: impl FnOnce() -> serde_json::Result<T>,
) -> Result<(T, ValidationErrors), Error> {
    let deferred = validation::Scope::enter();
    let value = match parsed() {
        Ok(value) => value,
        Err(error) => {
            drop(deferred);
            return Err(type_error::<T>(json, error));
        }
    };
    if validation::Scope::saw_invalid() {
        let errors = validation::report(&value, &deferred);
        return Ok((value, errors));
    }
    // Every generated value was valid: what did not check itself is all.
    let mut errors = ValidationErrors::new();
    value.validate_into(&Path::parsed_root(), &mut errors);
    Ok((value, errors))
}

/// Parses again, off the fast path, to learn the wire path of a syntax or type
/// error.
///
/// When entries of a union object came before its status, they were buffered
/// and the error found while replaying them has neither key nor position: a
/// second pass, which knows each such object's status from the first, reads
/// them from the input instead (see `union::replay`).
#[cold]
#[inline(never)]
fn type_error<T: DeserializeOwned>(json: &[u8], error: serde_json::Error) -> Error {
    let _deferred = validation::Scope::enter();
    let (tracked, tags) = replay::recording(|| track::<T>(json));
    let tracked = match tracked {
        Err(first) if tags.any() => match replay::streaming(tags, || track::<T>(json)) {
            Err(second) => second,
            Ok(_) => first,
        },
        Err(first) => first,
        // Trailing characters: the first error is the one to report.
        Ok(_) => return Error::json(error, None),
    };
    let path = tracked.path().to_string();
    Error::json(tracked.into_inner(), Some(path))
}

/// `json` parsed as a `T`, the wire path tracked.
fn track<T: DeserializeOwned>(
    json: &[u8],
) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
    let mut de = serde_json::Deserializer::from_slice(json);
    serde_path_to_error::deserialize::<_, T>(&mut de)
}
