//! What generated code names, re-exported from ordinary modules. Not public
//! API: it may change in any release, and nothing here follows semver.

pub use crate::__string_enum as string_enum;
pub use crate::object::{deserialize_required, map_of_integers, Object};
pub use crate::progress::{fraction, Percent};
pub use crate::status::with_outcome;
pub use crate::string_enum::{deserialize_string_enum, parse_closed, parse_open, WireEnum};
pub use crate::validation::{
    parsed, validated, watch, Nested, Probe, ProbeChecked, ProbeOther, ProbeValidate, SelfChecking,
    SkipNested, ValidateNested,
};
pub use crate::{
    Examples, Lifecycle, OperationResponse, Outcome, Path, UnknownFields, Validate,
    ValidationErrors,
};
pub use core::clone::Clone;
pub use core::default::Default;
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Ok};
pub use serde;
pub use serde::de::DeserializeOwned;
pub use serde::de::MapAccess;
pub use serde::{Deserialize, Deserializer, Serialize, Serializer};
pub use std::string::String;

/// `#[response(number_as_string)]`: the field's `#[serde(with)]` module.
pub mod number_as_string {
    pub use crate::number_as_string::{deserialize, serialize, Integer, NumberAsString};
}

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

/// The wire form of generated types.
pub mod shape {
    pub use crate::shape::*;
}

/// `Examples` of generated types.
pub mod examples {
    pub use crate::examples::{
        first, given, of, per_status, strings, HasExamples, HasResponseExample, ValidateWithField,
    };
    pub use crate::shape::FieldType;
}

/// The wire form of generated types, for their schemas.
#[cfg(any(feature = "schemars", feature = "utoipa"))]
pub mod schema {
    pub use crate::schema::build::{name, Probe};
    pub use crate::schema::default::with_default;
    pub use crate::shape::*;
    pub use std::borrow::Cow;
}

/// `schemars::JsonSchema` for generated types.
#[cfg(feature = "schemars")]
pub mod schemars {
    pub use crate::schema::with_schemars::{json_schema, HasSchema, NoSchema};
    pub use ::schemars::{JsonSchema, Schema, SchemaGenerator};
}

/// `utoipa::ToSchema` for generated types.
#[cfg(feature = "utoipa")]
pub mod utoipa {
    pub use crate::schema::with_utoipa::{
        array, map, nullable, schema, schemas, HasSchema, NoSchema,
    };
    /// utoipa's own derive implements this for `Option<T>` to be a schema.
    pub use ::utoipa::__dev::ComposeSchema;
    pub use ::utoipa::openapi::{schema::Schema, RefOr};
    pub use ::utoipa::ToSchema;
    pub use std::vec::Vec;
}

/// `proptest::arbitrary::Arbitrary` for generated types.
#[cfg(feature = "proptest")]
pub mod proptest {
    pub use crate::proptest::{
        json_map, json_number, json_value, valid, wide, FieldGen, Generated, HasStrategy,
    };
    pub use crate::shape::FieldType;
    pub use ::proptest::arbitrary::Arbitrary;
    pub use ::proptest::strategy::BoxedStrategy;
}
