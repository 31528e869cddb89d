//! Wire enums (`model::WireEnum`): `#[response_model]` string enums, the
//! status enums and the tag enums, one generator. The enum itself goes next
//! to the user's item (a tag enum, inside the `const _`); its impls, in the
//! type's `const _`.

use crate::model::{Class, Item, Status, StringEnum, Unknown, WireEnum};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

/// One wire enum to generate, for one of its uses.
pub struct Spec<'a> {
    /// The user's item: the runtime's path, the visibility, and for a
    /// string enum the attributes and derives.
    item: &'a Item<'a>,
    wire_enum: &'a WireEnum<'a>,
    form: Form,
}

/// What differs between the uses, beyond the values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A `#[response_model]` string enum; with `failure = […]`, an outcome.
    Model { outcome: bool },
    /// A response's status enum.
    Status,
    /// A tagged model's tag enum: inside the model's `const _`, unnamed
    /// outside it.
    Tag,
}

impl<'a> Spec<'a> {
    pub fn model(e: &'a StringEnum<'a>) -> Self {
        Spec {
            item: &e.item,
            wire_enum: &e.wire_enum,
            form: Form::Model { outcome: e.outcome },
        }
    }

    /// A tagged model's tag values.
    pub fn tag(item: &'a Item<'a>, tag: &'a Status<'a>) -> Self {
        Spec {
            item,
            wire_enum: &tag.wire_enum,
            form: Form::Tag,
        }
    }

    pub fn status(item: &'a Item<'a>, status: &'a Status<'a>) -> Self {
        Spec {
            item,
            wire_enum: &status.wire_enum,
            form: Form::Status,
        }
    }

    /// The type `Deserialize` says it expects.
    fn expecting(&self) -> &'static str {
        match self.form {
            Form::Model { .. } => "a string",
            Form::Status => "a status string",
            Form::Tag => "a tag string",
        }
    }

    /// The enum.
    pub fn item(&self) -> TokenStream {
        let WireEnum {
            ident,
            values,
            open,
            ..
        } = self.wire_enum;
        let vis = self.item.vis;
        let (attrs, derives) = match self.form {
            Form::Model { .. } => {
                let (attrs, derives) = (&self.item.attrs, &self.item.derives);
                let derives = (!derives.is_empty()).then(|| quote!(#[derive(#(#derives),*)]));
                (quote!(#(#attrs)*), derives)
            }
            Form::Status => {
                let doc = format!(" Status of a [`{}`].", self.item.ident);
                (quote!(#[doc = #doc]), None)
            }
            Form::Tag => (quote!(#[doc(hidden)] #[allow(dead_code)]), None),
        };
        let variants = values.iter().map(|v| {
            let ident = &v.ident;
            if let Form::Model { .. } = self.form {
                let attrs = &v.attrs;
                quote!(#(#attrs)* #ident,)
            } else {
                let doc = format!(" `{:?}`", v.wire);
                quote!(#[doc = #doc] #ident,)
            }
        });
        let copy = (!open).then(|| quote!(::core::marker::Copy,));
        let unknown = open.then(|| {
            let doc = if self.form == Form::Status {
                " A status this type does not list, kept exactly as received."
            } else {
                " A value this enum does not list, kept exactly as received."
            };
            quote! {
                #[doc = #doc]
                Unknown(::std::string::String),
            }
        });
        quote! {
            #attrs
            #[derive(::core::fmt::Debug, ::core::clone::Clone, #copy ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            #derives
            #vis enum #ident {
                #(#variants)*
                #unknown
            }
        }
    }

    /// Its impls, inside the `const _` where `__or` names the runtime.
    pub fn impls(&self) -> TokenStream {
        let WireEnum {
            ident,
            values,
            open,
            case_insensitive,
            unknown,
        } = self.wire_enum;
        let expecting = self.expecting();
        let idents: Vec<&Ident> = values.iter().map(|v| &v.ident).collect();
        let wires: Vec<&str> = values.iter().map(|v| v.wire.as_str()).collect();
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
        let known_arms = values.iter().map(|v| {
            let (ident, wire, aliases) = (&v.ident, &v.wire, &v.aliases);
            quote!(#wire #(| #aliases)* => __or::Some(Self::#ident),)
        });
        // With `case_insensitive`, the exact spellings first, then the others.
        let folded_arms = values.iter().filter(|_| *case_insensitive).map(|v| {
            let ident = &v.ident;
            let spellings = std::iter::once(&v.wire).chain(&v.aliases);
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
        let (status_consts, status_fns) = (self.form == Form::Status)
            .then(|| self.status_items(unknown))
            .unzip();
        let (outcome_const, outcome_impl) = (self.form == Form::Model { outcome: true }).then(|| {
            let failure: Vec<_> = values.iter().filter(|v| v.class.is_failure()).collect();
            let failure_wires = failure.iter().map(|v| &v.wire);
            let listed = if failure.is_empty() {
                quote!(false)
            } else {
                let failure = failure.iter().map(|v| &v.ident);
                quote!(::core::matches!(self, #(Self::#failure)|*))
            };
            // `unknown = "failure"` or `unknown = path` (`fn(&str) -> bool`)
            // on an open outcome: what a value added later means.
            let body = match unknown {
                Unknown::Is(Class::Failed) if *open => quote! {
                    ::core::matches!(self, Self::Unknown(_)) || #listed
                },
                Unknown::With(path) if *open => {
                    let call = quote_spanned!(syn::spanned::Spanned::span(path)=> #path(__value));
                    quote! {
                        match self {
                            Self::Unknown(__value) => #call,
                            _ => #listed,
                        }
                    }
                }
                _ => listed,
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
        })
        .unzip();
        let default = match (values.as_slice(), open, self.form) {
            ([only], false, Form::Status) => {
                let only = &only.ident;
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
        let dead_code = (self.form == Form::Tag).then(|| quote!(#[allow(dead_code)]));
        // Everything else is the same for every string enum: the runtime's
        // `string_enum!` writes it.
        let form = match self.form {
            Form::Model { .. } => quote!(model),
            Form::Status => quote!(status),
            Form::Tag => quote!(tag),
        };
        let openness = match (self.form, open) {
            (Form::Tag, _) => None,
            (_, true) => Some(quote!(, open)),
            (_, false) => Some(quote!(, closed)),
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
        let krate = &self.item.krate;
        let values = &self.wire_enum.values;
        let wires = |pick: fn(Class) -> bool| {
            values
                .iter()
                .filter(move |v| pick(v.class))
                .map(|v| &v.wire)
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
        let patterns = values
            .iter()
            .map(|v| {
                let ident = &v.ident;
                (v.class, quote!(Self::#ident))
            })
            .chain(
                unknown_class
                    .filter(|_| self.wire_enum.open)
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
                    Class::Waiting => "Waiting",
                    Class::Succeeded => "Succeeded",
                    Class::Failed => "Failed",
                }
            );
            quote!(#krate::Lifecycle::#name)
        };
        // `unknown = path` decides at run time, in the user's function.
        let classify = match unknown {
            Unknown::With(path) if self.wire_enum.open => {
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
