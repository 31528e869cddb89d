//! `utoipa::ToSchema` (feature `utoipa`): the shape and each field type's
//! schema, taken apart as utoipa's own derive does, handed to the runtime.

use super::readers::Target;
use crate::check::types::{args_of, MAPS, SEQUENCES};
use proc_macro2::TokenStream;
use quote::quote;

pub fn impl_to_schema(target: &Target) -> TokenStream {
    let to_schema = quote!(__or::utoipa::ToSchema);
    let compose_for = target.impl_for(quote!(__or::utoipa::ComposeSchema), to_schema.clone());
    let to_schema_for = target.impl_for(to_schema.clone(), to_schema);
    let params = target.params();
    let (name, shape_ident, slots) = (&target.name, &target.shape, target.slots());
    let utoipa_probes = target.probe_traits(quote!(__or::utoipa));
    let subs = slots.iter().map(|(ty, field)| {
        // A flattened field's schema stays inline, for its keys to join.
        let sub = match field {
            Some(field) if field.key.is_some() => utoipa_sub(field.ty),
            _ => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_sub()),
        };
        match target.slot_default(*field) {
            Some(value) => quote!(__or::schema::with_default(#sub, #value)),
            None => sub,
        }
    });
    let subs = quote!(::std::vec![#(#subs),*]);
    let collects = slots.iter().map(|(ty, field)| match field {
        Some(field) => utoipa_collect(field.ty),
        None => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_collect(__out);),
    });
    quote! {
        #compose_for {
            fn compose(
                _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
            ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
                #utoipa_probes
                let __name = <Self as __or::utoipa::ToSchema>::name();
                __or::utoipa::schema(__or::shape::decode(#shape_ident), &__name, #subs)
            }
        }

        #to_schema_for {
            fn name() -> __or::schema::Cow<'static, str> {
                __or::schema::name(#name, &[#(<#params as __or::utoipa::ToSchema>::name()),*])
            }

            fn schemas(__out: &mut __or::utoipa::Vec<(::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>)>) {
                #utoipa_probes
                #(#collects)*
                let __name = <Self as __or::utoipa::ToSchema>::name();
                __or::utoipa::schemas(__or::shape::decode(#shape_ident), &__name, #subs, __out);
            }
        }
    }
}

/// A field type's utoipa schema, taken apart as utoipa's own derive does
/// (utoipa has no `PartialSchema` for `Vec<serde_json::Value>`).
fn utoipa_sub(ty: &syn::Type) -> TokenStream {
    if let Some([inner]) = args_of(ty, &["Option"]).as_deref() {
        let inner = utoipa_sub(inner);
        return quote!(__or::utoipa::nullable(#inner));
    }
    if let Some([inner]) = args_of(ty, &["Box"]).as_deref() {
        return utoipa_sub(inner);
    }
    if let Some([inner]) = args_of(ty, SEQUENCES).as_deref() {
        let inner = utoipa_sub(inner);
        return quote!(__or::utoipa::array(#inner));
    }
    if let Some([_, value, ..]) = args_of(ty, MAPS).as_deref() {
        let value = utoipa_sub(value);
        return quote!(__or::utoipa::map(#value));
    }
    let probe = quote!((&__or::schema::Probe::<#ty>::new()));
    if inline(ty) {
        quote!(#probe.utoipa_sub())
    } else {
        quote!(#probe.utoipa_ref())
    }
}

/// Whether utoipa's schema of `ty` goes inline: a string, number, bool or
/// JSON value. Any other type is a component, referred to by name, as
/// utoipa's derive does (which also ends recursion).
fn inline(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return true;
    };
    path.path.segments.last().is_some_and(|last| {
        let name = last.ident.to_string();
        crate::check::types::INTEGERS.contains(&name.as_str())
            || matches!(
                name.as_str(),
                "String" | "str" | "bool" | "char" | "Value" | "f32" | "f64"
            )
    })
}

/// What a field type's schema refers to, for `ToSchema::schemas`.
fn utoipa_collect(ty: &syn::Type) -> TokenStream {
    let inner = args_of(ty, &["Option", "Box"])
        .or_else(|| args_of(ty, SEQUENCES))
        .and_then(|args| args.first().copied())
        .or_else(|| args_of(ty, MAPS).and_then(|args| args.get(1).copied()));
    match inner {
        Some(inner) => utoipa_collect(inner),
        None if inline(ty) => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_collect(__out);),
        None => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_component(__out);),
    }
}
