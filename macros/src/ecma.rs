//! `pattern` as JSON Schema reads it: ECMA-262.
//!
//! A field's pattern goes verbatim into the schema's `pattern` keyword,
//! which validators read as ECMA-262, while parsing compiles it with the
//! `regex` crate. Where the two read the same syntax differently, the
//! pattern is translated here, once, at compile time, into the Rust pattern
//! that matches what ECMA-262 matches: `.` leaves out every line terminator
//! (`\n`, `\r`, U+2028, U+2029), `\d`, `\w` and `\s` are ECMA's sets (ASCII
//! digits, ASCII word chars, ECMA's white space and line terminators), `\b`
//! and `\B` look at ASCII word chars — outside and inside bracket classes,
//! negated or not. Strings are read by chars, as with ECMA's `u` flag.
//!
//! What cannot be translated, or means something else (or nothing) in
//! ECMA-262, is refused with what to write instead: inline flags, `(?P<…>)`
//! groups, `\p{…}` classes, `\A`, `\z`, Rust-only escapes and assertions,
//! `[[:alpha:]]`, nested classes and class set operations, a class that
//! starts with `]`, spaces in a counted repetition, a repetition of a
//! repetition or of an assertion. Everything else is copied as written:
//! both dialects read it alike.

use regex_syntax::ast::{
    self, Assertion, AssertionKind, Ast, ClassBracketed, ClassPerl, ClassPerlKind, ClassSet,
    ClassSetBinaryOpKind, ClassSetItem, GroupKind, HexLiteralKind, LiteralKind, RepetitionKind,
    Span, SpecialLiteralKind,
};

/// ECMA-262 `.`: any char but a line terminator.
const DOT: &str = r"[^\n\r\x{2028}\x{2029}]";
/// ECMA-262 `\d`.
const DIGIT: &str = "0-9";
/// ECMA-262 `\w`.
const WORD: &str = "0-9A-Za-z_";
/// ECMA-262 `\s`: WhiteSpace (TAB, VT, FF, SP, U+00A0, U+FEFF and the other
/// `Zs`) and LineTerminator (LF, CR, U+2028, U+2029).
const SPACE: &str = r"\t\n\x0B\x0C\r\x20\xA0\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";

/// The Rust pattern that matches what `source` matches as ECMA-262, or the
/// message of the compile error that refuses it.
pub fn translate(source: &str) -> Result<String, String> {
    let ast = ast::parse::Parser::new()
        .parse(source)
        .map_err(|err| invalid(&err.to_string()))?;
    let mut translator = Translator {
        source,
        edits: Vec::new(),
    };
    translator.walk(&ast)?;
    let translated = translator.finish();
    // What the generated code compiles must compile: the same parser, to
    // the high-level form (Unicode classes, UTF-8 checks).
    regex_syntax::Parser::new()
        .parse(&translated)
        .map_err(|err| invalid(&err.to_string()))?;
    Ok(translated)
}

fn invalid(text: &str) -> String {
    format!("invalid `pattern`: {}", error_line(text))
}

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

/// A refusal: `what` is not ECMA-262 (or means something else there).
fn refuse(what: &str, instead: &str) -> Result<(), String> {
    Err(format!(
        "`pattern` is read as ECMA-262, as JSON Schema reads it, and {what}: {instead}"
    ))
}

struct Translator<'a> {
    source: &'a str,
    /// Spans of `source` to write otherwise, disjoint.
    edits: Vec<(usize, usize, String)>,
}

impl Translator<'_> {
    fn text(&self, span: &Span) -> &str {
        self.source
            .get(span.start.offset..span.end.offset)
            .unwrap_or_default()
    }

    fn edit(&mut self, span: &Span, with: String) {
        self.edits.push((span.start.offset, span.end.offset, with));
    }

    fn finish(mut self) -> String {
        self.edits.sort_by_key(|&(start, ..)| start);
        let mut out = String::with_capacity(self.source.len());
        let mut at = 0;
        for (start, end, with) in &self.edits {
            out.push_str(self.source.get(at..*start).unwrap_or_default());
            out.push_str(with);
            at = *end;
        }
        out.push_str(self.source.get(at..).unwrap_or_default());
        out
    }

    fn walk(&mut self, ast: &Ast) -> Result<(), String> {
        match ast {
            Ast::Empty(_) => Ok(()),
            Ast::Flags(flags) => refuse(
                &format!("`{}` is an inline flag, which it does not have", self.text(&flags.span)),
                FLAGS,
            ),
            Ast::Literal(literal) => self.literal(literal, false),
            Ast::Dot(span) => {
                self.edit(span, DOT.to_owned());
                Ok(())
            }
            Ast::Assertion(assertion) => self.assertion(assertion),
            Ast::ClassUnicode(class) => refuse(
                &format!(
                    "`{}` is not a class there (a Unicode property class needs the `u` flag, which JSON Schema does not promise)",
                    self.text(&class.span)
                ),
                "write the chars or ranges, as `[A-Za-z]`",
            ),
            Ast::ClassPerl(class) => {
                self.edit(&class.span, perl(class));
                Ok(())
            }
            Ast::ClassBracketed(class) => self.bracketed(class),
            Ast::Repetition(repetition) => {
                let op = self.text(&repetition.op.span);
                if matches!(repetition.op.kind, RepetitionKind::Range(_))
                    && op.contains(char::is_whitespace)
                {
                    let written: String = op.chars().filter(|c| !c.is_whitespace()).collect();
                    return refuse(
                        &format!("`{op}` (with spaces) is not a repetition there, but those chars"),
                        &format!("write `{written}`"),
                    );
                }
                match &*repetition.ast {
                    Ast::Repetition(inner) => refuse(
                        &format!(
                            "`{}` repeats a repetition, an error there (nothing to repeat)",
                            self.text(&repetition.span)
                        ),
                        &format!(
                            "write one repetition, or group the first: `(?:{}){op}`",
                            self.text(&inner.span)
                        ),
                    ),
                    Ast::Assertion(_) => refuse(
                        &format!(
                            "`{}` repeats an assertion, an error there (nothing to repeat)",
                            self.text(&repetition.span)
                        ),
                        "write the assertion once",
                    ),
                    inner => self.walk(inner),
                }
            }
            Ast::Group(group) => {
                match &group.kind {
                    GroupKind::CaptureIndex(_) => {}
                    GroupKind::CaptureName {
                        starts_with_p: true,
                        name,
                    } => {
                        return refuse(
                            "`(?P<…>…)` is not a group there",
                            &format!("write `(?<{}>…)`", name.name),
                        );
                    }
                    GroupKind::CaptureName { name, .. } => {
                        let mut chars = name.name.chars();
                        let identifier = chars
                            .next()
                            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
                        if !identifier {
                            return refuse(
                                &format!("a group's name is an identifier, which `{}` is not", name.name),
                                "name it with ASCII letters, digits and `_`, as `(?<job_id>…)`",
                            );
                        }
                    }
                    GroupKind::NonCapturing(flags) => {
                        if !flags.items.is_empty() {
                            return refuse(
                                &format!(
                                    "`(?{}:…)` sets an inline flag, which it does not have",
                                    self.text(&flags.span)
                                ),
                                FLAGS,
                            );
                        }
                    }
                }
                self.walk(&group.ast)
            }
            Ast::Alternation(alternation) => {
                alternation.asts.iter().try_for_each(|ast| self.walk(ast))
            }
            Ast::Concat(concat) => concat.asts.iter().try_for_each(|ast| self.walk(ast)),
        }
    }

    fn assertion(&mut self, assertion: &Assertion) -> Result<(), String> {
        let written = self.text(&assertion.span).to_owned();
        match assertion.kind {
            // Without flags both read these as the start and end of the text.
            AssertionKind::StartLine | AssertionKind::EndLine => Ok(()),
            AssertionKind::StartText => refuse(
                &format!("`{written}` is not an assertion there (but the letter)"),
                "write `^`",
            ),
            AssertionKind::EndText => refuse(
                &format!("`{written}` is not an assertion there (but the letter)"),
                "write `$`",
            ),
            AssertionKind::WordBoundary => {
                self.edit(&assertion.span, r"(?-u:\b)".to_owned());
                Ok(())
            }
            AssertionKind::NotWordBoundary => {
                self.edit(&assertion.span, r"(?-u:\B)".to_owned());
                Ok(())
            }
            AssertionKind::WordBoundaryStart
            | AssertionKind::WordBoundaryEnd
            | AssertionKind::WordBoundaryStartAngle
            | AssertionKind::WordBoundaryEndAngle
            | AssertionKind::WordBoundaryStartHalf
            | AssertionKind::WordBoundaryEndHalf => refuse(
                &format!("`{written}` is not an assertion there"),
                r"write `\b`, a word boundary on either side",
            ),
        }
    }

    fn literal(&mut self, literal: &ast::Literal, in_class: bool) -> Result<(), String> {
        let written = self.text(&literal.span).to_owned();
        match &literal.kind {
            LiteralKind::Verbatim | LiteralKind::Meta | LiteralKind::Superfluous => Ok(()),
            LiteralKind::HexFixed(HexLiteralKind::X | HexLiteralKind::UnicodeShort) => Ok(()),
            LiteralKind::Special(
                SpecialLiteralKind::FormFeed
                | SpecialLiteralKind::Tab
                | SpecialLiteralKind::LineFeed
                | SpecialLiteralKind::CarriageReturn
                | SpecialLiteralKind::VerticalTab
                | SpecialLiteralKind::Space,
            ) => Ok(()),
            LiteralKind::Special(SpecialLiteralKind::Bell) => refuse(
                &format!("`{written}` is not an escape there (but the letter `a`)"),
                r"write `\x07` for the bell",
            ),
            LiteralKind::HexFixed(HexLiteralKind::UnicodeLong)
            | LiteralKind::HexBrace(_)
            | LiteralKind::Octal => refuse(
                &format!("`{written}` is not an escape there"),
                &format!("write {}", spelled(literal.c, in_class)),
            ),
        }
    }

    fn bracketed(&mut self, class: &ClassBracketed) -> Result<(), String> {
        let item = match &class.kind {
            ClassSet::Item(item) => item,
            ClassSet::BinaryOp(op) => {
                let (name, written) = match op.kind {
                    ClassSetBinaryOpKind::Intersection => ("an intersection", "&&"),
                    ClassSetBinaryOpKind::Difference => ("a difference", "--"),
                    ClassSetBinaryOpKind::SymmetricDifference => ("a symmetric difference", "~~"),
                };
                return refuse(
                    &format!(
                        "`{written}` in `{}` is not {name} of classes there, but two characters",
                        self.text(&class.span)
                    ),
                    &format!(
                        "write the class the operation leaves, or `\\{}\\{}` for the characters",
                        &written[..1],
                        &written[..1]
                    ),
                );
            }
        };
        let first = match item {
            ClassSetItem::Union(union) => union.items.first(),
            item => Some(item),
        };
        if let Some(ClassSetItem::Literal(literal)) = first {
            if literal.c == ']' && literal.kind == LiteralKind::Verbatim {
                return refuse(
                    "a class that starts with `]` is an empty class there (`[]`)",
                    r"write `\]` for the bracket",
                );
            }
        }
        self.item(item)
    }

    fn item(&mut self, item: &ClassSetItem) -> Result<(), String> {
        match item {
            ClassSetItem::Empty(_) => Ok(()),
            ClassSetItem::Literal(literal) => self.literal(literal, true),
            ClassSetItem::Range(range) => {
                self.literal(&range.start, true)?;
                self.literal(&range.end, true)
            }
            ClassSetItem::Ascii(class) => refuse(
                &format!(
                    "`{}` is not a class there (but its characters, then `]`)",
                    self.text(&class.span)
                ),
                "write the ranges, as `[A-Za-z]` for `[[:alpha:]]`",
            ),
            ClassSetItem::Unicode(class) => refuse(
                &format!(
                    "`{}` is not a class there (a Unicode property class needs the `u` flag, which JSON Schema does not promise)",
                    self.text(&class.span)
                ),
                "write the chars or ranges, as `[A-Za-z]`",
            ),
            ClassSetItem::Perl(class) => {
                self.edit(&class.span, perl(class));
                Ok(())
            }
            ClassSetItem::Bracketed(class) => refuse(
                &format!(
                    "`{}` in a class is no nested class there (its `[` is a character, its `]` ends the class)",
                    self.text(&class.span)
                ),
                r"write one class, and `\[` for a bracket",
            ),
            ClassSetItem::Union(union) => union.items.iter().try_for_each(|item| self.item(item)),
        }
    }
}

const FLAGS: &str = "write what the flag would do, as `[Aa]` for `(?i)a` or `[\\s\\S]` for `(?s).`";

/// `\d`, `\w`, `\s` and their negations, as ECMA-262's sets (a class that
/// nests in a bracket class too).
fn perl(class: &ClassPerl) -> String {
    let set = match class.kind {
        ClassPerlKind::Digit => DIGIT,
        ClassPerlKind::Word => WORD,
        ClassPerlKind::Space => SPACE,
    };
    format!("[{}{set}]", if class.negated { "^" } else { "" })
}

/// A char as both dialects read it: `\xHH`, `\uHHHH`, or the char itself
/// beyond the basic plane.
fn spelled(c: char, in_class: bool) -> String {
    let code = u32::from(c);
    if code <= 0xFF {
        format!("`\\x{code:02X}`")
    } else if code <= 0xFFFF {
        format!("`\\u{code:04X}`")
    } else if in_class {
        format!("the char itself, `{c}`, in the class")
    } else {
        format!("the char itself, `{c}`")
    }
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn translates_what_differs_and_keeps_the_rest() {
        let cases = [
            ("^[A-Za-z0-9_-]{21}$", "^[A-Za-z0-9_-]{21}$"),
            (r"^a.b$", r"^a[^\n\r\x{2028}\x{2029}]b$"),
            (r"\d+", "[0-9]+"),
            (r"\D", "[^0-9]"),
            (r"\w\W", "[0-9A-Za-z_][^0-9A-Za-z_]"),
            (r"[\d.]", "[[0-9].]"),
            (r"[^\d\-]", r"[^[0-9]\-]"),
            (r"\bx\B", r"(?-u:\b)x(?-u:\B)"),
            (r"(?<id>a)(?:b)\.\x41\u00e9", r"(?<id>a)(?:b)\.\x41\u00e9"),
        ];
        for (source, rust) in cases {
            assert_eq!(translate(source).as_deref(), Ok(rust), "{source}");
        }
        let space = translate(r"\s").unwrap();
        let regex = regex_syntax::Parser::new().parse(&space).unwrap();
        assert!(regex.properties().minimum_len() == Some(1));
    }

    #[test]
    fn refuses_what_ecma_reads_otherwise() {
        for source in [
            "(?i)a",
            "(?i:a)",
            "(?P<n>a)",
            r"\pL",
            r"\p{Greek}",
            r"[\p{L}]",
            r"\Aa",
            r"a\z",
            r"\x{41}",
            r"\u{41}",
            r"\U0001F600",
            r"\a",
            r"\<a",
            r"\b{start}",
            "[[:alpha:]]",
            "[a[b]]",
            "[a&&b]",
            "[a--b]",
            "[a~~b]",
            "[]a]",
            "a{ 2 }",
            "a**",
            "a{2}{3}",
            "^*",
            "(?<a.b>x)",
        ] {
            let err = translate(source).expect_err(source);
            assert!(
                err.starts_with("`pattern` is read as ECMA-262"),
                "{source}: {err}"
            );
        }
        assert_eq!(
            translate("(").unwrap_err(),
            "invalid `pattern`: unclosed group"
        );
    }
}
