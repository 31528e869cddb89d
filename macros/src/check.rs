//! Checks that span several attributes, one `check_*` per rule, each
//! collecting its errors; and the checked status model the expansion uses.

use crate::ast::{Data, Field, Input, Style};
use crate::attr::{list_of, Bound, Number, Once, Strings, Target};
use crate::case;
use crate::ctxt::Ctxt;
use crate::suggest::did_you_mean;
use crate::symbol::*;
use proc_macro2::Span;
use syn::Ident;

/// One wire value of the status, checked.
pub struct StatusValue {
    pub wire: String,
    pub ident: Ident,
    pub terminal: bool,
    pub failure: bool,
}

/// The status enum to generate.
pub struct Statuses {
    pub values: Vec<StatusValue>,
    pub open: bool,
    /// `unknown = "failure"`.
    pub unknown_failure: bool,
}

impl Statuses {
    /// The variants for `wires`, each listed (checked before).
    pub fn idents<'s>(&'s self, wires: &'s [syn::LitStr]) -> impl Iterator<Item = &'s Ident> + 's {
        wires.iter().filter_map(move |lit| {
            let wire = lit.value();
            self.values
                .iter()
                .find(|v| v.wire == wire)
                .map(|v| &v.ident)
        })
    }
}

pub fn check(cx: &Ctxt, input: &Input) -> Option<Statuses> {
    check_unknown_needs_open(cx, input);
    let mut statuses = match input.target {
        Target::ResponseStruct => Some(check_struct_statuses(cx, input)),
        Target::ResponseEnum => Some(check_enum_statuses(cx, input)),
        Target::ModelStruct | Target::ModelEnum => None,
    };
    if let Some(statuses) = &mut statuses {
        check_terminal_and_failure(cx, input, statuses);
        mark_terminal_and_failure(input, statuses);
    }
    check_status_enum_name(cx, input);
    if input.target == Target::ModelEnum {
        check_model_enum_unknown(cx, input);
    }
    if input.target == Target::ModelEnum && !input.original.generics.params.is_empty() {
        cx.error_spanned_by(
            &input.original.generics,
            "a string enum takes no generic parameters",
        );
    }
    match &input.data {
        Data::Struct(fields) => {
            check_fields(cx, input, fields, statuses.as_ref(), true);
        }
        Data::Enum(variants) => {
            check_variant_shapes(cx, input);
            check_duplicate_wire_values(cx, input);
            for variant in variants {
                check_fields(cx, input, &variant.fields, None, false);
            }
        }
    }
    statuses
}

/// The status enum is a second type: it cannot take the body's name.
fn check_status_enum_name(cx: &Ctxt, input: &Input) {
    if let Some(name) = &input.container.status_enum.value {
        if name == input.ident() {
            cx.error_spanned_by(
                name,
                format!("`status_enum` names the type itself: the status enum needs a name of its own, such as `{}Status`", input.ident()),
            );
        }
    }
}

/// `open` adds the variant `Unknown(String)` to a string enum.
fn check_model_enum_unknown(cx: &Ctxt, input: &Input) {
    let Data::Enum(variants) = &input.data else {
        return;
    };
    if input.container.open.value.is_none() {
        return;
    }
    for variant in variants.iter().filter(|v| v.ident == "Unknown") {
        cx.error_spanned_by(
            variant.ident,
            "a variant named `Unknown` clashes with the one `open` adds for unlisted values: rename it and give its wire value with `#[response(rename = \"unknown\")]`",
        );
    }
}

/// `unknown` says what an unlisted status means, so it needs `open`.
fn check_unknown_needs_open(cx: &Ctxt, input: &Input) {
    let c = &input.container;
    if let (Some(span), None) = (c.unknown.key_span(), c.open.key_span()) {
        cx.error_at(
            span,
            "`unknown` needs `open`: a closed status enum rejects unlisted statuses",
        );
    }
}

/// The struct form lists its statuses in `status`: at least one, no
/// duplicate, each one giving its own variant name.
fn check_struct_statuses(cx: &Ctxt, input: &Input) -> Statuses {
    let c = &input.container;
    let mut values: Vec<StatusValue> = Vec::new();
    match (&c.status.value, c.status.key_span()) {
        (None, None) => cx.error_at(
            Span::call_site(),
            "missing `status`: list the wire values the status may take, as `#[operation_response(status = \"started\")]` or `status = [\"pending\", \"done\"]`",
        ),
        (None, Some(_)) => {}
        (Some(list), _) if list.values.is_empty() => cx.error_at(
            list.span,
            "`status` lists no value: give at least one, as `status = [\"pending\", \"done\"]`",
        ),
        (Some(list), _) => {
            let mut lits: Vec<&syn::LitStr> = Vec::new();
            for lit in &list.values {
                let wire = lit.value();
                if let Some(first) = lits.iter().find(|l| l.value() == wire) {
                    cx.error_spanned_by(lit, format!("duplicate status {wire:?}"));
                    cx.error_spanned_by(first, format!("status {wire:?} first listed here"));
                    continue;
                }
                lits.push(lit);
                let Some(name) = case::variant_name(&wire) else {
                    if wire.is_empty() {
                        cx.error_spanned_by(lit, "an empty status gives no variant name: a status needs letters");
                        continue;
                    }
                    cx.error_spanned_by(
                        lit,
                        format!("status {wire:?} gives no variant name: the name is made of its letters and digits, starting with a letter, and must not be a keyword"),
                    );
                    continue;
                };
                if let Some(other) = values.iter().find(|v| v.ident == name) {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "statuses {:?} and {wire:?} both give the variant name `{name}`",
                            other.wire
                        ),
                    );
                    continue;
                }
                if c.open.value.is_some() && name == "Unknown" {
                    cx.error_spanned_by(
                        lit,
                        format!("status {wire:?} gives the variant name `Unknown`, which `open` uses for unlisted statuses: leave out `open`, or use the enum form and give the variant another name with `#[response(status = {wire:?})]`"),
                    );
                    continue;
                }
                let Some(ident) = case::ident(&name, lit.span()) else {
                    continue;
                };
                values.push(StatusValue {
                    wire,
                    ident,
                    terminal: false,
                    failure: false,
                });
            }
        }
    }
    Statuses {
        values,
        open: c.open.value.is_some(),
        unknown_failure: c.unknown.value.is_some(),
    }
}

/// The enum form takes one status per variant.
fn check_enum_statuses(cx: &Ctxt, input: &Input) -> Statuses {
    let c = &input.container;
    let Data::Enum(variants) = &input.data else {
        unreachable_shape()
    };
    if variants.is_empty() {
        cx.error_spanned_by(
            input.ident(),
            "the enum has no variant: each variant is one status of the body",
        );
    }
    let mut values = Vec::new();
    for variant in variants {
        if c.open.value.is_some() && variant.ident == "Unknown" {
            cx.error_spanned_by(
                variant.ident,
                "a variant named `Unknown` clashes with the one `open` adds for unlisted statuses",
            );
        }
        values.push(StatusValue {
            wire: variant.wire.clone(),
            ident: variant.ident.clone(),
            terminal: false,
            failure: false,
        });
    }
    Statuses {
        values,
        open: c.open.value.is_some(),
        unknown_failure: c.unknown.value.is_some(),
    }
}

fn unreachable_shape() -> ! {
    unreachable!("the target was chosen from the shape")
}

/// `terminal`, `failure`, `required_when` and `forbidden_when` name listed
/// statuses only.
fn check_listed(cx: &Ctxt, statuses: &Statuses, list: &Strings) -> bool {
    let mut all_listed = true;
    for lit in &list.values {
        let wire = lit.value();
        if statuses.values.iter().any(|v| v.wire == wire) {
            continue;
        }
        all_listed = false;
        let known: Vec<&str> = statuses.values.iter().map(|v| v.wire.as_str()).collect();
        let suggestion = did_you_mean(&wire, known.iter().copied());
        let listed = if known.is_empty() {
            String::new()
        } else {
            format!("; the statuses are {}", list_of(&known))
        };
        cx.error_spanned_by(
            lit,
            format!(
                "`{}` names {wire:?}, which is not a status{listed}{suggestion}",
                list.key
            ),
        );
    }
    all_listed
}

fn mark_terminal_and_failure(input: &Input, statuses: &mut Statuses) {
    let c = &input.container;
    let names = |list: &Once<Strings>| -> Vec<String> {
        list.value
            .as_ref()
            .map(|l| l.values.iter().map(syn::LitStr::value).collect())
            .unwrap_or_default()
    };
    let terminal = names(&c.terminal);
    let failure = names(&c.failure);
    for value in &mut statuses.values {
        value.terminal = terminal.contains(&value.wire);
        value.failure = failure.contains(&value.wire) && value.terminal;
    }
}

/// Every `failure` status is terminal; and no status is named twice.
fn check_terminal_and_failure(cx: &Ctxt, input: &Input, statuses: &Statuses) {
    let c = &input.container;
    for list in [&c.terminal, &c.failure] {
        if let Some(list) = &list.value {
            check_listed(cx, statuses, list);
            check_no_repeat(cx, list);
        }
    }
    if let Some(failure) = &c.failure.value {
        let terminal: Vec<String> = c
            .terminal
            .value
            .as_ref()
            .map(|t| t.values.iter().map(syn::LitStr::value).collect())
            .unwrap_or_default();
        for lit in &failure.values {
            let wire = lit.value();
            if statuses.values.iter().any(|v| v.wire == wire) && !terminal.contains(&wire) {
                cx.error_spanned_by(
                    lit,
                    format!("failure status {wire:?} is not in `terminal`: a failure ends the operation, so list it in `terminal` too"),
                );
            }
        }
    }
}

fn check_no_repeat(cx: &Ctxt, list: &Strings) {
    for (i, lit) in list.values.iter().enumerate() {
        if let Some(first) = list.values[..i].iter().find(|l| l.value() == lit.value()) {
            cx.error_spanned_by(lit, format!("`{}` names {:?} twice", list.key, lit.value()));
            cx.error_spanned_by(first, "first named here");
        }
    }
}

/// Enum form: struct and unit variants only. String enums: unit only.
fn check_variant_shapes(cx: &Ctxt, input: &Input) {
    let Data::Enum(variants) = &input.data else {
        return;
    };
    for variant in variants {
        match (input.target, variant.style) {
            (Target::ResponseEnum, Style::Tuple) => cx.error_spanned_by(
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
}

/// Two variants cannot share a wire value.
fn check_duplicate_wire_values(cx: &Ctxt, input: &Input) {
    let Data::Enum(variants) = &input.data else {
        return;
    };
    for (i, variant) in variants.iter().enumerate() {
        if variant.wire.is_empty() {
            cx.error_at(variant.wire_span, "the wire value is empty");
        }
        if let Some(first) = variants[..i].iter().find(|v| v.wire == variant.wire) {
            cx.error_at(
                variant.wire_span,
                format!("duplicate wire value {:?}", variant.wire),
            );
            cx.error_at(
                first.wire_span,
                format!("{:?} first used here", variant.wire),
            );
        }
    }
}

/// What a field's type is, as far as its spelling tells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Sequence,
    Integer,
    Float,
    Bool,
    Char,
    Unknown,
}

fn kind_of(ty: &syn::Type) -> Kind {
    match ty {
        syn::Type::Reference(r) => kind_of(&r.elem),
        syn::Type::Slice(_) | syn::Type::Array(_) => Kind::Sequence,
        syn::Type::Paren(p) => kind_of(&p.elem),
        syn::Type::Group(g) => kind_of(&g.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last() else {
                return Kind::Unknown;
            };
            match last.ident.to_string().as_str() {
                "String" | "str" => Kind::Text,
                "Vec" | "VecDeque" | "HashMap" | "BTreeMap" | "HashSet" | "BTreeSet" => {
                    Kind::Sequence
                }
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                | "u128" | "usize" => Kind::Integer,
                "f32" | "f64" => Kind::Float,
                "bool" => Kind::Bool,
                "char" => Kind::Char,
                "Box" => match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => match args.args.first() {
                        Some(syn::GenericArgument::Type(inner)) => kind_of(inner),
                        _ => Kind::Unknown,
                    },
                    _ => Kind::Unknown,
                },
                _ => Kind::Unknown,
            }
        }
        _ => Kind::Unknown,
    }
}

/// Whether a numeric bound is written as a float literal on an integer field:
/// `min = 2.5` on a `u32`.
pub fn is_float_field(field: &Field) -> bool {
    kind_of(field.option.unwrap_or(field.ty)) == Kind::Float
}

fn type_name(ty: &syn::Type) -> String {
    quote::quote!(#ty).to_string().replace(' ', "")
}

fn check_fields(
    cx: &Ctxt,
    input: &Input,
    fields: &[Field],
    statuses: Option<&Statuses>,
    top_level: bool,
) {
    let status_field = input.status_key();
    for (i, field) in fields.iter().enumerate() {
        if input.target.is_response() {
            check_status_field_conflict(cx, field, &status_field, top_level);
        }
        if let Some(first) = fields[..i]
            .iter()
            .find(|f| f.keyed() && field.keyed() && f.wire == field.wire)
        {
            cx.error_spanned_by(
                field.ident,
                format!(
                    "fields `{}` and `{}` have the same wire name {:?}",
                    first.ident, field.ident, field.wire
                ),
            );
        }
        check_rule_types(cx, field);
        check_rule_conflicts(cx, field);
        check_bounds(cx, field);
        check_option_rules(cx, input, field, statuses);
        check_pattern(cx, field);
    }
}

/// A user field cannot be called `status`, nor take the status's key.
fn check_status_field_conflict(cx: &Ctxt, field: &Field, status_field: &str, top_level: bool) {
    if top_level && syn::ext::IdentExt::unraw(field.ident) == STATUS {
        cx.error_spanned_by(
            field.ident,
            "a field named `status` clashes with the status field the attribute adds; the status is `self.status`, of the generated status enum: remove this field",
        );
    } else if field.keyed() && field.wire == status_field {
        let span = field
            .attrs
            .rename
            .value
            .as_ref()
            .map_or_else(|| field.ident.span(), syn::LitStr::span);
        cx.error_at(
            span,
            format!("field `{}` has the wire name {status_field:?}, which is the status key; rename it, or set `status_field`", field.ident),
        );
    }
}

/// Rules that cannot apply to the field's type, when its spelling tells.
fn check_rule_types(cx: &Ctxt, field: &Field) {
    let a = &field.attrs;
    let ty = field.option.unwrap_or(field.ty);
    let kind = kind_of(ty);
    let shown = type_name(ty);
    let length_rules = [
        a.min_length.key_span().map(|s| (MIN_LENGTH, s)),
        a.max_length.key_span().map(|s| (MAX_LENGTH, s)),
        a.length.key_span().map(|s| (LENGTH, s)),
        a.non_empty.key_span().map(|s| (NON_EMPTY, s)),
    ];
    let number_rules = [
        a.min.key_span().map(|s| (MIN, s)),
        a.max.key_span().map(|s| (MAX, s)),
        a.greater_than.key_span().map(|s| (GREATER_THAN, s)),
        a.less_than.key_span().map(|s| (LESS_THAN, s)),
    ];
    let numbers = [Kind::Integer, Kind::Float];
    let lengths = [Kind::Text, Kind::Sequence];
    let reject = |rules: &[Option<(&str, Span)>], needs: &str, other: &[Kind], hint: &str| {
        let wrong = match kind {
            Kind::Bool | Kind::Char => true,
            Kind::Unknown => false,
            _ => other.contains(&kind),
        };
        if !wrong {
            return;
        }
        let hint = if other.contains(&kind) {
            hint
        } else {
            ": remove the rule"
        };
        for &(name, span) in rules.iter().flatten() {
            cx.error_at(
                span,
                format!(
                    "`{name}` needs {needs}, and `{}` is `{shown}`{hint}",
                    field.ident
                ),
            );
        }
    };
    reject(
        &length_rules,
        "a string, a sequence or a map",
        &numbers,
        "; for a number use `min` and `max`",
    );
    reject(
        &number_rules,
        "an integer or a float",
        &lengths,
        "; for its length use `min_length` and `max_length`",
    );
    if kind == Kind::Integer {
        for bound in [&a.min, &a.max, &a.greater_than, &a.less_than] {
            if let Some(Bound {
                number: Number::Float(_),
                tokens,
                key,
                ..
            }) = &bound.value
            {
                cx.error_spanned_by(
                    tokens,
                    format!(
                        "`{key}` is not a whole number, and `{}` is `{shown}`: write an integer, as `{key} = 3`",
                        field.ident
                    ),
                );
            }
        }
    }
    if let Some(span) = a.pattern.key_span() {
        if matches!(
            kind,
            Kind::Integer | Kind::Float | Kind::Bool | Kind::Char | Kind::Sequence
        ) {
            cx.error_at(
                span,
                format!(
                    "`pattern` needs a string, and `{}` is `{shown}`",
                    field.ident
                ),
            );
        }
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
fn check_rule_conflicts(cx: &Ctxt, field: &Field) {
    let a = &field.attrs;
    if let Some(length) = a.length.key_span() {
        for (other, name) in [(&a.min_length, MIN_LENGTH), (&a.max_length, MAX_LENGTH)] {
            if let Some(span) = other.key_span() {
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
        if let Some(span) = a.non_empty.key_span() {
            conflict(
                cx,
                span,
                NON_EMPTY,
                length,
                LENGTH,
                "`length` fixes the length exactly; keep one",
            );
        }
    }
    if let (Some(non_empty), Some(min_length)) = (a.non_empty.key_span(), a.min_length.key_span()) {
        conflict(
            cx,
            non_empty,
            NON_EMPTY,
            min_length,
            MIN_LENGTH,
            "both bound the length from below; keep `min_length`",
        );
    }
    pair_conflict(
        cx,
        &a.min,
        &a.greater_than,
        "both are lower bounds; keep one",
    );
    pair_conflict(cx, &a.max, &a.less_than, "both are upper bounds; keep one");
    if let (Some(default), Some(required)) = (a.default.key_span(), a.required.key_span()) {
        conflict(
            cx,
            required,
            REQUIRED,
            default,
            DEFAULT,
            "a required key has no default",
        );
    }
    if let Some(required) = a.required.key_span() {
        if field.serde.default {
            cx.error_at(
                required,
                "`required` conflicts with `#[serde(default)]`: a required key has no default",
            );
        }
        if field.serde.with {
            cx.error_at(required, "`required` conflicts with `#[serde(with)]` and `#[serde(deserialize_with)]`, which decide how the field is read");
        }
    }
}

fn pair_conflict(cx: &Ctxt, first: &Once<Bound>, second: &Once<Bound>, why: &str) {
    if let (Some(a), Some(b)) = (&first.value, &second.value) {
        conflict(
            cx,
            b.key.span(),
            &b.key.to_string(),
            a.key.span(),
            &a.key.to_string(),
            why,
        );
    }
}

/// Bounds that no value can meet.
fn check_bounds(cx: &Ctxt, field: &Field) {
    let a = &field.attrs;
    if let (Some(min), Some(max)) = (&a.min_length.value, &a.max_length.value) {
        if min.value > max.value {
            cx.error_at(
                min.span,
                format!(
                    "`min_length` {} is greater than `max_length` {}: no length can meet both",
                    min.value, max.value
                ),
            );
        }
    }
    let lower = a.min.value.as_ref().map(|b| (b, true)).or(a
        .greater_than
        .value
        .as_ref()
        .map(|b| (b, false)));
    let upper = a.max.value.as_ref().map(|b| (b, true)).or(a
        .less_than
        .value
        .as_ref()
        .map(|b| (b, false)));
    if let (Some((low, low_inclusive)), Some((high, high_inclusive))) = (lower, upper) {
        let (l, h) = (low.number.as_f64(), high.number.as_f64());
        let empty = if low_inclusive && high_inclusive {
            l > h
        } else {
            l >= h
        };
        if empty {
            cx.error_spanned_by(
                &low.tokens,
                format!(
                    "`{}` {} is {} `{}` {}: no value can meet both",
                    low.key,
                    bound_text(low),
                    if l > h {
                        "greater than"
                    } else {
                        "not less than"
                    },
                    high.key,
                    bound_text(high)
                ),
            );
        }
    }
}

fn bound_text(bound: &Bound) -> String {
    bound.tokens.to_string().replace(' ', "")
}

/// `required_when`, `forbidden_when` and `required` need an `Option<T>`,
/// and the first two need a status.
fn check_option_rules(cx: &Ctxt, input: &Input, field: &Field, statuses: Option<&Statuses>) {
    let a = &field.attrs;
    for (rule, name) in [
        (&a.required_when, REQUIRED_WHEN),
        (&a.forbidden_when, FORBIDDEN_WHEN),
    ] {
        let Some(list) = &rule.value else { continue };
        if field.option.is_none() {
            cx.error_at(
                list.key.span(),
                format!("`{name}` needs an `Option<T>` field, and `{}` is `{}`, which is always present", field.ident, type_name(field.ty)),
            );
        }
        match (statuses, input.target) {
            (Some(statuses), Target::ResponseStruct) => {
                if list.values.is_empty() {
                    cx.error_at(list.span, format!("`{name}` lists no status"));
                }
                check_listed(cx, statuses, list);
                check_no_repeat(cx, list);
            }
            (_, Target::ResponseEnum) => cx.error_at(
                list.key.span(),
                format!("`{name}` has no use in the enum form: each variant is one status, so declare the field in the variants that have it"),
            ),
            _ => cx.error_at(
                list.key.span(),
                format!("`{name}` needs a status, and a `#[response_model]` has none: use it in an `#[operation_response]` type"),
            ),
        }
    }
    if let (Some(span), None) = (a.required.key_span(), field.option) {
        cx.error_at(
            span,
            format!("`required` is for an `Option<T>` field, whose key may then hold `null` but not be missing; `{}` is always required", field.ident),
        );
    }
}

/// A `pattern` must be a valid regular expression, and needs the feature.
fn check_pattern(cx: &Ctxt, field: &Field) {
    let Some(lit) = &field.attrs.pattern.value else {
        return;
    };
    #[cfg(feature = "pattern")]
    {
        if let Err(err) = regex_syntax::Parser::new().parse(&lit.value()) {
            cx.error_spanned_by(
                lit,
                format!("invalid `pattern`: {}", error_line(&err.to_string())),
            );
        }
    }
    #[cfg(not(feature = "pattern"))]
    {
        cx.error_spanned_by(
            lit,
            "`pattern` needs the `pattern` feature: `operation-response = { version = \"…\", features = [\"pattern\"] }`",
        );
    }
}

#[cfg(feature = "pattern")]
fn error_line(text: &str) -> String {
    // regex-syntax draws the pattern with a caret; its last line says what is wrong.
    text.lines()
        .rev()
        .find(|line| line.starts_with("error:"))
        .map_or_else(
            || text.to_owned(),
            |line| line.trim_start_matches("error:").trim().to_owned(),
        )
}
