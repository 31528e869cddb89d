//! The status model: the listed statuses with their variant names, aliases
//! and classes, checked.

use crate::attr::{list_of, Container, Strings};
use crate::case;
use crate::ctxt::Ctxt;
use crate::model::{Class, StatusValue};
use crate::suggest::did_you_mean;
use proc_macro2::Span;
use syn::{Ident, LitStr};

/// The statuses being built: the valid ones, and every wire value the user
/// listed (valid or not), so that a mistake in one is reported once, where
/// it is, and not again where another list names it.
pub struct Statuses {
    pub values: Vec<StatusValue>,
    pub named: Vec<String>,
    /// The list is missing or failed to parse (reported where it is): the
    /// names that refer to statuses are not checked against it.
    pub broken: bool,
}

impl Statuses {
    pub fn ident_of(&self, wire: &str) -> Option<&Ident> {
        self.values
            .iter()
            .find(|v| v.wire == wire)
            .map(|v| &v.ident)
    }

    /// `list` names listed statuses only; each once.
    pub fn check_listed(&self, cx: &Ctxt, list: &Strings) {
        if self.broken {
            return;
        }
        check_named(
            cx,
            &list.key.to_string(),
            &list.values,
            &self.named,
            "a status",
            "the statuses are",
        );
    }

    /// The variants `wires` names (listed ones; the others were reported).
    pub fn idents(&self, wires: &[LitStr]) -> Vec<Ident> {
        wires
            .iter()
            .filter_map(|lit| self.ident_of(&lit.value()).cloned())
            .collect()
    }
}

/// `key` names values of `named` only, each once; `what` and `these` word
/// the error (`a status`, `the statuses are`).
pub fn check_named(
    cx: &Ctxt,
    key: &str,
    values: &[LitStr],
    named: &[String],
    what: &str,
    these: &str,
) {
    for (i, lit) in values.iter().enumerate() {
        let wire = lit.value();
        if let Some(first) = values[..i].iter().find(|l| l.value() == wire) {
            cx.error_spanned_by(lit, format!("`{key}` names {wire:?} twice"));
            cx.error_spanned_by(first, "first named here");
            continue;
        }
        if named.contains(&wire) {
            continue;
        }
        let known: Vec<&str> = named.iter().map(String::as_str).collect();
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

/// The struct form's `status` list: at least one value, no duplicate, each
/// giving its own variant name.
pub fn listed(cx: &Ctxt, c: &Container) -> Statuses {
    let mut statuses = Statuses {
        values: Vec::new(),
        named: Vec::new(),
        broken: true,
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
        statuses.named.push(wire.clone());
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
        statuses.values.push(StatusValue {
            wire,
            ident,
            aliases: Vec::new(),
            class: Class::Running,
        });
    }
    statuses
}

/// `alias = ["cancelled" => "canceled"]` on the container, then each
/// variant's own (`variant_aliases`, by wire value): every alias names a
/// listed value, and no alias is a listed value or another alias.
pub fn add_aliases(
    cx: &Ctxt,
    c: &Container,
    variant_aliases: Vec<(String, LitStr)>,
    values: &mut [impl AliasTarget],
) {
    let folded = c.case_insensitive.is_set();
    let mut all: Vec<(String, LitStr)> = Vec::new();
    if let Some(pairs) = &c.alias.value {
        for pair in pairs {
            let listed = pair.listed.value();
            // With no value, the list is missing or broken, reported there.
            if values.is_empty() {
                continue;
            }
            if !values.iter().any(|v| v.wire() == listed) {
                let known: Vec<&str> = values.iter().map(AliasTarget::wire).collect();
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
    all.extend(variant_aliases);
    let mut seen: Vec<&LitStr> = Vec::new();
    for (listed, alias) in &all {
        let spelling = alias.value();
        if values.iter().any(|v| v.wire() == spelling) {
            cx.error_spanned_by(
                alias,
                format!("the alias {spelling:?} is a listed value itself: remove it"),
            );
            continue;
        }
        if let Some(value) = values
            .iter()
            .find(|v| folded && v.wire().eq_ignore_ascii_case(&spelling))
        {
            cx.error_spanned_by(
                alias,
                format!(
                    "the alias {spelling:?} differs from {:?} only in case, and `case_insensitive` reads it as that already: remove the alias",
                    value.wire()
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
        if let Some(value) = values.iter_mut().find(|v| v.wire() == listed) {
            value.push_alias(spelling);
        }
    }
}

/// A value that takes aliases: a status or a string enum's variant.
pub trait AliasTarget {
    fn wire(&self) -> &str;
    fn push_alias(&mut self, alias: String);
}

impl AliasTarget for StatusValue {
    fn wire(&self) -> &str {
        &self.wire
    }

    fn push_alias(&mut self, alias: String) {
        self.aliases.push(alias);
    }
}

impl AliasTarget for crate::model::StringVariant<'_> {
    fn wire(&self) -> &str {
        &self.wire
    }

    fn push_alias(&mut self, alias: String) {
        self.aliases.push(alias);
    }
}

/// `terminal` and `failure` name listed statuses, and every failure is
/// terminal; each status gets its class.
pub fn classify(cx: &Ctxt, c: &Container, statuses: &mut Statuses) {
    for list in [&c.terminal, &c.failure] {
        if let Some(list) = &list.value {
            statuses.check_listed(cx, list);
        }
    }
    let wires = |list: &Option<Strings>| -> Vec<String> {
        list.as_ref()
            .map(|l| l.values.iter().map(LitStr::value).collect())
            .unwrap_or_default()
    };
    let terminal = wires(&c.terminal.value);
    if let Some(failure) = &c.failure.value {
        for lit in &failure.values {
            let wire = lit.value();
            if statuses.named.contains(&wire) && !terminal.contains(&wire) {
                cx.error_spanned_by(
                    lit,
                    format!("failure status {wire:?} is not in `terminal`: a failure ends the operation, so list it in `terminal` too"),
                );
            }
        }
    }
    let failure = wires(&c.failure.value);
    for value in &mut statuses.values {
        value.class = match (
            terminal.contains(&value.wire),
            failure.contains(&value.wire),
        ) {
            (false, _) => Class::Running,
            (true, false) => Class::Succeeded,
            (true, true) => Class::Failed,
        };
    }
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
    let name = syn::ext::IdentExt::unraw(ident).to_string();
    let stem = name
        .strip_suffix("ResponseBody")
        .or_else(|| name.strip_suffix("Response"))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(&name);
    case::ident(&format!("{stem}Status"), ident.span())
        .unwrap_or_else(|| Ident::new("Status", ident.span()))
}

/// Under `case_insensitive`, no two listed values may differ only in case:
/// they would be one. (Aliases are checked where they are added.)
pub fn check_case_collisions<'v>(cx: &Ctxt, values: impl Iterator<Item = (&'v str, Span)>) {
    let mut seen: Vec<&str> = Vec::new();
    for (wire, span) in values {
        if let Some(first) = seen.iter().find(|f| f.eq_ignore_ascii_case(wire)) {
            cx.error_at(
                span,
                format!("{wire:?} and {first:?} differ only in case, so `case_insensitive` reads them as one: list one of them"),
            );
        } else {
            seen.push(wire);
        }
    }
}
