//! On error: the user's item without our attributes (and without serde's,
//! which nothing would read), next to every error, so that one mistake does
//! not turn into dozens of "cannot find" errors and IDEs keep working.

use crate::symbol::{RESPONSE, SERDE};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::Token;

pub fn fallback(item: &syn::DeriveInput, errors: &syn::Error) -> TokenStream {
    let mut item = item.clone();
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
    let mut tokens = errors.to_compile_error();
    item.to_tokens(&mut tokens);
    tokens
}

/// Drops `#[response]` and `#[serde]`, and serde's derives, which the user's
/// crate may not even be able to name.
fn strip(attrs: &mut Vec<syn::Attribute>) {
    attrs.retain(|attr| !attr.path().is_ident(RESPONSE) && !attr.path().is_ident(SERDE));
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        else {
            continue;
        };
        let kept: Punctuated<syn::Path, Token![,]> = paths
            .into_iter()
            .filter(|path| {
                path.segments.last().map_or(true, |last| {
                    last.ident != "Serialize" && last.ident != "Deserialize"
                })
            })
            .collect();
        *attr = syn::parse_quote!(#[derive(#kept)]);
    }
}
