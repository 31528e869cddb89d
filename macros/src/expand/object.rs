//! A struct's serde impls: serde's derive on a field-for-field copy marked
//! `#[serde(remote = "…")]`, which makes serde build the user's struct
//! directly (the copy is never instantiated). Our `Deserialize` wraps that
//! with the validation: no second parse, no intermediate value, and
//! `#[serde(…)]` attributes keep working.

use super::{generics, shadow, validate};
use crate::model::{Field, Object, Status, StatusDefault};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `status_default` as a value of the status enum.
pub fn default_status(status: &Status) -> Option<TokenStream> {
    let status_enum = &status.wire_enum.ident;
    status.default.as_ref().map(|default| match default {
        StatusDefault::Listed(index) => {
            let ident = &status.wire_enum.values[*index].ident;
            quote!(#status_enum::#ident)
        }
        StatusDefault::Unlisted(wire) => {
            quote!(#status_enum::Unknown(::std::string::String::from(#wire)))
        }
    })
}

pub fn serde_impls(object: &Object, status: Option<&Status>) -> TokenStream {
    let item = &object.item;
    let ident = item.ident;
    let generics_ = item.generics;
    let (impl_generics, ty_generics, where_clause) = generics_.split_for_impl();
    let shadow = format_ident!("__{}Serde", ident);
    let remote = ident.to_string();
    let serde_attrs = &object.serde_attrs;
    let deny = object
        .deny_unknown_fields
        .then(|| quote!(#[serde(deny_unknown_fields)]));
    let status_field = status.map(|status| {
        let key = &status.key;
        let status_enum = &status.wire_enum.ident;
        let default = status
            .default
            .is_some()
            .then(|| quote!(#[serde(default = "__status_default")]));
        quote! {
            #[serde(rename = #key)]
            #default
            status: #status_enum,
        }
    });
    // `status_default`: what serde takes when the key is absent.
    let status_default = status.and_then(|status| {
        let status_enum = &status.wire_enum.ident;
        let value = default_status(status)?;
        Some(quote! {
            #[inline]
            fn __status_default() -> #status_enum {
                #value
            }
        })
    });
    let fields: Vec<&Field> = object.fields.iter().collect();
    let shadow_fields = fields.iter().map(|f| shadow::field(f));
    let ser_where = generics::ser_where(generics_, &fields);
    let (de_params, de_where) = generics::de_generics(generics_, &fields);
    let turbofish = ty_generics.as_turbofish();
    let deserialize = validate::deserialize(
        &fields,
        object.validate_with.is_some(),
        quote!(__or::Object(__deserializer)),
        quote!(#shadow #turbofish::deserialize),
    );
    quote! {
        #status_default

        #[derive(__or::Serialize, __or::Deserialize)]
        #[serde(crate = "__or::serde", remote = #remote)]
        #deny
        #serde_attrs
        // Never built, and not the user's to lint: clippy's lints on a struct
        // (`struct_field_names` …) would fire here, where no `#[allow]` of
        // theirs reaches.
        #[allow(dead_code, clippy::all, clippy::pedantic)]
        struct #shadow #impl_generics #where_clause {
            #status_field
            #(#shadow_fields)*
        }

        #[automatically_derived]
        impl #impl_generics __or::Serialize for #ident #ty_generics #ser_where {
            #[inline]
            fn serialize<__S: __or::Serializer>(&self, __serializer: __S) -> __or::Result<__S::Ok, __S::Error> {
                #shadow #turbofish::serialize(self, __serializer)
            }
        }

        #[automatically_derived]
        impl #de_params __or::Deserialize<'de> for #ident #ty_generics #de_where {
            #[inline]
            fn deserialize<__D: __or::Deserializer<'de>>(__deserializer: __D) -> __or::Result<Self, __D::Error> {
                #deserialize
            }
        }
    }
}
