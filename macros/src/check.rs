//! From the parsed input to the checked model: every rule that spans several
//! attributes is checked here (one function per rule, the rule stated above
//! it), and each value the expansion needs is resolved once.

mod fields;
mod status;
pub mod types;

use self::fields::Place;
use self::status::{Use, Values};
use crate::ast::{Data, Input, Style, Variant};
use crate::attr::{Container, SerdeAttrs, Target};
use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::model::{Body, Item, Model, Object, Operation, Status, StringEnum, Union, UnionVariant};
use crate::symbol::*;
use proc_macro2::Span;

pub fn check<'a>(cx: &Ctxt, input: &'a Input<'a>) -> Model<'a> {
    status::check_unknown_needs_open(cx, &input.container);
    match (&input.data, input.target) {
        (Data::Struct(fields), Target::ResponseStruct) => {
            let c = &input.container;
            let mut values = Values::listed(cx, c);
            values.finish(cx, c);
            let status_enum = status::enum_name(cx, c, input.ident());
            let key = status_key(cx, c, None);
            let case = field_case(cx, c, &input.serde, RENAME_ALL);
            let (checked, status_named_field) = fields::fields(
                cx,
                fields,
                case,
                &Place::Body(&values, &key),
                Some(&key),
                &input.original.generics,
            );
            let outcome = single_field(cx, fields, OUTCOME, |f| f.attrs.outcome.key_span());
            let progress = progress_field(cx, c, fields);
            check_not_here(cx, fields, |f| f.attrs.operation.key_span(), "`operation` is for a `#[response_model]` struct whose status is inside this field: here the body has a status of its own");
            Model::ResponseStruct(Body {
                object: Object {
                    item: item(input),
                    fields: checked,
                    serde_attrs: input.serde.passed(&[RENAME_ALL, DENY_UNKNOWN_FIELDS]),
                    deny_unknown_fields: deny(input),
                    validate_with: c.validate_with.value.clone(),
                    classify: c.classify.value.clone(),
                    progress: c.progress.value.clone(),
                    operation: None,
                },
                status: Status {
                    key,
                    default: values.status_default(cx, c),
                    wire_enum: values.into_enum(c, status_enum),
                },
                outcome,
                progress,
                status_named_field,
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
            check_not_here(
                cx,
                fields,
                |f| f.attrs.progress.key_span(),
                "`progress` goes on a field of an `#[operation_response]` body; a model with a lifecycle says its progress with `progress = path` on the type",
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
            if let (Some(span), None) = (c.classify.key_span(), &operation) {
                cx.error_at(span, "`classify` overrides the class a lifecycle gives, and this model has none: add `lifecycle = path::to::lifecycle` or an `#[response(operation)]` field");
            }
            if let (Some(span), None) = (c.progress.key_span(), &operation) {
                cx.error_at(span, "`progress` says how far an operation is, and this model is not one: add `lifecycle = path::to::lifecycle` or an `#[response(operation)]` field");
            }
            Model::Object(Object {
                item: item(input),
                fields: fields::fields(
                    cx,
                    fields,
                    case,
                    &Place::Model,
                    None,
                    &input.original.generics,
                )
                .0,
                serde_attrs: input.serde.passed(&[RENAME_ALL, DENY_UNKNOWN_FIELDS]),
                deny_unknown_fields: deny(input),
                validate_with: c.validate_with.value.clone(),
                classify: c.classify.value.clone(),
                progress: c.progress.value.clone(),
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

/// `#[response(progress)]`: at most one field, a number (or `Option` of
/// one), and not beside `progress = path`.
fn progress_field(cx: &Ctxt, c: &Container, fields: &[crate::ast::Field]) -> Option<usize> {
    let index = single_field(cx, fields, PROGRESS, |f| f.attrs.progress.key_span())?;
    let field = &fields[index];
    let span = field.attrs.progress.key_span()?;
    if c.progress.is_set() {
        cx.error_at(
            span,
            "`progress` is said twice: by `progress = path` on the type and here; keep one",
        );
        return None;
    }
    let ty = crate::check::types::option_inner(field.ty).unwrap_or(field.ty);
    if !matches!(
        crate::check::types::kind_of(ty),
        crate::model::Kind::Integer | crate::model::Kind::Float
    ) {
        cx.error_at(span, "`progress` needs a number from 0 to 100 (`percentComplete`), or an `Option` of one; for anything else, write `progress = path::to::fn` on the type, returning a fraction");
        return None;
    }
    Some(index)
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
    let mut values = Values::new(if tagged { Use::Tag } else { Use::Status });
    let mut out = Vec::new();
    for variant in variants {
        check_variant_shape(cx, input.target, variant);
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
        let status = values.variant(cx, c, variant, status_case, Vec::new());
        let case =
            honored_case(cx, None, "rename_all", &variant.serde, RENAME_ALL).unwrap_or(field_case);
        // The enum form's variant may say its outcome; a tagged model has no
        // lifecycle for it to decide.
        let (outcome, progress) = if tagged || variant.style != Style::Struct {
            (None, None)
        } else {
            (
                single_field(cx, &variant.fields, OUTCOME, |f| f.attrs.outcome.key_span()),
                progress_field(cx, c, &variant.fields),
            )
        };
        out.push(UnionVariant {
            ident: variant.ident,
            attrs: variant.kept_attrs.clone(),
            outcome,
            progress,
            fields: (variant.style == Style::Struct).then(|| {
                for field in &variant.fields {
                    let outcome = field.attrs.outcome.key_span().filter(|_| tagged);
                    if let Some(span) = outcome {
                        cx.error_at(span, "`outcome` decides whether an operation succeeded: a tagged `#[response_model]` has no lifecycle; it goes on a field of an `#[operation_response]` body");
                    }
                    if let Some(span) = field.attrs.progress.key_span().filter(|_| tagged) {
                        cx.error_at(span, "`progress` is how far an operation is: a tagged `#[response_model]` is none; it goes on a field of an `#[operation_response]` body");
                    }
                    if let Some(span) = field.attrs.operation.key_span() {
                        cx.error_at(span, "`operation` goes on a field of a `#[response_model]` struct: a variant's fields have their status from the variant");
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
                .0
            }),
            status,
        });
    }
    values.finish(cx, c);
    let status_enum = if tagged {
        status::tag_name(input.ident())
    } else {
        status::enum_name(cx, c, input.ident())
    };
    Union {
        item: item(input),
        status: Status {
            key,
            default: values.status_default(cx, c),
            wire_enum: values.into_enum(c, status_enum),
        },
        variants: out,
        deny_unknown_fields: deny(input),
        validate_with: c.validate_with.value.clone(),
        classify: c.classify.value.clone(),
        progress: c.progress.value.clone(),
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
    let mut values = Values::new(Use::Model(input.ident()));
    for variant in variants {
        check_variant_shape(cx, input.target, variant);
        variant.serde.refuse_others(
            cx,
            &[RENAME, ALIAS],
            "a variant of a `#[response_model]` string enum",
            |name| match name {
                "other" => Some("`open` on the enum, which keeps unlisted values in `Unknown`"),
                _ => None,
            },
        );
        values.variant(cx, c, variant, case, variant.kept_attrs.clone());
    }
    values.finish(cx, c);
    if let (Some(span), false) = (c.unknown.key_span(), c.failure.is_set()) {
        cx.error_at(span, "`unknown` on a `#[response_model]` enum says whether values added later are failures: it needs `failure = [...]`, which makes the enum an outcome");
    } else {
        status::check_unknown_needs_open(cx, c);
    }
    StringEnum {
        item: item(input),
        wire_enum: values.into_enum(c, input.ident().clone()),
        outcome: c.failure.value.is_some(),
    }
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
