//! String enums: `#[response_model]` enums and the status enums, one
//! generator. The enum itself goes next to the user's item; its impls, in
//! the type's `const _`.

use crate::model::{Class, Item, Status, StringEnum, Unknown};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

/// One string enum to generate.
pub struct Spec<'a> {
    pub krate: &'a crate::krate::Krate,
    pub vis: &'a syn::Visibility,
    pub ident: &'a Ident,
    /// Docs and other attributes, derives excluded.
    pub attrs: TokenStream,
    pub derives: &'a [&'a syn::Path],
    pub variants: Vec<Value<'a>>,
    pub open: bool,
    pub expecting: &'static str,
    /// What an unlisted status means: `Some` for a status enum.
    pub status: Option<&'a Unknown>,
    pub case_insensitive: bool,
    /// `failure = […]` on a string enum.
    pub failure: Option<&'a [Ident]>,
    /// A tagged model's tag enum: inside the model's `const _`, unnamed
    /// outside it.
    pub hidden: bool,
}

pub struct Value<'a> {
    pub ident: &'a Ident,
    pub wire: &'a str,
    pub aliases: &'a [String],
    pub attrs: TokenStream,
    pub class: Class,
}

impl<'a> Spec<'a> {
    pub fn model(e: &'a StringEnum<'a>) -> Self {
        let attrs = &e.item.attrs;
        Spec {
            krate: &e.item.krate,
            vis: e.item.vis,
            ident: e.item.ident,
            attrs: quote!(#(#attrs)*),
            derives: &e.item.derives,
            variants: e
                .variants
                .iter()
                .map(|v| {
                    let attrs = &v.attrs;
                    Value {
                        ident: v.ident,
                        wire: &v.wire,
                        aliases: &v.aliases,
                        attrs: quote!(#(#attrs)*),
                        class: Class::Running,
                    }
                })
                .collect(),
            open: e.open,
            expecting: "a string",
            status: None,
            case_insensitive: e.case_insensitive,
            failure: e.failure.as_deref(),
            hidden: false,
        }
    }

    /// A tagged model's tag values.
    pub fn tag(item: &'a Item<'a>, tag: &'a Status) -> Self {
        Spec {
            hidden: true,
            status: None,
            expecting: "a tag string",
            attrs: quote!(#[doc(hidden)]),
            ..Spec::status(item, tag)
        }
    }

    pub fn status(item: &'a Item<'a>, status: &'a Status) -> Self {
        let doc = format!(" Status of a [`{}`].", item.ident);
        Spec {
            krate: &item.krate,
            vis: item.vis,
            ident: &status.ident,
            attrs: quote!(#[doc = #doc]),
            derives: &[],
            variants: status
                .values
                .iter()
                .map(|v| {
                    let doc = format!(" `{:?}`", v.wire);
                    Value {
                        ident: &v.ident,
                        wire: &v.wire,
                        aliases: &v.aliases,
                        attrs: quote!(#[doc = #doc]),
                        class: v.class,
                    }
                })
                .collect(),
            open: status.open,
            expecting: "a status string",
            status: Some(&status.unknown),
            case_insensitive: status.case_insensitive,
            failure: None,
            hidden: false,
        }
    }

    /// The enum.
    pub fn item(&self) -> TokenStream {
        let Spec {
            vis, ident, attrs, ..
        } = self;
        let idents = self.variants.iter().map(|v| v.ident);
        let variant_attrs = self.variants.iter().map(|v| &v.attrs);
        let copy = (!self.open).then(|| quote!(::core::marker::Copy,));
        let derives = self.derives;
        let user_derives = (!derives.is_empty()).then(|| quote!(#[derive(#(#derives),*)]));
        let unknown = self.open.then(|| {
            let doc = if self.status.is_some() {
                " A status this type does not list, kept exactly as received."
            } else {
                " A value this enum does not list, kept exactly as received."
            };
            quote! {
                #[doc = #doc]
                Unknown(::std::string::String),
            }
        });
        let dead_code = self.hidden.then(|| quote!(#[allow(dead_code)]));
        quote! {
            #attrs
            #dead_code
            #[derive(::core::fmt::Debug, ::core::clone::Clone, #copy ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            #user_derives
            #vis enum #ident {
                #(#variant_attrs #idents,)*
                #unknown
            }
        }
    }

    /// Its impls, inside the `const _` where `__or` names the runtime.
    pub fn impls(&self) -> TokenStream {
        let Spec {
            ident,
            open,
            expecting,
            ..
        } = self;
        let idents: Vec<&Ident> = self.variants.iter().map(|v| v.ident).collect();
        let wires: Vec<&str> = self.variants.iter().map(|v| v.wire).collect();
        let as_str = if *open {
            quote! {
                /// The wire value, as received.
                #[inline]
                pub fn as_str(&self) -> &::core::primitive::str {
                    match self {
                        #(Self::#idents => #wires,)*
                        Self::Unknown(__value) => __value,
                    }
                }

            }
        } else {
            let body = match wires.as_slice() {
                [] => quote!(match *self {}),
                [only] => quote!(#only),
                _ => quote!(match self { #(Self::#idents => #wires,)* }),
            };
            quote! {
                /// The wire value.
                #[inline]
                pub fn as_str(&self) -> &'static ::core::primitive::str {
                    #body
                }
            }
        };
        let is_known = if *open {
            quote! {
                /// Whether the value is one of `KNOWN` (an `Unknown` one is not).
                #[inline]
                pub fn is_known(&self) -> ::core::primitive::bool {
                    Self::KNOWN.contains(&self.as_str())
                }
            }
        } else {
            quote! {
                /// Whether the value is one this type lists: always, as the
                /// type is closed.
                #[inline]
                pub fn is_known(&self) -> ::core::primitive::bool {
                    true
                }
            }
        };
        let known_arms = self.variants.iter().map(|v| {
            let ident = v.ident;
            let wire = v.wire;
            let aliases = v.aliases;
            quote!(#wire #(| #aliases)* => __or::Some(Self::#ident),)
        });
        // With `case_insensitive`, the exact spellings first, then the others.
        let folded_arms = self
            .variants
            .iter()
            .filter(|_| self.case_insensitive)
            .map(|v| {
                let ident = v.ident;
                let spellings = std::iter::once(v.wire).chain(v.aliases.iter().map(String::as_str));
                quote!(_ if #(__value.eq_ignore_ascii_case(#spellings))||* => __or::Some(Self::#ident),)
            });
        let from_unknown = open.then(|| {
            quote! {
                #[inline]
                fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
                    __or::Ok(Self::Unknown(__value))
                }
            }
        });
        let status = self.status.map(|unknown| self.status_items(unknown));
        let outcome = self.failure.map(|failure| {
            let failure_wires = self
                .variants
                .iter()
                .filter(|v| failure.contains(v.ident))
                .map(|v| v.wire);
            let body = if failure.is_empty() {
                quote!(false)
            } else {
                quote!(::core::matches!(self, #(Self::#failure)|*))
            };
            (
                quote! {
                    /// The values that mean the operation did not succeed.
                    pub const FAILURE: &'static [&'static ::core::primitive::str] = &[#(#failure_wires),*];

                    /// Whether the value means the operation did not succeed.
                    #[inline]
                    pub fn is_failure(&self) -> ::core::primitive::bool {
                        #body
                    }
                },
                quote! {
                    #[automatically_derived]
                    impl __or::Outcome for #ident {
                        #[inline]
                        fn is_failure(&self) -> ::core::primitive::bool {
                            Self::is_failure(self)
                        }
                    }
                },
            )
        });
        let (outcome_const, outcome_impl) = match outcome {
            Some((c, i)) => (Some(c), Some(i)),
            None => (None, None),
        };
        let (status_consts, status_fns) = match status {
            Some((consts, fns)) => (Some(consts), Some(fns)),
            None => (None, None),
        };
        let default = match (self.variants.as_slice(), open, self.status) {
            ([only], false, Some(_)) => {
                let only = only.ident;
                Some(quote! {
                    #[automatically_derived]
                    impl __or::Default for #ident {
                        /// The only status this type allows.
                        #[inline]
                        fn default() -> Self {
                            Self::#only
                        }
                    }
                })
            }
            _ => None,
        };
        let dead_code = self.hidden.then(|| quote!(#[allow(dead_code)]));
        // Everything else is the same for every string enum: the runtime's
        // `string_enum!` writes it.
        let form = match (self.hidden, self.status.is_some()) {
            (true, _) => quote!(tag),
            (false, true) => quote!(status),
            (false, false) => quote!(model),
        };
        let openness = if self.hidden {
            None
        } else if *open {
            Some(quote!(, open))
        } else {
            Some(quote!(, closed))
        };
        quote! {
            #dead_code
            impl #ident {
                /// Every listed wire value, in declaration order.
                pub const KNOWN: &'static [&'static ::core::primitive::str] = &[#(#wires),*];
                #status_consts
                #outcome_const

                #as_str
                #is_known
                #status_fns
            }

            #[automatically_derived]
            impl __or::WireEnum for #ident {
                const EXPECTING: &'static ::core::primitive::str = #expecting;

                #[inline]
                fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
                    match __value {
                        #(#known_arms)*
                        #(#folded_arms)*
                        _ => __or::None,
                    }
                }

                #from_unknown
            }

            #outcome_impl
            #default

            __or::string_enum!(#ident, #form #openness);
        }
    }

    /// A status enum's constants and `lifecycle` (the runtime's
    /// `string_enum!` writes `is_*` and `OperationStatus` from it).
    fn status_items(&self, unknown: &Unknown) -> (TokenStream, TokenStream) {
        let Spec { krate, .. } = self;
        let wires = |pick: fn(Class) -> bool| {
            self.variants
                .iter()
                .filter(move |v| pick(v.class))
                .map(|v| v.wire)
        };
        let terminal = wires(Class::is_terminal);
        let failure = wires(Class::is_failure);
        let consts = quote! {
            /// The statuses after which the operation will not change.
            pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[#(#terminal),*];
            /// The terminal statuses that mean the operation did not succeed.
            pub const FAILURE: &'static [&'static ::core::primitive::str] = &[#(#failure),*];
        };
        // One arm per class that occurs; no match when there is only one.
        let mut groups: Vec<(Class, Vec<TokenStream>)> = Vec::new();
        let unknown_class = match unknown {
            Unknown::Is(class) => Some(*class),
            Unknown::With(_) => None,
        };
        let patterns = self
            .variants
            .iter()
            .map(|v| {
                let ident = v.ident;
                (v.class, quote!(Self::#ident))
            })
            .chain(
                unknown_class
                    .filter(|_| self.open)
                    .map(|class| (class, quote!(Self::Unknown(_)))),
            );
        for (class, pattern) in patterns {
            match groups.iter_mut().find(|(c, _)| *c == class) {
                Some((_, list)) => list.push(pattern),
                None => groups.push((class, vec![pattern])),
            }
        }
        let class_path = |class: Class| {
            let name = format_ident!(
                "{}",
                match class {
                    Class::Running => "Running",
                    Class::Succeeded => "Succeeded",
                    Class::Failed => "Failed",
                }
            );
            quote!(#krate::Lifecycle::#name)
        };
        // `unknown = path` decides at run time, in the user's function.
        let classify = match unknown {
            Unknown::With(path) if self.open => {
                let span = path
                    .segments
                    .last()
                    .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span());
                let call = quote_spanned!(span=> #path(__value));
                Some(quote!(Self::Unknown(__value) => #call,))
            }
            _ => None,
        };
        let lifecycle = match (groups.as_slice(), &classify) {
            ([], None) => quote!(match *self {}),
            ([(class, _)], None) => class_path(*class),
            _ => {
                let arms = groups.iter().map(|(class, patterns)| {
                    let class = class_path(*class);
                    quote!(#(#patterns)|* => #class,)
                });
                quote!(match self { #(#arms)* #classify })
            }
        };
        let fns = quote! {
            /// Where this status leaves the operation.
            #[inline]
            pub fn lifecycle(&self) -> #krate::Lifecycle {
                #lifecycle
            }

        };
        (consts, fns)
    }
}
