//! The enum form: the union itself, its serde impls and `OperationResponse`.
//!
//! Deserializing reads the status first when it comes first, and then each
//! variant's fields straight from the rest of the object into a small struct
//! that serde derives (`deny_unknown_fields` holds for unit variants too);
//! see the runtime's `union` module. Serializing goes through serde's derive
//! on a remote copy of the enum with `tag = "<status key>"`.

use super::body::shadow_field;
use crate::ast::{Input, Style, Variant};
use crate::check::Statuses;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

/// The user's enum, our attributes gone, with `Unknown` when `open`.
pub fn enum_item(input: &Input, variants: &[Variant]) -> TokenStream {
    let krate = input.container.krate();
    let original = input.original;
    let vis = &original.vis;
    let ident = &original.ident;
    let generics = &original.generics;
    let where_clause = &generics.where_clause;
    let item_attrs = super::body::item_attrs(input);
    let variants = variants.iter().map(|variant| {
        let attrs = &variant.kept_attrs;
        let ident = variant.ident;
        match variant.style {
            Style::Unit => quote!(#(#attrs)* #ident,),
            _ => {
                let fields = variant.fields.iter().map(|field| {
                    let attrs = &field.kept_attrs;
                    let ident = field.ident;
                    let ty = field.ty;
                    quote!(#(#attrs)* #ident: #ty,)
                });
                quote!(#(#attrs)* #ident { #(#fields)* },)
            }
        }
    });
    let unknown = input.container.open.value.map(|_| {
        quote! {
            /// A status this type does not list, kept with all its fields so
            /// that it serializes back unchanged.
            Unknown {
                /// The status, as received.
                status: #krate::__private::String,
                /// Every other field, as received.
                fields: #krate::UnknownFields,
            },
        }
    });
    quote! {
        #item_attrs
        #vis enum #ident #generics #where_clause {
            #(#variants)*
            #unknown
        }
    }
}

fn field_struct_name(variant: &Variant) -> Ident {
    format_ident!("__{}Fields", variant.ident)
}

/// A marker field so that a variant's field struct may name every generic
/// parameter of the enum, used or not.
fn marker(generics: &syn::Generics) -> Option<TokenStream> {
    if generics.params.is_empty() {
        return None;
    }
    let lifetimes = generics.lifetimes().map(|l| &l.lifetime);
    let types = generics.type_params().map(|t| &t.ident);
    Some(quote! {
        #[serde(skip)]
        __marker: ::core::marker::PhantomData<fn() -> (#(&#lifetimes (),)* #(#types,)*)>,
    })
}

pub fn serde_impls(input: &Input, variants: &[Variant], statuses: &Statuses) -> TokenStream {
    let krate = input.container.krate();
    let private = quote!(#krate::__private);
    let union = quote!(#private::union);
    let original = input.original;
    let ident = &original.ident;
    let generics = &original.generics;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let params: Vec<&syn::GenericParam> = generics.params.iter().collect();
    let turbofish = ty_generics.as_turbofish();
    let serde_crate = krate.serde_path();
    let status_key = input.status_key();
    let open = statuses.open;
    let predicates = where_clause.map(|w| {
        let predicates = w.predicates.iter();
        quote!(#(#predicates,)*)
    });
    let all_fields: Vec<&crate::ast::Field> = variants.iter().flat_map(|v| &v.fields).collect();
    let used = used_type_params_of(generics, &all_fields);
    let ser_bounds = used.iter().map(|p| quote!(#p: #private::Serialize,));
    let de_bounds = used.iter().map(|p| quote!(#p: #private::Deserialize<'de>,));
    let lifetimes = generics.lifetimes().map(|l| {
        let lifetime = &l.lifetime;
        quote!('de: #lifetime,)
    });
    let validate_bounds = super::validate::bounds(&krate, generics, &all_fields);
    let shape = super::validate::shape(&krate, all_fields.iter().copied());
    let de_where = quote! {
        #predicates
        #(#lifetimes)*
        #(#de_bounds)*
        #validate_bounds
    };

    // One field struct per variant, deserialized from the rest of the map.
    let deny = (input.container.deny_unknown_fields.value.is_some()
        || input.serde.deny_unknown_fields)
        .then(|| quote!(#[serde(deny_unknown_fields)]));
    let marker = marker(generics);
    let deny_unit = deny.is_some();
    let field_structs = variants
        .iter()
        .filter(|v| v.style != Style::Unit)
        .map(|variant| {
            let name = field_struct_name(variant);
            let fields = variant.fields.iter().map(|f| shadow_field(&krate, f));
            quote! {
                #[derive(#private::Deserialize)]
                #[serde(crate = #serde_crate)]
                #deny
                struct #name #generics #where_clause {
                    #(#fields)*
                    #marker
                }
            }
        });
    let arms = variants.iter().enumerate().map(|(index, variant)| {
        let name = field_struct_name(variant);
        let variant_ident = variant.ident;
        let names: Vec<&Ident> = variant.fields.iter().map(|f| f.ident).collect();
        if variant.style == Style::Unit {
            return quote! {
                #union::Tag::Known(#index) => {
                    #union::unit(__rest, #status_key, #deny_unit)?;
                    #private::Ok(Self::#variant_ident)
                }
            };
        }
        quote! {
            #union::Tag::Known(#index) => {
                let __fields: #name #ty_generics = #union::fields(__rest)?;
                #private::Ok(Self::#variant_ident { #(#names: __fields.#names,)* })
            }
        }
    });
    let fallback = if open {
        quote! {
            #union::Tag::Unknown(__status) => #private::Ok(Self::Unknown {
                status: __status,
                fields: #union::unknown_fields(__rest, #status_key)?,
            }),
            __tag => #private::Err(#union::unknown_status(&__tag, Self::KNOWN)),
        }
    } else {
        quote! {
            __tag => #private::Err(#union::unknown_status(&__tag, Self::KNOWN)),
        }
    };
    let wires = variants.iter().map(|v| &v.wire);
    let expecting = format!("a `{ident}` body: an object with a `{status_key}` key");

    // Serializing: serde's derive on a remote copy, internally tagged.
    let shadow = format_ident!("__{}Serde", ident);
    let remote = ident.to_string();
    let serde_attrs = &input.serde_attrs;
    let shadow_variants = variants.iter().map(|variant| {
        let variant_ident = variant.ident;
        let wire = &variant.wire;
        let variant_serde = &variant.serde_attrs;
        let rename = quote!(#[serde(rename = #wire)]);
        match variant.style {
            Style::Unit => quote!(#rename #(#variant_serde)* #variant_ident,),
            _ => {
                let fields = variant.fields.iter().map(|f| shadow_field(&krate, f));
                quote!(#rename #(#variant_serde)* #variant_ident { #(#fields)* },)
            }
        }
    });
    let shadow_unknown = open.then(|| {
        quote! {
            // Serialized by hand; renamed so as not to clash with the tag.
            #[serde(skip_serializing)]
            Unknown {
                #[serde(rename = "__unknown_status")]
                status: #private::String,
                fields: #krate::UnknownFields,
            },
        }
    });
    let serialize_unknown = open.then(|| {
        quote! {
            #ident::Unknown { status, fields } => {
                #union::serialize_unknown(__serializer, #status_key, status, fields)
            }
        }
    });

    quote! {
        #(#field_structs)*

        #[automatically_derived]
        impl<'de, #(#params),*> #union::Union<'de> for #ident #ty_generics
        where
            #de_where
        {
            const STATUS_KEY: &'static ::core::primitive::str = #status_key;
            const KNOWN: &'static [&'static ::core::primitive::str] = &[#(#wires),*];
            const EXPECTING: &'static ::core::primitive::str = #expecting;

            #[inline]
            fn variant<__M>(__tag: #union::Tag, __rest: __M) -> #private::Result<Self, __M::Error>
            where
                __M: #private::MapAccess<'de>,
            {
                match __tag {
                    #(#arms)*
                    #fallback
                }
            }
        }

        #[automatically_derived]
        impl<'de, #(#params),*> #private::Deserialize<'de> for #ident #ty_generics
        where
            #de_where
        {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> #private::Result<Self, __D::Error>
            where
                __D: #private::Deserializer<'de>,
            {
                #private::validated(__deserializer, #union::deserialize_union, #shape)
            }
        }

        #[derive(#private::Serialize)]
        #[serde(crate = #serde_crate, remote = #remote, tag = #status_key)]
        #(#serde_attrs)*
        #[allow(dead_code)]
        enum #shadow #generics #where_clause {
            #(#shadow_variants)*
            #shadow_unknown
        }

        #[automatically_derived]
        impl #impl_generics #private::Serialize for #ident #ty_generics
        where
            #predicates
            #(#ser_bounds)*
        {
            fn serialize<__S>(&self, __serializer: __S) -> #private::Result<__S::Ok, __S::Error>
            where
                __S: #private::Serializer,
            {
                match self {
                    #serialize_unknown
                    _ => #shadow #turbofish::serialize(self, __serializer),
                }
            }
        }
    }
}

fn used_type_params_of<'g>(
    generics: &'g syn::Generics,
    fields: &[&crate::ast::Field],
) -> Vec<&'g Ident> {
    generics
        .type_params()
        .map(|param| &param.ident)
        .filter(|param| {
            fields
                .iter()
                .filter(|f| !f.serde.skip)
                .any(|f| super::body::mentions(f.ty, param))
        })
        .collect()
}

/// `impl OperationResponse` for the enum form: the status is the variant.
pub fn response_impl(
    input: &Input,
    variants: &[Variant],
    status_enum: &Ident,
    statuses: &Statuses,
) -> TokenStream {
    let krate = input.container.krate();
    let ident = input.ident();
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    let open = statuses.open;
    let status_arms = variants.iter().map(|v| {
        let variant = v.ident;
        quote!(#ident::#variant { .. } => #status_enum::#variant,)
    });
    let unknown_status = open.then(|| {
        quote!(#ident::Unknown { status, .. } => #status_enum::Unknown(#krate::__private::Clone::clone(status)),)
    });
    let flag = |pick: fn(&crate::check::StatusValue) -> bool, unknown: bool| {
        let arms = variants.iter().zip(&statuses.values).map(|(v, s)| {
            let variant = v.ident;
            let value = pick(s);
            quote!(#ident::#variant { .. } => #value,)
        });
        let unknown = open.then(|| quote!(#ident::Unknown { .. } => #unknown,));
        quote!(match self { #(#arms)* #unknown })
    };
    let unknown_failure = statuses.unknown_failure;
    let is_terminal = flag(|s| s.terminal, unknown_failure);
    let is_failure = flag(|s| s.failure, unknown_failure);
    let is_success = flag(|s| s.terminal && !s.failure, false);
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::OperationResponse for #ident #ty_generics #where_clause {
            type Status = #status_enum;

            #[inline]
            fn status(&self) -> #status_enum {
                match self {
                    #(#status_arms)*
                    #unknown_status
                }
            }

            #[inline]
            fn is_terminal(&self) -> ::core::primitive::bool {
                #is_terminal
            }

            #[inline]
            fn is_failure(&self) -> ::core::primitive::bool {
                #is_failure
            }

            #[inline]
            fn is_success(&self) -> ::core::primitive::bool {
                #is_success
            }
        }
    }
}
