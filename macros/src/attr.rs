//! Parses `#[operation_response(…)]` / `#[response_model(…)]` into
//! [`Container`] and `#[response(…)]` into [`FieldAttrs`] and
//! [`VariantAttrs`], reporting every mistake of a single argument to the
//! context and carrying on.

use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::krate::Krate;
use crate::suggest::did_you_mean;
use crate::symbol::*;
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

/// One `key` or `key = value` of an argument list.
pub struct Arg {
    pub key: Ident,
    pub value: Option<TokenStream>,
    /// Malformed and already reported: its value is `None` with no further
    /// error, but the key still counts as written.
    pub broken: bool,
}

/// Splits an argument list at top-level commas. A malformed argument is
/// reported and skipped, never fatal.
pub fn parse_args(cx: &Ctxt, tokens: TokenStream) -> Vec<Arg> {
    let parser = |input: ParseStream| -> syn::Result<Vec<Arg>> {
        let mut args = Vec::new();
        while !input.is_empty() {
            let mut all = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![,]) {
                all.extend([input.parse::<TokenTree>()?]);
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            if let Some(arg) = split_arg(cx, all) {
                args.push(arg);
            }
        }
        Ok(args)
    };
    match parser.parse2(tokens) {
        Ok(args) => args,
        Err(err) => {
            cx.syn_error(err);
            Vec::new()
        }
    }
}

fn split_arg(cx: &Ctxt, all: TokenStream) -> Option<Arg> {
    let key = syn::parse::Parser::parse2(
        |input: ParseStream| {
            let key = input.call(Ident::parse_any)?;
            let _: TokenStream = input.parse()?;
            Ok(key)
        },
        all.clone(),
    )
    .ok();
    let parser = |input: ParseStream| -> syn::Result<Arg> {
        let key = input.call(Ident::parse_any).map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected an argument name, as `key` or `key = value`",
            )
        })?;
        let value = if input.is_empty() {
            None
        } else if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            let value: TokenStream = input.parse()?;
            if value.is_empty() {
                return Err(syn::Error::new(
                    key.span(),
                    format!("expected a value after `{key} =`"),
                ));
            }
            Some(value)
        } else {
            let rest: TokenStream = input.parse()?;
            return Err(syn::Error::new_spanned(
                rest,
                format!("expected `=` or `,` after `{key}`"),
            ));
        };
        Ok(Arg {
            key,
            value,
            broken: false,
        })
    };
    match parser.parse2(all) {
        Ok(arg) => Some(arg),
        Err(err) => {
            cx.syn_error(err);
            key.map(|key| Arg {
                key,
                value: None,
                broken: true,
            })
        }
    }
}

impl Arg {
    pub fn name(&self) -> String {
        self.key.unraw().to_string()
    }

    /// A flag such as `open`: no value.
    pub fn flag(&self, cx: &Ctxt) -> Option<Span> {
        if self.broken {
            return None;
        }
        match &self.value {
            None => Some(self.key.span()),
            Some(value) => {
                cx.error_spanned_by(value, format!("`{}` takes no value", self.name()));
                None
            }
        }
    }

    fn require_value(&self, cx: &Ctxt, example: &str) -> Option<&TokenStream> {
        if self.value.is_none() && !self.broken {
            cx.error_at(
                self.key.span(),
                format!(
                    "`{}` needs a value, as `{} = {example}`",
                    self.name(),
                    self.name()
                ),
            );
        }
        self.value.as_ref()
    }

    /// `key = "…"`.
    pub fn string(&self, cx: &Ctxt) -> Option<LitStr> {
        let value = self.require_value(cx, "\"…\"")?;
        match syn::parse2::<LitStr>(value.clone()) {
            Ok(lit) => Some(lit),
            Err(_) => {
                cx.error_spanned_by(
                    value,
                    format!("expected a string, as `{} = \"…\"`", self.name()),
                );
                None
            }
        }
    }

    /// `key = "a"` or `key = ["a", "b"]`; the list's span is the brackets'.
    pub fn strings(&self, cx: &Ctxt) -> Option<Strings> {
        let value = self.require_value(cx, "[\"…\"]")?;
        if let Ok(lit) = syn::parse2::<LitStr>(value.clone()) {
            return Some(Strings {
                span: lit.span(),
                values: vec![lit],
                key: self.key.clone(),
            });
        }
        let mut iter = value.clone().into_iter();
        let (Some(TokenTree::Group(group)), None) = (iter.next(), iter.next()) else {
            cx.error_spanned_by(
                value,
                format!(
                    "expected a string or a list of strings, as `{0} = \"…\"` or `{0} = [\"…\", \"…\"]`",
                    self.name()
                ),
            );
            return None;
        };
        if group.delimiter() != proc_macro2::Delimiter::Bracket {
            cx.error_spanned_by(
                &group,
                format!(
                    "expected a list in brackets, as `{} = [\"…\", \"…\"]`",
                    self.name()
                ),
            );
            return None;
        }
        let mut values = Vec::new();
        let items = parse_args_raw(group.stream());
        for item in items {
            match syn::parse2::<LitStr>(item.clone()) {
                Ok(lit) => values.push(lit),
                Err(_) => cx.error_spanned_by(
                    item,
                    format!("expected a string in `{}`, as `\"done\"`", self.name()),
                ),
            }
        }
        Some(Strings {
            span: group.span(),
            values,
            key: self.key.clone(),
        })
    }

    /// `key = some::path`.
    pub fn path(&self, cx: &Ctxt, example: &str) -> Option<syn::Path> {
        let value = self.require_value(cx, example)?;
        match syn::parse2::<syn::Path>(value.clone()) {
            Ok(path) => Some(path),
            Err(_) => {
                cx.error_spanned_by(
                    value,
                    format!("expected a path, as `{} = {example}`", self.name()),
                );
                None
            }
        }
    }

    /// `key = Name`.
    pub fn ident(&self, cx: &Ctxt) -> Option<Ident> {
        let value = self.require_value(cx, "Name")?;
        match syn::parse2::<Ident>(value.clone()) {
            Ok(ident) => Some(ident),
            Err(_) => {
                cx.error_spanned_by(
                    value,
                    format!("expected a type name, as `{} = Name`", self.name()),
                );
                None
            }
        }
    }

    /// `key = 3`.
    pub fn length(&self, cx: &Ctxt) -> Option<Length> {
        let value = self.require_value(cx, "3")?;
        let parsed = syn::parse2::<syn::LitInt>(value.clone())
            .ok()
            .filter(|lit| lit.suffix().is_empty() || lit.suffix() == "usize")
            .and_then(|lit| Some((lit.base10_parse::<usize>().ok()?, lit)));
        match parsed {
            Some((n, lit)) => Some(Length {
                key: self.key.clone(),
                value: n,
                span: lit.span(),
            }),
            None => {
                cx.error_spanned_by(
                    value,
                    format!(
                        "expected a length, a whole number such as `{} = 3`",
                        self.name()
                    ),
                );
                None
            }
        }
    }

    /// `key = 3`, `key = -1.5`.
    pub fn number(&self, cx: &Ctxt) -> Option<Bound> {
        let value = self.require_value(cx, "0")?;
        let bound = parse_number(value.clone());
        if bound.is_none() {
            cx.error_spanned_by(
                value,
                format!(
                    "expected a number, as `{} = 0` or `{} = 0.5`",
                    self.name(),
                    self.name()
                ),
            );
        }
        bound.map(|(number, span)| Bound {
            key: self.key.clone(),
            tokens: value.clone(),
            number,
            span,
        })
    }
}

/// Splits at top-level commas without interpreting the pieces.
fn parse_args_raw(tokens: TokenStream) -> Vec<TokenStream> {
    let mut out = Vec::new();
    let mut current = TokenStream::new();
    for tt in tokens {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                out.push(core::mem::take(&mut current));
            }
            _ => current.extend([tt]),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn parse_number(tokens: TokenStream) -> Option<(Number, Span)> {
    let mut iter = tokens.into_iter().peekable();
    let mut negative = false;
    let mut span = None;
    if let Some(TokenTree::Punct(p)) = iter.peek() {
        if p.as_char() == '-' {
            negative = true;
            span = Some(p.span());
            iter.next();
        }
    }
    let Some(TokenTree::Literal(lit)) = iter.next() else {
        return None;
    };
    if iter.next().is_some() {
        return None;
    }
    let span = span.unwrap_or_else(|| lit.span());
    match syn::Lit::new(lit) {
        syn::Lit::Int(int) => {
            let value = int.base10_parse::<i128>().ok()?;
            Some((Number::Int(if negative { -value } else { value }), span))
        }
        syn::Lit::Float(float) => {
            let value = float.base10_parse::<f64>().ok()?;
            Some((Number::Float(if negative { -value } else { value }), span))
        }
        _ => None,
    }
}

/// A list of wire values, with the key that gave it.
#[derive(Clone)]
pub struct Strings {
    pub key: Ident,
    pub span: Span,
    pub values: Vec<LitStr>,
}

pub struct Length {
    pub key: Ident,
    pub value: usize,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub enum Number {
    Int(i128),
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            #[allow(clippy::cast_precision_loss)] // comparing bounds only
            Number::Int(n) => n as f64,
            Number::Float(f) => f,
        }
    }
}

pub struct Bound {
    pub key: Ident,
    /// The literal as written, with its sign.
    pub tokens: TokenStream,
    pub number: Number,
    pub span: Span,
}

/// One value that may be set once: remembers where, for "first set here".
pub struct Once<T> {
    name: &'static str,
    first: Option<Span>,
    pub value: Option<T>,
}

impl<T> Once<T> {
    pub fn new(name: &'static str) -> Self {
        Once {
            name,
            first: None,
            value: None,
        }
    }

    pub fn set(&mut self, cx: &Ctxt, key: &Ident, value: Option<T>) {
        if let Some(first) = self.first {
            cx.error_at(key.span(), format!("duplicate `{}`", self.name));
            cx.error_at(first, format!("`{}` first set here", self.name));
            return;
        }
        self.first = Some(key.span());
        self.value = value;
    }

    pub fn key_span(&self) -> Option<Span> {
        self.first
    }
}

/// What the attribute is on, which decides the arguments it takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    ResponseStruct,
    ResponseEnum,
    ModelStruct,
    ModelEnum,
}

impl Target {
    pub fn args(self) -> &'static [&'static str] {
        match self {
            Target::ResponseStruct => RESPONSE_STRUCT_ARGS,
            Target::ResponseEnum => RESPONSE_ENUM_ARGS,
            Target::ModelStruct => MODEL_STRUCT_ARGS,
            Target::ModelEnum => MODEL_ENUM_ARGS,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Target::ResponseStruct => "`#[operation_response]` on a struct",
            Target::ResponseEnum => "`#[operation_response]` on an enum",
            Target::ModelStruct => "`#[response_model]` on a struct",
            Target::ModelEnum => "`#[response_model]` on an enum",
        }
    }

    pub fn is_response(self) -> bool {
        matches!(self, Target::ResponseStruct | Target::ResponseEnum)
    }
}

/// The container arguments.
pub struct Container {
    pub status: Once<Strings>,
    pub terminal: Once<Strings>,
    pub failure: Once<Strings>,
    pub status_enum: Once<Ident>,
    pub status_field: Once<LitStr>,
    pub rename_all: Once<(RenameRule, Span)>,
    pub status_case: Once<(RenameRule, Span)>,
    pub open: Once<Span>,
    pub unknown: Once<LitStr>,
    pub deny_unknown_fields: Once<Span>,
    pub krate: Once<Krate>,
}

impl Container {
    pub fn from_args(cx: &Ctxt, target: Target, args: TokenStream) -> Self {
        let mut c = Container {
            status: Once::new(STATUS),
            terminal: Once::new(TERMINAL),
            failure: Once::new(FAILURE),
            status_enum: Once::new(STATUS_ENUM),
            status_field: Once::new(STATUS_FIELD),
            rename_all: Once::new(RENAME_ALL),
            status_case: Once::new(STATUS_CASE),
            open: Once::new(OPEN),
            unknown: Once::new(UNKNOWN),
            deny_unknown_fields: Once::new(DENY_UNKNOWN_FIELDS),
            krate: Once::new(CRATE),
        };
        for arg in parse_args(cx, args) {
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
                STATUS_ENUM => c.status_enum.set(cx, key, arg.ident(cx)),
                STATUS_FIELD => {
                    let lit = arg.string(cx).filter(|lit| {
                        let empty = lit.value().is_empty();
                        if empty {
                            cx.error_spanned_by(lit, "`status_field` must not be empty");
                        }
                        !empty
                    });
                    c.status_field.set(cx, key, lit);
                }
                RENAME_ALL => c.rename_all.set(cx, key, rename_rule(cx, &arg)),
                STATUS_CASE => c.status_case.set(cx, key, rename_rule(cx, &arg)),
                OPEN => c.open.set(cx, key, arg.flag(cx)),
                UNKNOWN => {
                    let lit = arg.string(cx).filter(|lit| {
                        let ok = UNKNOWN_VALUES.contains(&lit.value().as_str());
                        if !ok {
                            cx.error_spanned_by(
                                lit,
                                format!(
                                    "unknown `unknown` value {:?}: the only value is `\"failure\"` (an unknown status is a terminal failure); leave `unknown` out to keep polling on an unknown status",
                                    lit.value()
                                ),
                            );
                        }
                        ok
                    });
                    c.unknown.set(cx, key, lit);
                }
                DENY_UNKNOWN_FIELDS => c.deny_unknown_fields.set(cx, key, arg.flag(cx)),
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
    ]
    .into_iter()
    .filter(|t| t.args().contains(&name))
    .collect();
    let elsewhere = (!elsewhere.is_empty()).then_some(elsewhere);
    let message = match elsewhere {
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
        None => {
            let suggestion = did_you_mean(name, target.args().iter().copied());
            if suggestion.is_empty() {
                format!(
                    "unknown argument `{name}`; {} takes {}",
                    target.describe(),
                    list_of(target.args())
                )
            } else {
                format!("unknown argument `{name}`{suggestion}")
            }
        }
    };
    cx.error_at(arg.key.span(), message);
}

pub fn list_of(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `#[response(…)]` on a field.
pub struct FieldAttrs {
    pub min_length: Once<Length>,
    pub max_length: Once<Length>,
    pub length: Once<Length>,
    pub non_empty: Once<Span>,
    pub min: Once<Bound>,
    pub max: Once<Bound>,
    pub greater_than: Once<Bound>,
    pub less_than: Once<Bound>,
    pub pattern: Once<LitStr>,
    pub required_when: Once<Strings>,
    pub forbidden_when: Once<Strings>,
    pub nested: Once<Span>,
    pub validate_with: Once<syn::Path>,
    pub rename: Once<LitStr>,
    pub default: Once<Span>,
    pub required: Once<Span>,
}

impl FieldAttrs {
    pub fn from_attrs(cx: &Ctxt, attrs: &[&syn::Attribute]) -> Self {
        let mut f = FieldAttrs {
            min_length: Once::new(MIN_LENGTH),
            max_length: Once::new(MAX_LENGTH),
            length: Once::new(LENGTH),
            non_empty: Once::new(NON_EMPTY),
            min: Once::new(MIN),
            max: Once::new(MAX),
            greater_than: Once::new(GREATER_THAN),
            less_than: Once::new(LESS_THAN),
            pattern: Once::new(PATTERN),
            required_when: Once::new(REQUIRED_WHEN),
            forbidden_when: Once::new(FORBIDDEN_WHEN),
            nested: Once::new(NESTED),
            validate_with: Once::new(VALIDATE_WITH),
            rename: Once::new(RENAME),
            default: Once::new(DEFAULT),
            required: Once::new(REQUIRED),
        };
        for arg in attrs.iter().flat_map(|attr| response_args(cx, attr)) {
            let name = arg.name();
            let key = &arg.key;
            match name.as_str() {
                MIN_LENGTH => f.min_length.set(cx, key, arg.length(cx)),
                MAX_LENGTH => f.max_length.set(cx, key, arg.length(cx)),
                LENGTH => f.length.set(cx, key, arg.length(cx)),
                NON_EMPTY => f.non_empty.set(cx, key, arg.flag(cx)),
                MIN => f.min.set(cx, key, arg.number(cx)),
                MAX => f.max.set(cx, key, arg.number(cx)),
                GREATER_THAN => f.greater_than.set(cx, key, arg.number(cx)),
                LESS_THAN => f.less_than.set(cx, key, arg.number(cx)),
                PATTERN => f.pattern.set(cx, key, arg.string(cx)),
                REQUIRED_WHEN => f.required_when.set(cx, key, arg.strings(cx)),
                FORBIDDEN_WHEN => f.forbidden_when.set(cx, key, arg.strings(cx)),
                NESTED => f.nested.set(cx, key, arg.flag(cx)),
                VALIDATE_WITH => f
                    .validate_with
                    .set(cx, key, arg.path(cx, "path::to::check")),
                RENAME => f.rename.set(cx, key, arg.string(cx)),
                DEFAULT => f.default.set(cx, key, arg.flag(cx)),
                REQUIRED => f.required.set(cx, key, arg.flag(cx)),
                _ => {
                    let message = if RESPONSE_STRUCT_ARGS.contains(&name.as_str())
                        || RESPONSE_ENUM_ARGS.contains(&name.as_str())
                    {
                        format!("`{name}` is a container argument: write it in the attribute on the type, not on a field")
                    } else {
                        let suggestion = did_you_mean(&name, FIELD_ATTRS.iter().copied());
                        if suggestion.is_empty() {
                            format!(
                                "unknown field attribute `{name}`; expected one of {}",
                                list_of(FIELD_ATTRS)
                            )
                        } else {
                            format!("unknown field attribute `{name}`{suggestion}")
                        }
                    };
                    cx.error_at(key.span(), message);
                }
            }
        }
        f
    }
}

/// `#[response(…)]` on a variant.
pub struct VariantAttrs {
    pub status: Once<LitStr>,
    pub rename: Once<LitStr>,
}

impl VariantAttrs {
    pub fn from_attrs(cx: &Ctxt, target: Target, attrs: &[&syn::Attribute]) -> Self {
        let mut v = VariantAttrs {
            status: Once::new(STATUS),
            rename: Once::new(RENAME),
        };
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
                _ => {
                    let suggestion = did_you_mean(&name, allowed.iter().copied());
                    let message = if name == RENAME && target.is_response() {
                        "a variant of the enum form takes `status = \"…\"`, its wire value, not `rename`".to_owned()
                    } else if name == STATUS {
                        "a variant of a string enum takes `rename = \"…\"`, its wire value, not `status`".to_owned()
                    } else if suggestion.is_empty() {
                        format!(
                            "unknown variant attribute `{name}`; expected {}",
                            list_of(allowed)
                        )
                    } else {
                        format!("unknown variant attribute `{name}`{suggestion}")
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

/// What serde's own attributes say about names, for wire paths. Anything
/// else in them is serde's business, and serde reports its mistakes.
#[derive(Default)]
pub struct SerdeInfo {
    pub rename: Option<String>,
    pub rename_all: Option<(RenameRule, Span)>,
    pub flatten: bool,
    pub deny_unknown_fields: bool,
    pub default: bool,
    pub with: bool,
    pub skip: bool,
    pub skip_serializing_if: bool,
}

impl SerdeInfo {
    pub fn from_attrs(attrs: &[&syn::Attribute]) -> Self {
        let mut info = SerdeInfo::default();
        for attr in attrs {
            let syn::Meta::List(list) = &attr.meta else {
                continue;
            };
            // Mistakes in serde's attributes are serde's to report.
            let quiet = Ctxt::new();
            for arg in parse_args(&quiet, list.tokens.clone()) {
                let string = || {
                    arg.value
                        .clone()
                        .and_then(|v| syn::parse2::<LitStr>(v).ok())
                };
                match arg.name().as_str() {
                    "rename" => info.rename = string().map(|lit| lit.value()).or(info.rename),
                    "rename_all" => {
                        if let Some(lit) = string() {
                            info.rename_all =
                                RenameRule::from_name(&lit.value()).map(|r| (r, lit.span()));
                        }
                    }
                    "flatten" => info.flatten = true,
                    "deny_unknown_fields" => info.deny_unknown_fields = true,
                    "default" => info.default = true,
                    "with" | "deserialize_with" => info.with = true,
                    "skip" | "skip_deserializing" => info.skip = true,
                    "skip_serializing_if" => info.skip_serializing_if = true,
                    _ => {}
                }
            }
            drop(quiet.check());
        }
        info
    }
}
