//! Schemas of the declared types, for servers that document them and for
//! clients that check a vendor's document against their declaration.
//!
//! With the feature `schemars`, every type `#[operation_response]` and
//! `#[response_model]` generate implements [`schemars::JsonSchema`]; with
//! `utoipa`, [`utoipa::ToSchema`]. Both describe what deserialization
//! accepts: wire names, `required`, nullability, defaults, the rules as
//! keywords, the status set, and the enum form as a `oneOf` with one fixed
//! status per branch and an OpenAPI `discriminator`.
//!
//! With `schemars`, [`drift`] compares a type with a vendor's OpenAPI
//! component.
//!
//! (The features are off in this build of the docs' examples unless noted.)

#[cfg(feature = "schemars")]
mod drift;
pub(crate) mod shape;
#[cfg(feature = "schemars")]
pub(crate) mod with_schemars;
#[cfg(feature = "utoipa")]
pub(crate) mod with_utoipa;

#[cfg(feature = "schemars")]
pub use self::drift::{drift, Difference, DifferenceKind, Drift};
