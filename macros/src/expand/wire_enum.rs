//! String enums: the status enum and `#[response_model]` enums share this
//! code (variants, `as_str`, `Display`, `FromStr`, serde, `Unknown`).

use crate::ast::{Input, Variant};
use crate::krate::Krate;
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

pub struct WireVariant<'a> {
    pub ident: &'a Ident,
    pub wire: &'a str,
    /// Docs and other attributes of the variant.
    pub attrs: TokenStream,
}

pub struct WireEnum<'a> {
    pub krate: &'a Krate,
    pub vis: &'a syn::Visibility,
    pub ident: &'a Ident,
    /// Docs and other attributes of the enum, derives excluded.
    pub attrs: TokenStream,
    pub derives: &'a [syn::Path],
    pub variants: Vec<WireVariant<'a>>,
    pub open: bool,
    pub expecting: &'a str,
    pub unknown_doc: &'a str,
}

impl WireEnum<'_> {
    pub fn generate(&self) -> TokenStream {
        let WireEnum {
            krate,
            vis,
            ident,
            attrs,
            derives,
            open,
            expecting,
            unknown_doc,
            ..
        } = self;
        let private = quote!(#krate::__private);
        let idents: Vec<&Ident> = self.variants.iter().map(|v| v.ident).collect();
        let wires: Vec<&str> = self.variants.iter().map(|v| v.wire).collect();
        let variant_attrs = self.variants.iter().map(|v| &v.attrs);
        let copy = if *open {
            quote!()
        } else {
            quote!(::core::marker::Copy,)
        };
        let derives = crate::ast::user_derives(derives, crate::ast::ENUM_DERIVES);
        let user_derives = if derives.is_empty() {
            quote!()
        } else {
            quote!(#[derive(#(#derives),*)])
        };
        let unknown_variant = if *open {
            quote! {
                #[doc = #unknown_doc]
                Unknown(#private::String),
            }
        } else {
            quote!()
        };
        let as_str = if *open {
            quote! {
                /// The wire value, as received.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#idents => #wires,)*
                        Self::Unknown(__value) => __value,
                    }
                }

                /// Whether the value is one of [`Self::KNOWN`].
                pub const fn is_known(&self) -> ::core::primitive::bool {
                    !::core::matches!(self, Self::Unknown(_))
                }
            }
        } else {
            let body = if idents.is_empty() {
                quote!(match *self {})
            } else {
                quote!(match self { #(Self::#idents => #wires,)* })
            };
            quote! {
                /// The wire value.
                pub const fn as_str(&self) -> &'static ::core::primitive::str {
                    #body
                }

                /// Whether the value is one of [`Self::KNOWN`]: always, for a
                /// closed enum.
                pub const fn is_known(&self) -> ::core::primitive::bool {
                    true
                }
            }
        };
        let from_unknown = if *open {
            quote!(#private::Ok(Self::Unknown(__value)))
        } else {
            quote!(#private::Err(__value))
        };
        let from_str = if *open {
            quote! {
                type Err = #private::Infallible;
                fn from_str(__value: &::core::primitive::str) -> #private::Result<Self, Self::Err> {
                    #private::Ok(match <Self as #private::WireEnum>::from_known(__value) {
                        #private::Some(__known) => __known,
                        #private::None => Self::Unknown(#private::ToOwned::to_owned(__value)),
                    })
                }
            }
        } else {
            quote! {
                type Err = #krate::ParseStatusError;
                fn from_str(__value: &::core::primitive::str) -> #private::Result<Self, Self::Err> {
                    match <Self as #private::WireEnum>::from_known(__value) {
                        #private::Some(__known) => #private::Ok(__known),
                        #private::None => #private::Err(#krate::ParseStatusError::new(__value, Self::KNOWN)),
                    }
                }
            }
        };
        quote! {
            #attrs
            #[derive(::core::fmt::Debug, ::core::clone::Clone, #copy ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            #user_derives
            #vis enum #ident {
                #(#variant_attrs #idents,)*
                #unknown_variant
            }

            #[automatically_derived]
            impl #ident {
                /// Every listed wire value, in declaration order.
                pub const KNOWN: &'static [&'static ::core::primitive::str] = &[#(#wires),*];

                #as_str
            }

            const _: () = {
                #[automatically_derived]
                impl #private::WireEnum for #ident {
                    const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
                    const EXPECTING: &'static ::core::primitive::str = #expecting;

                    #[inline]
                    fn from_known(__value: &::core::primitive::str) -> #private::Option<Self> {
                        match __value {
                            #(#wires => #private::Some(Self::#idents),)*
                            _ => #private::None,
                        }
                    }

                    fn from_unknown(__value: #private::String) -> #private::Result<Self, #private::String> {
                        #from_unknown
                    }
                }

                #[automatically_derived]
                impl #private::fmt::Display for #ident {
                    fn fmt(&self, __f: &mut #private::fmt::Formatter<'_>) -> #private::fmt::Result {
                        __f.pad(self.as_str())
                    }
                }

                #[automatically_derived]
                impl #private::FromStr for #ident {
                    #from_str
                }

                #[automatically_derived]
                impl #private::Serialize for #ident {
                    fn serialize<__S>(&self, __serializer: __S) -> #private::Result<__S::Ok, __S::Error>
                    where
                        __S: #private::Serializer,
                    {
                        __serializer.serialize_str(self.as_str())
                    }
                }

                #[automatically_derived]
                impl<'de> #private::Deserialize<'de> for #ident {
                    #[inline]
                    fn deserialize<__D>(__deserializer: __D) -> #private::Result<Self, __D::Error>
                    where
                        __D: #private::Deserializer<'de>,
                    {
                        #private::deserialize_wire(__deserializer)
                    }
                }
            };
        }
    }
}

/// `#[response_model]` on a fieldless enum: a string enum.
pub fn model_enum(input: &Input, variants: &[Variant]) -> TokenStream {
    let krate = input.container.krate();
    let attrs = &input.attrs;
    let wire_enum = WireEnum {
        krate: &krate,
        vis: &input.original.vis,
        ident: input.ident(),
        attrs: quote!(#(#attrs)*),
        derives: &input.derives,
        variants: variants
            .iter()
            .map(|v| {
                let kept = &v.kept_attrs;
                WireVariant {
                    ident: v.ident,
                    wire: &v.wire,
                    attrs: quote!(#(#kept)*),
                }
            })
            .collect(),
        open: input.container.open.value.is_some(),
        expecting: "a string",
        unknown_doc: " A value this enum does not list, kept exactly as received.",
    };
    wire_enum.generate()
}
