//! The status enum: a string enum plus `TERMINAL`, `FAILURE`, the
//! `is_*` methods, `OperationStatus`, and `Default` when single-valued.

use super::wire_enum::{WireEnum, WireVariant};
use crate::ast::Input;
use crate::check::Statuses;
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

pub fn generate(input: &Input, ident: &Ident, statuses: &Statuses) -> TokenStream {
    let krate = input.container.krate();
    let private = quote!(#krate::__private);
    let body = input.ident();
    let doc = format!(" Status of a [`{body}`].");
    let docs: Vec<String> = statuses
        .values
        .iter()
        .map(|v| format!(" `{:?}`", v.wire))
        .collect();
    let wire_enum = WireEnum {
        krate: &krate,
        vis: &input.original.vis,
        ident,
        attrs: quote!(#[doc = #doc]),
        derives: &[],
        variants: statuses
            .values
            .iter()
            .zip(&docs)
            .map(|(v, doc)| WireVariant {
                ident: &v.ident,
                wire: &v.wire,
                attrs: quote!(#[doc = #doc]),
            })
            .collect(),
        open: statuses.open,
        expecting: "a status string",
        unknown_doc: " A status this type does not list, kept exactly as received.",
    };
    let base = wire_enum.generate();

    let wires = |pick: fn(&crate::check::StatusValue) -> bool| {
        statuses
            .values
            .iter()
            .filter(move |v| pick(v))
            .map(|v| v.wire.as_str())
    };
    let terminal_wires = wires(|v| v.terminal);
    let failure_wires = wires(|v| v.failure);
    let unknown_counts = statuses.open && statuses.unknown_failure;
    let matches = |pick: fn(&crate::check::StatusValue) -> bool| {
        let idents: Vec<&Ident> = statuses
            .values
            .iter()
            .filter(|v| pick(v))
            .map(|v| &v.ident)
            .collect();
        let unknown = if unknown_counts {
            quote!(Self::Unknown(_))
        } else {
            quote!()
        };
        match (idents.is_empty(), unknown_counts) {
            (true, false) => quote!(false),
            (true, true) => quote!(::core::matches!(self, #unknown)),
            (false, false) => quote!(::core::matches!(self, #(Self::#idents)|*)),
            (false, true) => quote!(::core::matches!(self, #(Self::#idents)|* | #unknown)),
        }
    };
    let is_terminal = matches(|v| v.terminal);
    let is_failure = matches(|v| v.failure);
    let default = match (&statuses.values[..], statuses.open) {
        ([only], false) => {
            let only = &only.ident;
            quote! {
                #[automatically_derived]
                impl #private::Default for #ident {
                    /// The only status this type allows.
                    fn default() -> Self {
                        Self::#only
                    }
                }
            }
        }
        _ => quote!(),
    };
    quote! {
        #base

        #[automatically_derived]
        impl #ident {
            /// The statuses after which the operation will not change.
            pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[#(#terminal_wires),*];
            /// The terminal statuses that mean the operation did not succeed.
            pub const FAILURE: &'static [&'static ::core::primitive::str] = &[#(#failure_wires),*];

            /// Whether the operation will not change any more: stop polling.
            pub const fn is_terminal(&self) -> ::core::primitive::bool {
                #is_terminal
            }

            /// Whether the operation ended without succeeding.
            pub const fn is_failure(&self) -> ::core::primitive::bool {
                #is_failure
            }

            /// Whether the operation ended and succeeded.
            pub const fn is_success(&self) -> ::core::primitive::bool {
                self.is_terminal() && !self.is_failure()
            }
        }

        #default

        #[automatically_derived]
        impl #krate::OperationStatus for #ident {
            const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
            const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
            const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;

            #[inline]
            fn as_str(&self) -> &::core::primitive::str {
                Self::as_str(self)
            }

            #[inline]
            fn is_known(&self) -> ::core::primitive::bool {
                Self::is_known(self)
            }

            #[inline]
            fn is_terminal(&self) -> ::core::primitive::bool {
                Self::is_terminal(self)
            }

            #[inline]
            fn is_failure(&self) -> ::core::primitive::bool {
                Self::is_failure(self)
            }

            #[inline]
            fn is_success(&self) -> ::core::primitive::bool {
                Self::is_success(self)
            }
        }
    }
}
