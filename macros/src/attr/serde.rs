//! serde's own attributes: what they say about wire names, and, where the
//! macro owns a meaning, whether it honors them or refuses them. Mistakes in
//! the arguments serde reads are serde's to report.

use super::args::{parse_args, Arg};
use crate::ctxt::Ctxt;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, LitStr};

/// Every `#[serde(…)]` argument at one place (an item, a field, a variant).
pub struct SerdeAttrs {
    args: Vec<Arg>,
}

impl SerdeAttrs {
    pub fn from_attrs(attrs: &[&Attribute]) -> Self {
        let mut args = Vec::new();
        for attr in attrs {
            let syn::Meta::List(list) = &attr.meta else {
                continue;
            };
            let quiet = Ctxt::new();
            args.extend(parse_args(&quiet, list.tokens.clone()));
            // serde reports the mistakes in its own attributes.
            drop(quiet.check());
        }
        SerdeAttrs { args }
    }

    /// The argument named `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|arg| arg.key == name)
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// `name = "…"`, when written so.
    pub fn string(&self, name: &str) -> Option<LitStr> {
        let value = self.get(name)?.value.clone()?;
        syn::parse2::<LitStr>(value).ok()
    }

    /// A `name = "…"` the macro honors as `twin` requires a string: any other
    /// form (`rename(deserialize = "…")`) is refused.
    pub fn honored_string(&self, cx: &Ctxt, name: &str, twin: &str) -> Vec<LitStr> {
        let mut out = Vec::new();
        for arg in self.args.iter().filter(|arg| arg.key == name) {
            match arg
                .value
                .clone()
                .and_then(|value| syn::parse2::<LitStr>(value).ok())
            {
                Some(lit) => out.push(lit),
                None => cx.error_spanned_by(
                    &arg.tokens,
                    format!("`#[serde({name})]` here must be one string, `{name} = \"…\"`, which means the same as `{twin}`; or write `{twin}` instead"),
                ),
            }
        }
        out
    }

    /// Refuses every argument not in `allowed`, naming what to write instead.
    pub fn refuse_others(
        &self,
        cx: &Ctxt,
        allowed: &[&str],
        place: &str,
        twin: impl Fn(&str) -> Option<&'static str>,
    ) {
        for arg in &self.args {
            let name = arg.name();
            if allowed.contains(&name.as_str()) {
                continue;
            }
            let message = match twin(&name) {
                Some(instead) => format!(
                    "`#[serde({name})]` is not read on {place}, whose serde impls the macro generates: write {instead}"
                ),
                None => format!(
                    "`#[serde({name})]` is not read on {place}, whose serde impls the macro generates: remove it"
                ),
            };
            cx.error_spanned_by(&arg.tokens, message);
        }
    }

    /// The arguments other than `owned`, as one `#[serde(…)]` for serde's
    /// derive, or nothing.
    pub fn passed(&self, owned: &[&str]) -> TokenStream {
        let kept: Vec<&TokenStream> = self
            .args
            .iter()
            .filter(|arg| !owned.contains(&arg.name().as_str()))
            .map(|arg| &arg.tokens)
            .collect();
        if kept.is_empty() {
            return TokenStream::new();
        }
        quote!(#[serde(#(#kept),*)])
    }
}
