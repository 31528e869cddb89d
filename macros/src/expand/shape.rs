//! The type's wire form, which the runtime builds schemas, examples and
//! generators from, written as one string literal (see the runtime's
//! `shape/decode.rs` for the encoding): a literal costs rustc next to
//! nothing, where a static of nested slices cost it about 11 M instructions
//! a type, in every build of the user's crate, read or not.

use crate::model::{
    BoundOp, Class, ExampleValue, Field, Item, Kind, Model, Number, Object, Operation, RuleKind,
    Status, StringEnum, Union, Unknown, WireEnum,
};
use std::fmt::Write as _;
use syn::ext::IdentExt;

/// The shapes of one model: its own, and its status enum's (a response's).
pub struct Shapes {
    pub own: String,
    pub status: Option<String>,
}

pub fn of(model: &Model) -> Shapes {
    match model {
        Model::ResponseStruct(body) => {
            let object = &body.object;
            let mut notes = object_notes(object);
            if let Some(i) = body.outcome {
                notes.push(format!(
                    "Once the status is terminal, `{}` decides whether the operation succeeded.",
                    key_of(&object.fields[i])
                ));
            }
            Shapes {
                own: object_shape(object, Some(&body.status), &notes),
                status: Some(status_shape(&object.item, &body.status.wire_enum)),
            }
        }
        Model::Object(object) => Shapes {
            own: object_shape(object, None, &object_notes(object)),
            status: None,
        },
        Model::ResponseEnum(union) | Model::Tagged(union) => Shapes {
            own: union_shape(union),
            status: (!union.tagged).then(|| status_shape(&union.item, &union.status.wire_enum)),
        },
        Model::StringEnum(string_enum) => Shapes {
            own: strings_shape(string_enum),
            status: None,
        },
    }
}

/// The writer of the encoding.
#[derive(Default)]
struct Enc(String);

impl Enc {
    fn str(&mut self, s: &str) -> &mut Self {
        let _ = write!(self.0, "{}:{s}", s.len());
        self
    }

    fn bool(&mut self, b: bool) -> &mut Self {
        self.0.push(if b { '1' } else { '0' });
        self
    }

    fn tag(&mut self, tag: char) -> &mut Self {
        self.0.push(tag);
        self
    }

    fn u64(&mut self, n: u64) -> &mut Self {
        let _ = write!(self.0, "{n};");
        self
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) -> &mut Self {
        let _ = write!(self.0, "{}*", items.len());
        for it in items {
            item(self, it);
        }
        self
    }

    fn strs<S: AsRef<str>>(&mut self, items: &[S]) -> &mut Self {
        self.list(items, |e, s| {
            e.str(s.as_ref());
        })
    }

    fn option<T>(&mut self, value: Option<T>, some: impl FnOnce(&mut Self, T)) -> &mut Self {
        match value {
            None => self.tag('-'),
            Some(value) => {
                self.tag('+');
                some(self, value);
                self
            }
        }
    }

    /// `None` for an infinite float, which no literal spells.
    fn number(&mut self, number: Number) {
        match number {
            Number::Int(n) => match (i64::try_from(n), u64::try_from(n)) {
                (Ok(n), _) => write!(self.0, "i{n};"),
                (_, Ok(n)) => write!(self.0, "u{n};"),
                // Beyond 64 bits: a float says it.
                #[allow(clippy::cast_precision_loss)]
                _ => write!(self.0, "f{:?};", n as f64),
            },
            Number::Float(f) => write!(self.0, "f{f:?};"),
        }
        .unwrap_or(());
    }

    fn head(&mut self, item: &Item, notes: &[String]) -> &mut Self {
        self.str(&item.ident.unraw().to_string())
            .str(&doc(&item.attrs))
            .strs(notes)
    }
}

/// The text of `#[doc]` attributes, without Rust examples (they are for
/// rustdoc, not for a schema's readers).
pub fn doc(attrs: &[&syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .map(|line| line.strip_prefix(' ').unwrap_or(&line).to_owned())
        .collect();
    let mut fenced = false;
    let prose: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|line| {
            let fence = line.trim_start().starts_with("```");
            fenced ^= fence;
            !fence && !fenced
        })
        .collect();
    prose.join("\n").trim().to_owned()
}

pub fn key_of(field: &Field) -> String {
    field.key.clone().unwrap_or_else(|| field.ident.to_string())
}

pub fn path_text(path: &syn::Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
}

fn object_notes(object: &Object) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(path) = &object.validate_with {
        notes.push(format!("Also checked as a whole by `{}`.", path_text(path)));
    }
    match &object.operation {
        Some(Operation::Lifecycle(path)) => notes.push(format!(
            "Whether the operation is running, succeeded or failed is decided from its fields by `{}`.",
            path_text(path)
        )),
        Some(Operation::Field(i)) => notes.push(format!(
            "Its lifecycle is that of `{}`.",
            key_of(&object.fields[*i])
        )),
        None => {}
    }
    notes
}

/// Whether deserialization needs the key.
fn wire_required(field: &Field) -> bool {
    !field.serde.default
        && field.default.is_none()
        && (field.required || field.option.is_none() || field.serde.with)
}

fn field(e: &mut Enc, field: &Field) {
    e.str(&key_of(field))
        .str(&doc(&field.attrs))
        .bool(wire_required(field))
        .bool(field.key.is_none());
    let rules: Vec<&RuleKind> = field
        .rules
        .iter()
        .map(|r| &r.kind)
        .filter(|kind| match kind {
            RuleKind::When(_) => false,
            // An infinite bound bounds nothing (and has no literal).
            RuleKind::Bound(_, bound) => {
                !matches!(bound.number, Number::Float(f) if !f.is_finite())
            }
            _ => true,
        })
        .collect();
    e.list(&rules, |e, rule| self::rule(e, rule));
    e.tag(match field.kind {
        Kind::Text | Kind::Char => 'T',
        Kind::Sequence
            if crate::check::types::args_of(field.value_ty(), crate::check::types::MAPS)
                .is_some() =>
        {
            'M'
        }
        Kind::Sequence => 'S',
        // An integer that is also read from a decimal string, and written
        // as one.
        Kind::Integer if field.number_as_string => 'D',
        Kind::Integer => 'I',
        Kind::Float => 'F',
        Kind::Bool => 'B',
        Kind::Other => 'O',
    });
    e.option(crate::check::types::integer_in(field.ty), |e, int| {
        e.str(int);
    });
    e.bool(field.option.is_some());
    let example = field.example.as_ref().filter(
        |example| !matches!(example, ExampleValue::Number(Number::Float(f)) if !f.is_finite()),
    );
    e.option(example, |e, example| match example {
        ExampleValue::Str(s) => {
            e.tag('s').str(s);
        }
        ExampleValue::Bool(b) => {
            e.tag('b').bool(*b);
        }
        ExampleValue::Number(n) => {
            e.tag('n').number(*n);
        }
    });
}

fn rule(e: &mut Enc, rule: &RuleKind) {
    match rule {
        RuleKind::MinLength(c) => e.tag('a').u64(c.value as u64),
        RuleKind::MaxLength(c) => e.tag('b').u64(c.value as u64),
        RuleKind::Length(c) => e.tag('c').u64(c.value as u64),
        RuleKind::NonEmpty => e.tag('n'),
        RuleKind::MinBytes(c) => e.tag('d').u64(c.value as u64),
        RuleKind::MaxBytes(c) => e.tag('e').u64(c.value as u64),
        RuleKind::Bound(op, bound) => {
            e.tag(match op {
                BoundOp::Min => 'm',
                BoundOp::Max => 'x',
                BoundOp::GreaterThan => 'g',
                BoundOp::LessThan => 'l',
            })
            .number(bound.number);
            e
        }
        // As written for the schema; as translated for the generators.
        RuleKind::Pattern(lit) => e
            .tag('p')
            .str(&lit.value())
            .str(&crate::model::rust_pattern(lit).value()),
        RuleKind::Custom(path) => e.tag('C').str(&path_text(path)),
        RuleKind::When(_) => e,
    };
}

/// Which statuses require or forbid which fields, grouped.
fn branches(e: &mut Enc, object: &Object, status: &Status) {
    type Group = (Vec<String>, Vec<String>, Vec<String>);
    let mut groups: Vec<Group> = Vec::new();
    let mut any = false;
    let wire_enum = &status.wire_enum;
    for value in &wire_enum.values {
        let (mut required, mut forbidden) = (Vec::new(), Vec::new());
        for field in &object.fields {
            for rule in &field.rules {
                if let RuleKind::When(when) = &rule.kind {
                    if when.idents.contains(&value.ident) {
                        any = true;
                        if when.required {
                            required.push(key_of(field));
                        } else {
                            forbidden.push(key_of(field));
                        }
                    }
                }
            }
        }
        let mut spellings = vec![value.wire.clone()];
        spellings.extend(value.aliases.iter().cloned());
        match groups
            .iter_mut()
            .find(|(_, r, f)| *r == required && *f == forbidden)
        {
            Some(group) => group.0.extend(spellings),
            None => groups.push((spellings, required, forbidden)),
        }
    }
    e.option(any.then_some(()), |e, ()| {
        e.str(&status.key).list(&groups, |e, (statuses, r, f)| {
            e.strs(statuses).strs(r).strs(f);
        });
        let listed: Option<Vec<&String>> = wire_enum.open.then(|| {
            wire_enum
                .values
                .iter()
                .flat_map(|v| std::iter::once(&v.wire).chain(&v.aliases))
                .collect()
        });
        e.option(listed, |e, listed| {
            e.strs(&listed);
        })
        .bool(wire_enum.case_insensitive);
    });
}

fn object_shape(object: &Object, status: Option<&Status>, notes: &[String]) -> String {
    let mut e = Enc::default();
    e.head(&object.item, notes).tag('O');
    let statuses: Vec<&String> = status
        .iter()
        .flat_map(|s| s.wire_enum.values.iter().map(|v| &v.wire))
        .collect();
    e.strs(&statuses);
    let fields: Vec<&Field> = object.fields.iter().filter(|f| !f.serde.skip).collect();
    let _ = write!(e.0, "{}*", fields.len() + usize::from(status.is_some()));
    if let Some(status) = status {
        // The status field: a text key, required unless it has a default.
        let doc = status
            .default_wire()
            .map(|wire| format!("When the key is absent, the status is `{wire}`."))
            .unwrap_or_default();
        e.str(&status.key)
            .str(&doc)
            .bool(status.default.is_none())
            .bool(false)
            .list::<()>(&[], |_, ()| {})
            .tag('T')
            .tag('-')
            .bool(false)
            .tag('-');
    }
    for f in fields {
        field(&mut e, f);
    }
    e.bool(object.deny_unknown_fields);
    match status {
        Some(status) => branches(&mut e, object, status),
        None => {
            e.tag('-');
        }
    }
    e.bool(object.validate_with.is_some());
    e.0
}

fn union_shape(union: &Union) -> String {
    let mut notes = Vec::new();
    if let Some(path) = &union.validate_with {
        notes.push(format!("Also checked as a whole by `{}`.", path_text(path)));
    }
    let status = &union.status.wire_enum;
    let mut e = Enc::default();
    e.head(&union.item, &notes)
        .tag('U')
        .str(&union.status.key)
        .list(&union.variants, |e, variant| {
            let value = &status.values[variant.status];
            let fields: Vec<&Field> = variant
                .fields
                .iter()
                .flatten()
                .filter(|f| !f.serde.skip)
                .collect();
            e.str(&variant.ident.unraw().to_string())
                .str(&doc(&variant.attrs))
                .str(&value.wire)
                .strs(&value.aliases)
                .list(&fields, |e, f| field(e, f));
        })
        .bool(status.open)
        .bool(status.case_insensitive)
        .bool(union.deny_unknown_fields)
        .option((!union.tagged).then_some(status), lifecycle)
        .option(union.status.default_wire(), |e, wire| {
            e.str(wire);
        })
        .bool(union.validate_with.is_some());
    e.0
}

/// `x-lifecycle`: the terminal, failure and waiting statuses.
fn lifecycle(e: &mut Enc, status: &WireEnum) {
    e.strs(&wires(status, Class::is_terminal))
        .strs(&wires(status, Class::is_failure))
        .strs(&wires(status, Class::is_waiting));
}

/// The values of a class.
fn wires<'a>(values: &'a WireEnum, class: fn(Class) -> bool) -> Vec<&'a String> {
    values
        .values
        .iter()
        .filter(|v| class(v.class))
        .map(|v| &v.wire)
        .collect()
}

/// A string enum's values; a status enum's with its lifecycle.
fn strings(e: &mut Enc, values: &WireEnum, status: bool) {
    e.tag('S')
        .list(&values.values, |e, v| {
            e.str(&v.wire).strs(&v.aliases);
        })
        .bool(values.open)
        .bool(values.case_insensitive)
        .option(status.then_some(values), lifecycle)
        .bool(false);
}

/// What the values' spellings say: aliases, and case folding.
fn spelling_notes(values: &WireEnum) -> Vec<String> {
    let mut notes: Vec<String> = values
        .values
        .iter()
        .filter(|v| !v.aliases.is_empty())
        .map(|v| {
            let aliases: Vec<String> = v.aliases.iter().map(|a| format!("`{a}`")).collect();
            format!("{} read as `{}`.", aliases.join(", "), v.wire)
        })
        .collect();
    if values.case_insensitive {
        notes.push("Matched ignoring ASCII case.".to_owned());
    }
    notes
}

/// In words, the values of a class: `` `a`, `b` ``.
fn listed(values: &WireEnum, class: fn(Class) -> bool) -> Vec<String> {
    wires(values, class)
        .iter()
        .map(|wire| format!("`{wire}`"))
        .collect()
}

fn strings_shape(string_enum: &StringEnum) -> String {
    let values = &string_enum.wire_enum;
    let mut notes = Vec::new();
    if string_enum.outcome {
        notes.push(format!(
            "As an outcome, {} mean failure.",
            listed(values, Class::is_failure).join(", ")
        ));
        match &values.unknown {
            Unknown::Is(Class::Failed) if values.open => {
                notes.push("Values added later mean failure too.".to_owned());
            }
            Unknown::With(path) if values.open => notes.push(format!(
                "`{}` decides whether a value added later means failure.",
                path_text(path)
            )),
            _ => {}
        }
    }
    notes.extend(spelling_notes(values));
    let mut e = Enc::default();
    e.head(&string_enum.item, &notes);
    strings(&mut e, values, false);
    e.0
}

/// A status enum's shape: its values and, in words, its lifecycle.
fn status_shape(item: &Item, status: &WireEnum) -> String {
    let list = |class: fn(Class) -> bool| -> String {
        let wires = listed(status, class);
        if wires.is_empty() {
            "none".to_owned()
        } else {
            wires.join(", ")
        }
    };
    let mut notes = vec![format!(
        "Terminal: {}. Failure: {}.",
        list(Class::is_terminal),
        list(Class::is_failure)
    )];
    if status.values.iter().any(|v| v.class.is_waiting()) {
        notes.push(format!(
            "Waiting for a person: {}.",
            list(Class::is_waiting)
        ));
    }
    notes.extend(spelling_notes(status));
    if status.open {
        notes.push(match &status.unknown {
            Unknown::Is(Class::Running) => {
                "Any other status is kept, and means the operation is still running.".to_owned()
            }
            // `unknown` offers no way to say this; kept for completeness.
            Unknown::Is(Class::Waiting) => {
                "Any other status is kept, and means the operation waits for a person.".to_owned()
            }
            Unknown::Is(Class::Succeeded) => {
                "Any other status is kept, and means the operation succeeded.".to_owned()
            }
            Unknown::Is(Class::Failed) => {
                "Any other status is kept, and means the operation failed.".to_owned()
            }
            Unknown::With(path) => format!(
                "Any other status is kept; `{}` decides what it means.",
                path_text(path)
            ),
        });
    }
    let mut e = Enc::default();
    e.str(&status.ident.unraw().to_string())
        .str(&format!("The status of a `{}`.", item.ident))
        .strs(&notes);
    strings(&mut e, status, true);
    e.0
}
