//! What the macro knows of a generated type's wire form: its schemas
//! (features `schemars`, `utoipa`), its examples and its generators are
//! built from it at run time, so that the generated code stays one string
//! literal (read by `decode`) and a few calls.
// Named by generated code only, through `__private`.
#![allow(missing_docs)]

mod decode;
pub use decode::decode;

/// A generated type's wire form.
pub struct Shape {
    /// The Rust name, which names the schema.
    pub name: &'static str,
    /// The type's doc comment.
    pub doc: &'static str,
    /// What no keyword says (`validate_with`, `lifecycle`, `outcome`…).
    pub notes: &'static [&'static str],
    pub form: Form,
    /// A container `validate_with`: a rule only the type can check.
    pub checked: bool,
}

pub enum Form {
    Object(Object),
    Union(Union),
    Strings(Strings),
}

/// A struct: a response struct (its status is the first field) or a model.
pub struct Object {
    /// A response struct's statuses, listed spellings, in order; its
    /// first field is the status.
    pub statuses: &'static [&'static str],
    pub fields: &'static [Field],
    pub deny_unknown_fields: bool,
    /// `required_when` / `forbidden_when`, as per-status branches.
    pub branches: Option<Branches>,
}

impl Object {
    /// The keys `status` requires and those it forbids.
    pub fn needs(&self, status: &str) -> (&'static [&'static str], &'static [&'static str]) {
        self.branches
            .as_ref()
            .and_then(|b| b.groups.iter().find(|g| g.statuses.contains(&status)))
            .map_or((&[], &[]), |g| (g.required, g.forbidden))
    }
}

#[derive(Debug)]
pub struct Field {
    /// The key on the wire; the parent's keys when `flatten`.
    pub key: &'static str,
    pub doc: &'static str,
    pub required: bool,
    pub flatten: bool,
    pub rules: &'static [Rule],
    /// What the type (inside `Option`) is, as far as its spelling tells.
    pub kind: Kind,
    /// The integer type the field's type spells: itself, or the items or
    /// map values of the containers it is in (`Option<Vec<u8>>`).
    pub integer: Option<Int>,
    /// An `Option`.
    pub nullable: bool,
    /// `#[response(example = …)]`.
    pub example: Option<Example>,
    /// `#[response(number_as_string)]`: an integer read from a number or a
    /// decimal string, and written as a string.
    pub number_as_string: bool,
}

/// What a field's type is, as far as its spelling tells.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Text,
    Sequence,
    Map,
    Integer,
    Float,
    Bool,
    Other,
}

/// An integer type, for its range.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Int {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl Int {
    /// The integer type named `name` (`u8`), as the shape spells it.
    pub fn named(name: &str) -> Option<Int> {
        Some(match name {
            "i8" => Int::I8,
            "i16" => Int::I16,
            "i32" => Int::I32,
            "i64" => Int::I64,
            "i128" => Int::I128,
            "isize" => Int::Isize,
            "u8" => Int::U8,
            "u16" => Int::U16,
            "u32" => Int::U32,
            "u64" => Int::U64,
            "u128" => Int::U128,
            "usize" => Int::Usize,
            _ => return None,
        })
    }

    /// The least and the greatest value, where a JSON number in serde_json
    /// (an `i64`, a `u64` or an `f64`) holds them exactly: `i128`'s bounds
    /// and `u128`'s greatest are left out.
    pub fn range(self) -> (Option<Number>, Option<Number>) {
        fn signed(min: i64, max: i64) -> (Option<Number>, Option<Number>) {
            (Some(Number::Int(min)), Some(Number::Int(max)))
        }
        fn unsigned(max: u64) -> (Option<Number>, Option<Number>) {
            (Some(Number::UInt(0)), Some(Number::UInt(max)))
        }
        match self {
            Int::I8 => signed(i8::MIN.into(), i8::MAX.into()),
            Int::I16 => signed(i16::MIN.into(), i16::MAX.into()),
            Int::I32 => signed(i32::MIN.into(), i32::MAX.into()),
            Int::I64 => signed(i64::MIN, i64::MAX),
            Int::Isize => signed(
                i64::try_from(isize::MIN).unwrap_or(i64::MIN),
                i64::try_from(isize::MAX).unwrap_or(i64::MAX),
            ),
            Int::U8 => unsigned(u8::MAX.into()),
            Int::U16 => unsigned(u16::MAX.into()),
            Int::U32 => unsigned(u32::MAX.into()),
            Int::U64 => unsigned(u64::MAX),
            Int::Usize => unsigned(u64::try_from(usize::MAX).unwrap_or(u64::MAX)),
            Int::I128 => (None, None),
            Int::U128 => (Some(Number::UInt(0)), None),
        }
    }
}

/// A literal of `#[response(example = …)]`.
#[derive(Clone, Copy, Debug)]
pub enum Example {
    Str(&'static str),
    Number(Number),
    Bool(bool),
}

impl Example {
    pub fn to_value(self) -> serde_json::Value {
        match self {
            Example::Str(s) => s.into(),
            Example::Number(n) => n.to_value(),
            Example::Bool(b) => b.into(),
        }
    }
}

impl Field {
    /// The `pattern` rule's expression, as the `regex` crate reads it: the
    /// translation that matches what the pattern as written matches in
    /// ECMA-262 (what examples and generators spell strings from).
    pub fn pattern(&self) -> Option<&'static str> {
        self.rules.iter().find_map(|rule| match rule {
            Rule::Pattern { regex, .. } => Some(*regex),
            _ => None,
        })
    }

    /// What the numeric rules allow.
    pub fn range(&self) -> Range {
        let mut range = Range {
            lo: f64::NEG_INFINITY,
            lo_open: false,
            hi: f64::INFINITY,
            hi_open: false,
        };
        for rule in self.rules {
            match rule {
                Rule::Min(b) => (range.lo, range.lo_open) = (b.as_f64(), false),
                Rule::GreaterThan(b) => (range.lo, range.lo_open) = (b.as_f64(), true),
                Rule::Max(b) => (range.hi, range.hi_open) = (b.as_f64(), false),
                Rule::LessThan(b) => (range.hi, range.hi_open) = (b.as_f64(), true),
                _ => {}
            }
        }
        range
    }
}

/// The numbers a field's bounds allow; infinite where unbounded.
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub lo: f64,
    /// `greater_than`: `lo` itself is out.
    pub lo_open: bool,
    pub hi: f64,
    /// `less_than`: `hi` itself is out.
    pub hi_open: bool,
}

impl Range {
    pub fn contains(self, x: f64) -> bool {
        (if self.lo_open {
            x > self.lo
        } else {
            x >= self.lo
        }) && (if self.hi_open {
            x < self.hi
        } else {
            x <= self.hi
        })
    }
}

/// A field's type, asked for its examples or strategy through a bound with
/// a lifetime, which rustc checks only where the impl is used.
pub struct FieldType<'a, T: ?Sized>(
    core::marker::PhantomData<&'a ()>,
    core::marker::PhantomData<T>,
);

/// A field rule, by the name validation reports.
#[derive(Clone, Copy, Debug)]
pub enum Rule {
    /// Chars of a string, items of a sequence, entries of a map.
    MinLength(u64),
    MaxLength(u64),
    /// Both at once.
    Length(u64),
    /// `MinLength(1)`.
    NonEmpty,
    MinBytes(u64),
    MaxBytes(u64),
    Min(Number),
    Max(Number),
    GreaterThan(Number),
    LessThan(Number),
    /// `pattern`: `ecma` as written, ECMA-262 (the schema's keyword);
    /// `regex` the macro's translation, which matches what `ecma` matches
    /// there, for the `regex` crate (parsing, examples, generators).
    Pattern {
        ecma: &'static str,
        regex: &'static str,
    },
    /// `validate_with = path`: the function's path as written.
    Custom(&'static str),
}

#[derive(Clone, Copy, Debug)]
pub enum Number {
    Int(i64),
    UInt(u64),
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            #[allow(clippy::cast_precision_loss)] // bounds as written
            Number::Int(i) => i as f64,
            #[allow(clippy::cast_precision_loss)]
            Number::UInt(u) => u as f64,
            Number::Float(f) => f,
        }
    }

    pub fn to_value(self) -> serde_json::Value {
        match self {
            Number::Int(i) => i.into(),
            Number::UInt(u) => u.into(),
            Number::Float(f) => f.into(),
        }
    }
}

/// The statuses of a response struct, grouped by which fields each one
/// requires or forbids.
pub struct Branches {
    pub key: &'static str,
    pub groups: &'static [Group],
    /// `open`: every listed spelling, which the branch of the others excludes.
    pub open: Option<&'static [&'static str]>,
    pub case_insensitive: bool,
}

pub struct Group {
    /// The statuses and their aliases.
    pub statuses: &'static [&'static str],
    pub required: &'static [&'static str],
    pub forbidden: &'static [&'static str],
}

/// The enum form or a tagged model.
pub struct Union {
    /// The status or tag key.
    pub key: &'static str,
    pub variants: &'static [Variant],
    /// `open`: an unlisted status or tag is kept with its fields.
    pub open: bool,
    pub case_insensitive: bool,
    pub deny_unknown_fields: bool,
    /// The enum form's lifecycle; `None` for a tagged model.
    pub lifecycle: Option<Lifecycle>,
    /// `status_default`: the status of a body without the key.
    pub default: Option<&'static str>,
}

/// Which statuses end the operation, and which wait for a person, written
/// as `x-lifecycle`.
pub struct Lifecycle {
    pub terminal: &'static [&'static str],
    pub failure: &'static [&'static str],
    pub waiting: &'static [&'static str],
}

pub struct Variant {
    pub name: &'static str,
    pub doc: &'static str,
    pub wire: &'static str,
    pub aliases: &'static [&'static str],
    pub fields: &'static [Field],
}

/// A string enum or a status enum.
pub struct Strings {
    pub values: &'static [StringValue],
    pub open: bool,
    pub case_insensitive: bool,
    /// A status enum's lifecycle.
    pub lifecycle: Option<Lifecycle>,
}

pub struct StringValue {
    pub wire: &'static str,
    pub aliases: &'static [&'static str],
}
