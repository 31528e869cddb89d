//! The checked model: what `check` establishes and `expand` reads, one type
//! per form. Every value here is valid; the user's tokens are kept where a
//! later compile error (from rustc, on generated code) should point.

use crate::krate::Krate;
use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Generics, Ident, LitStr, Type, Visibility};

/// One checked input.
pub enum Model<'a> {
    /// `#[operation_response]` on a struct.
    ResponseStruct(Body<'a>),
    /// `#[operation_response]` on an enum: a status-discriminated union.
    ResponseEnum(Union<'a>),
    /// `#[response_model]` on a struct.
    Object(Object<'a>),
    /// `#[response_model]` on a fieldless enum.
    StringEnum(StringEnum<'a>),
    /// `#[response_model(tag = "…")]` on an enum: a union with no lifecycle.
    Tagged(Union<'a>),
}

/// What every form shares: the item's name, generics and the user's
/// attributes to keep.
pub struct Item<'a> {
    pub krate: Krate,
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    pub generics: &'a Generics,
    /// Docs and other attributes, without derives, `#[serde]` and `#[response]`.
    pub attrs: Vec<&'a Attribute>,
    /// The user's derives, less the ones generated.
    pub derives: Vec<&'a syn::Path>,
}

/// A struct with named fields, with or without a status.
pub struct Object<'a> {
    pub item: Item<'a>,
    pub fields: Vec<Field<'a>>,
    /// `#[serde(…)]` on the item that serde's derive reads as it is.
    pub serde_attrs: TokenStream,
    pub deny_unknown_fields: bool,
    /// Container `validate_with`: `fn(&Self) -> Result<(), String>`.
    pub validate_with: Option<syn::Path>,
    /// How a `#[response_model]` struct is an `OperationResponse`, if it is.
    pub operation: Option<Operation>,
    /// `classify = path`: `fn(&Self) -> Option<Lifecycle>`, over the class
    /// the status (and outcome) give.
    pub classify: Option<syn::Path>,
    /// `progress = path`: `fn(&Self) -> Option<f64>`, a fraction.
    pub progress: Option<syn::Path>,
}

/// A `#[response_model]` struct that is an `OperationResponse`.
pub enum Operation {
    /// `lifecycle = path`: `fn(&Self) -> Lifecycle`.
    Lifecycle(syn::Path),
    /// `#[response(operation)]`: the field (by index) it delegates to.
    Field(usize),
}

/// The struct form: an object with a status field.
pub struct Body<'a> {
    pub object: Object<'a>,
    pub status: Status<'a>,
    /// `#[response(outcome)]`: the field (by index) whose value decides
    /// success or failure once the status is terminal.
    pub outcome: Option<usize>,
    /// `#[response(progress)]`: the field (by index) holding a percentage.
    pub progress: Option<usize>,
    /// A user field named `status` (reported) holds the place of the
    /// status field.
    pub status_named_field: bool,
}

impl<'a> Body<'a> {
    /// The status the struct gets a `status` field for, if it does.
    pub fn status_field(&self) -> Option<&Status<'a>> {
        (!self.status_named_field).then_some(&self.status)
    }
}

/// The enum form.
pub struct Union<'a> {
    pub item: Item<'a>,
    pub status: Status<'a>,
    pub variants: Vec<UnionVariant<'a>>,
    pub deny_unknown_fields: bool,
    pub validate_with: Option<syn::Path>,
    /// `classify = path` and `progress = path`, as on an `Object`.
    pub classify: Option<syn::Path>,
    pub progress: Option<syn::Path>,
    /// A tagged model: `status` is its tag, with no lifecycle, and its
    /// `Unknown` variant keeps a `tag`.
    pub tagged: bool,
}

impl Union<'_> {
    /// The field of `Unknown` that keeps an unlisted status or tag.
    pub fn unknown_key(&self) -> syn::Ident {
        syn::Ident::new(
            if self.tagged { "tag" } else { "status" },
            proc_macro2::Span::call_site(),
        )
    }
}

pub struct UnionVariant<'a> {
    pub ident: &'a Ident,
    pub attrs: Vec<&'a Attribute>,
    /// `None` for a unit variant.
    pub fields: Option<Vec<Field<'a>>>,
    /// Its value in the status's `wire_enum`.
    pub status: usize,
    /// `#[response(outcome)]`: the field whose value decides a terminal
    /// body's success (the enum form only).
    pub outcome: Option<usize>,
    /// `#[response(progress)]`: the field holding a percentage.
    pub progress: Option<usize>,
}

/// A response's status, or a tagged model's tag: its key on the wire and
/// the enum of its values.
pub struct Status<'a> {
    pub key: String,
    pub wire_enum: WireEnum<'a>,
    /// `status_default = "…"`: the status when the key is absent.
    pub default: Option<StatusDefault>,
}

/// The status a body without the status key has.
pub enum StatusDefault {
    /// A listed status (or an alias of it), by its index in `values`.
    Listed(usize),
    /// With `open`, a status the enum does not list, kept as `Unknown`.
    Unlisted(String),
}

impl Status<'_> {
    /// The default status's wire value, as written back.
    pub fn default_wire(&self) -> Option<&str> {
        self.default.as_ref().map(|default| match default {
            StatusDefault::Listed(index) => self.wire_enum.values[*index].wire.as_str(),
            StatusDefault::Unlisted(wire) => wire.as_str(),
        })
    }
}

/// An enum of wire strings, in each of its three uses: a response's status
/// enum, a tagged model's tag enum, a `#[response_model]` string enum.
/// `check/status.rs` builds it; `expand/string_enum.rs` emits it.
pub struct WireEnum<'a> {
    pub ident: Ident,
    pub values: Vec<WireValue<'a>>,
    /// An `Unknown(String)` variant keeps unlisted values.
    pub open: bool,
    /// Values and aliases match ASCII case-insensitively.
    pub case_insensitive: bool,
    /// What an unlisted status means, with `open`.
    pub unknown: Unknown,
}

/// What an unlisted status means.
#[derive(Clone)]
pub enum Unknown {
    Is(Class),
    /// `unknown = path`: `fn(&str) -> Lifecycle` decides.
    With(syn::Path),
}

pub struct WireValue<'a> {
    pub ident: Ident,
    pub wire: String,
    /// Other spellings that deserialize to it.
    pub aliases: Vec<String>,
    /// A status's, from `terminal` and `failure`; a string enum's value is
    /// `Failed` when its `failure` names it.
    pub class: Class,
    /// The user's attributes on a string enum's variant.
    pub attrs: Vec<&'a Attribute>,
}

/// Where a status leaves the operation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Running,
    /// `waiting = […]`: not terminal, but nothing changes until a person acts.
    Waiting,
    Succeeded,
    Failed,
}

impl Class {
    pub fn is_terminal(self) -> bool {
        matches!(self, Class::Succeeded | Class::Failed)
    }

    pub fn is_waiting(self) -> bool {
        self == Class::Waiting
    }

    pub fn is_failure(self) -> bool {
        self == Class::Failed
    }
}

/// `#[response_model]` on a fieldless enum.
pub struct StringEnum<'a> {
    pub item: Item<'a>,
    pub wire_enum: WireEnum<'a>,
    /// `failure = […]`: the enum is an outcome, its failures the values of
    /// class `Failed`.
    pub outcome: bool,
}

/// One field of an object or of a union's variant.
pub struct Field<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    pub ty: &'a Type,
    /// `T` of an `Option<T>` field.
    pub option: Option<&'a Type>,
    /// What the type (inside `Option`) is, as far as its spelling tells.
    pub kind: Kind,
    /// Docs and other attributes to keep.
    pub attrs: Vec<&'a Attribute>,
    /// `#[serde(…)]` on the field, for serde's derive.
    pub serde_attrs: Vec<&'a Attribute>,
    /// The key on the wire, or `None` when flattened into the parent.
    pub key: Option<String>,
    pub serde: FieldSerde,
    pub default: Option<Default>,
    /// `#[response(required)]`.
    pub required: bool,
    pub rules: Vec<Rule>,
    pub nested: Nested,
    /// `#[response(example = …)]`.
    pub example: Option<ExampleValue>,
    /// `#[response(number_as_string)]`: an integer read from a number or a
    /// decimal string, and written as a string.
    pub number_as_string: bool,
    /// The user's own `#[serde(default = "path")]`: the value a missing key
    /// takes, for the schema's `default`.
    pub serde_default: Option<syn::Path>,
}

/// The literal of `#[response(example = …)]`.
#[derive(Clone)]
pub enum ExampleValue {
    Str(String),
    Number(Number),
    Bool(bool),
}

/// What serde's own attributes on a field change for us.
#[derive(Default, Clone, Copy)]
pub struct FieldSerde {
    /// The user's `#[serde(rename)]` names the key.
    pub renamed: bool,
    pub default: bool,
    /// `with` or `deserialize_with`.
    pub with: bool,
    /// `skip` or `skip_deserializing`.
    pub skip: bool,
    pub skip_serializing_if: bool,
}

/// `#[response(default)]` or `#[response(default = path)]`.
pub enum Default {
    Trait,
    Path(syn::Path),
}

/// Whether a field's value is validated with its parent.
#[derive(Clone, Copy)]
pub enum Nested {
    /// Its type names a type parameter: the impls bound that parameter by
    /// `Validate`, as serde bounds it by `Deserialize`.
    Generic,
    /// When its type implements `Validate`, found by the compiler.
    Probe,
    /// Its spelling says it is a string, a number or a bool, or a
    /// container of only those.
    Never,
}

/// What a type is, as far as its spelling tells: the one classifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Text,
    Sequence,
    Integer,
    Float,
    Bool,
    Char,
    /// Any other type: it may be a model, or a user's alias of anything.
    Other,
}

impl Kind {
    /// Whether a value of this kind never implements `Validate`.
    pub fn is_scalar(self) -> bool {
        matches!(
            self,
            Kind::Text | Kind::Integer | Kind::Float | Kind::Bool | Kind::Char
        )
    }
}

/// One field rule: the key the user wrote (its name and span) and its
/// value. Parsing reads it with its `When` raw (`attr::RawWhen`), `check`
/// validates it against the field and resolves the `When`, emission matches
/// on it: a new rule is one variant, its parse arm and its emit arm, plus
/// its name and what it needs of the type.
#[derive(Clone)]
pub struct Rule<W = When> {
    pub key: Ident,
    pub kind: RuleKind<W>,
}

#[derive(Clone)]
pub enum RuleKind<W = When> {
    MinLength(Count),
    MaxLength(Count),
    Length(Count),
    NonEmpty,
    /// Lengths in UTF-8 bytes.
    MinBytes(Count),
    MaxBytes(Count),
    /// `min`, `max`, `greater_than`, `less_than`.
    Bound(BoundOp, Bound),
    /// The pattern as written: ECMA-262, as the schema's `pattern` keyword
    /// says; parsing compiles `rust_pattern` of it.
    Pattern(LitStr),
    /// `required_when` / `forbidden_when`.
    When(W),
    /// `validate_with`.
    Custom(syn::Path),
}

/// A length as written.
#[derive(Clone, Copy)]
pub struct Count {
    pub value: usize,
    pub span: Span,
}

/// A numeric bound as written.
#[derive(Clone)]
pub struct Bound {
    /// The literal, with its sign.
    pub tokens: TokenStream,
    pub number: Number,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub enum Number {
    Int(i128),
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            #[allow(clippy::cast_precision_loss)] // comparing bounds only
            Number::Int(n) => n as f64,
            Number::Float(f) => f,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BoundOp {
    Min,
    Max,
    GreaterThan,
    LessThan,
}

/// `required_when = […]` / `forbidden_when = […]`, resolved: the status
/// enum's variants it names, and the message.
#[derive(Clone)]
pub struct When {
    pub required: bool,
    pub idents: Vec<Ident>,
    pub message: String,
}

/// What a rule needs of the field's type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// A string, a sequence or a map.
    Length,
    /// An integer or a float.
    Number,
    Text,
    /// An `Option<T>` (checked by `check`, with the statuses).
    Option,
    Anything,
}

impl RuleKind {
    /// The runtime function that checks the rule, named as the rule.
    pub fn function(&self) -> &'static str {
        use crate::symbol::*;
        match self {
            RuleKind::MinLength(_) => MIN_LENGTH,
            RuleKind::MaxLength(_) => MAX_LENGTH,
            RuleKind::Length(_) => LENGTH,
            RuleKind::NonEmpty => NON_EMPTY,
            RuleKind::MinBytes(_) => MIN_BYTES,
            RuleKind::MaxBytes(_) => MAX_BYTES,
            RuleKind::Bound(BoundOp::Min, _) => MIN,
            RuleKind::Bound(BoundOp::Max, _) => MAX,
            RuleKind::Bound(BoundOp::GreaterThan, _) => GREATER_THAN,
            RuleKind::Bound(BoundOp::LessThan, _) => LESS_THAN,
            RuleKind::Pattern(_) => PATTERN,
            RuleKind::When(When { required: true, .. }) => REQUIRED_WHEN,
            RuleKind::When(When {
                required: false, ..
            }) => FORBIDDEN_WHEN,
            // One name for the rule, on a field and on a container.
            RuleKind::Custom(_) => VALIDATE_WITH,
        }
    }
}

impl<W> RuleKind<W> {
    pub fn needs(&self) -> Needs {
        match self {
            RuleKind::MinLength(_)
            | RuleKind::MaxLength(_)
            | RuleKind::Length(_)
            | RuleKind::NonEmpty => Needs::Length,
            RuleKind::Bound(..) => Needs::Number,
            RuleKind::Pattern(_) | RuleKind::MinBytes(_) | RuleKind::MaxBytes(_) => Needs::Text,
            RuleKind::When(_) => Needs::Option,
            RuleKind::Custom(_) => Needs::Anything,
        }
    }

    /// The same rule with its `When` resolved (`None` drops the rule).
    pub fn resolve<V>(self, when: impl FnOnce(W) -> Option<V>) -> Option<RuleKind<V>> {
        Some(match self {
            RuleKind::MinLength(count) => RuleKind::MinLength(count),
            RuleKind::MaxLength(count) => RuleKind::MaxLength(count),
            RuleKind::Length(count) => RuleKind::Length(count),
            RuleKind::NonEmpty => RuleKind::NonEmpty,
            RuleKind::MinBytes(count) => RuleKind::MinBytes(count),
            RuleKind::MaxBytes(count) => RuleKind::MaxBytes(count),
            RuleKind::Bound(op, bound) => RuleKind::Bound(op, bound),
            RuleKind::Pattern(lit) => RuleKind::Pattern(lit),
            RuleKind::When(raw) => RuleKind::When(when(raw)?),
            RuleKind::Custom(path) => RuleKind::Custom(path),
        })
    }
}

/// The Rust pattern that matches what a `pattern` literal matches as
/// ECMA-262 (see `ecma`), spanned on the literal. `check` refused every
/// literal without one, so the fallback to the literal is never taken.
pub fn rust_pattern(lit: &LitStr) -> LitStr {
    #[cfg(feature = "pattern")]
    if let Ok(translated) = crate::ecma::translate(&lit.value()) {
        return LitStr::new(&translated, lit.span());
    }
    lit.clone()
}

impl<W> Rule<W> {
    /// Where rustc should point at an error in the rule's generated call:
    /// the rule's key, the pattern's literal, the function's name.
    pub fn span(&self) -> Span {
        match &self.kind {
            RuleKind::Pattern(lit) => lit.span(),
            RuleKind::Custom(path) => path
                .segments
                .last()
                .map_or_else(|| self.key.span(), |s| s.ident.span()),
            _ => self.key.span(),
        }
    }
}

impl Field<'_> {
    /// The type rules apply to: `T` of an `Option<T>`.
    pub fn value_ty(&self) -> &Type {
        self.option.unwrap_or(self.ty)
    }
}
