//! A string that a `pattern` rule's regular expression matches, spelled out
//! from the expression's syntax tree: the first branch of each alternation,
//! the first char of each class, each repetition its minimum (more where a
//! length rule asks). Checked against the compiled pattern before use.

#[cfg(feature = "pattern")]
use regex_syntax::hir::{Class, Hir, HirKind, Repetition};

/// A string `pattern` matches, with a length in `[min, max]` chars when one
/// exists that this spelling finds; `None` otherwise.
#[cfg(feature = "pattern")]
pub fn spell(pattern: &str, min: Option<u64>, max: Option<u64>) -> Option<String> {
    let hir = regex_syntax::parse(pattern).ok()?;
    let regex = regex::Regex::new(pattern).ok()?;
    let fits = |s: &str| {
        let n = s.chars().count() as u64;
        min.map_or(true, |min| n >= min) && max.map_or(true, |max| n <= max)
    };
    // The shortest spelling, then with every repetition stretched by `extra`.
    for extra in [0, 1, 2, 4, 8, 16, 32, 64] {
        let mut out = String::new();
        write(&hir, extra, &mut out);
        if fits(&out) && regex.is_match(&out) {
            return Some(out);
        }
        if max.is_some_and(|max| out.chars().count() as u64 > max) {
            break;
        }
    }
    None
}

/// Without the `pattern` feature no type has a pattern rule.
#[cfg(not(feature = "pattern"))]
pub fn spell(_: &str, _: Option<u64>, _: Option<u64>) -> Option<String> {
    None
}

#[cfg(feature = "pattern")]
fn write(hir: &Hir, extra: u32, out: &mut String) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(&String::from_utf8_lossy(&literal.0)),
        HirKind::Class(Class::Unicode(class)) => {
            // A letter or digit when the class has one: readable examples.
            let pick = class
                .iter()
                .flat_map(|r| [r.start(), r.end()])
                .find(|c| c.is_ascii_alphanumeric())
                .or_else(|| class.iter().next().map(|r| r.start()));
            out.extend(pick);
        }
        HirKind::Class(Class::Bytes(class)) => {
            out.extend(class.iter().next().map(|r| char::from(r.start())));
        }
        HirKind::Repetition(Repetition { min, max, sub, .. }) => {
            let times = match max {
                Some(max) => (*min + extra).min(*max),
                None => *min + extra,
            };
            for _ in 0..times {
                write(sub, extra, out);
            }
        }
        HirKind::Capture(capture) => write(&capture.sub, extra, out),
        HirKind::Concat(parts) => parts.iter().for_each(|part| write(part, extra, out)),
        HirKind::Alternation(branches) => {
            if let Some(first) = branches.first() {
                write(first, extra, out);
            }
        }
    }
}

#[cfg(all(test, feature = "pattern"))]
mod tests {
    use super::spell;

    #[test]
    fn spells_what_the_pattern_matches() {
        assert_eq!(
            spell("^[A-Za-z0-9_-]{21}$", None, None).as_deref(),
            Some("000000000000000000000")
        );
        assert_eq!(
            spell("^/subscriptions/", None, None).as_deref(),
            Some("/subscriptions/")
        );
        assert_eq!(spell("^s-[0-9]+$", Some(5), None).as_deref(), Some("s-000"));
        assert_eq!(
            spell("^(ab|cd)*$", Some(4), Some(4)).as_deref(),
            Some("abab")
        );
        assert_eq!(spell("^a{2}$", Some(3), None), None);
    }
}
