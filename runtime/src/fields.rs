//! The fields of a body whose status an `open` union does not list.

use serde_json::Value;

/// The fields of a body whose status an `open` union does not list, kept in
/// the order received (duplicates too), so that the body serializes back
/// with the same keys and values (the status key first: key order is not
/// promised, as JSON objects are unordered).
///
/// ```
/// use operation_response::{from_json, operation_response};
///
/// #[operation_response(open)]
/// pub enum JobResponse {
///     Done,
/// }
///
/// let json = r#"{"status":"paused","until":"tomorrow","by":"ops"}"#;
/// let body: JobResponse = from_json(json)?;
/// let JobResponse::Unknown { status, fields } = &body else { unreachable!() };
/// assert_eq!(status, "paused");
/// assert_eq!(fields.get("by"), Some(&serde_json::json!("ops")));
/// assert_eq!(fields.keys().collect::<Vec<_>>(), ["until", "by"]);
/// assert_eq!(serde_json::to_string(&body).unwrap(), json);
/// # Ok::<(), operation_response::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnknownFields {
    entries: Vec<(String, Value)>,
}

impl UnknownFields {
    /// No fields.
    pub const fn new() -> Self {
        UnknownFields {
            entries: Vec::new(),
        }
    }

    /// How many fields there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value of the first field named `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.entries
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// The field names, in the order received.
    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.entries.iter().map(|(name, _)| name.as_str())
    }

    /// The fields, in the order received.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> + '_ {
        self.entries
            .iter()
            .map(|(name, value)| (name.as_str(), value))
    }

    /// Adds a field at the end.
    pub fn push(&mut self, key: impl Into<String>, value: Value) {
        self.entries.push((key.into(), value));
    }
}

impl From<Vec<(String, Value)>> for UnknownFields {
    fn from(entries: Vec<(String, Value)>) -> Self {
        UnknownFields { entries }
    }
}

impl FromIterator<(String, Value)> for UnknownFields {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        UnknownFields {
            entries: iter.into_iter().collect(),
        }
    }
}

impl IntoIterator for UnknownFields {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}
