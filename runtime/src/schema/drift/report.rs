//! The report: [`Drift`], its [`Difference`]s and how they read.

use serde_json::Value;
use std::fmt;

/// Every difference between a declared type and a vendor's OpenAPI
/// component, undeclared vendor statuses first.
///
/// ```
/// use operation_response::operation_response;
///
/// /// A job.
/// #[operation_response(status = ["running", "done"], terminal = ["done"])]
/// pub struct Job {
///     /// The job's id.
///     pub id: String,
/// }
///
/// let openapi = serde_json::json!({
///     "openapi": "3.0.3",
///     "components": { "schemas": { "Job": {
///         "type": "object",
///         "required": ["status", "id"],
///         "properties": {
///             "status": { "type": "string", "enum": ["running", "done", "paused"] },
///             "id": { "type": "string", "maxLength": 64 }
///         }
///     } } }
/// });
/// let drift = operation_response::schema::drift::<Job>(&openapi, "#/components/schemas/Job");
/// assert_eq!(drift.len(), 2);
/// assert_eq!(
///     drift.to_string(),
///     "2 differences between `Job` and #/components/schemas/Job:\n\
///      - status: the vendor's status \"paused\" is not declared (is it terminal?)\n\
///      - id: maxLength is 64 in the vendor's document, absent in the declaration\n"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Drift {
    pub(super) name: String,
    pub(super) component: String,
    pub(super) differences: Vec<Difference>,
}

impl Drift {
    /// Whether the declaration and the component agree.
    pub fn is_empty(&self) -> bool {
        self.differences.is_empty()
    }

    /// How many differences there are.
    pub fn len(&self) -> usize {
        self.differences.len()
    }

    /// The differences, undeclared vendor statuses first.
    pub fn iter(&self) -> std::slice::Iter<'_, Difference> {
        self.differences.iter()
    }
}

impl<'a> IntoIterator for &'a Drift {
    type Item = &'a Difference;
    type IntoIter = std::slice::Iter<'a, Difference>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.differences.len() {
            0 => return write!(f, "`{}` matches {}", self.name, self.component),
            1 => writeln!(
                f,
                "1 difference between `{}` and {}:",
                self.name, self.component
            )?,
            n => writeln!(
                f,
                "{n} differences between `{}` and {}:",
                self.name, self.component
            )?,
        }
        for difference in &self.differences {
            writeln!(f, "- {difference}")?;
        }
        Ok(())
    }
}

/// One difference, at a wire path (`errors.data[].code`; `[]` is any item,
/// `{}` any value of a map, an empty path the body itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Where, in wire names.
    pub path: String,
    /// What differs.
    pub kind: DifferenceKind,
}

/// What differs. "Vendor" is the OpenAPI component, "declared" the type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DifferenceKind {
    /// A status the vendor lists and the type does not declare: nothing
    /// says whether it is terminal.
    UndeclaredStatus(String),
    /// A declared status the vendor no longer lists.
    StatusNotInVendor(String),
    /// Any other enumerated value the vendor lists and the type lacks.
    UndeclaredValue(String),
    /// A declared value the vendor does not list.
    ValueNotInVendor(String),
    /// A field in the vendor's component only.
    VendorOnlyField,
    /// A declared field the vendor's component lacks.
    DeclaredOnlyField,
    /// Required on one side only (`declared`: whether the type requires it).
    Required {
        /// Whether the declaration requires the key.
        declared: bool,
    },
    /// `null` allowed on one side only.
    Nullable {
        /// Whether the declaration accepts `null`.
        declared: bool,
    },
    /// Different JSON types.
    Type {
        /// The declared types, `|`-separated.
        declared: String,
        /// The vendor's types, `|`-separated.
        vendor: String,
    },
    /// A bound (`minLength`, `maximum`, `exclusiveMinimum`, `pattern`, …)
    /// that differs or is on one side only.
    Bound {
        /// The JSON Schema keyword.
        keyword: String,
        /// The declared value, if any.
        declared: Option<Value>,
        /// The vendor's value, if any.
        vendor: Option<Value>,
    },
    /// The component is not in the document.
    ComponentNotFound,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(the body)"
        } else {
            &self.path
        };
        write!(f, "{path}: ")?;
        match &self.kind {
            DifferenceKind::UndeclaredStatus(s) => {
                write!(
                    f,
                    "the vendor's status {s:?} is not declared (is it terminal?)"
                )
            }
            DifferenceKind::StatusNotInVendor(s) => {
                write!(
                    f,
                    "the declared status {s:?} is not in the vendor's document"
                )
            }
            DifferenceKind::UndeclaredValue(s) => {
                write!(f, "the vendor's value {s:?} is not declared")
            }
            DifferenceKind::ValueNotInVendor(s) => {
                write!(
                    f,
                    "the declared value {s:?} is not in the vendor's document"
                )
            }
            DifferenceKind::VendorOnlyField => f.write_str("in the vendor's document only"),
            DifferenceKind::DeclaredOnlyField => {
                f.write_str("declared, not in the vendor's document")
            }
            DifferenceKind::Required { declared: true } => {
                f.write_str("required by the declaration, optional in the vendor's document")
            }
            DifferenceKind::Required { declared: false } => {
                f.write_str("required in the vendor's document, optional in the declaration")
            }
            DifferenceKind::Nullable { declared: true } => {
                f.write_str("may be null in the declaration, not in the vendor's document")
            }
            DifferenceKind::Nullable { declared: false } => {
                f.write_str("may be null in the vendor's document, not in the declaration")
            }
            DifferenceKind::Type { declared, vendor } => {
                write!(
                    f,
                    "type {vendor} in the vendor's document, {declared} in the declaration"
                )
            }
            DifferenceKind::Bound {
                keyword,
                declared,
                vendor,
            } => {
                let side = |v: &Option<Value>| {
                    v.as_ref()
                        .map_or_else(|| "absent".to_owned(), Value::to_string)
                };
                match (declared, vendor) {
                    (Some(_), None) => write!(
                        f,
                        "{keyword} is {} in the declaration, absent in the vendor's document",
                        side(declared)
                    ),
                    (None, Some(_)) => write!(
                        f,
                        "{keyword} is {} in the vendor's document, absent in the declaration",
                        side(vendor)
                    ),
                    _ => write!(
                        f,
                        "{keyword} is {} in the vendor's document, {} in the declaration",
                        side(vendor),
                        side(declared)
                    ),
                }
            }
            DifferenceKind::ComponentNotFound => {
                f.write_str("the component is not in the document")
            }
        }
    }
}
