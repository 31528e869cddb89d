//! Tests that drive the expansion at the `proc_macro2` level: reviewed
//! snapshots of what it generates, and malformed inputs it must answer
//! without panicking.

mod no_panic;
mod snapshots;

use proc_macro2::TokenStream;

/// Expands every `#[operation_response]` / `#[response_model]` item of a
/// file, as the compiler would call the attribute.
pub fn expand_file(file: &syn::File, options: crate::expand::Options) -> Vec<TokenStream> {
    file.items
        .iter()
        .filter_map(|item| {
            let mut item = item.clone();
            let attrs = match &mut item {
                syn::Item::Struct(s) => &mut s.attrs,
                syn::Item::Enum(e) => &mut e.attrs,
                _ => return None,
            };
            let position = attrs.iter().position(|a| {
                a.path().is_ident("operation_response") || a.path().is_ident("response_model")
            })?;
            let attr = attrs.remove(position);
            let is_model = attr.path().is_ident("response_model");
            let args = match attr.meta {
                syn::Meta::List(list) => list.tokens,
                _ => TokenStream::new(),
            };
            Some(crate::pipeline::expand(
                args,
                quote::ToTokens::into_token_stream(item),
                is_model,
                options,
            ))
        })
        .collect()
}
