//! The argument reader: an argument list split into `key` / `key = value`
//! pieces, and typed reads of one value (a string, a list of strings, a
//! length, a number, a path), each reporting its own mistakes and carrying on.

use crate::ctxt::Ctxt;
use crate::model::{Bound, Count, Number};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

/// One `key` or `key = value` of an argument list.
pub struct Arg {
    pub key: Ident,
    pub value: Option<TokenStream>,
    /// Malformed and already reported: its value is `None` with no further
    /// error, but the key still counts as written.
    pub broken: bool,
    /// Every token of the argument, as written.
    pub tokens: TokenStream,
}

/// Splits an argument list at top-level commas. A malformed argument is
/// reported and skipped, never fatal.
pub fn parse_args(cx: &Ctxt, tokens: TokenStream) -> Vec<Arg> {
    let parser = |input: ParseStream| -> syn::Result<Vec<Arg>> {
        let mut args = Vec::new();
        while !input.is_empty() {
            let mut all = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![,]) {
                all.extend([input.parse::<TokenTree>()?]);
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            if let Some(arg) = split_arg(cx, all) {
                args.push(arg);
            }
        }
        Ok(args)
    };
    match parser.parse2(tokens) {
        Ok(args) => args,
        Err(err) => {
            cx.syn_error(err);
            Vec::new()
        }
    }
}

fn split_arg(cx: &Ctxt, all: TokenStream) -> Option<Arg> {
    let tokens = all.clone();
    let key = syn::parse::Parser::parse2(
        |input: ParseStream| {
            let key = input.call(Ident::parse_any)?;
            let _: TokenStream = input.parse()?;
            Ok(key)
        },
        all.clone(),
    )
    .ok();
    let parser = |input: ParseStream| -> syn::Result<Arg> {
        let key = input.call(Ident::parse_any).map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected an argument name, as `key` or `key = value`",
            )
        })?;
        let value = if input.is_empty() {
            None
        } else if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            let value: TokenStream = input.parse()?;
            if value.is_empty() {
                return Err(syn::Error::new(
                    key.span(),
                    format!("expected a value after `{key} =`"),
                ));
            }
            Some(value)
        } else {
            let rest: TokenStream = input.parse()?;
            return Err(syn::Error::new_spanned(
                rest,
                format!("expected `=` or `,` after `{key}`"),
            ));
        };
        Ok(Arg {
            key,
            value,
            broken: false,
            tokens: TokenStream::new(),
        })
    };
    match parser.parse2(all) {
        Ok(arg) => Some(Arg { tokens, ..arg }),
        Err(err) => {
            cx.syn_error(err);
            key.map(|key| Arg {
                key,
                value: None,
                broken: true,
                tokens,
            })
        }
    }
}

impl Arg {
    pub fn name(&self) -> String {
        self.key.unraw().to_string()
    }

    /// A flag such as `open`: no value.
    pub fn flag(&self, cx: &Ctxt) -> Option<Span> {
        if self.broken {
            return None;
        }
        match &self.value {
            None => Some(self.key.span()),
            Some(value) => {
                cx.error_spanned_by(value, format!("`{}` takes no value", self.name()));
                None
            }
        }
    }

    fn require_value(&self, cx: &Ctxt, example: &str) -> Option<&TokenStream> {
        if self.value.is_none() && !self.broken {
            cx.error_at(
                self.key.span(),
                format!(
                    "`{}` needs a value, as `{} = {example}`",
                    self.name(),
                    self.name()
                ),
            );
        }
        self.value.as_ref()
    }

    /// `key = value`, the value one `T`, which the error calls `what`.
    fn parsed<T: syn::parse::Parse>(&self, cx: &Ctxt, what: &str, example: &str) -> Option<T> {
        let value = self.require_value(cx, example)?;
        match syn::parse2::<T>(value.clone()) {
            Ok(parsed) => Some(parsed),
            Err(_) => {
                cx.error_spanned_by(
                    value,
                    format!("expected {what}, as `{} = {example}`", self.name()),
                );
                None
            }
        }
    }

    /// `key = "…"`.
    pub fn string(&self, cx: &Ctxt) -> Option<LitStr> {
        self.parsed(cx, "a string", "\"…\"")
    }

    /// `key = "…"`, not empty.
    pub fn non_empty_string(&self, cx: &Ctxt) -> Option<LitStr> {
        self.string(cx).filter(|lit| {
            let empty = lit.value().is_empty();
            if empty {
                cx.error_spanned_by(lit, format!("`{}` must not be empty", self.name()));
            }
            !empty
        })
    }

    /// `key = "a"` or `key = ["a", "b"]`; the list's span is the brackets'.
    pub fn strings(&self, cx: &Ctxt) -> Option<Strings> {
        let value = self.require_value(cx, "[\"…\"]")?;
        if let Ok(lit) = syn::parse2::<LitStr>(value.clone()) {
            return Some(Strings {
                span: lit.span(),
                values: vec![lit],
                key: self.key.clone(),
                broken: false,
            });
        }
        let mut iter = value.clone().into_iter();
        let (Some(TokenTree::Group(group)), None) = (iter.next(), iter.next()) else {
            cx.error_spanned_by(
                value,
                format!(
                    "expected a string or a list of strings, as `{0} = \"…\"` or `{0} = [\"…\", \"…\"]`",
                    self.name()
                ),
            );
            return None;
        };
        if group.delimiter() != proc_macro2::Delimiter::Bracket {
            cx.error_spanned_by(
                &group,
                format!(
                    "expected a list in brackets, as `{} = [\"…\", \"…\"]`",
                    self.name()
                ),
            );
            return None;
        }
        let mut values = Vec::new();
        let mut not_strings = Vec::new();
        for item in parse_args_raw(group.stream()) {
            match syn::parse2::<LitStr>(item.clone()) {
                Ok(lit) => values.push(lit),
                Err(_) => not_strings.push(item),
            }
        }
        // One error for the list, however many items are not strings.
        if let Some(first) = not_strings.first() {
            let shown = first.to_string();
            cx.error_spanned_by(
                first,
                format!(
                    "`{}` lists wire values, which are strings: write `\"{shown}\"`, not `{shown}`",
                    self.name()
                ),
            );
        }
        Some(Strings {
            span: group.span(),
            values,
            key: self.key.clone(),
            broken: !not_strings.is_empty(),
        })
    }

    /// `key = some::path`.
    pub fn path(&self, cx: &Ctxt, example: &str) -> Option<syn::Path> {
        self.parsed(cx, "a path", example)
    }

    /// `key = Name`.
    pub fn ident(&self, cx: &Ctxt) -> Option<Ident> {
        self.parsed(cx, "a type name", "Name")
    }

    /// `key = 3`.
    pub fn length(&self, cx: &Ctxt) -> Option<Count> {
        let value = self.require_value(cx, "3")?;
        let parsed = syn::parse2::<syn::LitInt>(value.clone())
            .ok()
            .filter(|lit| lit.suffix().is_empty() || lit.suffix() == "usize")
            .and_then(|lit| Some((lit.base10_parse::<usize>().ok()?, lit)));
        match parsed {
            Some((n, lit)) => Some(Count {
                value: n,
                span: lit.span(),
            }),
            None => {
                cx.error_spanned_by(
                    value,
                    format!(
                        "expected a length, a whole number such as `{} = 3`",
                        self.name()
                    ),
                );
                None
            }
        }
    }

    /// `example = "…"`, `example = 3`, `example = true`.
    pub fn example(&self, cx: &Ctxt) -> Option<crate::model::ExampleValue> {
        use crate::model::ExampleValue;
        let value = self.require_value(cx, "\"…\"")?;
        if let Ok(lit) = syn::parse2::<LitStr>(value.clone()) {
            return Some(ExampleValue::Str(lit.value()));
        }
        if let Ok(lit) = syn::parse2::<syn::LitBool>(value.clone()) {
            return Some(ExampleValue::Bool(lit.value));
        }
        match parse_number(value.clone()) {
            Some((number, _)) => Some(ExampleValue::Number(number)),
            None => {
                cx.error_spanned_by(
                    value,
                    "expected a string, number or bool literal, as `example = \"…\"`",
                );
                None
            }
        }
    }

    /// `key = 3`, `key = -1.5`.
    pub fn number(&self, cx: &Ctxt) -> Option<Bound> {
        let value = self.require_value(cx, "0")?;
        let bound = parse_number(value.clone());
        if bound.is_none() {
            cx.error_spanned_by(
                value,
                format!(
                    "expected a number, as `{} = 0` or `{} = 0.5`",
                    self.name(),
                    self.name()
                ),
            );
        }
        bound.map(|(number, span)| Bound {
            tokens: value.clone(),
            number,
            span,
        })
    }
}

/// Splits at top-level commas without interpreting the pieces.
fn parse_args_raw(tokens: TokenStream) -> Vec<TokenStream> {
    let mut out = Vec::new();
    let mut current = TokenStream::new();
    for tt in tokens {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                out.push(core::mem::take(&mut current));
            }
            _ => current.extend([tt]),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn parse_number(tokens: TokenStream) -> Option<(Number, Span)> {
    let mut iter = tokens.into_iter().peekable();
    let mut negative = false;
    let mut span = None;
    if let Some(TokenTree::Punct(p)) = iter.peek() {
        if p.as_char() == '-' {
            negative = true;
            span = Some(p.span());
            iter.next();
        }
    }
    let Some(TokenTree::Literal(lit)) = iter.next() else {
        return None;
    };
    if iter.next().is_some() {
        return None;
    }
    let span = span.unwrap_or_else(|| lit.span());
    match syn::Lit::new(lit) {
        syn::Lit::Int(int) => {
            let value = int.base10_parse::<i128>().ok()?;
            Some((Number::Int(if negative { -value } else { value }), span))
        }
        syn::Lit::Float(float) => {
            let value = float.base10_parse::<f64>().ok()?;
            Some((Number::Float(if negative { -value } else { value }), span))
        }
        _ => None,
    }
}

/// A list of wire values, with the key that gave it.
#[derive(Clone)]
pub struct Strings {
    pub key: Ident,
    pub span: Span,
    pub values: Vec<LitStr>,
    /// Some items were not strings, and were reported.
    pub broken: bool,
}

/// One value that may be set once: remembers where, for "first set here".
pub struct Once<T> {
    first: Option<Span>,
    pub value: Option<T>,
}

impl<T> Default for Once<T> {
    fn default() -> Self {
        Once {
            first: None,
            value: None,
        }
    }
}

impl<T> Once<T> {
    pub fn set(&mut self, cx: &Ctxt, key: &Ident, value: Option<T>) {
        if let Some(first) = self.first {
            let name = key.unraw();
            cx.error_at(key.span(), format!("duplicate `{name}`"));
            cx.error_at(first, format!("`{name}` first set here"));
            return;
        }
        self.first = Some(key.span());
        self.value = value;
    }

    pub fn key_span(&self) -> Option<Span> {
        self.first
    }

    pub fn is_set(&self) -> bool {
        self.first.is_some()
    }
}

/// `alias = ["cancelled" => "canceled", …]`: other spellings of listed values.
pub struct AliasPair {
    pub alias: LitStr,
    pub listed: LitStr,
}

impl Arg {
    pub fn alias_pairs(&self, cx: &Ctxt) -> Option<Vec<AliasPair>> {
        let example = "[\"cancelled\" => \"canceled\"]";
        let value = self.require_value(cx, example)?;
        let mut iter = value.clone().into_iter();
        let group = match (iter.next(), iter.next()) {
            (Some(TokenTree::Group(group)), None)
                if group.delimiter() == proc_macro2::Delimiter::Bracket =>
            {
                group
            }
            _ => {
                cx.error_spanned_by(
                    value,
                    format!("expected a list of `\"alias\" => \"status\"` pairs, as `alias = {example}`"),
                );
                return None;
            }
        };
        let mut pairs = Vec::new();
        for item in parse_args_raw(group.stream()) {
            let pair = |input: ParseStream| -> syn::Result<AliasPair> {
                let alias: LitStr = input.parse()?;
                input.parse::<Token![=>]>()?;
                let listed: LitStr = input.parse()?;
                Ok(AliasPair { alias, listed })
            };
            match pair.parse2(item.clone()) {
                Ok(pair) => pairs.push(pair),
                Err(_) => cx.error_spanned_by(
                    item,
                    format!("expected `\"alias\" => \"status\"`, as `alias = {example}`"),
                ),
            }
        }
        Some(pairs)
    }
}

/// `` `a`, `b`, `c` ``.
pub fn list_of(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
