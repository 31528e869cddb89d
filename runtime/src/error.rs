//! Validation violations and the error of [`from_json`](crate::from_json).

use core::fmt;

/// One broken rule: where (the wire path), which rule, and what is wrong.
///
/// ```
/// use operation_response::{Path, Violation};
///
/// let root = Path::root();
/// let v = Violation::new(root.key("authSessionId"), "min_length", "length 2 is less than the minimum 3");
/// assert_eq!(v.path(), "authSessionId");
/// assert_eq!(v.rule(), "min_length");
/// assert_eq!(v.to_string(), "authSessionId: length 2 is less than the minimum 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    path: String,
    rule: &'static str,
    message: String,
}

impl Violation {
    /// A violation of `rule` at `path` (a [`Path`](crate::Path) or any text).
    pub fn new(path: impl fmt::Display, rule: &'static str, message: impl Into<String>) -> Self {
        Violation {
            path: path.to_string(),
            rule,
            message: message.into(),
        }
    }

    /// The wire path of the offending value, empty for the body itself.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The rule's name, as written in `#[response(…)]` (`min_length`,
    /// `required_when`, `validate_with`, …), or a hand-written
    /// [`Validate`](crate::Validate) impl's own.
    pub fn rule(&self) -> &'static str {
        self.rule
    }

    /// What is wrong, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every rule a value breaks, in the order they were found.
///
/// Empty when the value is valid; creating an empty one allocates nothing.
///
/// ```
/// use operation_response::{Path, ValidationErrors, Violation};
///
/// let mut errors = ValidationErrors::new();
/// assert!(errors.is_empty());
/// let root = Path::root();
/// errors.push(Violation::new(root.key("error"), "required_when", r#"required when status is "failed""#));
/// errors.push(Violation::new(root.key("runId"), "non_empty", "must not be empty"));
/// assert_eq!(errors.len(), 2);
/// assert_eq!(errors.paths().collect::<Vec<_>>(), ["error", "runId"]);
/// assert_eq!(
///     errors.to_string(),
///     "error: required when status is \"failed\"\nrunId: must not be empty",
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
}

impl ValidationErrors {
    /// No violations.
    pub const fn new() -> Self {
        ValidationErrors {
            violations: Vec::new(),
        }
    }

    /// Records a violation.
    pub fn push(&mut self, violation: Violation) {
        self.violations.push(violation);
    }

    /// Records every violation of `other`.
    pub fn extend(&mut self, other: ValidationErrors) {
        self.violations.extend(other.violations);
    }

    /// The violations, in the order they were found.
    pub fn iter(&self) -> core::slice::Iter<'_, Violation> {
        self.violations.iter()
    }

    /// How many violations there are.
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// The wire path of each violation, in order.
    pub fn paths(&self) -> impl Iterator<Item = &str> + '_ {
        self.violations.iter().map(Violation::path)
    }

    /// `Ok(())` when there are no violations, else `Err(self)`.
    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            violation.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a Violation;
    type IntoIter = core::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

impl IntoIterator for ValidationErrors {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

impl FromIterator<Violation> for ValidationErrors {
    fn from_iter<I: IntoIterator<Item = Violation>>(iter: I) -> Self {
        ValidationErrors {
            violations: iter.into_iter().collect(),
        }
    }
}

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not JSON, or ends too early.
    Syntax,
    /// The input is JSON but not of the expected shape: a wrong type, a
    /// missing field, an unknown status or enum value.
    Type,
    /// The input has the expected shape but breaks a rule.
    Validation,
}

/// The error of [`from_json`](crate::from_json) and [`from_slice`](crate::from_slice):
/// a syntax or type error with its position and wire path, or every
/// validation violation.
///
/// ```
/// use operation_response::{from_json, operation_response, ErrorKind};
///
/// #[operation_response(status = "started")]
/// pub struct StartResponseBody {
///     pub operation_id: String,
/// }
///
/// let err = from_json::<StartResponseBody>(r#"{"status":"finished","operationId":"x"}"#).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Type);
/// assert_eq!(err.path(), Some("status"));
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().contains("finished"));
/// ```
#[derive(Debug)]
pub struct Error {
    inner: Inner,
}

#[derive(Debug)]
enum Inner {
    Json {
        kind: ErrorKind,
        path: Option<String>,
        error: serde_json::Error,
    },
    Validation(ValidationErrors),
}

impl Error {
    pub(crate) fn json(error: serde_json::Error, path: Option<String>) -> Self {
        let kind = match error.classify() {
            serde_json::error::Category::Data => ErrorKind::Type,
            serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof
            | serde_json::error::Category::Io => ErrorKind::Syntax,
        };
        // The root path says nothing; a syntax error has no meaningful path.
        let path = path.filter(|p| !p.is_empty() && p != "." && kind == ErrorKind::Type);
        Error {
            inner: Inner::Json { kind, path, error },
        }
    }

    pub(crate) fn validation(errors: ValidationErrors) -> Self {
        Error {
            inner: Inner::Validation(errors),
        }
    }

    /// Syntax, type or validation.
    pub fn kind(&self) -> ErrorKind {
        match &self.inner {
            Inner::Json { kind, .. } => *kind,
            Inner::Validation(_) => ErrorKind::Validation,
        }
    }

    /// For a type error, the wire path of the offending value
    /// (`error.category`); `None` at the top level and for other kinds.
    pub fn path(&self) -> Option<&str> {
        match &self.inner {
            Inner::Json { path, .. } => path.as_deref(),
            Inner::Validation(_) => None,
        }
    }

    /// For a syntax or type error, the line (from 1) where it was found.
    pub fn line(&self) -> Option<usize> {
        match &self.inner {
            Inner::Json { error, .. } => Some(error.line()),
            Inner::Validation(_) => None,
        }
    }

    /// For a syntax or type error, the column (from 1) where it was found.
    pub fn column(&self) -> Option<usize> {
        match &self.inner {
            Inner::Json { error, .. } => Some(error.column()),
            Inner::Validation(_) => None,
        }
    }

    /// For a validation error, every violation.
    pub fn violations(&self) -> Option<&ValidationErrors> {
        match &self.inner {
            Inner::Validation(errors) => Some(errors),
            Inner::Json { .. } => None,
        }
    }

    /// For a validation error, the violations, by value.
    pub fn into_violations(self) -> Option<ValidationErrors> {
        match self.inner {
            Inner::Validation(errors) => Some(errors),
            Inner::Json { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::Json {
                path: Some(path),
                error,
                ..
            } => write!(f, "{path}: {error}"),
            Inner::Json { error, .. } => error.fmt(f),
            Inner::Validation(errors) => errors.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.inner {
            Inner::Json { error, .. } => Some(error),
            Inner::Validation(errors) => Some(errors),
        }
    }
}
