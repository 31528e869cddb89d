//! The enum form's serde impls. Deserializing reads the status first when it
//! comes first, and then each variant's fields straight from the rest of the
//! object into a small struct that serde derives (`deny_unknown_fields`
//! holds for unit variants too); see the runtime's `union` module.
//! Serializing goes through serde's derive on a remote copy of the enum with
//! `tag = "<status key>"`.

use super::{generics, shadow, validate};
use crate::model::{Field, Union};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn serde_impls(union: &Union) -> TokenStream {
    let item = &union.item;
    let ident = item.ident;
    let generics_ = item.generics;
    let (impl_generics, ty_generics, where_clause) = generics_.split_for_impl();
    let turbofish = ty_generics.as_turbofish();
    let key = &union.status.key;
    let status = &union.status.wire_enum;
    let status_enum = &status.ident;
    let fields: Vec<&Field> = union
        .variants
        .iter()
        .flat_map(|v| v.fields.iter().flatten())
        .collect();
    let ser_where = generics::ser_where(generics_, &fields);
    let (de_params, de_where) = generics::de_generics(generics_, &fields);
    let deserialize = validate::deserialize(
        &fields,
        union.validate_with.is_some(),
        quote!(__deserializer),
        quote!(__or::union::deserialize_union),
    );

    // One field struct per variant with fields, read from the rest of the map.
    let deny = union
        .deny_unknown_fields
        .then(|| quote!(#[serde(deny_unknown_fields)]));
    let marker = (!generics_.params.is_empty()).then(|| {
        let lifetimes = generics_.lifetimes().map(|l| &l.lifetime);
        let types = generics_.type_params().map(|t| &t.ident);
        quote! {
            #[serde(skip)]
            __marker: ::core::marker::PhantomData<fn() -> (#(&#lifetimes (),)* #(#types,)*)>,
        }
    });
    let field_struct = |variant: &syn::Ident| format_ident!("__{}Fields", variant);
    let field_structs = union.variants.iter().filter_map(|variant| {
        let own = variant.fields.as_ref()?;
        let name = field_struct(variant.ident);
        let fields = own.iter().map(shadow::field);
        Some(quote! {
            #[derive(__or::Deserialize)]
            #[serde(crate = "__or::serde")]
            #deny
            struct #name #impl_generics #where_clause {
                #(#fields)*
                #marker
            }
        })
    });
    let deny_unit = union.deny_unknown_fields;
    // Each variant built from the rest of the map.
    let bodies: Vec<TokenStream> = union
        .variants
        .iter()
        .map(|variant| {
            let variant_ident = variant.ident;
            match &variant.fields {
                None => quote! {
                    __or::union::unit(__rest, #key, #deny_unit)?;
                    __or::Ok(Self::#variant_ident)
                },
                Some(own) => {
                    let name = field_struct(variant.ident);
                    let names = own.iter().map(|f| f.ident);
                    quote! {
                        let __fields: #name #ty_generics = __or::union::fields(__rest, #key)?;
                        __or::Ok(Self::#variant_ident { #(#names: __fields.#names,)* })
                    }
                }
            }
        })
        .collect();
    let status_idents: Vec<&syn::Ident> = union
        .variants
        .iter()
        .map(|v| &status.values[v.status].ident)
        .collect();
    let unknown_key = union.unknown_key();
    let unknown_arm = status.open.then(|| {
        quote! {
            #status_enum::Unknown(__status) => __or::Ok(Self::Unknown {
                #unknown_key: __status,
                fields: __or::union::unknown_fields(__rest, #key)?,
            }),
        }
    });
    // One listed status and no `Unknown`: no match of one arm.
    let variant_body = match (bodies.as_slice(), &unknown_arm) {
        ([body], None) => {
            let status_ident = status_idents[0];
            quote! {
                let #status_enum::#status_ident = __status;
                #body
            }
        }
        _ => quote! {
            match __status {
                #(#status_enum::#status_idents => { #bodies })*
                #unknown_arm
            }
        },
    };
    let expecting = if union.tagged {
        format!("a `{ident}`: an object with a `{key}` key")
    } else {
        format!("a `{ident}` body: an object with a `{key}` key")
    };

    // Serializing: serde's derive on a remote copy, internally tagged.
    let shadow = format_ident!("__{}Serde", ident);
    let remote = ident.to_string();
    let shadow_variants = union.variants.iter().map(|variant| {
        let variant_ident = variant.ident;
        let wire = &status.values[variant.status].wire;
        let rename = quote!(#[serde(rename = #wire)]);
        match &variant.fields {
            None => quote!(#rename #variant_ident,),
            Some(own) => {
                let fields = own.iter().map(shadow::field);
                quote!(#rename #variant_ident { #(#fields)* },)
            }
        }
    });
    let shadow_unknown = status.open.then(|| {
        quote! {
            // Serialized by hand; renamed so as not to clash with the tag.
            #[serde(skip_serializing)]
            Unknown {
                #[serde(rename = "__unknown_status")]
                #unknown_key: __or::String,
                fields: __or::UnknownFields,
            },
        }
    });
    let serialize = if status.open {
        quote! {
            match self {
                #ident::Unknown { #unknown_key, fields } => {
                    __or::union::serialize_unknown(__serializer, #key, #unknown_key, fields)
                }
                _ => #shadow #turbofish::serialize(self, __serializer),
            }
        }
    } else {
        quote!(#shadow #turbofish::serialize(self, __serializer))
    };

    let default_status = super::object::default_status(&union.status).map(|value| {
        quote! {
            #[inline]
            fn default_status() -> __or::Option<#status_enum> {
                __or::Some(#value)
            }
        }
    });
    quote! {
        #(#field_structs)*

        #[automatically_derived]
        impl #de_params __or::union::Union<'de> for #ident #ty_generics #de_where {
            type Status = #status_enum;
            const STATUS_KEY: &'static ::core::primitive::str = #key;
            const EXPECTING: &'static ::core::primitive::str = #expecting;

            #[inline]
            fn variant<__M: __or::MapAccess<'de>>(__status: #status_enum, __rest: __M) -> __or::Result<Self, __M::Error> {
                #variant_body
            }
            #default_status
        }

        #[automatically_derived]
        impl #de_params __or::Deserialize<'de> for #ident #ty_generics #de_where {
            #[inline]
            fn deserialize<__D: __or::Deserializer<'de>>(__deserializer: __D) -> __or::Result<Self, __D::Error> {
                #deserialize
            }
        }

        #[derive(__or::Serialize)]
        #[serde(crate = "__or::serde", remote = #remote, tag = #key)]
        #[allow(dead_code, clippy::all, clippy::pedantic)]
        enum #shadow #impl_generics #where_clause {
            #(#shadow_variants)*
            #shadow_unknown
        }

        #[automatically_derived]
        impl #impl_generics __or::Serialize for #ident #ty_generics #ser_where {
            fn serialize<__S: __or::Serializer>(&self, __serializer: __S) -> __or::Result<__S::Ok, __S::Error> {
                #serialize
            }
        }
    }
}
