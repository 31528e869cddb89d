//! The three attribute schemas: container arguments
//! (`#[operation_response(…)]` / `#[response_model(…)]`), and
//! `#[response(…)]` on fields and on variants. Each argument is read once,
//! its mistakes reported, and parsing carries on.

use super::args::{list_of, parse_args, AliasPair, Arg, Once, Strings};
use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::krate::Krate;
use crate::model::{BoundOp, Rule, RuleKind};
use crate::suggest::did_you_mean;
use crate::symbol::*;
use proc_macro2::Span;
use syn::{Ident, LitStr};

/// What the attribute is on, which decides the arguments it takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    ResponseStruct,
    ResponseEnum,
    ModelStruct,
    ModelEnum,
    /// `#[response_model(tag = "…")]` on an enum.
    TaggedModel,
}

impl Target {
    /// The target of the macro (`is_model`) on a struct or an enum, whose
    /// arguments `args` are: `tag` makes a `#[response_model]` enum tagged.
    pub fn of(is_enum: bool, is_model: bool, args: &[Arg]) -> Self {
        match (is_enum, is_model) {
            (false, false) => Target::ResponseStruct,
            (true, false) => Target::ResponseEnum,
            (false, true) => Target::ModelStruct,
            (true, true) if args.iter().any(|arg| arg.key == TAG) => Target::TaggedModel,
            (true, true) => Target::ModelEnum,
        }
    }

    pub fn args(self) -> &'static [&'static str] {
        match self {
            Target::ResponseStruct => RESPONSE_STRUCT_ARGS,
            Target::ResponseEnum => RESPONSE_ENUM_ARGS,
            Target::ModelStruct => MODEL_STRUCT_ARGS,
            Target::ModelEnum => MODEL_ENUM_ARGS,
            Target::TaggedModel => MODEL_TAGGED_ARGS,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Target::ResponseStruct => "`#[operation_response]` on a struct",
            Target::ResponseEnum => "`#[operation_response]` on an enum",
            Target::ModelStruct => "`#[response_model]` on a struct",
            Target::ModelEnum => "`#[response_model]` on a fieldless enum",
            Target::TaggedModel => "`#[response_model(tag = …)]` on an enum",
        }
    }

    pub fn is_response(self) -> bool {
        matches!(self, Target::ResponseStruct | Target::ResponseEnum)
    }
}

/// The container arguments.
#[derive(Default)]
pub struct Container {
    pub status: Once<Strings>,
    pub terminal: Once<Strings>,
    pub failure: Once<Strings>,
    pub waiting: Once<Strings>,
    pub status_default: Once<LitStr>,
    pub classify: Once<syn::Path>,
    pub progress: Once<syn::Path>,
    pub status_enum: Once<Ident>,
    pub status_field: Once<LitStr>,
    pub rename_all: Once<(RenameRule, Span)>,
    pub status_case: Once<(RenameRule, Span)>,
    pub open: Once<Span>,
    pub unknown: Once<UnknownAttr>,
    pub deny_unknown_fields: Once<Span>,
    pub alias: Once<Vec<AliasPair>>,
    pub case_insensitive: Once<Span>,
    pub tag: Once<LitStr>,
    pub tag_case: Once<(RenameRule, Span)>,
    pub lifecycle: Once<syn::Path>,
    pub validate_with: Once<syn::Path>,
    pub krate: Once<Krate>,
}

/// `unknown = "failure"` or `unknown = path::to::classify`.
pub enum UnknownAttr {
    Failure,
    With(syn::Path),
}

impl Container {
    /// The arguments `args` (split by `parse_args`), read for `target`.
    pub fn from_args(cx: &Ctxt, target: Target, args: Vec<Arg>) -> Self {
        let mut c = Container::default();
        for arg in args {
            let name = arg.name();
            if !target.args().contains(&name.as_str()) {
                unknown_arg(cx, target, &arg, &name);
                continue;
            }
            let key = &arg.key;
            match name.as_str() {
                STATUS => c.status.set(cx, key, arg.strings(cx)),
                TERMINAL => c.terminal.set(cx, key, arg.strings(cx)),
                FAILURE => c.failure.set(cx, key, arg.strings(cx)),
                WAITING => c.waiting.set(cx, key, arg.strings(cx)),
                STATUS_DEFAULT => c.status_default.set(cx, key, arg.non_empty_string(cx)),
                CLASSIFY => c.classify.set(cx, key, arg.path(cx, "path::to::classify")),
                PROGRESS => c.progress.set(cx, key, arg.path(cx, "path::to::progress")),
                STATUS_ENUM => c.status_enum.set(cx, key, arg.ident(cx)),
                STATUS_FIELD => c.status_field.set(cx, key, arg.non_empty_string(cx)),
                RENAME_ALL => c.rename_all.set(cx, key, rename_rule(cx, &arg)),
                STATUS_CASE => c.status_case.set(cx, key, rename_rule(cx, &arg)),
                OPEN => c.open.set(cx, key, arg.flag(cx)),
                UNKNOWN => {
                    let string = arg
                        .value
                        .as_ref()
                        .and_then(|v| syn::parse2::<LitStr>(v.clone()).ok());
                    let value = match string {
                        Some(lit) if UNKNOWN_VALUES.contains(&lit.value().as_str()) => {
                            Some(UnknownAttr::Failure)
                        }
                        Some(lit) => {
                            cx.error_spanned_by(
                                &lit,
                                format!(
                                    "unknown `unknown` value {:?}: write `\"failure\"` (an unknown status is a terminal failure) or a path to `fn(&str) -> Lifecycle`; leave `unknown` out to keep polling on an unknown status",
                                    lit.value()
                                ),
                            );
                            None
                        }
                        None => arg.path(cx, "path::to::classify").map(UnknownAttr::With),
                    };
                    c.unknown.set(cx, key, value);
                }
                CASE_INSENSITIVE => c.case_insensitive.set(cx, key, arg.flag(cx)),
                TAG => c.tag.set(cx, key, arg.non_empty_string(cx)),
                TAG_CASE => c.tag_case.set(cx, key, rename_rule(cx, &arg)),
                LIFECYCLE => c
                    .lifecycle
                    .set(cx, key, arg.path(cx, "path::to::lifecycle")),
                VALIDATE_WITH => c
                    .validate_with
                    .set(cx, key, arg.path(cx, "path::to::check")),
                DENY_UNKNOWN_FIELDS => c.deny_unknown_fields.set(cx, key, arg.flag(cx)),
                ALIAS => c.alias.set(cx, key, arg.alias_pairs(cx)),
                CRATE => {
                    let krate =
                        arg.path(cx, "::operation_response").and_then(
                            |path| match Krate::from_path(path) {
                                Ok(krate) => Some(krate),
                                Err(err) => {
                                    cx.syn_error(err);
                                    None
                                }
                            },
                        );
                    c.krate.set(cx, key, krate);
                }
                _ => unknown_arg(cx, target, &arg, &name),
            }
        }
        c
    }

    pub fn krate(&self) -> Krate {
        match &self.krate.value {
            Some(krate) => krate.clone(),
            None => Krate::default_path(),
        }
    }
}

fn rename_rule(cx: &Ctxt, arg: &Arg) -> Option<(RenameRule, Span)> {
    let lit = arg.string(cx)?;
    let value = lit.value();
    match RenameRule::from_name(&value) {
        Some(rule) => Some((rule, lit.span())),
        None => {
            let names: Vec<&str> = RenameRule::names().collect();
            let list = names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let mut suggestion = did_you_mean(&value, names.iter().copied());
            if suggestion.is_empty() && !value.is_empty() {
                let lower = value.to_lowercase();
                if let Some(found) = names.iter().find(|n| n.to_lowercase().starts_with(&lower)) {
                    suggestion = format!("; did you mean `{found}`?");
                }
            }
            cx.error_spanned_by(
                &lit,
                format!("unknown case {value:?}; expected one of {list}{suggestion}"),
            );
            None
        }
    }
}

fn unknown_arg(cx: &Ctxt, target: Target, arg: &Arg, name: &str) {
    let elsewhere: Vec<Target> = [
        Target::ResponseStruct,
        Target::ResponseEnum,
        Target::ModelStruct,
        Target::ModelEnum,
        Target::TaggedModel,
    ]
    .into_iter()
    .filter(|t| t.args().contains(&name))
    .collect();
    let elsewhere = (!elsewhere.is_empty()).then_some(elsewhere);
    let message = match elsewhere {
        Some(_) if name == LIFECYCLE && target.is_response() => {
            "`lifecycle` is for a body without a status string: this body takes its lifecycle from its status; for one computed from the fields, declare a `#[response_model(lifecycle = …)]` struct without `status`".to_owned()
        }
        Some(_) if name == STATUS && target == Target::ResponseEnum => {
            "`status` is not an argument of the enum form: each variant is one status, named from the variant (see `status_case`) or by `#[response(status = \"…\")]` on the variant".to_owned()
        }
        Some(others) => format!(
            "`{name}` is not an argument of {}, only of {}; {} takes {}",
            target.describe(),
            others
                .iter()
                .map(|t| t.describe())
                .collect::<Vec<_>>()
                .join(" and "),
            target.describe(),
            list_of(target.args())
        ),
        None if FIELD_ATTRS.contains(&name) => format!(
            "`{name}` is a field rule: write it on a field, as `#[response({name} …)]`"
        ),
        None => unknown_name(
            "argument",
            name,
            target.args(),
            format!("{} takes {}", target.describe(), list_of(target.args())),
        ),
    };
    cx.error_at(arg.key.span(), message);
}

/// `unknown {what} `{name}``, with the nearest of `known` or else `expected`.
fn unknown_name(what: &str, name: &str, known: &[&str], expected: String) -> String {
    let suggestion = did_you_mean(name, known.iter().copied());
    if suggestion.is_empty() {
        format!("unknown {what} `{name}`; {expected}")
    } else {
        format!("unknown {what} `{name}`{suggestion}")
    }
}

/// `#[response(default)]` / `#[response(default = path)]`.
pub enum DefaultAttr {
    Trait,
    Path(syn::Path),
}

/// `required_when = […]` / `forbidden_when = […]` as written: `check`
/// resolves it against the statuses into a `model::When`.
#[derive(Clone)]
pub struct RawWhen {
    pub required: bool,
    pub list: Strings,
}

/// A field rule as written.
pub type RawRule = Rule<RawWhen>;

/// `#[response(…)]` on a field: its rules in the order written, and the
/// attributes that are not rules.
#[derive(Default)]
pub struct FieldAttrs {
    pub rules: Vec<RawRule>,
    pub nested: Once<Span>,
    pub rename: Once<LitStr>,
    pub default: Once<DefaultAttr>,
    pub required: Once<Span>,
    pub outcome: Once<Span>,
    pub operation: Once<Span>,
    pub example: Once<crate::model::ExampleValue>,
    pub number_as_string: Once<Span>,
    pub progress: Once<Span>,
}

impl FieldAttrs {
    pub fn from_attrs(cx: &Ctxt, attrs: &[&syn::Attribute]) -> Self {
        let mut f = FieldAttrs::default();
        for arg in attrs.iter().flat_map(|attr| response_args(cx, attr)) {
            let name = arg.name();
            let key = &arg.key;
            // A rule: parsed into its kind; a broken value is reported and
            // the rule left out.
            let when = |required| move |list| RuleKind::When(RawWhen { required, list });
            let bound = |op| move |b| RuleKind::Bound(op, b);
            let rule = match name.as_str() {
                MIN_LENGTH => Some(arg.length(cx).map(RuleKind::MinLength)),
                MAX_LENGTH => Some(arg.length(cx).map(RuleKind::MaxLength)),
                LENGTH => Some(arg.length(cx).map(RuleKind::Length)),
                MIN_BYTES => Some(arg.length(cx).map(RuleKind::MinBytes)),
                MAX_BYTES => Some(arg.length(cx).map(RuleKind::MaxBytes)),
                NON_EMPTY => Some(arg.flag(cx).map(|_| RuleKind::NonEmpty)),
                MIN => Some(arg.number(cx).map(bound(BoundOp::Min))),
                MAX => Some(arg.number(cx).map(bound(BoundOp::Max))),
                GREATER_THAN => Some(arg.number(cx).map(bound(BoundOp::GreaterThan))),
                LESS_THAN => Some(arg.number(cx).map(bound(BoundOp::LessThan))),
                PATTERN => Some(arg.string(cx).map(RuleKind::Pattern)),
                REQUIRED_WHEN => Some(arg.strings(cx).map(when(true))),
                FORBIDDEN_WHEN => Some(arg.strings(cx).map(when(false))),
                VALIDATE_WITH => Some(arg.path(cx, "path::to::check").map(RuleKind::Custom)),
                _ => None,
            };
            if let Some(kind) = rule {
                if let Some(first) = f.rules.iter().find(|r| r.key == name) {
                    cx.error_at(key.span(), format!("duplicate `{name}`"));
                    cx.error_at(first.key.span(), format!("`{name}` first set here"));
                } else if let Some(kind) = kind {
                    f.rules.push(Rule {
                        key: key.clone(),
                        kind,
                    });
                }
                continue;
            }
            match name.as_str() {
                NESTED => f.nested.set(cx, key, arg.flag(cx)),
                RENAME => f.rename.set(cx, key, arg.string(cx)),
                DEFAULT => {
                    let value = if arg.value.is_none() {
                        arg.flag(cx).map(|_| DefaultAttr::Trait)
                    } else {
                        arg.path(cx, "path::to::function").map(DefaultAttr::Path)
                    };
                    f.default.set(cx, key, value);
                }
                REQUIRED => f.required.set(cx, key, arg.flag(cx)),
                OUTCOME => f.outcome.set(cx, key, arg.flag(cx)),
                PROGRESS => f.progress.set(cx, key, arg.flag(cx)),
                OPERATION => f.operation.set(cx, key, arg.flag(cx)),
                EXAMPLE => f.example.set(cx, key, arg.example(cx)),
                NUMBER_AS_STRING => f.number_as_string.set(cx, key, arg.flag(cx)),
                _ => {
                    let message = if RESPONSE_STRUCT_ARGS.contains(&name.as_str())
                        || RESPONSE_ENUM_ARGS.contains(&name.as_str())
                    {
                        format!("`{name}` is a container argument: write it in the attribute on the type, not on a field")
                    } else {
                        unknown_name(
                            "field attribute",
                            &name,
                            FIELD_ATTRS,
                            format!("expected one of {}", list_of(FIELD_ATTRS)),
                        )
                    };
                    cx.error_at(key.span(), message);
                }
            }
        }
        f
    }

    /// The key of the rule named `name`, if written.
    pub fn rule_key(&self, name: &str) -> Option<&Ident> {
        self.rules.iter().map(|r| &r.key).find(|key| *key == name)
    }
}

/// `#[response(…)]` on a variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub status: Once<LitStr>,
    pub rename: Once<LitStr>,
    pub alias: Once<Strings>,
}

impl VariantAttrs {
    pub fn from_attrs(cx: &Ctxt, target: Target, attrs: &[&syn::Attribute]) -> Self {
        let mut v = VariantAttrs::default();
        let allowed = if target.is_response() {
            RESPONSE_VARIANT_ATTRS
        } else {
            MODEL_VARIANT_ATTRS
        };
        for arg in attrs.iter().flat_map(|attr| response_args(cx, attr)) {
            let name = arg.name();
            let key = &arg.key;
            match name.as_str() {
                STATUS if target.is_response() => v.status.set(cx, key, arg.string(cx)),
                RENAME if !target.is_response() => v.rename.set(cx, key, arg.string(cx)),
                ALIAS => v.alias.set(cx, key, arg.strings(cx)),
                _ => {
                    let message = if name == RENAME && target.is_response() {
                        "a variant of the enum form takes `status = \"…\"`, its wire value, not `rename`".to_owned()
                    } else if name == STATUS {
                        "a variant of a string enum takes `rename = \"…\"`, its wire value, not `status`".to_owned()
                    } else {
                        unknown_name(
                            "variant attribute",
                            &name,
                            allowed,
                            format!("expected {}", list_of(allowed)),
                        )
                    };
                    cx.error_at(key.span(), message);
                }
            }
        }
        v
    }
}

/// The arguments of one `#[response(…)]` attribute.
fn response_args(cx: &Ctxt, attr: &syn::Attribute) -> Vec<Arg> {
    match &attr.meta {
        syn::Meta::List(list) => parse_args(cx, list.tokens.clone()),
        other => {
            cx.error_spanned_by(
                other,
                "expected `#[response(…)]`, as `#[response(min_length = 1)]`",
            );
            Vec::new()
        }
    }
}
