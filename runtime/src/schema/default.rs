//! A field's `default` in its schema.

use super::build::Sub;

/// `sub` with the field's default value, as it serializes.
pub fn with_default<T: serde::Serialize>(mut sub: Sub, value: T) -> Sub {
    sub.default = serde_json::to_value(value).ok();
    sub
}
