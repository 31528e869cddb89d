//! The parsed input: the item, its fields or variants, and their attributes
//! as read, each keeping the user's tokens for later errors. `check` turns
//! it into the model.

use crate::attr::{parse_args, Container, FieldAttrs, SerdeAttrs, Target, VariantAttrs};
use crate::ctxt::Ctxt;
use crate::symbol::{RESPONSE, SERDE};
use proc_macro2::TokenStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Token};

pub struct Input<'a> {
    pub original: &'a syn::DeriveInput,
    pub target: Target,
    pub container: Container,
    /// The user's attributes to keep on the item (docs, other attributes),
    /// without derives, `#[serde]` and `#[response]`.
    pub attrs: Vec<&'a Attribute>,
    /// The user's derives, less those the expansion writes (see
    /// [`kept_derives`]).
    pub derives: Vec<&'a syn::Path>,
    pub serde: SerdeAttrs,
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
    pub attrs: FieldAttrs,
    pub kept_attrs: Vec<&'a Attribute>,
    pub serde_attrs: Vec<&'a Attribute>,
    pub serde: SerdeAttrs,
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
    pub attrs: VariantAttrs,
    pub kept_attrs: Vec<&'a Attribute>,
    pub serde: SerdeAttrs,
}

/// Derives written for every item, and for no item at all (after an error):
/// serde's, which the user's crate may not even be able to name.
const SERDE_DERIVES: &[&str] = &["Serialize", "Deserialize"];
/// Derives written on structs and on the enum form.
const STRUCT_DERIVES: &[&str] = &["Debug", "Clone", "PartialEq"];
/// Derives written on string enums.
const ENUM_DERIVES: &[&str] = &["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"];

/// The user's derives to keep: all but those the expansion writes itself
/// for `target` (`None`: the item without a model, which gets only serde's
/// dropped).
pub fn kept_derives(paths: &[syn::Path], target: Option<Target>) -> Vec<&syn::Path> {
    let generated = match target {
        None => &[][..],
        Some(Target::ModelEnum) => ENUM_DERIVES,
        Some(_) => STRUCT_DERIVES,
    };
    paths
        .iter()
        .filter(|path| {
            path.segments.last().map_or(true, |last| {
                let name = last.ident.to_string();
                !SERDE_DERIVES.contains(&name.as_str()) && !generated.contains(&name.as_str())
            })
        })
        .collect()
}

pub fn macro_name(is_model: bool) -> &'static str {
    if is_model {
        "`#[response_model]`"
    } else {
        "`#[operation_response]`"
    }
}

impl<'a> Input<'a> {
    /// `None` only after an error: a union, a tuple or unit struct.
    pub fn from_syn(
        cx: &Ctxt,
        item: &'a syn::DeriveInput,
        derive_paths: &'a [syn::Path],
        is_model: bool,
        args: TokenStream,
    ) -> Option<Input<'a>> {
        if let syn::Data::Union(data) = &item.data {
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
        let args = parse_args(cx, args);
        let is_enum = matches!(item.data, syn::Data::Enum(_));
        let target = Target::of(is_enum, is_model, &args);
        let container = Container::from_args(cx, target, args);

        let mut attrs = Vec::new();
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
            } else if !attr.path().is_ident("derive") {
                attrs.push(attr);
            }
        }
        let serde = SerdeAttrs::from_attrs(&serde_attrs);

        let data = match &item.data {
            syn::Data::Struct(data) => {
                let fields = match &data.fields {
                    syn::Fields::Named(named) => Field::named(cx, named),
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
            syn::Data::Enum(data) => Data::Enum(
                data.variants
                    .iter()
                    .map(|v| Variant::from_syn(cx, v, target))
                    .collect(),
            ),
            syn::Data::Union(_) => return None,
        };

        Some(Input {
            original: item,
            target,
            container,
            attrs,
            derives: kept_derives(derive_paths, Some(target)),
            serde,
            data,
        })
    }

    pub fn ident(&self) -> &'a Ident {
        &self.original.ident
    }
}

/// The paths of the item's `#[derive(…)]` attributes; a malformed one is
/// reported.
pub fn derive_paths(cx: &Ctxt, item: &syn::DeriveInput) -> Vec<syn::Path> {
    let mut paths = Vec::new();
    for attr in item.attrs.iter().filter(|a| a.path().is_ident("derive")) {
        match attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated) {
            Ok(list) => paths.extend(list),
            Err(err) => cx.syn_error(err),
        }
    }
    paths
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
    fn named(cx: &Ctxt, fields: &'a syn::FieldsNamed) -> Vec<Field<'a>> {
        fields
            .named
            .iter()
            .filter_map(|f| Field::from_syn(cx, f))
            .collect()
    }

    fn from_syn(cx: &Ctxt, field: &'a syn::Field) -> Option<Field<'a>> {
        let ident = field.ident.as_ref()?;
        let (ours, serde_attrs, kept_attrs) = split_attrs(&field.attrs);
        Some(Field {
            original: field,
            ident,
            ty: &field.ty,
            attrs: FieldAttrs::from_attrs(cx, &ours),
            kept_attrs,
            serde: SerdeAttrs::from_attrs(&serde_attrs),
            serde_attrs,
        })
    }
}

impl<'a> Variant<'a> {
    fn from_syn(cx: &Ctxt, variant: &'a syn::Variant, target: Target) -> Variant<'a> {
        let (ours, serde_attrs, kept_attrs) = split_attrs(&variant.attrs);
        let style = match &variant.fields {
            syn::Fields::Unit => Style::Unit,
            syn::Fields::Named(_) => Style::Struct,
            syn::Fields::Unnamed(_) => Style::Tuple,
        };
        let fields = match &variant.fields {
            syn::Fields::Named(named) => Field::named(cx, named),
            _ => Vec::new(),
        };
        Variant {
            original: variant,
            ident: &variant.ident,
            style,
            fields,
            attrs: VariantAttrs::from_attrs(cx, target, &ours),
            kept_attrs,
            serde: SerdeAttrs::from_attrs(&serde_attrs),
        }
    }
}
