//! Wire paths: where a value sits in a body, in the names the JSON uses.

use core::fmt;

/// Where a value sits in a body, in the names the JSON uses: `error.message`,
/// `extendedPayloads[2].api`, `metadata.someKey`.
///
/// A `Path` is a chain of borrowed segments on the stack: building one
/// allocates nothing, and it is rendered to text only when a violation is
/// recorded.
///
/// ```
/// use operation_response::Path;
///
/// let root = Path::root();
/// let payloads = root.key("extendedPayloads");
/// let third = payloads.index(2);
/// let api = third.key("api");
/// assert_eq!(api.to_string(), "extendedPayloads[2].api");
/// assert_eq!(root.to_string(), "");
/// ```
#[derive(Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
    /// Below a value just deserialized: generated values checked
    /// themselves, and their `validate_into` returns at once (see
    /// `validation.rs`). Inherited by every path built from this one.
    parsed: bool,
}

#[derive(Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
    Entry(&'a dyn fmt::Display),
}

impl Path<'static> {
    /// The body itself.
    pub const fn root() -> Self {
        Path {
            parent: None,
            segment: Segment::Root,
            parsed: false,
        }
    }

    /// The root of a value just deserialized.
    pub(crate) const fn parsed_root() -> Self {
        Path {
            parent: None,
            segment: Segment::Root,
            parsed: true,
        }
    }
}

impl<'a> Path<'a> {
    /// The field with wire name `key` of the object at `self`.
    pub const fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Key(key),
            parsed: self.parsed,
        }
    }

    /// The element at `index` of the array at `self`.
    pub const fn index(&'a self, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Index(index),
            parsed: self.parsed,
        }
    }

    /// The value under map key `key` of the map at `self`; the key is
    /// rendered only when a violation is recorded.
    pub const fn entry(&'a self, key: &'a dyn fmt::Display) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Entry(key),
            parsed: self.parsed,
        }
    }

    /// Whether this is the body itself.
    pub const fn is_root(&self) -> bool {
        matches!(self.segment, Segment::Root)
    }

    /// Whether the value at this path was just deserialized.
    pub(crate) const fn is_parsed(&self) -> bool {
        self.parsed
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let after_root = match self.parent {
            Some(parent) => {
                parent.fmt(f)?;
                !parent.is_root()
            }
            None => false,
        };
        match self.segment {
            Segment::Root => Ok(()),
            Segment::Index(index) => write!(f, "[{index}]"),
            Segment::Key(key) => {
                if after_root {
                    f.write_str(".")?;
                }
                f.write_str(key)
            }
            Segment::Entry(key) => {
                if after_root {
                    f.write_str(".")?;
                }
                key.fmt(f)
            }
        }
    }
}

impl fmt::Debug for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Path({:?})", self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn renders_wire_paths() {
        let root = Path::root();
        let key = String::from("someKey");
        let metadata = root.key("metadata");
        let entry = metadata.entry(&key);
        assert_eq!(entry.to_string(), "metadata.someKey");
        let first = root.index(0);
        let message = first.key("message");
        assert_eq!(message.to_string(), "[0].message");
        let nested = message.index(3);
        assert_eq!(nested.to_string(), "[0].message[3]");
    }
}
