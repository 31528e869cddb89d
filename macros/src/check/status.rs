//! Wire values, for each use of a wire enum (a response's status enum, a
//! tagged model's tag enum, a `#[response_model]` string enum): listed or
//! read from the variants, with their variant names, aliases, case folding
//! and classes, and what an unlisted one means, checked.

use crate::ast::Variant;
use crate::attr::{list_of, Container, Strings, UnknownAttr};
use crate::case::{self, RenameRule};
use crate::ctxt::Ctxt;
use crate::model::{Class, StatusDefault, Unknown, WireEnum, WireValue};
use crate::suggest::did_you_mean;
use crate::symbol::*;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::{Attribute, Ident, LitStr};

/// What a wire enum is for, which words its errors and decides its classes.
#[derive(Clone, Copy)]
pub enum Use<'a> {
    /// A response's status enum.
    Status,
    /// A tagged model's tag enum.
    Tag,
    /// A `#[response_model]` string enum: the type.
    Model(&'a Ident),
}

impl Use<'_> {
    /// Our variant attribute that gives the wire value.
    fn ours(self) -> &'static str {
        match self {
            Use::Status => STATUS,
            Use::Tag | Use::Model(_) => RENAME,
        }
    }

    /// A variant named `Unknown` under `open`.
    fn clash(self) -> &'static str {
        match self {
            Use::Status => "a variant named `Unknown` clashes with the one `open` adds for unlisted statuses",
            Use::Tag => "a variant named `Unknown` clashes with the one `open` adds for unlisted tags",
            Use::Model(_) => "a variant named `Unknown` clashes with the one `open` adds for unlisted values: rename it and give its wire value with `#[response(rename = \"unknown\")]`",
        }
    }
}

/// The wire values being built: the valid ones, and every wire value the
/// user listed (valid or not), so that a mistake in one is reported once,
/// where it is, and not again where another list names it.
pub struct Values<'a> {
    use_: Use<'a>,
    values: Vec<WireValue<'a>>,
    /// Every wire value listed, and where.
    named: Vec<(String, Span)>,
    /// The list is missing or failed to parse (reported where it is): the
    /// names that refer to values are not checked against it.
    broken: bool,
    /// The variants' own aliases, by wire value.
    aliases: Vec<(String, LitStr)>,
    /// A variant of the user's is named like the one `open` adds (reported):
    /// the enum keeps the user's, and is not open.
    clash: bool,
}

impl<'a> Values<'a> {
    /// Values to read from the variants, one each (see [`Values::variant`]).
    pub fn new(use_: Use<'a>) -> Self {
        Values {
            use_,
            values: Vec::new(),
            named: Vec::new(),
            broken: false,
            aliases: Vec::new(),
            clash: false,
        }
    }

    /// The struct form's `status` list: at least one value, no duplicate,
    /// each giving its own variant name.
    pub fn listed(cx: &Ctxt, c: &Container) -> Self {
        let mut statuses = Values {
            broken: true,
            ..Values::new(Use::Status)
        };
        let list = match (&c.status.value, c.status.key_span()) {
            (None, None) => {
                cx.error_at(
                    Span::call_site(),
                    "missing `status`: list the wire values the status may take, as `#[operation_response(status = \"started\")]` or `status = [\"pending\", \"done\"]`",
                );
                return statuses;
            }
            (None, Some(_)) => return statuses,
            (Some(list), _) => list,
        };
        statuses.broken = list.broken;
        if list.values.is_empty() && !list.broken {
            cx.error_at(
                list.span,
                "`status` lists no value: give at least one, as `status = [\"pending\", \"done\"]`",
            );
        }
        let mut seen: Vec<&LitStr> = Vec::new();
        for lit in &list.values {
            let wire = lit.value();
            if let Some(first) = seen.iter().find(|l| l.value() == wire) {
                cx.error_spanned_by(lit, format!("duplicate status {wire:?}"));
                cx.error_spanned_by(first, format!("status {wire:?} first listed here"));
                continue;
            }
            seen.push(lit);
            statuses.named.push((wire.clone(), lit.span()));
            let Some(name) = case::variant_name(&wire) else {
                if wire.is_empty() {
                    cx.error_spanned_by(
                        lit,
                        "an empty status gives no variant name: a status needs letters",
                    );
                } else {
                    cx.error_spanned_by(
                        lit,
                        format!("status {wire:?} gives no variant name: the name is made of its letters and digits, starting with a letter, and must not be a keyword"),
                    );
                }
                continue;
            };
            if let Some(other) = statuses.values.iter().find(|v| v.ident == name) {
                let case_only = other.wire.eq_ignore_ascii_case(&wire);
                let message = if case_only && c.case_insensitive.is_set() {
                    format!(
                        "statuses {:?} and {wire:?} differ only in case, so `case_insensitive` reads them as one: list one of them",
                        other.wire
                    )
                } else {
                    let how = if case_only {
                        "differ only in case and"
                    } else {
                        "both"
                    };
                    format!(
                        "statuses {:?} and {wire:?} {how} give the variant name `{name}`: if they are two spellings of one status, list {:?} only and add `alias = [{wire:?} => {:?}]`",
                        other.wire, other.wire, other.wire
                    )
                };
                cx.error_spanned_by(lit, message);
                continue;
            }
            if c.open.is_set() && name == "Unknown" {
                cx.error_spanned_by(
                    lit,
                    format!("status {wire:?} gives the variant name `Unknown`, which `open` uses for unlisted statuses: leave out `open`, or use the enum form and give the variant another name with `#[response(status = {wire:?})]`"),
                );
                continue;
            }
            let Some(ident) = case::ident(&name, lit.span()) else {
                continue;
            };
            statuses.values.push(value(ident, wire, Vec::new()));
        }
        statuses
    }

    /// One variant's value: its wire value (our attribute, serde's `rename`,
    /// or its name in `case`) and its aliases; its index. `attrs` go on the
    /// enum's variant.
    pub fn variant(
        &mut self,
        cx: &Ctxt,
        c: &Container,
        variant: &Variant,
        case: RenameRule,
        attrs: Vec<&'a Attribute>,
    ) -> usize {
        if c.open.is_set() && variant.ident == "Unknown" {
            cx.error_spanned_by(variant.ident, self.use_.clash());
            self.clash = true;
        }
        let (wire, span) = variant_wire(cx, variant, self.use_.ours(), case);
        for alias in wire_aliases(cx, variant) {
            self.aliases.push((wire.clone(), alias));
        }
        // Two variants cannot share a wire value, and none is empty.
        if wire.is_empty() {
            cx.error_at(span, "the wire value is empty");
        }
        if let Some((_, first)) = self.named.iter().find(|(w, _)| *w == wire) {
            cx.error_at(span, format!("duplicate wire value {wire:?}"));
            cx.error_at(*first, format!("{wire:?} first used here"));
        }
        self.named.push((wire.clone(), span));
        self.values.push(value(variant.ident.clone(), wire, attrs));
        self.values.len() - 1
    }

    /// The values checked as a whole: aliases, case folding, classes.
    pub fn finish(&mut self, cx: &Ctxt, c: &Container) {
        self.add_aliases(cx, c);
        if c.case_insensitive.is_set() {
            self.check_case_collisions(cx);
        }
        self.classify(cx, c);
    }

    /// The enum, named `ident`.
    pub fn into_enum(self, c: &Container, ident: Ident) -> WireEnum<'a> {
        WireEnum {
            ident,
            values: self.values,
            open: c.open.is_set() && !self.clash,
            case_insensitive: c.case_insensitive.is_set(),
            unknown: match &c.unknown.value {
                Some(UnknownAttr::Failure) => Unknown::Is(Class::Failed),
                Some(UnknownAttr::With(path)) => Unknown::With(path.clone()),
                None => Unknown::Is(Class::Running),
            },
        }
    }

    /// `key` (a list such as `terminal` or `required_when`) names listed
    /// values only, each once.
    pub fn check_listed(&self, cx: &Ctxt, key: &str, wires: &[LitStr]) {
        if self.broken {
            return;
        }
        let (what, these) = match self.use_ {
            Use::Model(ident) => (format!("a value of `{ident}`"), "the values are"),
            Use::Status | Use::Tag => ("a status".to_owned(), "the statuses are"),
        };
        for (i, lit) in wires.iter().enumerate() {
            let wire = lit.value();
            if let Some(first) = wires[..i].iter().find(|l| l.value() == wire) {
                cx.error_spanned_by(lit, format!("`{key}` names {wire:?} twice"));
                cx.error_spanned_by(first, "first named here");
                continue;
            }
            if self.named.iter().any(|(w, _)| *w == wire) {
                continue;
            }
            let known: Vec<&str> = self.named.iter().map(|(w, _)| w.as_str()).collect();
            let suggestion = did_you_mean(&wire, known.iter().copied());
            let listed = if known.is_empty() {
                String::new()
            } else {
                format!("; {these} {}", list_of(&known))
            };
            cx.error_spanned_by(
                lit,
                format!("`{key}` names {wire:?}, which is not {what}{listed}{suggestion}"),
            );
        }
    }

    /// `status_default`: a listed status or an alias of one, or with `open`
    /// any string; an unlisted one of a closed enum is reported.
    pub fn status_default(&self, cx: &Ctxt, c: &Container) -> Option<StatusDefault> {
        let lit = c.status_default.value.as_ref()?;
        let wire = lit.value();
        let listed = self
            .values
            .iter()
            .position(|v| v.wire == wire || v.aliases.contains(&wire));
        if let Some(index) = listed {
            return Some(StatusDefault::Listed(index));
        }
        if c.open.is_set() {
            return Some(StatusDefault::Unlisted(wire));
        }
        if !self.broken {
            let known: Vec<&str> = self.named.iter().map(|(w, _)| w.as_str()).collect();
            let suggestion = did_you_mean(&wire, known.iter().copied());
            cx.error_spanned_by(
                lit,
                format!(
                    "`status_default` names {wire:?}, which is not a status; the statuses are {} (list it, or make the enum `open` to keep statuses it does not list){suggestion}",
                    list_of(&known)
                ),
            );
        }
        None
    }

    /// The variants `wires` names (listed ones; the others were reported).
    pub fn idents(&self, wires: &[LitStr]) -> Vec<Ident> {
        wires
            .iter()
            .filter_map(|lit| self.values.iter().find(|v| v.wire == lit.value()))
            .map(|v| v.ident.clone())
            .collect()
    }

    /// `alias = ["cancelled" => "canceled"]` on the container, then each
    /// variant's own: every alias names a listed value, and no alias is a
    /// listed value or another alias.
    fn add_aliases(&mut self, cx: &Ctxt, c: &Container) {
        let folded = c.case_insensitive.is_set();
        let values = &mut self.values;
        let mut all: Vec<(String, LitStr)> = Vec::new();
        if let Some(pairs) = &c.alias.value {
            for pair in pairs {
                let listed = pair.listed.value();
                // With no value, the list is missing or broken, reported there.
                if values.is_empty() {
                    continue;
                }
                if !values.iter().any(|v| v.wire == listed) {
                    let known: Vec<&str> = values.iter().map(|v| v.wire.as_str()).collect();
                    cx.error_spanned_by(
                        &pair.listed,
                        format!(
                            "`alias` names {listed:?}, which is not listed; the listed values are {}{}",
                            list_of(&known),
                            did_you_mean(&listed, known.iter().copied())
                        ),
                    );
                    continue;
                }
                all.push((listed, pair.alias.clone()));
            }
        }
        all.append(&mut self.aliases);
        let mut seen: Vec<&LitStr> = Vec::new();
        for (listed, alias) in &all {
            let spelling = alias.value();
            if values.iter().any(|v| v.wire == spelling) {
                cx.error_spanned_by(
                    alias,
                    format!("the alias {spelling:?} is a listed value itself: remove it"),
                );
                continue;
            }
            if let Some(value) = values
                .iter()
                .find(|v| folded && v.wire.eq_ignore_ascii_case(&spelling))
            {
                cx.error_spanned_by(
                    alias,
                    format!(
                        "the alias {spelling:?} differs from {:?} only in case, and `case_insensitive` reads it as that already: remove the alias",
                        value.wire
                    ),
                );
                continue;
            }
            let same = |l: &LitStr| {
                if folded {
                    l.value().eq_ignore_ascii_case(&spelling)
                } else {
                    l.value() == spelling
                }
            };
            if let Some(first) = seen.iter().find(|l| same(l)) {
                cx.error_spanned_by(alias, format!("duplicate alias {spelling:?}"));
                cx.error_spanned_by(first, format!("alias {spelling:?} first given here"));
                continue;
            }
            seen.push(alias);
            if let Some(value) = values.iter_mut().find(|v| v.wire == *listed) {
                value.aliases.push(spelling);
            }
        }
    }

    /// Under `case_insensitive`, no two listed values may differ only in
    /// case: they would be one. (Aliases are checked where they are added.)
    fn check_case_collisions(&self, cx: &Ctxt) {
        let mut seen: Vec<&str> = Vec::new();
        for value in &self.values {
            let wire = value.wire.as_str();
            if let Some(first) = seen.iter().find(|f| f.eq_ignore_ascii_case(wire)) {
                cx.error_at(
                    value.ident.span(),
                    format!("{wire:?} and {first:?} differ only in case, so `case_insensitive` reads them as one: list one of them"),
                );
            } else {
                seen.push(wire);
            }
        }
    }

    /// A status's class: `terminal`, `failure` and `waiting` name listed
    /// statuses, every failure is terminal and no waiting one is. A string enum's: `failure` names its
    /// values, which mean failure as an outcome.
    fn classify(&mut self, cx: &Ctxt, c: &Container) {
        let wires = |list: &Option<Strings>| -> Vec<String> {
            list.as_ref()
                .map(|l| l.values.iter().map(LitStr::value).collect())
                .unwrap_or_default()
        };
        let failure = wires(&c.failure.value);
        if let Use::Model(_) = self.use_ {
            if let Some(list) = &c.failure.value {
                self.check_listed(cx, FAILURE, &list.values);
            }
            for value in &mut self.values {
                if failure.contains(&value.wire) {
                    value.class = Class::Failed;
                }
            }
            return;
        }
        for list in [&c.terminal, &c.failure, &c.waiting] {
            if let Some(list) = &list.value {
                self.check_listed(cx, &list.key.to_string(), &list.values);
            }
        }
        let terminal = wires(&c.terminal.value);
        let waiting = wires(&c.waiting.value);
        if let Some(list) = &c.waiting.value {
            for lit in &list.values {
                let wire = lit.value();
                if terminal.contains(&wire) {
                    cx.error_spanned_by(
                        lit,
                        format!("waiting status {wire:?} is also in `terminal`: an operation that waits for a person has not ended; list it in one of the two"),
                    );
                }
            }
        }
        if let Some(list) = &c.failure.value {
            for lit in &list.values {
                let wire = lit.value();
                if self.named.iter().any(|(w, _)| *w == wire) && !terminal.contains(&wire) {
                    cx.error_spanned_by(
                        lit,
                        format!("failure status {wire:?} is not in `terminal`: a failure ends the operation, so list it in `terminal` too"),
                    );
                }
            }
        }
        for value in &mut self.values {
            value.class = match (
                terminal.contains(&value.wire),
                failure.contains(&value.wire),
            ) {
                (false, _) if waiting.contains(&value.wire) => Class::Waiting,
                (false, _) => Class::Running,
                (true, false) => Class::Succeeded,
                (true, true) => Class::Failed,
            };
        }
    }
}

fn value<'a>(ident: Ident, wire: String, attrs: Vec<&'a Attribute>) -> WireValue<'a> {
    WireValue {
        ident,
        wire,
        aliases: Vec::new(),
        class: Class::Running,
        attrs,
    }
}

/// A variant's wire value: ours (`status` / `rename`), or serde's `rename`
/// (the same meaning), or the variant's name in `case`.
fn variant_wire(cx: &Ctxt, variant: &Variant, ours_name: &str, case: RenameRule) -> (String, Span) {
    let ours = variant
        .attrs
        .status
        .value
        .as_ref()
        .or(variant.attrs.rename.value.as_ref());
    let twin = format!("#[response({ours_name} = \"…\")]");
    let theirs = variant
        .serde
        .honored_string(cx, RENAME, &twin)
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
fn wire_aliases(cx: &Ctxt, variant: &Variant) -> Vec<LitStr> {
    let mut out: Vec<LitStr> = variant
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

/// The status enum's name: `status_enum`, or the type's name without a
/// trailing `ResponseBody` or `Response`, plus `Status`. It cannot be the
/// type's own name.
pub fn enum_name(cx: &Ctxt, c: &Container, ident: &Ident) -> Ident {
    if let Some(name) = &c.status_enum.value {
        if name != ident {
            return name.clone();
        }
        cx.error_spanned_by(
            name,
            format!("`status_enum` names the type itself: the status enum needs a name of its own, such as `{ident}Status`"),
        );
    }
    let name = ident.unraw().to_string();
    let stem = name
        .strip_suffix("ResponseBody")
        .or_else(|| name.strip_suffix("Response"))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(&name);
    case::ident(&format!("{stem}Status"), ident.span())
        .unwrap_or_else(|| Ident::new("Status", ident.span()))
}

/// A tagged model's tag enum: the union's own, out of the user's sight.
pub fn tag_name(ident: &Ident) -> Ident {
    Ident::new(&format!("__{}Tag", ident.unraw()), ident.span())
}

/// `unknown` says what an unlisted status means, so it needs `open`.
pub fn check_unknown_needs_open(cx: &Ctxt, c: &Container) {
    if let (Some(span), false) = (c.unknown.key_span(), c.open.is_set()) {
        cx.error_at(
            span,
            "`unknown` needs `open`: a closed enum rejects unlisted values",
        );
    }
}
