//! Output on error: every error, next to what the checks could establish,
//! so that one mistake gives one error and not one more at each use of the
//! type elsewhere in the user's crate (thiserror's stubs).
//!
//! With a model: the user's item with its status field, the status enum with
//! all its impls, and stub impls of the type's traits. Without one (a union,
//! a tuple struct): the user's item without our attributes.

use crate::expand::{self, generate};
use crate::model::{Item, Model, Operation};
use crate::symbol::{RESPONSE, SERDE};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::punctuated::Punctuated;
use syn::Token;

pub fn model(model: &Model, errors: &syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    let generated = match model {
        Model::ResponseStruct(body) => {
            let item = &body.object.item;
            let status = expand::Spec::status(item, &body.status);
            expand::assemble(
                item,
                [
                    expand::item_object(item, &body.object.fields, Some(&body.status)),
                    status.item(),
                ],
                [
                    status.impls(),
                    stubs(item, Some(body.status.ident.to_token_stream())),
                    expand::schema_stubs(item, Some(&body.status.ident)),
                ],
            )
        }
        Model::ResponseEnum(union) => {
            let item = &union.item;
            let status = expand::Spec::status(item, &union.status);
            expand::assemble(
                item,
                [expand::item_union(union), status.item()],
                [
                    status.impls(),
                    stubs(item, Some(union.status.ident.to_token_stream())),
                    expand::schema_stubs(item, Some(&union.status.ident)),
                ],
            )
        }
        Model::Tagged(union) => expand::assemble(
            &union.item,
            [expand::item_union(union)],
            [
                stubs(&union.item, None),
                expand::schema_stubs(&union.item, None),
            ],
        ),
        Model::Object(object) => {
            let status = object.operation.as_ref().map(|operation| match operation {
                Operation::Lifecycle(_) => quote!(__or::Lifecycle),
                Operation::Field(i) => {
                    let ty = object.fields[*i].ty;
                    quote!(<#ty as __or::OperationResponse>::Status)
                }
            });
            expand::assemble(
                &object.item,
                [expand::item_object(&object.item, &object.fields, None)],
                [
                    stubs(&object.item, status),
                    expand::schema_stubs(&object.item, None),
                ],
            )
        }
        // A string enum's impls need nothing the checks may have dropped.
        Model::StringEnum(_) => generate(model),
    };
    quote!(#errors #generated)
}

/// The type's traits, implemented so that its uses compile.
fn stubs(item: &Item, status: Option<TokenStream>) -> TokenStream {
    let ident = item.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let params = expand::impl_params(item.generics);
    let response = status.map(|status_enum| {
        quote! {
            impl #impl_generics __or::OperationResponse for #ident #ty_generics #where_clause {
                type Status = #status_enum;
                fn status(&self) -> #status_enum {
                    ::core::unreachable!()
                }
            }
        }
    });
    quote! {
        impl #impl_generics __or::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S: __or::Serializer>(&self, _: __S) -> __or::Result<__S::Ok, __S::Error> {
                ::core::unreachable!()
            }
        }

        impl<'de, #(#params),*> __or::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D: __or::Deserializer<'de>>(_: __D) -> __or::Result<Self, __D::Error> {
                ::core::unreachable!()
            }
        }

        impl #impl_generics __or::Validate for #ident #ty_generics #where_clause {
            fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        }

        #response
    }
}

/// Without a model: the user's item without our attributes (and serde's,
/// which nothing would read), next to every error.
pub fn item(item: &syn::DeriveInput, errors: Option<syn::Error>) -> TokenStream {
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
    let mut tokens = errors.map_or_else(TokenStream::new, |e| e.to_compile_error());
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
