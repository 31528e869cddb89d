//! A string that a `pattern` rule's regular expression matches, spelled out
//! from the expression's syntax tree: the first branch of each alternation,
//! a readable char of each class, each repetition its minimum; where a
//! length rule (in chars or in UTF-8 bytes) asks for more, every repetition
//! stretched alike or one alone, so that a length in between is found too.
//! Checked against the compiled pattern and the length rules before use.
//! The pattern is the one parsing compiles: the macro's translation of the
//! pattern as written, which matches what that matches in ECMA-262 (ASCII
//! `\d` and `\w`, ECMA's `\s`, a `.` that leaves out line terminators).

use crate::shape::{Field, Rule};

/// What a field's length rules allow: chars of a string (items of a
/// sequence, entries of a map) and UTF-8 bytes of a string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lengths {
    /// Chars, items or entries at least.
    pub min: Option<u64>,
    /// Chars, items or entries at most.
    pub max: Option<u64>,
    /// UTF-8 bytes at least.
    pub min_bytes: Option<u64>,
    /// UTF-8 bytes at most.
    pub max_bytes: Option<u64>,
}

// (Without the `pattern` feature only `of` is used.)
#[cfg_attr(not(feature = "pattern"), allow(dead_code))]
impl Lengths {
    /// The field's length rules, each bound the tightest written.
    pub fn of(field: &Field) -> Self {
        let mut out = Lengths::default();
        let raise = |bound: &mut Option<u64>, n: u64| *bound = Some(bound.map_or(n, |b| b.max(n)));
        let lower = |bound: &mut Option<u64>, n: u64| *bound = Some(bound.map_or(n, |b| b.min(n)));
        for rule in field.rules {
            match *rule {
                Rule::MinLength(n) => raise(&mut out.min, n),
                Rule::MaxLength(n) => lower(&mut out.max, n),
                Rule::Length(n) => {
                    raise(&mut out.min, n);
                    lower(&mut out.max, n);
                }
                Rule::NonEmpty => raise(&mut out.min, 1),
                Rule::MinBytes(n) => raise(&mut out.min_bytes, n),
                Rule::MaxBytes(n) => lower(&mut out.max_bytes, n),
                _ => {}
            }
        }
        out
    }

    /// Whether `s` meets every length rule.
    pub fn fits(&self, s: &str) -> bool {
        let chars = s.chars().count() as u64;
        let bytes = s.len() as u64;
        self.min.map_or(true, |n| chars >= n)
            && self.max.map_or(true, |n| chars <= n)
            && self.min_bytes.map_or(true, |n| bytes >= n)
            && self.max_bytes.map_or(true, |n| bytes <= n)
    }

    /// Whether `s` is longer than a maximum allows: no longer string fits.
    pub fn too_long(&self, s: &str) -> bool {
        self.max.is_some_and(|n| s.chars().count() as u64 > n)
            || self.max_bytes.is_some_and(|n| s.len() as u64 > n)
    }

    /// The most chars or bytes a minimum asks for.
    pub fn least(&self) -> u64 {
        self.min.unwrap_or(0).max(self.min_bytes.unwrap_or(0))
    }

    /// How many more chars (or bytes) than `s` has a maximum leaves room for.
    pub fn room(&self, s: &str) -> Option<u64> {
        let chars = self.max.map(|n| n.saturating_sub(s.chars().count() as u64));
        let bytes = self.max_bytes.map(|n| n.saturating_sub(s.len() as u64));
        match (chars, bytes) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// A string `pattern` matches that meets `lengths`, when this spelling
/// finds one; `None` otherwise.
pub fn spell(pattern: &str, lengths: &Lengths) -> Option<String> {
    imp::find(pattern, lengths).map(|(s, _)| s)
}

#[cfg(feature = "pattern")]
pub use imp::find;

#[cfg(not(feature = "pattern"))]
mod imp {
    use super::Lengths;

    /// Without the `pattern` feature no type has a pattern rule.
    pub fn find(_: &str, _: &Lengths) -> Option<(String, ())> {
        None
    }
}

#[cfg(feature = "pattern")]
mod imp {
    use super::Lengths;
    use regex_syntax::hir::{Capture, Class, Hir, HirKind, Repetition};

    /// Which repetitions are stretched beyond their minimum, and by how much.
    #[derive(Clone, Copy)]
    enum Stretch {
        /// Every one.
        All(u32),
        /// The one of this index (in the order they are written).
        One(usize, u32),
    }

    impl Stretch {
        fn of(self, index: usize) -> u32 {
            match self {
                Stretch::All(extra) => extra,
                Stretch::One(i, extra) if i == index => extra,
                Stretch::One(..) => 0,
            }
        }
    }

    /// A string `pattern` matches that meets `lengths`, and the pattern's
    /// tree with each repetition's minimum raised as that string needed,
    /// its anchors and boundaries left out (for a generator that spells
    /// more strings of that length).
    pub fn find(pattern: &str, lengths: &Lengths) -> Option<(String, Hir)> {
        let hir = regex_syntax::parse(pattern).ok()?;
        let regex = regex::Regex::new(pattern).ok()?;
        let repetitions = count(&hir);
        let limit = u32::try_from(lengths.least().saturating_add(1).clamp(64, 4096)).ok()?;
        // The first branch of every alternation, then the second (or last)…
        (0..widest(&hir).max(1))
            .find_map(|branch| spell_with(&hir, &regex, lengths, repetitions, limit, branch))
    }

    /// A spelling that takes branch `branch` of each alternation.
    fn spell_with(
        hir: &Hir,
        regex: &regex::Regex,
        lengths: &Lengths,
        repetitions: usize,
        limit: u32,
        branch: usize,
    ) -> Option<(String, Hir)> {
        for extra in 0..=limit {
            let tries = std::iter::once(Stretch::All(extra)).chain(
                (0..repetitions)
                    .filter(|_| extra > 0)
                    .map(|i| Stretch::One(i, extra)),
            );
            let mut all_too_long = true;
            for stretch in tries {
                let mut out = String::new();
                write(hir, stretch, branch, &mut 0, &mut out);
                if lengths.fits(&out) && regex.is_match(&out) {
                    let room = lengths.room(&out);
                    return Some((out, stretched(hir, stretch, room, &mut 0)));
                }
                all_too_long &= lengths.too_long(&out);
            }
            // Every spelling is too long already; longer ones would be too.
            if all_too_long {
                return None;
            }
        }
        None
    }

    /// How many repetitions `hir` has.
    fn count(hir: &Hir) -> usize {
        match hir.kind() {
            HirKind::Repetition(rep) => 1 + count(&rep.sub),
            HirKind::Capture(capture) => count(&capture.sub),
            HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().map(count).sum(),
            _ => 0,
        }
    }

    /// The most branches an alternation of `hir` has (bounded: each is a
    /// try).
    fn widest(hir: &Hir) -> usize {
        let inner = match hir.kind() {
            HirKind::Repetition(rep) => widest(&rep.sub),
            HirKind::Capture(capture) => widest(&capture.sub),
            HirKind::Concat(parts) => parts.iter().map(widest).max().unwrap_or(0),
            HirKind::Alternation(parts) => {
                parts.len().max(parts.iter().map(widest).max().unwrap_or(0))
            }
            _ => 0,
        };
        inner.min(16)
    }

    /// A readable char of `class`: a letter or digit when it has one.
    fn pick(class: &regex_syntax::hir::ClassUnicode) -> Option<char> {
        let contains = |c: char| class.iter().any(|r| r.start() <= c && c <= r.end());
        class
            .iter()
            .flat_map(|r| [r.start(), r.end()])
            .find(char::is_ascii_alphanumeric)
            .or_else(|| {
                ('a'..='z')
                    .chain('0'..='9')
                    .chain('A'..='Z')
                    .find(|&c| contains(c))
            })
            .or_else(|| class.iter().next().map(|r| r.start()))
    }

    fn write(hir: &Hir, stretch: Stretch, branch: usize, index: &mut usize, out: &mut String) {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(literal) => out.push_str(&String::from_utf8_lossy(&literal.0)),
            HirKind::Class(Class::Unicode(class)) => out.extend(pick(class)),
            HirKind::Class(Class::Bytes(class)) => {
                out.extend(class.iter().next().map(|r| char::from(r.start())));
            }
            HirKind::Repetition(Repetition { min, max, sub, .. }) => {
                let times = times(*min, *max, stretch.of(*index));
                let inner = *index + 1;
                for _ in 0..times {
                    *index = inner;
                    write(sub, stretch, branch, index, out);
                }
                *index = inner + count(sub);
            }
            HirKind::Capture(capture) => write(&capture.sub, stretch, branch, index, out),
            HirKind::Concat(parts) => parts
                .iter()
                .for_each(|part| write(part, stretch, branch, index, out)),
            HirKind::Alternation(branches) => {
                let start = *index;
                let taken = branch.min(branches.len().saturating_sub(1));
                if let Some(sub) = branches.get(taken) {
                    // Past the repetitions of the branches before it.
                    *index += branches[..taken].iter().map(count).sum::<usize>();
                    write(sub, stretch, branch, index, out);
                }
                *index = start + branches.iter().map(count).sum::<usize>();
            }
        }
    }

    fn times(min: u32, max: Option<u32>, extra: u32) -> u32 {
        let times = min.saturating_add(extra);
        max.map_or(times, |max| times.min(max))
    }

    /// `hir` with each repetition's minimum raised by `stretch`, its
    /// maximum kept within `room` more, and no anchors or boundaries.
    fn stretched(hir: &Hir, stretch: Stretch, room: Option<u64>, index: &mut usize) -> Hir {
        match hir.kind() {
            HirKind::Look(_) => Hir::empty(),
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => hir.clone(),
            HirKind::Repetition(rep) => {
                let min = times(rep.min, rep.max, stretch.of(*index));
                let room = room.map(|r| u32::try_from(r).unwrap_or(u32::MAX));
                let max = match (rep.max, room) {
                    (Some(max), Some(room)) => Some(max.min(min.saturating_add(room))),
                    (None, Some(room)) => Some(min.saturating_add(room)),
                    (max, None) => max,
                };
                *index += 1;
                let sub = stretched(&rep.sub, stretch, room.map(u64::from), index);
                Hir::repetition(Repetition {
                    min,
                    max,
                    greedy: rep.greedy,
                    sub: Box::new(sub),
                })
            }
            HirKind::Capture(capture) => Hir::capture(Capture {
                index: capture.index,
                name: capture.name.clone(),
                sub: Box::new(stretched(&capture.sub, stretch, room, index)),
            }),
            HirKind::Concat(parts) => Hir::concat(
                parts
                    .iter()
                    .map(|part| stretched(part, stretch, room, index))
                    .collect(),
            ),
            HirKind::Alternation(branches) => Hir::alternation(
                branches
                    .iter()
                    .map(|branch| stretched(branch, stretch, room, index))
                    .collect(),
            ),
        }
    }
}

#[cfg(all(test, feature = "pattern"))]
mod tests {
    use super::{spell, Lengths};

    fn chars(min: Option<u64>, max: Option<u64>) -> Lengths {
        Lengths {
            min,
            max,
            ..Lengths::default()
        }
    }

    #[test]
    fn spells_what_the_pattern_matches() {
        let none = Lengths::default();
        assert_eq!(
            spell("^[A-Za-z0-9_-]{21}$", &none).as_deref(),
            Some("000000000000000000000")
        );
        assert_eq!(
            spell("^/subscriptions/", &none).as_deref(),
            Some("/subscriptions/")
        );
        assert_eq!(
            spell("^s-[0-9]+$", &chars(Some(5), None)).as_deref(),
            Some("s-000")
        );
        assert_eq!(
            spell("^(ab|cd)*$", &chars(Some(4), Some(4))).as_deref(),
            Some("abab")
        );
        assert_eq!(spell("^a{2}$", &chars(Some(3), None)), None);
        // A later branch, where the first cannot meet the lengths.
        assert_eq!(
            spell("^(a|bb)$", &chars(Some(2), None)).as_deref(),
            Some("bb")
        );
        // One branch for every alternation: a mix is not tried.
        assert_eq!(spell("^(a|bb)(c|dd)$", &chars(Some(3), Some(3))), None);
    }

    #[test]
    fn meets_byte_lengths_and_exact_lengths() {
        let bytes = Lengths {
            min_bytes: Some(12),
            ..Lengths::default()
        };
        assert_eq!(
            spell("^job-[0-9]+$", &bytes).as_deref(),
            Some("job-00000000")
        );
        // One repetition stretched alone reaches a length all together miss.
        assert_eq!(
            spell("^[a-z]+-[0-9]+$", &chars(Some(10), Some(10))).as_deref(),
            Some("aaaaaaaa-0")
        );
        assert_eq!(spell("^.$", &Lengths::default()).as_deref(), Some("a"));
        let multibyte = Lengths {
            max_bytes: Some(3),
            ..Lengths::default()
        };
        assert_eq!(spell("^é{2}$", &multibyte), None);
    }
}
