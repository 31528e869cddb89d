//! `Examples`: the shape's bodies from each field's candidates, parsed by
//! the runtime. A field type that may lack `Examples`, and a `validate_with`
//! field without `#[response(example = …)]`, become bounds with a lifetime,
//! which rustc checks only where `Examples` is used.

use super::readers::Target;
use crate::model::RuleKind;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

/// How `Examples` picks a type's examples.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The first body of each status its shape allows.
    First,
    /// A type whose status a function decides: every body, the first of
    /// each status.
    PerStatus,
    /// A string enum: each listed value, which the type itself knows.
    Strings,
}

/// `Examples`: the shape's bodies from each field's candidates, parsed.
/// `#[inline]`, so that only a crate that asks for examples compiles them.
pub fn impl_examples(target: &Target, pick: Pick) -> TokenStream {
    let (item, shape, status, fields) = (target.item, &target.shape, target.status, &target.fields);
    let ident = item.ident;
    if pick == Pick::Strings {
        // The runtime's `string_enum!` lists its values.
        return TokenStream::new();
    }
    let pick = if pick == Pick::PerStatus {
        quote!(per_status)
    } else {
        quote!(first)
    };
    let generics = item.generics;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let predicates = &target.predicates;
    let status_slot = status.map(|_| quote!(__or::examples::given));
    // A type the spelling shows to have examples is asked directly; any
    // other through a bound with a lifetime, so that a type without
    // `Examples` fails where examples are asked for, and only there.
    let mut bounds = Vec::new();
    let candidates: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let ty = field.ty;
            if field.example.is_some() {
                quote!(__or::examples::given)
            } else if field.kind.is_scalar() || super::generics::mentions(ty, ident) {
                // (A type of itself, too: through a bound, proving it would
                // go round in a circle.)
                quote!(__or::examples::of::<#ty>)
            } else {
                bounds.push(quote!(for<'__a> __or::examples::FieldType<'__a, #ty>: __or::examples::HasExamples,));
                quote!(<__or::examples::FieldType<'static, #ty> as __or::examples::HasExamples>::candidates)
            }
        })
        .collect();
    let candidates = status_slot.into_iter().chain(candidates);
    // A `validate_with` field with no `example`: no impl a use can satisfy,
    // and the error names the attribute (a bound with a lifetime is only
    // checked where the impl is used).
    // At the first such rule's path, where the error's note points.
    let missing = fields.iter().filter(|f| f.example.is_none()).find_map(|f| {
        f.rules
            .iter()
            .find(|r| matches!(r.kind, RuleKind::Custom(_)))
    });
    let missing = missing.map(|rule| {
        quote_spanned! {rule.span()=>
            for<'__a> __or::examples::ValidateWithField<'__a, Self>: __or::examples::HasResponseExample,
        }
    });
    // A type with parameters parses only where they do; any other is
    // proven to in the body.
    let parses =
        (generics.type_params().next().is_some()).then(|| quote!(Self: __or::DeserializeOwned,));
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::Examples for #ident #ty_generics
        where
            #predicates
            #parses
            #(#bounds)*
            #missing
        {
            #[inline]
            fn examples() -> ::std::vec::Vec<Self> {
                __or::examples::#pick(#shape, &[#(#candidates),*])
            }
        }
    }
}
