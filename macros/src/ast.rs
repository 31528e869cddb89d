//! The typed model of the input: the item, its fields or variants, and the
//! parsed attributes, each keeping the user's tokens for later errors.

use crate::attr::{Container, FieldAttrs, SerdeInfo, Target, VariantAttrs};
use crate::case::{self, RenameRule};
use crate::ctxt::Ctxt;
use crate::symbol::{RESPONSE, SERDE};
use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Token};

pub struct Input<'a> {
    pub original: &'a syn::DeriveInput,
    pub target: Target,
    pub container: Container,
    /// The user's attributes to keep on the item (docs, other attributes),
    /// without derives, `#[serde]` and `#[response]`.
    pub attrs: Vec<&'a Attribute>,
    /// The user's derives, less the ones generated.
    pub derives: Vec<syn::Path>,
    /// `#[serde(…)]` on the item, for the serde derive.
    pub serde_attrs: Vec<&'a Attribute>,
    pub serde: SerdeInfo,
    pub data: Data<'a>,
}

pub enum Data<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub ident: &'a Ident,
    pub ty: &'a syn::Type,
    /// `T` of an `Option<T>` field.
    pub option: Option<&'a syn::Type>,
    pub attrs: FieldAttrs,
    pub kept_attrs: Vec<&'a Attribute>,
    pub serde_attrs: Vec<&'a Attribute>,
    pub serde: SerdeInfo,
    /// The key on the wire.
    pub wire: String,
}

impl Field<'_> {
    /// Whether the key names the field on the wire (not flattened into its
    /// parent).
    pub fn keyed(&self) -> bool {
        !self.serde.flatten
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Unit,
    Struct,
    Tuple,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub ident: &'a Ident,
    pub style: Style,
    pub fields: Vec<Field<'a>>,
    pub kept_attrs: Vec<&'a Attribute>,
    /// `#[serde(…)]` on the variant, for the serde derive.
    pub serde_attrs: Vec<&'a Attribute>,
    /// The wire value.
    pub wire: String,
    pub wire_span: Span,
}

/// Derives generated on every item: the user's copies are dropped.
const SERDE_DERIVES: &[&str] = &["Serialize", "Deserialize"];
/// Derives generated on structs.
pub const STRUCT_DERIVES: &[&str] = &["Debug", "Clone", "PartialEq"];
/// Derives generated on string enums.
pub const ENUM_DERIVES: &[&str] = &["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"];

/// The user's derives, less those in `generated` (by last path segment), so
/// that they do not conflict.
pub fn user_derives<'p>(derives: &'p [syn::Path], generated: &'p [&str]) -> Vec<&'p syn::Path> {
    derives
        .iter()
        .filter(|path| {
            path.segments.last().map_or(true, |last| {
                !generated.contains(&last.ident.to_string().as_str())
            })
        })
        .collect()
}

impl<'a> Input<'a> {
    pub fn from_syn(
        cx: &Ctxt,
        item: &'a syn::DeriveInput,
        is_model: bool,
        args: TokenStream,
    ) -> Option<Input<'a>> {
        let target = match (&item.data, is_model) {
            (syn::Data::Struct(_), false) => Target::ResponseStruct,
            (syn::Data::Enum(_), false) => Target::ResponseEnum,
            (syn::Data::Struct(_), true) => Target::ModelStruct,
            (syn::Data::Enum(_), true) => Target::ModelEnum,
            (syn::Data::Union(data), _) => {
                cx.error_spanned_by(
                    data.union_token,
                    format!(
                        "{} does not support unions: declare a struct with named fields{}",
                        macro_name(is_model),
                        if is_model {
                            " or a fieldless enum"
                        } else {
                            " or an enum"
                        }
                    ),
                );
                return None;
            }
        };
        let container = Container::from_args(cx, target, args);

        let mut attrs = Vec::new();
        let mut derives = Vec::new();
        let mut serde_attrs = Vec::new();
        for attr in &item.attrs {
            if attr.path().is_ident(RESPONSE) {
                cx.error_spanned_by(
                    attr,
                    format!(
                        "`#[response(…)]` goes on fields and variants; arguments of the type go in `#[{}(…)]`",
                        macro_name(is_model).trim_matches(|c| c == '#' || c == '[' || c == ']' || c == '`')
                    ),
                );
            } else if attr.path().is_ident(SERDE) {
                serde_attrs.push(attr);
            } else if attr.path().is_ident("derive") {
                match attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated) {
                    Ok(paths) => derives.extend(paths.into_iter().filter(|path| {
                        path.segments.last().map_or(true, |last| {
                            !SERDE_DERIVES.contains(&last.ident.to_string().as_str())
                        })
                    })),
                    Err(err) => cx.syn_error(err),
                }
            } else {
                attrs.push(attr);
            }
        }
        let serde = SerdeInfo::from_attrs(&serde_attrs);

        let field_case = container
            .rename_all
            .value
            .map(|(rule, _)| rule)
            .or(serde.rename_all.map(|(rule, _)| rule))
            .unwrap_or(RenameRule::Camel);

        let data = match &item.data {
            syn::Data::Struct(data) => {
                let fields = match &data.fields {
                    syn::Fields::Named(named) => named
                        .named
                        .iter()
                        .filter_map(|f| Field::from_syn(cx, f, field_case))
                        .collect(),
                    syn::Fields::Unnamed(unnamed) => {
                        cx.error_spanned_by(
                            unnamed,
                            format!("{} needs a struct with named fields: a tuple struct has no keys for its fields", macro_name(is_model)),
                        );
                        return None;
                    }
                    syn::Fields::Unit => {
                        cx.error_spanned_by(
                            &item.ident,
                            format!("{} needs a struct with named fields; write `struct {} {{}}` for a body with no field but the status", macro_name(is_model), item.ident),
                        );
                        return None;
                    }
                };
                Data::Struct(fields)
            }
            syn::Data::Enum(data) => {
                let variant_case = if is_model {
                    container
                        .rename_all
                        .value
                        .map_or(RenameRule::Snake, |(rule, _)| rule)
                } else {
                    container
                        .status_case
                        .value
                        .map_or(RenameRule::Snake, |(rule, _)| rule)
                };
                Data::Enum(
                    data.variants
                        .iter()
                        .map(|v| Variant::from_syn(cx, v, target, variant_case, field_case))
                        .collect(),
                )
            }
            syn::Data::Union(_) => return None,
        };

        Some(Input {
            original: item,
            target,
            container,
            attrs,
            derives,
            serde_attrs,
            serde,
            data,
        })
    }

    pub fn ident(&self) -> &'a Ident {
        &self.original.ident
    }

    /// The status's key on the wire: `status_field`, or `"status"`.
    pub fn status_key(&self) -> String {
        self.container
            .status_field
            .value
            .as_ref()
            .map_or_else(|| crate::symbol::STATUS.to_owned(), syn::LitStr::value)
    }
}

pub fn macro_name(is_model: bool) -> &'static str {
    if is_model {
        "`#[response_model]`"
    } else {
        "`#[operation_response]`"
    }
}

/// Splits a field's or variant's attributes into ours, serde's and the rest.
fn split_attrs(attrs: &[Attribute]) -> (Vec<&Attribute>, Vec<&Attribute>, Vec<&Attribute>) {
    let mut ours = Vec::new();
    let mut serde = Vec::new();
    let mut kept = Vec::new();
    for attr in attrs {
        if attr.path().is_ident(RESPONSE) {
            ours.push(attr);
        } else if attr.path().is_ident(SERDE) {
            serde.push(attr);
        } else {
            kept.push(attr);
        }
    }
    (ours, serde, kept)
}

impl<'a> Field<'a> {
    fn from_syn(cx: &Ctxt, field: &'a syn::Field, case: RenameRule) -> Option<Field<'a>> {
        let ident = field.ident.as_ref()?;
        let (ours, serde_attrs, kept_attrs) = split_attrs(&field.attrs);
        let attrs = FieldAttrs::from_attrs(cx, &ours);
        let serde = SerdeInfo::from_attrs(&serde_attrs);
        if let (Some(ours), Some(_)) = (&attrs.rename.value, &serde.rename) {
            cx.error_spanned_by(
                ours,
                "the field is renamed twice, here and in `#[serde(rename)]`: keep one",
            );
        }
        let wire = attrs
            .rename
            .value
            .as_ref()
            .map(syn::LitStr::value)
            .or_else(|| serde.rename.clone())
            .unwrap_or_else(|| case.apply_to_field(&ident.unraw().to_string()));
        Some(Field {
            original: field,
            ident,
            ty: &field.ty,
            option: option_inner(&field.ty),
            attrs,
            kept_attrs,
            serde_attrs,
            serde,
            wire,
        })
    }
}

impl<'a> Variant<'a> {
    fn from_syn(
        cx: &Ctxt,
        variant: &'a syn::Variant,
        target: Target,
        variant_case: RenameRule,
        field_case: RenameRule,
    ) -> Variant<'a> {
        let (ours, serde_attrs, kept_attrs) = split_attrs(&variant.attrs);
        let attrs = VariantAttrs::from_attrs(cx, target, &ours);
        let style = match &variant.fields {
            syn::Fields::Unit => Style::Unit,
            syn::Fields::Named(_) => Style::Struct,
            syn::Fields::Unnamed(_) => Style::Tuple,
        };
        let fields = match &variant.fields {
            syn::Fields::Named(named) => named
                .named
                .iter()
                .filter_map(|f| Field::from_syn(cx, f, field_case))
                .collect(),
            _ => Vec::new(),
        };
        let explicit = attrs.status.value.as_ref().or(attrs.rename.value.as_ref());
        let (wire, wire_span) = match explicit {
            Some(lit) => (lit.value(), lit.span()),
            None => (
                variant_case.apply_to_variant(&variant.ident.unraw().to_string()),
                variant.ident.span(),
            ),
        };
        Variant {
            original: variant,
            ident: &variant.ident,
            style,
            fields,
            kept_attrs,
            serde_attrs,
            wire,
            wire_span,
        }
    }
}

/// `T` when `ty` is written `Option<T>` (also `core::option::Option<T>` and
/// `std::option::Option<T>`), as serde recognises it.
pub fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let segments = &path.path.segments;
    let last = segments.last()?;
    let prefix_ok = match segments.len() {
        1 => true,
        3 => {
            let first = segments[0].ident.to_string();
            (first == "core" || first == "std") && segments[1].ident == "option"
        }
        _ => false,
    };
    if !prefix_ok || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The status enum's name: `status_enum`, or the type's name without a
/// trailing `ResponseBody` or `Response`, plus `Status`.
pub fn status_enum_name(input: &Input) -> Ident {
    if let Some(name) = &input.container.status_enum.value {
        return name.clone();
    }
    let ident = input.ident();
    let name = ident.unraw().to_string();
    let stem = name
        .strip_suffix("ResponseBody")
        .or_else(|| name.strip_suffix("Response"))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(&name);
    let status = format!("{stem}Status");
    case::ident(&status, ident.span()).unwrap_or_else(|| Ident::new("Status", ident.span()))
}
