//! The fields of the copies serde's derive reads: the user's field with its
//! key, `Option` handling, defaults and serde's own attributes.

use crate::model::{Default, Field};
use proc_macro2::TokenStream;
use quote::quote;

pub fn field(field: &Field) -> TokenStream {
    let ident = field.ident;
    let ty = field.ty;
    let serde_attrs = &field.serde_attrs;
    let mut ours = Vec::new();
    if let (Some(key), false) = (&field.key, field.serde.renamed) {
        ours.push(quote!(rename = #key));
    }
    // serde reads a missing `Option` key as `None` by itself; an explicit
    // `default` would add a `T: Default` bound on generic payloads.
    if field.option.is_some()
        && !field.required
        && !field.serde.with
        && !field.serde.skip_serializing_if
    {
        ours.push(quote!(
            skip_serializing_if = "::core::option::Option::is_none"
        ));
    }
    // Every integer reads integral floats (`150.0`) through the deserializer
    // the generated code reads with, which passes maps through; a field
    // holding a map of integers asks for its values to be read so too. A
    // user's own `with` reads as it says.
    let map_of_integers = crate::check::types::integer_in(field.ty).is_some()
        && crate::check::types::spells_map(field.ty)
        && !field.serde.with
        && !field.serde.skip
        && field.key.is_some();
    // A field with `with` needs its key unless it has a default: a missing
    // `Option` is `None`, as serde reads it. Also for
    // `#[response(required)]`: a missing key stays an error.
    let absent_is_none = field.option.is_some()
        && !field.required
        && field.default.is_none()
        && !field.serde.default;
    if field.number_as_string {
        // Reads a number or a decimal string (an `Option` `null` too), and
        // writes a string.
        ours.push(quote!(with = "__or::number_as_string"));
        if absent_is_none {
            ours.push(quote!(default = "__or::Default::default"));
        }
    } else if map_of_integers {
        ours.push(quote!(deserialize_with = "__or::map_of_integers"));
        if absent_is_none {
            ours.push(quote!(default = "__or::Default::default"));
        }
    } else if field.required {
        ours.push(quote!(deserialize_with = "__or::deserialize_required"));
    }
    match &field.default {
        // As a path, so that serde adds no `T: Default` bound for a
        // `Vec<T>` field.
        Some(Default::Trait) if !field.serde.default => {
            ours.push(quote!(default = "__or::Default::default"));
        }
        Some(Default::Path(path)) => {
            let path = quote!(#path).to_string().replace(' ', "");
            ours.push(quote!(default = #path));
        }
        _ => {}
    }
    let ours = (!ours.is_empty()).then(|| quote!(#[serde(#(#ours),*)]));
    quote! {
        #ours
        #(#serde_attrs)*
        #ident: #ty,
    }
}
