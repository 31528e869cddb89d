//! [`Mode::Stubs`](super::Mode::Stubs): after an error, the type's traits
//! implemented so that its uses elsewhere in the user's crate compile, and
//! the mistake gives one error, not one more at each use (thiserror's
//! fallback). The items and the status enum are generated as in full mode.

use super::Options;
use crate::model::{Item, Model, Operation};
use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
use syn::Ident;

/// The stub impls of one model.
pub fn impls(model: &Model, options: Options) -> TokenStream {
    let (item, status, status_enum) = match model {
        Model::ResponseStruct(body) => {
            let ident = &body.status.wire_enum.ident;
            (&body.object.item, Some(quote!(#ident)), Some(ident))
        }
        Model::ResponseEnum(union) => {
            let ident = &union.status.wire_enum.ident;
            (&union.item, Some(quote!(#ident)), Some(ident))
        }
        Model::Tagged(union) => (&union.item, None, None),
        Model::Object(object) => {
            let status = object.operation.as_ref().map(|operation| match operation {
                Operation::Lifecycle(_) => quote!(__or::Lifecycle),
                Operation::Field(i) => {
                    let ty = object.fields[*i].ty;
                    quote!(<#ty as __or::OperationResponse>::Status)
                }
            });
            (&object.item, status, None)
        }
        // Generated whole (see `generate`).
        Model::StringEnum(_) => return TokenStream::new(),
    };
    let mut out = traits(item, status);
    out.extend(schemas(item.ident, item.generics, options));
    if let Some(status_enum) = status_enum {
        out.extend(schemas(status_enum, &syn::Generics::default(), options));
    }
    out
}

/// serde, `Validate`, `Examples` and, with a status, `OperationResponse`.
fn traits(item: &Item, status: Option<TokenStream>) -> TokenStream {
    let ident = item.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let params = super::generics::impl_params(item.generics);
    let response = status.map(|status_enum| {
        quote! {
            #[automatically_derived]
            impl #impl_generics __or::OperationResponse for #ident #ty_generics #where_clause {
                type Status = #status_enum;
                fn status(&self) -> #status_enum {
                    ::core::unreachable!()
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S: __or::Serializer>(&self, _: __S) -> __or::Result<__S::Ok, __S::Error> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl<'de, #(#params),*> __or::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D: __or::Deserializer<'de>>(_: __D) -> __or::Result<Self, __D::Error> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #impl_generics __or::Validate for #ident #ty_generics #where_clause {
            fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        }

        #[automatically_derived]
        impl #impl_generics __or::Examples for #ident #ty_generics #where_clause {
            fn examples() -> ::std::vec::Vec<Self> {
                ::std::vec::Vec::new()
            }
        }

        #response
    }
}

/// The schema traits the options ask for, implemented as "any value".
fn schemas(ident: &Ident, generics: &syn::Generics, options: Options) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let name = ident.unraw().to_string();
    let mut out = TokenStream::new();
    if options.schemars {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics __or::schemars::JsonSchema for #ident #ty_generics #where_clause {
                fn schema_name() -> __or::schema::Cow<'static, str> {
                    __or::schema::Cow::Borrowed(#name)
                }

                fn json_schema(_: &mut __or::schemars::SchemaGenerator) -> __or::schemars::Schema {
                    __or::Default::default()
                }
            }
        });
    }
    if options.utoipa {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics __or::utoipa::ComposeSchema for #ident #ty_generics #where_clause {
                fn compose(
                    _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
                ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
                    __or::Default::default()
                }
            }

            #[automatically_derived]
            impl #impl_generics __or::utoipa::ToSchema for #ident #ty_generics #where_clause {}
        });
    }
    out
}
