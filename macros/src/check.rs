//! From the parsed input to the checked model: every rule that spans several
//! attributes is checked here (one function per rule, the rule stated above
//! it), and each value the expansion needs is resolved once.

mod fields;
mod status;
pub mod types;

use self::fields::Place;
use self::status::Statuses;
use crate::ast::{Data, Input, Style, Variant};
use crate::attr::{Container, SerdeAttrs, Target, UnknownAttr};
use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::model::{
    Body, Class, Item, Model, Object, Operation, Status, StatusValue, StringEnum, StringVariant,
    Union, UnionVariant, Unknown,
};
use crate::symbol::*;
use proc_macro2::Span;
use syn::ext::IdentExt;

pub fn check<'a>(cx: &Ctxt, input: &'a Input<'a>) -> Model<'a> {
    check_unknown_needs_open(cx, &input.container);
    match (&input.data, input.target) {
        (Data::Struct(fields), Target::ResponseStruct) => {
            let c = &input.container;
            let mut statuses = status::listed(cx, c);
            status::add_aliases(cx, c, Vec::new(), &mut statuses.values);
            case_collisions(cx, c, &statuses.values);
            status::classify(cx, c, &mut statuses);
            let status_enum = status::enum_name(cx, c, input.ident());
            let key = status_key(cx, c, None);
            let case = field_case(cx, c, &input.serde, RENAME_ALL);
            let checked = fields::fields(
                cx,
                fields,
                case,
                &Place::Body(&statuses, &key),
                Some(&key),
                &input.original.generics,
            );
            let outcome = single_field(cx, fields, OUTCOME, |f| f.attrs.outcome.key_span());
            check_not_here(cx, fields, |f| f.attrs.operation.key_span(), "`operation` is for a `#[response_model]` struct whose status is inside this field: here the body has a status of its own");
            Model::ResponseStruct(Body {
                object: Object {
                    item: item(input),
                    fields: checked,
                    serde_attrs: input.serde.passed(&[RENAME_ALL, DENY_UNKNOWN_FIELDS]),
                    deny_unknown_fields: deny(input),
                    validate_with: c.validate_with.value.clone(),
                    operation: None,
                },
                status: status_model(c, status_enum, key, statuses.values),
                outcome,
            })
        }
        (Data::Struct(fields), _) => {
            let c = &input.container;
            let case = field_case(cx, c, &input.serde, RENAME_ALL);
            check_not_here(
                cx,
                fields,
                |f| f.attrs.outcome.key_span(),
                "`outcome` needs a status: it goes on a field of an `#[operation_response]` struct",
            );
            let field = single_field(cx, fields, OPERATION, |f| f.attrs.operation.key_span());
            let operation = match (&c.lifecycle.value, field) {
                (Some(path), None) => Some(Operation::Lifecycle(path.clone())),
                (None, Some(index)) => Some(Operation::Field(index)),
                (None, None) => None,
                (Some(_), Some(_)) => {
                    if let Some(span) = c.lifecycle.key_span() {
                        cx.error_at(span, "`lifecycle` and `#[response(operation)]` both say where the operation's status is: keep one");
                    }
                    None
                }
            };
            Model::Object(Object {
                item: item(input),
                fields: fields::fields(
                    cx,
                    fields,
                    case,
                    &Place::Model,
                    None,
                    &input.original.generics,
                ),
                serde_attrs: input.serde.passed(&[RENAME_ALL, DENY_UNKNOWN_FIELDS]),
                deny_unknown_fields: deny(input),
                validate_with: c.validate_with.value.clone(),
                operation,
            })
        }
        (Data::Enum(variants), Target::ResponseEnum) => {
            Model::ResponseEnum(union(cx, input, variants))
        }
        (Data::Enum(variants), Target::TaggedModel) => Model::Tagged(union(cx, input, variants)),
        (Data::Enum(variants), _) => Model::StringEnum(string_enum(cx, input, variants)),
    }
}

/// At most one field takes `name`; its index.
fn single_field(
    cx: &Ctxt,
    fields: &[crate::ast::Field],
    name: &str,
    at: impl Fn(&crate::ast::Field) -> Option<Span>,
) -> Option<usize> {
    let mut first: Option<(usize, Span)> = None;
    for (i, field) in fields.iter().enumerate() {
        let Some(span) = at(field) else { continue };
        match first {
            None => first = Some((i, span)),
            Some((_, first_span)) => {
                cx.error_at(
                    span,
                    format!("`{name}` on a second field: one field can say it"),
                );
                cx.error_at(first_span, format!("`{name}` first set here"));
            }
        }
    }
    first.map(|(i, _)| i)
}

/// A field attribute that has no meaning in this form.
fn check_not_here(
    cx: &Ctxt,
    fields: &[crate::ast::Field],
    at: impl Fn(&crate::ast::Field) -> Option<Span>,
    why: &str,
) {
    for span in fields.iter().filter_map(at) {
        cx.error_at(span, why);
    }
}

fn case_collisions(cx: &Ctxt, c: &Container, values: &[StatusValue]) {
    if c.case_insensitive.is_set() {
        status::check_case_collisions(cx, values.iter().map(|v| (v.wire.as_str(), v.ident.span())));
    }
}

fn item<'a>(input: &'a Input<'a>) -> Item<'a> {
    Item {
        krate: input.container.krate(),
        ident: input.ident(),
        vis: &input.original.vis,
        generics: &input.original.generics,
        attrs: input.attrs.clone(),
        derives: input.derives.clone(),
    }
}

fn deny(input: &Input) -> bool {
    input.container.deny_unknown_fields.is_set() || input.serde.has(DENY_UNKNOWN_FIELDS)
}

/// The status's key on the wire: `status_field` (or, in the enum form,
/// serde's `tag`), or `"status"`. A key names one key of the body: a status
/// inside another object is that object's, declared with
/// `#[response(operation)]`.
fn status_key(cx: &Ctxt, c: &Container, serde_tag: Option<&syn::LitStr>) -> String {
    let lit = c.status_field.value.as_ref().or(serde_tag);
    if let Some(lit) = lit.filter(|lit| lit.value().contains('.')) {
        cx.error_spanned_by(
            lit,
            format!("`status_field` is one key of the body, and {:?} names a path: declare the inner object with `#[operation_response]` (its `status_field` the last key) and the outer one with `#[response_model]`, marking the field that holds it `#[response(operation)]`", lit.value()),
        );
    }
    lit.map_or_else(|| STATUS.to_owned(), syn::LitStr::value)
}

fn status_model(c: &Container, ident: syn::Ident, key: String, values: Vec<StatusValue>) -> Status {
    Status {
        ident,
        key,
        values,
        open: c.open.is_set(),
        unknown: match &c.unknown.value {
            Some(UnknownAttr::Failure) => Unknown::Is(Class::Failed),
            Some(UnknownAttr::With(path)) => Unknown::With(path.clone()),
            None => Unknown::Is(Class::Running),
        },
        case_insensitive: c.case_insensitive.is_set(),
    }
}

/// `unknown` says what an unlisted status means, so it needs `open`.
fn check_unknown_needs_open(cx: &Ctxt, c: &Container) {
    if let (Some(span), false) = (c.unknown.key_span(), c.open.is_set()) {
        cx.error_at(
            span,
            "`unknown` needs `open`: a closed status enum rejects unlisted statuses",
        );
    }
}

/// A case that both our argument and serde's attribute may set means the
/// same in both; set twice, it is an error.
fn honored_case(
    cx: &Ctxt,
    ours: Option<RenameRule>,
    ours_name: &str,
    serde: &SerdeAttrs,
    serde_name: &str,
) -> Option<RenameRule> {
    let theirs = serde.honored_string(cx, serde_name, ours_name);
    let Some(theirs) = theirs.first() else {
        return ours;
    };
    let Some(rule) = RenameRule::from_name(&theirs.value()) else {
        // serde reports its own unknown case.
        return ours;
    };
    if ours.is_some() {
        cx.error_spanned_by(
            theirs,
            format!("`#[serde({serde_name})]` sets what `{ours_name}` already sets: keep one"),
        );
    }
    Some(ours.unwrap_or(rule))
}

/// The fields' case: `rename_all`, or serde's `serde_name`, or camelCase.
fn field_case(cx: &Ctxt, c: &Container, serde: &SerdeAttrs, serde_name: &str) -> RenameRule {
    let ours = c.rename_all.value.map(|(rule, _)| rule);
    honored_case(cx, ours, RENAME_ALL, serde, serde_name).unwrap_or(RenameRule::Camel)
}

/// The enum form: each variant one status, serde's tagging attributes
/// honored as their twins or refused.
fn union<'a>(cx: &Ctxt, input: &'a Input<'a>, variants: &'a [Variant<'a>]) -> Union<'a> {
    let tagged = input.target == Target::TaggedModel;
    let c = &input.container;
    let serde = &input.serde;
    let (form, key_arg, case_arg) = if tagged {
        ("a tagged `#[response_model]`", TAG, TAG_CASE)
    } else {
        ("the enum form", STATUS_FIELD, STATUS_CASE)
    };
    serde.refuse_others(
        cx,
        &[TAG, RENAME_ALL, RENAME_ALL_FIELDS, DENY_UNKNOWN_FIELDS],
        form,
        |name| match name {
            "untagged" | "content" if tagged => Some("one variant per tag; the tag's key is `tag`"),
            "untagged" | "content" => {
                Some("one variant per status; the status key is `status_field`")
            }
            _ => None,
        },
    );
    let serde_tag = serde.honored_string(cx, TAG, key_arg).into_iter().next();
    let ours_key = if tagged { &c.tag } else { &c.status_field };
    if let (Some(serde_tag), true) = (&serde_tag, ours_key.is_set()) {
        cx.error_spanned_by(
            serde_tag,
            format!("`#[serde(tag)]` sets what `{key_arg}` already sets: keep one"),
        );
    }
    let key = if tagged {
        c.tag
            .value
            .as_ref()
            .or(serde_tag.as_ref())
            .map_or_else(|| TAG.to_owned(), syn::LitStr::value)
    } else {
        status_key(cx, c, serde_tag.as_ref())
    };
    let ours_case = if tagged { &c.tag_case } else { &c.status_case };
    let status_case = honored_case(
        cx,
        ours_case.value.map(|(r, _)| r),
        case_arg,
        serde,
        RENAME_ALL,
    )
    .unwrap_or(RenameRule::Snake);
    let field_case = field_case(cx, c, serde, RENAME_ALL_FIELDS);
    if variants.is_empty() {
        cx.error_spanned_by(
            input.ident(),
            if tagged {
                "the enum has no variant: each variant is one tag value"
            } else {
                "the enum has no variant: each variant is one status of the body"
            },
        );
    }
    let mut values = Vec::new();
    let mut variant_aliases = Vec::new();
    let mut out = Vec::new();
    let mut open = c.open.is_set();
    for variant in variants {
        open &= check_variant(
            cx,
            c,
            input.target,
            variant,
            if tagged {
                "a variant named `Unknown` clashes with the one `open` adds for unlisted tags"
            } else {
                "a variant named `Unknown` clashes with the one `open` adds for unlisted statuses"
            },
        );
        variant.serde.refuse_others(
            cx,
            &[RENAME, ALIAS, RENAME_ALL],
            if tagged {
                "a variant of a tagged `#[response_model]`"
            } else {
                "a variant of the enum form"
            },
            |name| match name {
                "other" => Some("`open` on the type, which keeps unlisted values in `Unknown`"),
                _ => None,
            },
        );
        let (wire, span) = if tagged {
            variant_wire(
                cx,
                variant,
                RENAME,
                "#[response(rename = \"…\")]",
                status_case,
            )
        } else {
            variant_wire(
                cx,
                variant,
                STATUS,
                "#[response(status = \"…\")]",
                status_case,
            )
        };
        for alias in wire_aliases(cx, variant) {
            variant_aliases.push((wire.clone(), alias));
        }
        check_wire(cx, &values, &wire, span);
        let case =
            honored_case(cx, None, "rename_all", &variant.serde, RENAME_ALL).unwrap_or(field_case);
        out.push(UnionVariant {
            ident: variant.ident,
            attrs: variant.kept_attrs.clone(),
            fields: (variant.style == Style::Struct).then(|| {
                for field in &variant.fields {
                    for span in [field.attrs.outcome.key_span(), field.attrs.operation.key_span()]
                        .into_iter()
                        .flatten()
                    {
                        cx.error_at(span, "`outcome` and `operation` go on fields of structs: a variant's fields have their status from the variant");
                    }
                }
                let place = if tagged {
                    &Place::Model
                } else {
                    &Place::Variant
                };
                fields::fields(
                    cx,
                    &variant.fields,
                    case,
                    place,
                    Some(&key),
                    &input.original.generics,
                )
            }),
            status: values.len(),
        });
        values.push((wire, span, variant.ident.clone()));
    }
    let mut statuses = Statuses {
        broken: false,
        named: values.iter().map(|(wire, _, _)| wire.clone()).collect(),
        values: values
            .into_iter()
            .map(|(wire, _, ident)| StatusValue {
                wire,
                ident,
                aliases: Vec::new(),
                class: Class::Running,
            })
            .collect(),
    };
    status::add_aliases(cx, c, variant_aliases, &mut statuses.values);
    case_collisions(cx, c, &statuses.values);
    status::classify(cx, c, &mut statuses);
    // A tagged model's tag enum is the union's own, out of the user's sight.
    let status_enum = if tagged {
        syn::Ident::new(
            &format!("__{}Tag", input.ident().unraw()),
            input.ident().span(),
        )
    } else {
        status::enum_name(cx, c, input.ident())
    };
    let mut status = status_model(c, status_enum, key, statuses.values);
    status.open = open;
    Union {
        item: item(input),
        status,
        variants: out,
        deny_unknown_fields: deny(input),
        validate_with: c.validate_with.value.clone(),
        tagged,
    }
}

/// A `#[response_model]` string enum.
fn string_enum<'a>(cx: &Ctxt, input: &'a Input<'a>, variants: &'a [Variant<'a>]) -> StringEnum<'a> {
    let c = &input.container;
    input.serde.refuse_others(
        cx,
        &[RENAME_ALL],
        "a `#[response_model]` string enum",
        |_| None,
    );
    let case = honored_case(
        cx,
        c.rename_all.value.map(|(r, _)| r),
        RENAME_ALL,
        &input.serde,
        RENAME_ALL,
    )
    .unwrap_or(RenameRule::Snake);
    if !input.original.generics.params.is_empty() {
        cx.error_spanned_by(
            &input.original.generics,
            "a string enum takes no generic parameters",
        );
    }
    let mut seen = Vec::new();
    let mut aliases = Vec::new();
    let mut out = Vec::new();
    let mut open = c.open.is_set();
    for variant in variants {
        open &= check_variant(
            cx,
            c,
            input.target,
            variant,
            "a variant named `Unknown` clashes with the one `open` adds for unlisted values: rename it and give its wire value with `#[response(rename = \"unknown\")]`",
        );
        variant.serde.refuse_others(
            cx,
            &[RENAME, ALIAS],
            "a variant of a `#[response_model]` string enum",
            |name| match name {
                "other" => Some("`open` on the enum, which keeps unlisted values in `Unknown`"),
                _ => None,
            },
        );
        let (wire, span) = variant_wire(cx, variant, RENAME, "#[response(rename = \"…\")]", case);
        check_wire(cx, &seen, &wire, span);
        for alias in wire_aliases(cx, variant) {
            aliases.push((wire.clone(), alias));
        }
        seen.push((wire.clone(), span, variant.ident.clone()));
        out.push(StringVariant {
            ident: variant.ident,
            attrs: variant.kept_attrs.clone(),
            wire,
            aliases: Vec::new(),
        });
    }
    status::add_aliases(cx, c, aliases, &mut out);
    let failure = c.failure.value.as_ref().map(|list| {
        let named: Vec<String> = out.iter().map(|v| v.wire.clone()).collect();
        status::check_named(
            cx,
            FAILURE,
            &list.values,
            &named,
            &format!("a value of `{}`", input.ident()),
            "the values are",
        );
        list.values
            .iter()
            .filter_map(|lit| out.iter().find(|v| v.wire == lit.value()))
            .map(|v| v.ident.clone())
            .collect()
    });
    if c.case_insensitive.is_set() {
        status::check_case_collisions(cx, out.iter().map(|v| (v.wire.as_str(), v.ident.span())));
    }
    StringEnum {
        item: item(input),
        variants: out,
        open,
        case_insensitive: c.case_insensitive.is_set(),
        failure,
    }
}

/// A variant's wire value: ours (`status` / `rename`), or serde's `rename`
/// (the same meaning), or the variant's name in `case`.
fn variant_wire(
    cx: &Ctxt,
    variant: &Variant,
    ours_name: &str,
    twin: &str,
    case: RenameRule,
) -> (String, Span) {
    let ours = variant
        .attrs
        .status
        .value
        .as_ref()
        .or(variant.attrs.rename.value.as_ref());
    let theirs = variant
        .serde
        .honored_string(cx, RENAME, twin)
        .into_iter()
        .next();
    if let (Some(_), Some(theirs)) = (ours, &theirs) {
        cx.error_spanned_by(
            theirs,
            format!(
                "`#[serde(rename)]` sets what `#[response({ours_name})]` already sets: keep one"
            ),
        );
    }
    match ours.cloned().or(theirs) {
        Some(lit) => (lit.value(), lit.span()),
        None => (
            case.apply_to_variant(&variant.ident.unraw().to_string()),
            variant.ident.span(),
        ),
    }
}

/// `#[response(alias = …)]` and serde's `alias`, which means the same.
fn wire_aliases(cx: &Ctxt, variant: &Variant) -> Vec<syn::LitStr> {
    let mut out: Vec<syn::LitStr> = variant
        .attrs
        .alias
        .value
        .as_ref()
        .map(|list| list.values.clone())
        .unwrap_or_default();
    out.extend(
        variant
            .serde
            .honored_string(cx, ALIAS, "#[response(alias = \"…\")]"),
    );
    out
}

/// Two variants cannot share a wire value, and none is empty.
fn check_wire(cx: &Ctxt, seen: &[(String, Span, syn::Ident)], wire: &str, span: Span) {
    if wire.is_empty() {
        cx.error_at(span, "the wire value is empty");
    }
    if let Some((_, first, _)) = seen.iter().find(|(w, _, _)| w == wire) {
        cx.error_at(span, format!("duplicate wire value {wire:?}"));
        cx.error_at(*first, format!("{wire:?} first used here"));
    }
}

/// A variant's shape, and no variant named like the one `open` adds:
/// whether `open` can add it (after a clash, reported, the model keeps the
/// user's variant).
fn check_variant(cx: &Ctxt, c: &Container, target: Target, variant: &Variant, clash: &str) -> bool {
    check_variant_shape(cx, target, variant);
    if c.open.is_set() && variant.ident == "Unknown" {
        cx.error_spanned_by(variant.ident, clash);
        return false;
    }
    true
}

/// Enum form: struct and unit variants only. String enums: unit only. No
/// discriminants.
fn check_variant_shape(cx: &Ctxt, target: Target, variant: &Variant) {
    match (target, variant.style) {
        (Target::ResponseEnum | Target::TaggedModel, Style::Tuple) => cx.error_spanned_by(
            &variant.original.fields,
            format!(
                "tuple variants have no keys for their fields: write `{} {{ name: Type }}`, or `{}` for a status with no fields",
                variant.ident, variant.ident
            ),
        ),
        (Target::ModelEnum, Style::Tuple | Style::Struct) => cx.error_spanned_by(
            &variant.original.fields,
            "a `#[response_model]` enum is a string enum: its variants take no fields",
        ),
        _ => {}
    }
    if let Some((_, expr)) = &variant.original.discriminant {
        cx.error_spanned_by(expr, "a discriminant has no meaning on the wire: remove it");
    }
}
