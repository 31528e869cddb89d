//! Output on error: every error, next to what the checks could establish,
//! so that one mistake gives one error and not one more at each use of the
//! type elsewhere in the user's crate (thiserror's stubs).
//!
//! With a model: the stubs mode of `expand::generate` (the user's item with
//! its status field, the status enum with all its impls, and stub impls of
//! the type's traits). Without one (a union, a tuple struct): the user's
//! item without our attributes.

use crate::ast::kept_derives;
use crate::expand::{generate, Mode, Options};
use crate::model::Model;
use crate::symbol::{RESPONSE, SERDE};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

/// With a model: every error, then the stubs mode of the one emit path.
pub fn model(model: &Model, errors: &syn::Error, options: Options) -> TokenStream {
    let errors = errors.to_compile_error();
    let generated = generate(model, Mode::Stubs, options);
    quote!(#errors #generated)
}

/// Without a model: the user's item without our attributes (and serde's,
/// which nothing would read), next to every error. Its derives, as
/// `derive_paths` read them, are kept less serde's, in one `#[derive]`
/// where the first was.
pub fn item(
    item: &syn::DeriveInput,
    derive_paths: &[syn::Path],
    errors: Option<syn::Error>,
) -> TokenStream {
    let mut item = item.clone();
    let kept = kept_derives(derive_paths, None);
    let first = item.attrs.iter().position(|a| a.path().is_ident("derive"));
    item.attrs.retain(|attr| !attr.path().is_ident("derive"));
    if let (Some(first), false) = (first, kept.is_empty()) {
        item.attrs
            .insert(first, syn::parse_quote!(#[derive(#(#kept),*)]));
    }
    strip(&mut item.attrs);
    match &mut item.data {
        syn::Data::Struct(data) => {
            for field in data.fields.iter_mut() {
                strip(&mut field.attrs);
            }
        }
        syn::Data::Enum(data) => {
            for variant in &mut data.variants {
                strip(&mut variant.attrs);
                for field in variant.fields.iter_mut() {
                    strip(&mut field.attrs);
                }
            }
        }
        syn::Data::Union(data) => {
            for field in &mut data.fields.named {
                strip(&mut field.attrs);
            }
        }
    }
    let mut tokens = errors.map_or_else(TokenStream::new, |e| e.to_compile_error());
    item.to_tokens(&mut tokens);
    tokens
}

/// Drops `#[response]` and `#[serde]`.
fn strip(attrs: &mut Vec<syn::Attribute>) {
    attrs.retain(|attr| !attr.path().is_ident(RESPONSE) && !attr.path().is_ident(SERDE));
}
