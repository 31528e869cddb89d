//! The path of the runtime crate: `::operation_response`, or `crate = path`.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

#[derive(Clone)]
pub struct Krate {
    path: syn::Path,
}

impl Krate {
    pub fn default_path() -> Self {
        Krate {
            path: syn::parse_quote!(::operation_response),
        }
    }

    /// `crate = path`: the path must not depend on what is in scope, since
    /// the user's module may shadow anything (or have no prelude).
    pub fn from_path(path: syn::Path) -> Result<Self, syn::Error> {
        let first = path.segments.first().map(|s| s.ident.to_string());
        let absolute = path.leading_colon.is_some()
            || matches!(first.as_deref(), Some("crate" | "self" | "super"));
        if absolute {
            Ok(Krate { path })
        } else {
            let shown = path_to_string(&path);
            Err(syn::Error::new_spanned(
                &path,
                format!(
                    "`crate` must be an absolute path, such as `::{shown}` or `crate::{shown}`"
                ),
            ))
        }
    }
}

fn path_to_string(path: &syn::Path) -> String {
    let mut out = String::new();
    if path.leading_colon.is_some() {
        out.push_str("::");
    }
    for (i, segment) in path.segments.iter().enumerate() {
        if i > 0 {
            out.push_str("::");
        }
        out.push_str(&segment.ident.to_string());
    }
    out
}

impl ToTokens for Krate {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let path = &self.path;
        tokens.extend(quote!(#path));
    }
}
