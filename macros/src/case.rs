//! Wire names: serde's case conventions, and variant names made from wire
//! values.

use proc_macro2::Span;

/// serde's `rename_all` cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

pub const RULE_NAMES: &[(&str, RenameRule)] = &[
    ("lowercase", RenameRule::Lower),
    ("UPPERCASE", RenameRule::Upper),
    ("PascalCase", RenameRule::Pascal),
    ("camelCase", RenameRule::Camel),
    ("snake_case", RenameRule::Snake),
    ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
    ("kebab-case", RenameRule::Kebab),
    ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
];

impl RenameRule {
    pub fn from_name(name: &str) -> Option<Self> {
        RULE_NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, rule)| rule)
    }

    pub fn names() -> impl Iterator<Item = &'static str> {
        RULE_NAMES.iter().map(|(name, _)| *name)
    }

    /// A `snake_case` field name in this case.
    pub fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => {
                let mut pascal = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(ch);
                    }
                }
                pascal
            }
            RenameRule::Camel => {
                let pascal = RenameRule::Pascal.apply_to_field(field);
                lower_first(&pascal)
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }

    /// A `PascalCase` variant name in this case.
    pub fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => lower_first(variant),
            RenameRule::Snake => {
                let mut snake = String::new();
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                snake
            }
            RenameRule::ScreamingSnake => RenameRule::Snake
                .apply_to_variant(variant)
                .to_ascii_uppercase(),
            RenameRule::Kebab => RenameRule::Snake
                .apply_to_variant(variant)
                .replace('_', "-"),
            RenameRule::ScreamingKebab => RenameRule::ScreamingSnake
                .apply_to_variant(variant)
                .replace('_', "-"),
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The variant name a wire value becomes: words split at anything but letters
/// and digits, each capitalised, an all-caps word lowered first
/// (`"in_progress"` → `InProgress`, `"CANCELED"` → `Canceled`,
/// `"job-run-terminated"` → `JobRunTerminated`). `None` when the result is no
/// identifier.
pub fn variant_name(value: &str) -> Option<String> {
    let mut name = String::new();
    for word in value.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let all_caps = !word.chars().any(char::is_lowercase);
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
        }
        if all_caps {
            name.extend(chars.flat_map(char::to_lowercase));
        } else {
            name.extend(chars);
        }
    }
    is_ident(&name).then_some(name)
}

/// Whether `name` can be written as a plain identifier (not a keyword).
pub fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !(first.is_alphabetic() || first == '_') || !chars.all(|c| c.is_alphanumeric() || c == '_') {
        return false;
    }
    if name == "_" {
        return false;
    }
    // Ask the parser, which answers where `Ident::new` would panic (keywords,
    // characters that are alphanumeric but not XID).
    syn::parse_str::<syn::Ident>(name).is_ok()
}

/// A new identifier at `span`, or `None` when `name` is none.
pub fn ident(name: &str, span: Span) -> Option<syn::Ident> {
    let mut ident = syn::parse_str::<syn::Ident>(name).ok()?;
    ident.set_span(span);
    Some(ident)
}

#[cfg(test)]
mod tests {
    use super::{variant_name, RenameRule};

    #[test]
    fn variant_names_from_wire_values() {
        for (value, expected) in [
            ("started", Some("Started")),
            ("in_progress", Some("InProgress")),
            ("job-run-terminated", Some("JobRunTerminated")),
            ("CANCELED", Some("Canceled")),
            ("repeatable item created", Some("RepeatableItemCreated")),
            ("inProgress", Some("InProgress")),
            ("IN_PROGRESS", Some("InProgress")),
            ("v2_done", Some("V2Done")),
            ("", None),
            ("---", None),
            ("2fa", None),
            ("self", None),
            ("été", Some("Été")),
        ] {
            assert_eq!(variant_name(value).as_deref(), expected, "{value:?}");
        }
    }

    #[test]
    fn field_cases() {
        for (rule, expected) in [
            (RenameRule::Lower, "operation_id"),
            (RenameRule::Upper, "OPERATION_ID"),
            (RenameRule::Pascal, "OperationId"),
            (RenameRule::Camel, "operationId"),
            (RenameRule::Snake, "operation_id"),
            (RenameRule::ScreamingSnake, "OPERATION_ID"),
            (RenameRule::Kebab, "operation-id"),
            (RenameRule::ScreamingKebab, "OPERATION-ID"),
        ] {
            assert_eq!(rule.apply_to_field("operation_id"), expected, "{rule:?}");
        }
    }

    #[test]
    fn variant_cases() {
        for (rule, expected) in [
            (RenameRule::Lower, "inprogress"),
            (RenameRule::Upper, "INPROGRESS"),
            (RenameRule::Pascal, "InProgress"),
            (RenameRule::Camel, "inProgress"),
            (RenameRule::Snake, "in_progress"),
            (RenameRule::ScreamingSnake, "IN_PROGRESS"),
            (RenameRule::Kebab, "in-progress"),
            (RenameRule::ScreamingKebab, "IN-PROGRESS"),
        ] {
            assert_eq!(rule.apply_to_variant("InProgress"), expected, "{rule:?}");
        }
    }
}
