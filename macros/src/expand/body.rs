//! The rewritten item and its serde impls.
//!
//! serde's own derive does the parsing: it runs on a field-for-field copy of
//! the struct marked `#[serde(remote = "…")]`, which makes serde build the
//! user's struct directly (the copy is never instantiated). Our
//! `Deserialize` wraps that with the validation, so there is no second parse,
//! no intermediate value, and `#[serde(…)]` attributes keep working.

use crate::ast::{Field, Input};
use crate::krate::Krate;
use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::Ident;

/// The attributes of the rewritten struct or enum: the user's own (docs,
/// derives we do not generate, others), then ours.
pub fn item_attrs(input: &Input) -> TokenStream {
    let attrs = &input.attrs;
    let derives = crate::ast::user_derives(&input.derives, crate::ast::STRUCT_DERIVES);
    let user_derives = (!derives.is_empty()).then(|| quote!(#[derive(#(#derives),*)]));
    quote! {
        #(#attrs)*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
        #user_derives
    }
}

/// The user's struct, with the status field first and our attributes gone.
pub fn struct_item(input: &Input, fields: &[Field], status_enum: Option<&Ident>) -> TokenStream {
    let original = input.original;
    let vis = &original.vis;
    let ident = &original.ident;
    let generics = &original.generics;
    let where_clause = &generics.where_clause;
    let item_attrs = item_attrs(input);
    let status_field = status_enum.map(|status_enum| {
        let doc = format!(
            " The operation's status: `{:?}` on the wire.",
            input.status_key()
        );
        quote! {
            #[doc = #doc]
            #vis status: #status_enum,
        }
    });
    let fields = fields.iter().map(|field| {
        let attrs = &field.kept_attrs;
        let vis = &field.original.vis;
        let ident = field.ident;
        let ty = field.ty;
        quote!(#(#attrs)* #vis #ident: #ty,)
    });
    quote! {
        #item_attrs
        #vis struct #ident #generics #where_clause {
            #status_field
            #(#fields)*
        }
    }
}

/// `Serialize` and `Deserialize` through serde's derive on a remote copy.
pub fn serde_impls(input: &Input, fields: &[Field], status_enum: Option<&Ident>) -> TokenStream {
    let krate = input.container.krate();
    let private = quote!(#krate::__private);
    let original = input.original;
    let ident = &original.ident;
    let generics = &original.generics;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let shadow = format_ident!("__{}Serde", ident);
    let serde_crate = krate.serde_path();
    let remote = ident.to_string();
    let serde_attrs = &input.serde_attrs;
    let deny = (input.container.deny_unknown_fields.value.is_some()
        && !input.serde.deny_unknown_fields)
        .then(|| quote!(#[serde(deny_unknown_fields)]));
    let status_field = status_enum.map(|status_enum| {
        let wire = input.status_key();
        quote! {
            #[serde(rename = #wire)]
            status: #status_enum,
        }
    });
    let shadow_fields = fields.iter().map(|field| shadow_field(&krate, field));

    let used = used_type_params(generics, fields);
    let ser_bounds = used
        .iter()
        .map(|param| quote!(#param: #private::Serialize,));
    let de_bounds = used
        .iter()
        .map(|param| quote!(#param: #private::Deserialize<'de>,));
    let field_refs: Vec<&Field> = fields.iter().collect();
    let validate_bounds = super::validate::bounds(&krate, generics, &field_refs);
    let shape = super::validate::shape(&krate, fields);
    let lifetimes = generics.lifetimes().map(|l| {
        let lifetime = &l.lifetime;
        quote!('de: #lifetime,)
    });
    let predicates = where_clause.map(|w| {
        let predicates = w.predicates.iter();
        quote!(#(#predicates,)*)
    });
    let params = generics.params.iter();
    let turbofish = ty_generics.as_turbofish();

    quote! {
        #[derive(#private::Serialize, #private::Deserialize)]
        #[serde(crate = #serde_crate, remote = #remote)]
        #deny
        #(#serde_attrs)*
        #[allow(dead_code)]
        struct #shadow #generics #where_clause {
            #status_field
            #(#shadow_fields)*
        }

        #[automatically_derived]
        impl #impl_generics #private::Serialize for #ident #ty_generics
        where
            #predicates
            #(#ser_bounds)*
        {
            #[inline]
            fn serialize<__S>(&self, __serializer: __S) -> #private::Result<__S::Ok, __S::Error>
            where
                __S: #private::Serializer,
            {
                #shadow #turbofish::serialize(self, __serializer)
            }
        }

        #[automatically_derived]
        impl<'de, #(#params),*> #private::Deserialize<'de> for #ident #ty_generics
        where
            #predicates
            #(#lifetimes)*
            #(#de_bounds)*
            #validate_bounds
        {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> #private::Result<Self, __D::Error>
            where
                __D: #private::Deserializer<'de>,
            {
                #private::validated(__deserializer, #shadow #turbofish::deserialize, #shape)
            }
        }
    }
}

pub fn shadow_field(krate: &Krate, field: &Field) -> TokenStream {
    let ident = field.ident;
    let ty = field.ty;
    let serde_attrs = &field.serde_attrs;
    let a = &field.attrs;
    let mut ours = Vec::new();
    if field.serde.rename.is_none() && field.keyed() {
        let wire = &field.wire;
        ours.push(quote!(rename = #wire));
    }
    // serde reads a missing `Option` key as `None` by itself; an explicit
    // `default` would add a `T: Default` bound on generic payloads.
    if field.option.is_some()
        && a.required.value.is_none()
        && !field.serde.with
        && !field.serde.skip_serializing_if
    {
        ours.push(quote!(
            skip_serializing_if = "::core::option::Option::is_none"
        ));
    }
    if a.required.value.is_some() {
        let path = krate.private_path("deserialize_required");
        ours.push(quote!(deserialize_with = #path));
    }
    if a.default.value.is_some() && !field.serde.default {
        ours.push(quote!(default));
    }
    let ours = if ours.is_empty() {
        quote!()
    } else {
        quote!(#[serde(#(#ours),*)])
    };
    quote! {
        #ours
        #(#serde_attrs)*
        #ident: #ty,
    }
}

/// The type parameters the fields mention, which need the serde bounds, as
/// serde's derive infers them.
fn used_type_params<'g>(generics: &'g syn::Generics, fields: &[Field]) -> Vec<&'g Ident> {
    generics
        .type_params()
        .map(|param| &param.ident)
        .filter(|param| {
            fields
                .iter()
                .filter(|f| !f.serde.skip)
                .any(|f| mentions(f.ty, param))
        })
        .collect()
}

pub fn mentions(ty: &syn::Type, ident: &Ident) -> bool {
    fn walk(tokens: TokenStream, ident: &Ident) -> bool {
        tokens.into_iter().any(|tt| match tt {
            TokenTree::Ident(found) => found == *ident,
            TokenTree::Group(group) => walk(group.stream(), ident),
            _ => false,
        })
    }
    walk(quote!(#ty), ident)
}
