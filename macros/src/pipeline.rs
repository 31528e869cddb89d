//! The pipeline: parse → check → expand; on any error, the fallback.

use crate::ast::{self, Input};
use crate::check;
use crate::ctxt::Ctxt;
use crate::expand::{generate, Mode, Options};
use crate::fallback;
use proc_macro2::{Span, TokenStream};
use quote::quote;

pub fn expand(
    args: TokenStream,
    item: TokenStream,
    is_model: bool,
    options: Options,
) -> TokenStream {
    let original: syn::DeriveInput = match syn::parse2(item.clone()) {
        Ok(original) => original,
        Err(_) => {
            // Not a struct, enum or union: say so, and give the item back
            // unchanged so that its own errors (if any) still show.
            let span = item
                .clone()
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |tt| tt.span());
            let what = if is_model {
                "`#[response_model]` goes on a struct with named fields or a fieldless enum"
            } else {
                "`#[operation_response]` goes on a struct with named fields or an enum"
            };
            let error = syn::Error::new(span, what).to_compile_error();
            return quote!(#error #item);
        }
    };
    let cx = Ctxt::new();
    let derives = ast::derive_paths(&cx, &original);
    let Some(input) = Input::from_syn(&cx, &original, &derives, is_model, args) else {
        // A union, a tuple or a unit struct: reported, nothing to model.
        return fallback::item(&original, &derives, cx.check().err());
    };
    let model = check::check(&cx, &input);
    match cx.check() {
        Ok(()) => generate(&model, Mode::Full, options),
        Err(errors) => fallback::model(&model, &errors, options),
    }
}
