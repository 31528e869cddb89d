//! Parse and validate in one call.

use crate::scope;
use crate::union::replay;
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
/// value is moved once, and the tree is walked only when a violation is
/// known.
#[inline]
fn parse_strict<T: DeserializeOwned + Validate>(
    json: &[u8],
    parsed: impl FnOnce() -> serde_json::Result<T>,
) -> Result<T, Error> {
    if T::__REPORTS_ITSELF {
        // A generated type validates its whole tree while it is parsed and
        // fails with the full report: take it back structured.
        let before = scope::report_count();
        return match parsed() {
            Ok(value) => Ok(value),
            Err(error) => Err(if scope::report_count() != before {
                match scope::take_report() {
                    Some(errors) => Error::validation(errors),
                    None => Error::json(error, None),
                }
            } else {
                type_error::<T>(json, error)
            }),
        };
    }
    let (value, deferred) = parse_deferred(json, parsed)?;
    if !needs_walk::<T>() {
        return Ok(value);
    }
    match violations(&value, &deferred) {
        Some(errors) => Err(Error::validation(errors)),
        None => Ok(value),
    }
}

/// Runs `parsed` (a serde_json call on `json`) with the report deferred to
/// the caller: no generated `Deserialize` fails on a violation inside the
/// returned scope, so that every violation is collected once, with full
/// wire paths.
fn parse_deferred<T: DeserializeOwned>(
    json: &[u8],
    parsed: impl FnOnce() -> serde_json::Result<T>,
) -> Result<(T, scope::Scope), Error> {
    let deferred = scope::Scope::enter();
    match parsed() {
        Ok(value) => Ok((value, deferred)),
        Err(error) => {
            drop(deferred);
            Err(type_error::<T>(json, error))
        }
    }
}

/// Whether the tree must be walked for violations: values that check
/// themselves while they are parsed have done so, and only one that found a
/// violation (or a `T` that does not check itself) needs the walk.
fn needs_walk<T: Validate>() -> bool {
    !T::__CHECKS_ITSELF || scope::Scope::saw_invalid()
}

/// Every violation of `value`, with full wire paths, off the fast path.
#[cold]
#[inline(never)]
fn violations<T: Validate>(value: &T, deferred: &scope::Scope) -> Option<ValidationErrors> {
    let mut errors = ValidationErrors::new();
    value.validate_into(&Path::root(), &mut errors);
    if errors.is_empty() {
        // Models nested in types that do not implement `Validate` checked
        // themselves while they were parsed.
        if let Some(unreached) = deferred.take_unreached() {
            errors = unreached;
        }
    }
    Some(errors).filter(|errors| !errors.is_empty())
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

/// [`parse_deferred`], then every violation.
#[inline]
fn parse<T: DeserializeOwned + Validate>(
    json: &[u8],
    parsed: impl FnOnce() -> serde_json::Result<T>,
) -> Result<(T, ValidationErrors), Error> {
    let (value, deferred) = parse_deferred(json, parsed)?;
    let errors = if needs_walk::<T>() {
        violations(&value, &deferred).unwrap_or_default()
    } else {
        ValidationErrors::new()
    };
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
    let _deferred = scope::Scope::enter();
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
