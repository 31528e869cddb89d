//! What generated code names, re-exported from ordinary modules. Not public
//! API: it may change in any release, and nothing here follows semver.

pub use crate::nested::{
    deserialize_required, nested, shape, Nested, Probe, ProbeOther, ProbeValidate, SkipNested,
    ValidateNested,
};
pub use crate::scope::validated;
pub use crate::status::with_outcome;
pub use crate::string_enum::{deserialize_string_enum, parse_closed, parse_open};
pub use crate::{
    Lifecycle, OperationResponse, OperationStatus, Outcome, Path, StringEnum, UnknownFields,
    Validate, ValidationErrors,
};
pub use core::clone::Clone;
pub use core::convert::Infallible;
pub use core::default::Default;
pub use core::fmt;
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};
pub use core::str::FromStr;
pub use serde;
pub use serde::de::MapAccess;
pub use serde::{Deserialize, Deserializer, Serialize, Serializer};
pub use std::string::String;

/// The field rules.
pub mod rules {
    pub use crate::rules::*;
}

/// The enum form's deserializer.
pub mod union {
    pub use crate::union::{
        deserialize_union, fields, serialize_unknown, unit, unknown_fields, Union,
    };
}
