//! Implementation detail of the `operation-response` crate: use that crate,
//! which re-exports these attributes with their documentation.
#![forbid(unsafe_code)]
#![allow(
    // Messages are built with `format!` for clarity; they are off the hot path.
    clippy::uninlined_format_args
)]

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
#[cfg(feature = "pattern")]
mod ecma;
mod expand;
mod fallback;
mod krate;
mod model;
mod pipeline;
mod suggest;
mod symbol;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Declares a response body: see `operation_response::operation_response`.
#[proc_macro_attribute]
pub fn operation_response(args: TokenStream, item: TokenStream) -> TokenStream {
    pipeline::expand(args.into(), item.into(), false, expand::Options::FEATURES).into()
}

/// Declares a nested object or string enum: see
/// `operation_response::response_model`.
#[proc_macro_attribute]
pub fn response_model(args: TokenStream, item: TokenStream) -> TokenStream {
    pipeline::expand(args.into(), item.into(), true, expand::Options::FEATURES).into()
}
