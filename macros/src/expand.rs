//! The entry: parse → check → generate; on any error, the fallback.

mod body;
mod response;
mod status_enum;
mod union;
mod validate;
mod wire_enum;

use crate::ast::{self, Data, Input};
use crate::attr::Target;
use crate::check::{self, Statuses};
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use proc_macro2::{Span, TokenStream};
use quote::quote;

pub fn expand(args: TokenStream, item: TokenStream, is_model: bool) -> TokenStream {
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
    let input = Input::from_syn(&cx, &original, is_model, args);
    let statuses = input.as_ref().and_then(|input| check::check(&cx, input));
    if let Err(errors) = cx.check() {
        return fallback(&original, &errors);
    }
    let Some(input) = input else {
        // `from_syn` gives no input only after reporting an error.
        return fallback(
            &original,
            &syn::Error::new(Span::call_site(), "unsupported item"),
        );
    };
    generate(&input, statuses.as_ref())
}

fn generate(input: &Input, statuses: Option<&Statuses>) -> TokenStream {
    match (&input.data, input.target, statuses) {
        (Data::Struct(fields), Target::ResponseStruct, Some(statuses)) => {
            let status_enum = ast::status_enum_name(input);
            let item = body::struct_item(input, fields, Some(&status_enum));
            let status = status_enum::generate(input, &status_enum, statuses);
            let serde = body::serde_impls(input, fields, Some(&status_enum));
            let validate = validate::struct_impl(input, fields, Some((&status_enum, statuses)));
            let response = response::struct_impl(input, &status_enum);
            assemble(item, Some(status), quote!(#serde #validate #response))
        }
        (Data::Struct(fields), Target::ModelStruct, _) => {
            let item = body::struct_item(input, fields, None);
            let serde = body::serde_impls(input, fields, None);
            let validate = validate::struct_impl(input, fields, None);
            assemble(item, None, quote!(#serde #validate))
        }
        (Data::Enum(variants), Target::ResponseEnum, Some(statuses)) => {
            let status_enum = ast::status_enum_name(input);
            let item = union::enum_item(input, variants);
            let status = status_enum::generate(input, &status_enum, statuses);
            let serde = union::serde_impls(input, variants, statuses);
            let validate = validate::enum_impl(input, variants);
            let response = union::response_impl(input, variants, &status_enum, statuses);
            assemble(item, Some(status), quote!(#serde #validate #response))
        }
        (Data::Enum(variants), Target::ModelEnum, _) => wire_enum::model_enum(input, variants),
        _ => {
            let error = syn::Error::new_spanned(&input.original.ident, "unsupported item");
            fallback(input.original, &error)
        }
    }
}

/// The item, its status enum, and its impls inside `const _`, which keeps the
/// helper items (serde's remote copy, `__validate`) out of the user's scope.
fn assemble(item: TokenStream, status: Option<TokenStream>, impls: TokenStream) -> TokenStream {
    quote! {
        #item
        #status
        const _: () = {
            #impls
        };
    }
}
