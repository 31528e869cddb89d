//! The user's item, rewritten: our attributes gone, the generated derives
//! next to the user's own, the status field or `Unknown` variant added.

use crate::model::{Field, Item, Status, Union};
use proc_macro2::TokenStream;
use quote::quote;

fn attrs(item: &Item) -> TokenStream {
    let attrs = &item.attrs;
    let derives = &item.derives;
    let user_derives = (!derives.is_empty()).then(|| quote!(#[derive(#(#derives),*)]));
    quote! {
        #(#attrs)*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
        #user_derives
    }
}

fn fields<'f>(fields: impl IntoIterator<Item = &'f Field<'f>>, with_vis: bool) -> TokenStream {
    let fields = fields.into_iter().map(|field| {
        let attrs = &field.attrs;
        let vis = with_vis.then_some(field.vis);
        let ident = field.ident;
        let ty = field.ty;
        quote!(#(#attrs)* #vis #ident: #ty,)
    });
    quote!(#(#fields)*)
}

/// A struct, with the status field first when it has one.
pub fn object(item: &Item, own_fields: &[Field], status: Option<&Status>) -> TokenStream {
    let (vis, ident, generics) = (item.vis, item.ident, item.generics);
    let where_clause = &generics.where_clause;
    let attrs = attrs(item);
    let status_field = status.map(|status| {
        let doc = format!(" The operation's status: `{:?}` on the wire.", status.key);
        let status_enum = &status.wire_enum.ident;
        quote! {
            #[doc = #doc]
            #vis status: #status_enum,
        }
    });
    let fields = fields(own_fields, true);
    quote! {
        #attrs
        #vis struct #ident #generics #where_clause {
            #status_field
            #fields
        }
    }
}

/// The enum form, with `Unknown` when `open`.
pub fn union(union: &Union) -> TokenStream {
    let item = &union.item;
    let (krate, vis, ident, generics) = (&item.krate, item.vis, item.ident, item.generics);
    let where_clause = &generics.where_clause;
    let attrs = attrs(item);
    let variants = union.variants.iter().map(|variant| {
        let attrs = &variant.attrs;
        let ident = variant.ident;
        match &variant.fields {
            None => quote!(#(#attrs)* #ident,),
            Some(own) => {
                let fields = fields(own, false);
                quote!(#(#attrs)* #ident { #fields },)
            }
        }
    });
    let unknown_key = union.unknown_key();
    let (what, doc) = if union.tagged {
        (" A tag this type does not list, kept with all its fields so that it serializes back with the same keys and values.", " The tag, as received.")
    } else {
        (" A status this type does not list, kept with all its fields so that it serializes back with the same keys and values.", " The status, as received.")
    };
    let unknown = union.status.wire_enum.open.then(|| {
        quote! {
            #[doc = #what]
            Unknown {
                #[doc = #doc]
                #unknown_key: ::std::string::String,
                /// Every other field, as received.
                fields: #krate::UnknownFields,
            },
        }
    });
    quote! {
        #attrs
        #vis enum #ident #generics #where_clause {
            #(#variants)*
            #unknown
        }
    }
}
