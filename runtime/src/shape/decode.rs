//! A generated type's shape travels as one string literal, which costs
//! rustc next to nothing to compile; it is read here the first time a
//! schema, an example or a generator asks for it, and kept for the life of
//! the process (one per type, as a static would be).
//!
//! The encoding is the macro's and this reader's alone (the two crates are
//! released together). Each value is written in the order of the fields of
//! its type in `shape.rs`:
//!
//! - a string: its length in bytes, `:`, then its bytes (`5:hello`), so that
//!   the decoded string borrows from the literal;
//! - a bool: `0` or `1`; an unsigned count: decimal digits then `;`;
//! - a list: its length, `*`, then its items;
//! - an option: `-` for none, or `+` then the value;
//! - an enum: one letter for the variant, then its payload (an integer
//!   type: its name, as a string); a field's kind `D` is an integer that
//!   `number_as_string` also reads from a decimal string.

use super::{
    Branches, Example, Field, Form, Group, Int, Kind, Lifecycle, Number, Object, Rule, Shape,
    StringValue, Strings, Union, Variant,
};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

/// The shape `encoded` writes, read once per literal.
///
/// # Panics
///
/// When `encoded` is not what the macro writes: a macros crate of another
/// version than this runtime's, which Cargo's exact version requirement
/// rules out.
pub fn decode(encoded: &'static str) -> &'static Shape {
    static READ: OnceLock<Mutex<HashMap<(usize, usize), &'static Shape>>> = OnceLock::new();
    let key = (encoded.as_ptr() as usize, encoded.len());
    let read = READ.get_or_init(Mutex::default);
    if let Some(shape) = read
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return shape;
    }
    // Read outside the lock: a shape names no other, so this cannot
    // re-enter, but nothing is gained by holding it.
    let shape: &'static Shape = Box::leak(Box::new(Reader { rest: encoded }.shape()));
    let mut read = read.lock().unwrap_or_else(PoisonError::into_inner);
    read.entry(key).or_insert(shape)
}

struct Reader {
    rest: &'static str,
}

impl Reader {
    fn malformed(&self) -> ! {
        panic!(
            "operation-response: a generated shape is malformed at {:?}; \
             the operation-response and operation-response-macros versions differ",
            self.rest
                .get(..self.rest.len().min(16))
                .unwrap_or(self.rest)
        )
    }

    fn byte(&mut self) -> u8 {
        let Some(&b) = self.rest.as_bytes().first() else {
            self.malformed()
        };
        self.rest = &self.rest[1..];
        b
    }

    /// Digits up to `end`.
    fn digits(&mut self, end: char) -> &'static str {
        let Some(at) = self.rest.find(end) else {
            self.malformed()
        };
        let digits = &self.rest[..at];
        self.rest = &self.rest[at + 1..];
        digits
    }

    fn count(&mut self, end: char) -> usize {
        match self.digits(end).parse() {
            Ok(n) => n,
            Err(_) => self.malformed(),
        }
    }

    fn str(&mut self) -> &'static str {
        let len = self.count(':');
        match (self.rest.get(..len), self.rest.get(len..)) {
            (Some(s), Some(rest)) => {
                self.rest = rest;
                s
            }
            _ => self.malformed(),
        }
    }

    fn bool(&mut self) -> bool {
        match self.byte() {
            b'0' => false,
            b'1' => true,
            _ => self.malformed(),
        }
    }

    fn u64(&mut self) -> u64 {
        match self.digits(';').parse() {
            Ok(n) => n,
            Err(_) => self.malformed(),
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> &'static [T] {
        let n = self.count('*');
        let items: Vec<T> = (0..n).map(|_| item(self)).collect();
        items.leak()
    }

    fn strs(&mut self) -> &'static [&'static str] {
        self.list(Self::str)
    }

    fn option<T>(&mut self, value: impl FnOnce(&mut Self) -> T) -> Option<T> {
        match self.byte() {
            b'-' => None,
            b'+' => Some(value(self)),
            _ => self.malformed(),
        }
    }

    fn shape(&mut self) -> Shape {
        Shape {
            name: self.str(),
            doc: self.str(),
            notes: self.strs(),
            form: match self.byte() {
                b'O' => Form::Object(self.object()),
                b'U' => Form::Union(self.union()),
                b'S' => Form::Strings(self.strings()),
                _ => self.malformed(),
            },
            checked: self.bool(),
        }
    }

    fn object(&mut self) -> Object {
        Object {
            statuses: self.strs(),
            fields: self.list(Self::field),
            deny_unknown_fields: self.bool(),
            branches: self.option(|r| Branches {
                key: r.str(),
                groups: r.list(|r| Group {
                    statuses: r.strs(),
                    required: r.strs(),
                    forbidden: r.strs(),
                }),
                open: r.option(Self::strs),
                case_insensitive: r.bool(),
            }),
        }
    }

    fn field(&mut self) -> Field {
        let (key, doc, required, flatten) = (self.str(), self.str(), self.bool(), self.bool());
        let rules = self.list(Self::rule);
        // `D`: an integer that `number_as_string` also reads from a decimal
        // string.
        let (kind, number_as_string) = match self.byte() {
            b'T' => (Kind::Text, false),
            b'S' => (Kind::Sequence, false),
            b'M' => (Kind::Map, false),
            b'I' => (Kind::Integer, false),
            b'D' => (Kind::Integer, true),
            b'F' => (Kind::Float, false),
            b'B' => (Kind::Bool, false),
            b'O' => (Kind::Other, false),
            _ => self.malformed(),
        };
        Field {
            key,
            doc,
            required,
            flatten,
            rules,
            kind,
            number_as_string,
            integer: self.option(Self::int),
            nullable: self.bool(),
            example: self.option(|r| match r.byte() {
                b's' => Example::Str(r.str()),
                b'n' => Example::Number(r.number()),
                b'b' => Example::Bool(r.bool()),
                _ => r.malformed(),
            }),
        }
    }

    fn int(&mut self) -> Int {
        let name = self.str();
        Int::named(name).unwrap_or_else(|| self.malformed())
    }

    fn number(&mut self) -> Number {
        let kind = self.byte();
        let digits = self.digits(';');
        let number = match kind {
            b'i' => digits.parse().map(Number::Int).ok(),
            b'u' => digits.parse().map(Number::UInt).ok(),
            b'f' => digits.parse().map(Number::Float).ok(),
            _ => None,
        };
        number.unwrap_or_else(|| self.malformed())
    }

    fn rule(&mut self) -> Rule {
        match self.byte() {
            b'a' => Rule::MinLength(self.u64()),
            b'b' => Rule::MaxLength(self.u64()),
            b'c' => Rule::Length(self.u64()),
            b'n' => Rule::NonEmpty,
            b'd' => Rule::MinBytes(self.u64()),
            b'e' => Rule::MaxBytes(self.u64()),
            b'm' => Rule::Min(self.number()),
            b'x' => Rule::Max(self.number()),
            b'g' => Rule::GreaterThan(self.number()),
            b'l' => Rule::LessThan(self.number()),
            b'p' => Rule::Pattern {
                ecma: self.str(),
                regex: self.str(),
            },
            b'C' => Rule::Custom(self.str()),
            _ => self.malformed(),
        }
    }

    fn lifecycle(&mut self) -> Lifecycle {
        Lifecycle {
            terminal: self.strs(),
            failure: self.strs(),
            waiting: self.strs(),
        }
    }

    fn union(&mut self) -> Union {
        Union {
            key: self.str(),
            variants: self.list(|r| Variant {
                name: r.str(),
                doc: r.str(),
                wire: r.str(),
                aliases: r.strs(),
                fields: r.list(Self::field),
            }),
            open: self.bool(),
            case_insensitive: self.bool(),
            deny_unknown_fields: self.bool(),
            lifecycle: self.option(Self::lifecycle),
            default: self.option(Self::str),
        }
    }

    fn strings(&mut self) -> Strings {
        Strings {
            values: self.list(|r| StringValue {
                wire: r.str(),
                aliases: r.strs(),
            }),
            open: self.bool(),
            case_insensitive: self.bool(),
            lifecycle: self.option(Self::lifecycle),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;
    use crate::shape::{Form, Kind};

    #[test]
    fn reads_a_shape_once_and_keeps_it() {
        // A model with one required text field `id`, as the macro writes it.
        let encoded: &'static str = "5:Model5:A doc0*O0*1*2:id0:100*T-0-0-0";
        let shape = decode(encoded);
        assert_eq!((shape.name, shape.doc), ("Model", "A doc"));
        let Form::Object(object) = &shape.form else {
            panic!("an object")
        };
        assert_eq!(object.fields.len(), 1);
        assert_eq!(object.fields[0].key, "id");
        assert!(object.fields[0].required);
        assert_eq!(object.fields[0].kind, Kind::Text);
        assert!(core::ptr::eq(shape, decode(encoded)), "read once");
    }

    #[test]
    fn reads_a_number_as_string_field() {
        // A model with an optional `u64` field `totalCount` under
        // `#[response(number_as_string)]`, and a plain `i32` beside it.
        let encoded: &'static str =
            "5:Model0:0*O0*2*10:totalCount0:000*D+3:u641-9:failedCnt0:100*I+3:i320-0-0";
        let Form::Object(object) = &decode(encoded).form else {
            panic!("an object")
        };
        let [total, failed] = object.fields else {
            panic!("two fields")
        };
        assert_eq!((total.key, total.kind), ("totalCount", Kind::Integer));
        assert!(total.number_as_string && total.nullable && !total.required);
        assert_eq!(total.integer, Some(crate::shape::Int::U64));
        assert_eq!(
            (failed.kind, failed.integer),
            (Kind::Integer, Some(crate::shape::Int::I32))
        );
        assert!(!failed.number_as_string && failed.required);
    }

    #[test]
    #[should_panic(expected = "a generated shape is malformed")]
    fn a_malformed_shape_says_so() {
        decode("5:Model");
    }
}
