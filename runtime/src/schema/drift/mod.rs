//! `drift`: a declared type against a vendor's OpenAPI component. Both
//! schemas are read into one normal form (references followed, `allOf`
//! merged, `oneOf`/`anyOf` joined, OpenAPI 3.0's `nullable` and boolean
//! exclusive bounds read as 3.1 says them), then compared key by key.

mod compare;
mod normal;
mod report;

pub use self::compare::drift;
pub use self::report::{Difference, DifferenceKind, Drift};
