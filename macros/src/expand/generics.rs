//! Generic parameters: which ones the fields use, and the bounds each impl
//! needs, as serde's derive infers them.

pub use crate::check::types::mentions;
use crate::model::{Field, Nested};
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Generics, Ident};

/// The parameters for `impl<'de, …>`: as declared, without defaults.
pub fn impl_params(generics: &Generics) -> Vec<syn::GenericParam> {
    generics
        .params
        .iter()
        .cloned()
        .map(|mut param| {
            match &mut param {
                syn::GenericParam::Type(t) => {
                    t.default = None;
                }
                syn::GenericParam::Const(c) => {
                    c.default = None;
                }
                syn::GenericParam::Lifetime(_) => {}
            }
            param
        })
        .collect()
}

/// The type parameters that fields serde reads mention: they need the serde
/// bounds.
fn serde_params<'g>(generics: &'g Generics, fields: &[&Field]) -> Vec<&'g Ident> {
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

/// The where-clause predicates the user wrote, each followed by a comma.
pub fn predicates(generics: &Generics) -> TokenStream {
    let predicates = generics.where_clause.iter().flat_map(|w| &w.predicates);
    quote!(#(#predicates,)*)
}

/// `T: Validate` for the type parameters that fields which may hold a
/// value with rules mention, as serde bounds them by `Deserialize`.
pub fn validate_bounds(generics: &Generics, fields: &[&Field]) -> TokenStream {
    let params = generics.type_params().map(|p| &p.ident).filter(|param| {
        fields
            .iter()
            .any(|f| matches!(f.nested, Nested::Generic) && mentions(f.ty, param))
    });
    quote!(#(#params: __or::Validate,)*)
}

/// The where clause of `Serialize`.
pub fn ser_where(generics: &Generics, fields: &[&Field]) -> TokenStream {
    let predicates = predicates(generics);
    let params = serde_params(generics, fields);
    quote!(where #predicates #(#params: __or::Serialize,)*)
}

/// `impl<'de, …>` and the where clause of `Deserialize`, which validates.
pub fn de_generics(generics: &Generics, fields: &[&Field]) -> (TokenStream, TokenStream) {
    let params = impl_params(generics);
    let predicates = predicates(generics);
    let lifetimes = generics.lifetimes().map(|l| {
        let lifetime = &l.lifetime;
        quote!('de: #lifetime,)
    });
    let de = serde_params(generics, fields);
    let validate = validate_bounds(generics, fields);
    (
        quote!(<'de, #(#params),*>),
        quote!(where #predicates #(#lifetimes)* #(#de: __or::Deserialize<'de>,)* #validate),
    )
}
