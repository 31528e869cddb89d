//! `impl OperationResponse`: the status; the trait's defaults give
//! `is_terminal`, `is_failure` and `is_success` from it.

use crate::model::{Item, Status, Union};
use proc_macro2::TokenStream;
use quote::quote;

fn wrap(item: &Item, status: &Status, body: TokenStream) -> TokenStream {
    let ident = item.ident;
    let status_enum = &status.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::OperationResponse for #ident #ty_generics #where_clause {
            type Status = #status_enum;

            #body
        }
    }
}

/// The struct form: the status is a field.
pub fn object(item: &Item, status: &Status) -> TokenStream {
    let status_enum = &status.ident;
    let copy = if status.open {
        quote!(__or::Clone::clone(&self.status))
    } else {
        quote!(self.status)
    };
    wrap(
        item,
        status,
        quote! {
            #[inline]
            fn status(&self) -> #status_enum {
                #copy
            }

        },
    )
}

/// The enum form: the status is the variant.
pub fn union(union: &Union) -> TokenStream {
    let status = &union.status;
    let status_enum = &status.ident;
    let arms = union.variants.iter().map(|v| {
        let variant = v.ident;
        let status_ident = &status.values[v.status].ident;
        match v.fields {
            None => quote!(Self::#variant => #status_enum::#status_ident,),
            Some(_) => quote!(Self::#variant { .. } => #status_enum::#status_ident,),
        }
    });
    let unknown = status.open.then(|| {
        quote!(Self::Unknown { status, .. } => #status_enum::Unknown(__or::Clone::clone(status)),)
    });
    let body = match (union.variants.as_slice(), &unknown) {
        // One listed status and no `Unknown`: no match of one arm.
        ([only], None) => {
            let status_ident = &status.values[only.status].ident;
            quote!(#status_enum::#status_ident)
        }
        _ => quote!(match self { #(#arms)* #unknown }),
    };
    wrap(
        &union.item,
        status,
        quote! {
            #[inline]
            fn status(&self) -> #status_enum {
                #body
            }
        },
    )
}
