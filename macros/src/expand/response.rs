//! `impl OperationResponse`: the status, and whether to keep polling.

use crate::ast::Input;
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

pub fn struct_impl(input: &Input, status_enum: &Ident) -> TokenStream {
    let krate = input.container.krate();
    let ident = input.ident();
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::OperationResponse for #ident #ty_generics #where_clause {
            type Status = #status_enum;

            #[inline]
            fn status(&self) -> #status_enum {
                #krate::__private::Clone::clone(&self.status)
            }

            #[inline]
            fn is_terminal(&self) -> ::core::primitive::bool {
                #status_enum::is_terminal(&self.status)
            }

            #[inline]
            fn is_failure(&self) -> ::core::primitive::bool {
                #status_enum::is_failure(&self.status)
            }

            #[inline]
            fn is_success(&self) -> ::core::primitive::bool {
                #status_enum::is_success(&self.status)
            }
        }
    }
}
