//! Expansions under `#![no_implicit_prelude]`, with the user's own
//! `Result`, `Option`, `String`, `serde` and `core` in scope: generated code
//! names everything by absolute path, so nothing here can break it.
#![no_implicit_prelude]
#![allow(dead_code, clippy::pedantic)]

/// Shadows the prelude's `Result`.
pub struct Result;
/// Shadows the prelude's `Option`.
pub struct Option;
/// Shadows the prelude's `String`.
pub struct String;
/// Shadows the prelude's `Some`.
pub struct Some;
/// Shadows the prelude's `Ok`.
pub struct Ok;
/// A module named like the crate the expansion must not take from scope.
pub mod serde {}
/// A module named like the crate the expansion must not take from scope.
pub mod core {}
/// A module named like the runtime crate.
pub mod operation_response {}

/// A body declared among the shadows.
#[::operation_response::operation_response(
    status = ["pending", "failed"],
    terminal = ["failed"],
    failure = ["failed"],
    open,
)]
pub struct ShadowedResponse {
    /// A field with rules.
    #[response(min_length = 1, max_length = 8)]
    pub name: ::std::string::String,
    /// An optional nested model.
    #[response(required_when = "failed")]
    pub detail: ::core::option::Option<ShadowedModel>,
    /// A bounded number.
    #[response(min = 1)]
    pub count: u64,
}

/// A nested model declared among the shadows.
#[::operation_response::response_model]
pub struct ShadowedModel {
    /// Must not be empty.
    #[response(non_empty)]
    pub message: ::std::string::String,
}

/// A string enum declared among the shadows.
#[::operation_response::response_model(open)]
pub enum ShadowedKind {
    /// `"a"`
    A,
}
