//! Fields: the wire key, the type's kind, and every rule checked against the
//! type, the other rules and the statuses, then resolved into the model.

use super::status::Values;
use super::types::{integer_named, kind_of, may_validate, option_inner, type_name};
use crate::ast;
use crate::attr::{DefaultAttr, RawRule, RawWhen};
use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::model::{
    self, Bound, BoundOp, Field, FieldSerde, Kind, Needs, Nested, Number, Rule, RuleKind, When,
};
use crate::symbol::*;
use proc_macro2::Span;
use syn::ext::IdentExt;

/// Where the fields are, which decides what `required_when` may name.
pub enum Place<'s> {
    /// The struct form: the statuses `required_when` may name, and their key.
    Body(&'s Values<'s>, &'s str),
    /// A variant of the enum form: each variant is one status.
    Variant,
    /// A `#[response_model]`: no status.
    Model,
}

/// The fields of one struct or variant, checked; and whether one of them,
/// named `status` (reported), holds the place of the status field.
pub fn fields<'a>(
    cx: &Ctxt,
    fields: &'a [ast::Field<'a>],
    case: RenameRule,
    place: &Place,
    status_key: Option<&str>,
    generics: &syn::Generics,
) -> (Vec<Field<'a>>, bool) {
    let mut status_named = false;
    let out: Vec<Field<'a>> = fields
        .iter()
        .map(|f| {
            let (field, named) = field(cx, f, case, place, status_key, generics);
            status_named |= named;
            field
        })
        .collect();
    // Two fields cannot share a key.
    for (i, field) in out.iter().enumerate() {
        let Some(key) = &field.key else { continue };
        if let Some(first) = out[..i].iter().find(|f| f.key.as_ref() == Some(key)) {
            cx.error_spanned_by(
                field.ident,
                format!(
                    "fields `{}` and `{}` have the same wire name {key:?}",
                    first.ident, field.ident
                ),
            );
        }
    }
    (out, status_named)
}

fn field<'a>(
    cx: &Ctxt,
    f: &'a ast::Field<'a>,
    case: RenameRule,
    place: &Place,
    status_key: Option<&str>,
    generics: &syn::Generics,
) -> (Field<'a>, bool) {
    let a = &f.attrs;
    let option = option_inner(f.ty);
    let kind = kind_of(option.unwrap_or(f.ty));
    let serde_rename = f.serde.string(RENAME);
    if let (Some(ours), Some(_)) = (&a.rename.value, &serde_rename) {
        cx.error_spanned_by(
            ours,
            "the field is renamed twice, here and in `#[serde(rename)]`: keep one",
        );
    }
    let flatten = f.serde.has("flatten");
    let key = (!flatten).then(|| {
        a.rename
            .value
            .as_ref()
            .map(syn::LitStr::value)
            .or_else(|| serde_rename.as_ref().map(syn::LitStr::value))
            .unwrap_or_else(|| case.apply_to_field(&f.ident.unraw().to_string()))
    });
    let serde = FieldSerde {
        renamed: serde_rename.is_some(),
        default: f.serde.has("default"),
        with: f.serde.has("with") || f.serde.has("deserialize_with"),
        skip: f.serde.has("skip") || f.serde.has("skip_deserializing"),
        skip_serializing_if: f.serde.has("skip_serializing_if"),
    };
    let status_named = status_key.is_some_and(|status_key| {
        check_status_key(
            cx,
            f,
            key.as_deref(),
            status_key,
            !matches!(place, Place::Variant),
        )
    });
    check_presence(cx, f, option.is_some(), serde);
    let number_as_string = check_number_as_string(cx, f, option.unwrap_or(f.ty), kind);
    let field = Field {
        ident: f.ident,
        vis: &f.original.vis,
        ty: f.ty,
        option,
        kind,
        attrs: f.kept_attrs.clone(),
        serde_attrs: f.serde_attrs.clone(),
        key,
        serde,
        default: a.default.value.as_ref().map(|d| match d {
            DefaultAttr::Trait => model::Default::Trait,
            DefaultAttr::Path(path) => model::Default::Path(path.clone()),
        }),
        required: a.required.is_set(),
        rules: Vec::new(),
        // `nested` is accepted and changes nothing: every field is
        // validated with its parent.
        nested: if !may_validate(f.ty) {
            Nested::Never
        } else if generics
            .type_params()
            .any(|param| super::types::mentions(f.ty, &param.ident))
        {
            Nested::Generic
        } else {
            Nested::Probe
        },
        example: a.example.value.clone(),
        number_as_string,
        serde_default: f
            .serde
            .string("default")
            .and_then(|lit| lit.parse::<syn::Path>().ok()),
    };
    let rules = a
        .rules
        .iter()
        .filter_map(|raw| rule(cx, f, &field, raw, place))
        .collect();
    check_conflicts(cx, f);
    check_bounds(cx, f);
    (Field { rules, ..field }, status_named)
}

/// A user field cannot be called `status`, nor take the status's key;
/// whether it is called `status`.
fn check_status_key(
    cx: &Ctxt,
    f: &ast::Field,
    key: Option<&str>,
    status_key: &str,
    top_level: bool,
) -> bool {
    if top_level && f.ident.unraw() == STATUS {
        let message = if status_key == STATUS {
            "a field named `status` clashes with the status field the attribute adds; the status is `self.status`, of the generated status enum: remove this field".to_owned()
        } else {
            // The body has both keys (Vercel's `readyState` and `status`).
            format!(
                "a field named `status` clashes with the Rust field `status` that holds the status read from {status_key:?}; to keep this key too, give the field another Rust name and its wire name with `#[response(rename = \"status\")]`"
            )
        };
        cx.error_spanned_by(f.ident, message);
        return true;
    }
    if key == Some(status_key) {
        let span = f
            .attrs
            .rename
            .value
            .as_ref()
            .map_or_else(|| f.ident.span(), syn::LitStr::span);
        let fix = if status_key == STATUS {
            "rename the field, or set `status_field` to the status's real key"
        } else {
            "rename the field, or correct `status_field`"
        };
        cx.error_at(
            span,
            format!(
                "field `{}` has the wire name {status_key:?}, which is the status key; {fix}",
                f.ident
            ),
        );
    }
    false
}

/// `required` needs an `Option<T>` and no default.
fn check_presence(cx: &Ctxt, f: &ast::Field, is_option: bool, serde: FieldSerde) {
    let a = &f.attrs;
    let Some(required) = a.required.key_span() else {
        return;
    };
    if let Some(default) = a.default.key_span() {
        conflict(
            cx,
            required,
            REQUIRED,
            default,
            DEFAULT,
            "a required key has no default",
        );
    }
    if serde.default {
        cx.error_at(
            required,
            "`required` conflicts with `#[serde(default)]`: a required key has no default",
        );
    }
    if serde.with {
        cx.error_at(required, "`required` conflicts with `#[serde(with)]` and `#[serde(deserialize_with)]`, which decide how the field is read");
    }
    if !is_option {
        cx.error_at(
            required,
            format!("`required` is for an `Option<T>` field, whose key may then hold `null` but not be missing; `{}` is always required", f.ident),
        );
    }
}

/// `number_as_string` needs an integer type spelled as one (or `Option` of
/// one), and decides how the field is read and written, as serde's `with`
/// would; whether it is set and holds.
fn check_number_as_string(cx: &Ctxt, f: &ast::Field, value_ty: &syn::Type, kind: Kind) -> bool {
    let Some(span) = f.attrs.number_as_string.key_span() else {
        return false;
    };
    if integer_named(value_ty).is_none() {
        let hint = match kind {
            Kind::Text | Kind::Char => {
                "a string field reads any string already; remove `number_as_string`"
            }
            Kind::Float => "it reads integers only; make the field an integer, or remove `number_as_string`",
            Kind::Integer => "write the integer type itself, as `u64` or `Option<u64>`",
            Kind::Other => "write the integer type itself (`u64`), not an alias of it, or remove `number_as_string`",
            Kind::Sequence => {
                "it reads one integer, not a sequence or a map of them; remove `number_as_string`"
            }
            Kind::Bool => "remove `number_as_string`",
        };
        cx.error_at(
            span,
            format!(
                "`number_as_string` needs an integer field (`i64`, `u64` or another integer type, or an `Option` of one), and `{}` is `{}`: {hint}",
                f.ident,
                type_name(f.ty)
            ),
        );
        return false;
    }
    let with = ["with", "deserialize_with", "serialize_with"]
        .into_iter()
        .find(|name| f.serde.has(name));
    if let Some(with) = with {
        cx.error_at(
            span,
            format!("`number_as_string` conflicts with `#[serde({with})]`: both decide how the field is read and written; keep one"),
        );
        return false;
    }
    true
}

/// One rule, checked against the field's type and the statuses; `None`
/// after an error.
fn rule(cx: &Ctxt, f: &ast::Field, field: &Field, rule: &RawRule, place: &Place) -> Option<Rule> {
    let name = rule.key.to_string();
    let span = rule.key.span();
    let kind = field.kind;
    let shown = || type_name(field.value_ty());
    // What the rule needs of the type, when its spelling tells.
    let reject = |needs: &str, other: &[Kind], hint: &str| -> Option<()> {
        let wrong = match kind {
            Kind::Bool | Kind::Char => true,
            Kind::Other => false,
            _ => other.contains(&kind),
        };
        if !wrong {
            return Some(());
        }
        let hint = if other.contains(&kind) {
            hint
        } else {
            ": remove the rule"
        };
        cx.error_at(
            span,
            format!(
                "`{name}` needs {needs}, and `{}` is `{}`{hint}",
                f.ident,
                shown()
            ),
        );
        None
    };
    match rule.kind.needs() {
        Needs::Length => reject(
            "a string, a sequence or a map",
            &[Kind::Integer, Kind::Float],
            "; for a number use `min` and `max`",
        )?,
        Needs::Number => reject(
            "an integer or a float",
            &[Kind::Text, Kind::Sequence],
            "; for its length use `min_length` and `max_length`",
        )?,
        Needs::Text => {
            if matches!(
                kind,
                Kind::Integer | Kind::Float | Kind::Bool | Kind::Char | Kind::Sequence
            ) {
                cx.error_at(
                    span,
                    format!(
                        "`{name}` needs a string, and `{}` is `{}`",
                        f.ident,
                        shown()
                    ),
                );
                return None;
            }
        }
        Needs::Option => {
            if field.option.is_none() {
                cx.error_at(
                    span,
                    format!("`{name}` needs an `Option<T>` field, and `{}` is `{}`, which is always present", f.ident, type_name(f.ty)),
                );
            }
        }
        Needs::Anything => {}
    }
    match &rule.kind {
        RuleKind::Bound(_, bound)
            if kind == Kind::Integer && matches!(bound.number, Number::Float(_)) =>
        {
            cx.error_spanned_by(
                &bound.tokens,
                format!(
                    "`{name}` is not a whole number, and `{}` is `{}`: write an integer, as `{name} = 3`",
                    f.ident,
                    shown()
                ),
            );
            return None;
        }
        RuleKind::Pattern(lit) => check_pattern(cx, lit)?,
        _ => {}
    }
    Some(Rule {
        key: rule.key.clone(),
        kind: rule
            .kind
            .clone()
            .resolve(|when| resolve_when(cx, &name, span, &when, place))?,
    })
}

/// `required_when` / `forbidden_when` name listed statuses of the struct
/// form: the variants to match, and the message.
fn resolve_when(cx: &Ctxt, name: &str, span: Span, when: &RawWhen, place: &Place) -> Option<When> {
    match place {
        Place::Body(values, status_key) => {
            let wires = &when.list.values;
            if wires.is_empty() && !when.list.broken {
                cx.error_at(when.list.span, format!("`{name}` lists no status"));
            }
            values.check_listed(cx, name, wires);
            let verb = if when.required {
                "required when"
            } else {
                "must be absent when"
            };
            Some(When {
                required: when.required,
                idents: values.idents(wires),
                message: format!("{verb} {status_key} is {}", one_of(wires)),
            })
        }
        Place::Variant => {
            cx.error_at(
                span,
                format!("`{name}` has no use in the enum form: each variant is one status, so declare the field in the variants that have it"),
            );
            None
        }
        Place::Model => {
            cx.error_at(
                span,
                format!("`{name}` needs a status, and a `#[response_model]` has none: use it in an `#[operation_response]` type"),
            );
            None
        }
    }
}

/// `"failed"`, `"failed" or "canceled"`, `one of "a", "b", "c"`.
fn one_of(wires: &[syn::LitStr]) -> String {
    let quoted: Vec<String> = wires.iter().map(|l| format!("{:?}", l.value())).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

fn conflict(cx: &Ctxt, second: Span, second_name: &str, first: Span, first_name: &str, why: &str) {
    cx.error_at(
        second,
        format!("`{second_name}` conflicts with `{first_name}`: {why}"),
    );
    cx.error_at(first, format!("`{first_name}` set here"));
}

/// Rules that say the same thing twice: keep one.
fn check_conflicts(cx: &Ctxt, f: &ast::Field) {
    let a = &f.attrs;
    let at = |name: &str| a.rule_key(name).map(syn::Ident::span);
    if let Some(length) = at(LENGTH) {
        for name in [MIN_LENGTH, MAX_LENGTH, NON_EMPTY] {
            if let Some(span) = at(name) {
                conflict(
                    cx,
                    span,
                    name,
                    length,
                    LENGTH,
                    "`length` fixes the length exactly; keep one",
                );
            }
        }
    }
    if let (Some(non_empty), Some(min_length)) = (at(NON_EMPTY), at(MIN_LENGTH)) {
        conflict(
            cx,
            non_empty,
            NON_EMPTY,
            min_length,
            MIN_LENGTH,
            "both bound the length from below; keep `min_length`",
        );
    }
    for (first, second, why) in [
        (MIN, GREATER_THAN, "both are lower bounds; keep one"),
        (MAX, LESS_THAN, "both are upper bounds; keep one"),
    ] {
        if let (Some(a), Some(b)) = (at(first), at(second)) {
            conflict(cx, b, second, a, first, why);
        }
    }
}

/// Bounds that no value can meet.
fn check_bounds(cx: &Ctxt, f: &ast::Field) {
    let rules = &f.attrs.rules;
    let length = |want: &str| {
        rules.iter().find_map(|r| match &r.kind {
            RuleKind::MinLength(l) if want == MIN_LENGTH => Some(l),
            RuleKind::MaxLength(l) if want == MAX_LENGTH => Some(l),
            RuleKind::MinBytes(l) if want == MIN_BYTES => Some(l),
            RuleKind::MaxBytes(l) if want == MAX_BYTES => Some(l),
            _ => None,
        })
    };
    for (low, high) in [(MIN_LENGTH, MAX_LENGTH), (MIN_BYTES, MAX_BYTES)] {
        if let (Some(min), Some(max)) = (length(low), length(high)) {
            if min.value > max.value {
                cx.error_at(
                    min.span,
                    format!(
                        "`{low}` {} is greater than `{high}` {}: no length can meet both",
                        min.value, max.value
                    ),
                );
            }
        }
    }
    let bound = |ops: [BoundOp; 2]| {
        ops.into_iter().find_map(|want| {
            rules.iter().find_map(|r| match &r.kind {
                RuleKind::Bound(op, b) if *op == want => Some((r, b, want)),
                _ => None,
            })
        })
    };
    let lower = bound([BoundOp::Min, BoundOp::GreaterThan]);
    let upper = bound([BoundOp::Max, BoundOp::LessThan]);
    if let (Some((low_rule, low, low_op)), Some((high_rule, high, high_op))) = (lower, upper) {
        let (l, h) = (low.number.as_f64(), high.number.as_f64());
        let inclusive = low_op == BoundOp::Min && high_op == BoundOp::Max;
        let empty = if inclusive { l > h } else { l >= h };
        if empty {
            let text = |b: &Bound| b.tokens.to_string().replace(' ', "");
            cx.error_spanned_by(
                &low.tokens,
                format!(
                    "`{}` {} is {} `{}` {}: no value can meet both",
                    low_rule.key,
                    text(low),
                    if l > h {
                        "greater than"
                    } else {
                        "not less than"
                    },
                    high_rule.key,
                    text(high)
                ),
            );
        }
    }
}

/// A `pattern` must be a valid regular expression that the `regex` crate
/// can match as ECMA-262 (JSON Schema's dialect) matches it, translated
/// where the two differ (see `ecma`), and needs the feature.
fn check_pattern(cx: &Ctxt, lit: &syn::LitStr) -> Option<()> {
    #[cfg(feature = "pattern")]
    {
        if let Err(message) = crate::ecma::translate(&lit.value()) {
            cx.error_spanned_by(lit, message);
            return None;
        }
        Some(())
    }
    #[cfg(not(feature = "pattern"))]
    {
        cx.error_spanned_by(
            lit,
            "`pattern` needs the `pattern` feature: `operation-response = { version = \"…\", features = [\"pattern\"] }`",
        );
        None
    }
}
