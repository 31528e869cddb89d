//! `impl OperationResponse`: the status; the trait's defaults give
//! `is_terminal`, `is_failure` and `is_success` from it.

use crate::model::{Body, Item, Object, Operation, Status, Union};
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

/// The struct form: the status is a field; with `outcome`, a terminal
/// body's success follows that field.
pub fn object(body: &Body) -> TokenStream {
    let status = &body.status;
    let status_enum = &status.ident;
    let copy = if status.open {
        quote!(__or::Clone::clone(&self.status))
    } else {
        quote!(self.status)
    };
    let outcome = body.outcome.map(|i| {
        let field = body.object.fields[i].ident;
        quote! {
            #[inline]
            fn lifecycle(&self) -> __or::Lifecycle {
                __or::with_outcome(self.status.lifecycle(), &self.#field)
            }
        }
    });
    wrap(
        &body.object.item,
        status,
        quote! {
            #[inline]
            fn status(&self) -> #status_enum {
                #copy
            }

            #outcome
        },
    )
}

/// A `#[response_model]` struct with `lifecycle = path` or an
/// `#[response(operation)]` field.
pub fn model(object: &Object) -> TokenStream {
    let Some(operation) = &object.operation else {
        return TokenStream::new();
    };
    let item = &object.item;
    let ident = item.ident;
    let (impl_generics, ty_generics, _) = item.generics.split_for_impl();
    let predicates = super::generics::predicates(item.generics);
    let (bound, body) = match operation {
        Operation::Lifecycle(path) => (
            None,
            quote! {
                type Status = __or::Lifecycle;

                #[inline]
                fn status(&self) -> __or::Lifecycle {
                    #path(self)
                }
            },
        ),
        Operation::Field(i) => {
            let field = &object.fields[*i];
            let (name, ty) = (field.ident, field.ty);
            (
                Some(quote!(#ty: __or::OperationResponse,)),
                quote! {
                    type Status = <#ty as __or::OperationResponse>::Status;

                    #[inline]
                    fn status(&self) -> Self::Status {
                        __or::OperationResponse::status(&self.#name)
                    }

                    #[inline]
                    fn lifecycle(&self) -> __or::Lifecycle {
                        __or::OperationResponse::lifecycle(&self.#name)
                    }
                },
            )
        }
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::OperationResponse for #ident #ty_generics where #predicates #bound {
            #body
        }
    }
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
