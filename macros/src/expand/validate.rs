//! `impl Validate`: every field rule, with wire paths. Rule calls carry the
//! span of the rule the user wrote, so that a type error lands on it.

use super::generics;
use crate::model::{Bound, Field, Item, Kind, Nested, Number, Rule, RuleKind, When};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};

/// `impl Validate` around `checks`, which see `__self`, `__path`, `__errors`
/// and the private `SelfChecking` beside it.
pub fn impl_validate(item: &Item, fields: &[&Field], checks: TokenStream) -> TokenStream {
    let ident = item.ident;
    let (impl_generics, ty_generics, _) = item.generics.split_for_impl();
    let predicates = generics::predicates(item.generics);
    let bounds = generics::validate_bounds(item.generics, fields);
    if checks.is_empty() {
        return nothing_to_check(
            quote!(#impl_generics),
            quote!(#ident #ty_generics),
            quote!(where #predicates #bounds),
            true,
        );
    }
    let self_checking = quote! {
        #[automatically_derived]
        impl #impl_generics __or::SelfChecking for #ident #ty_generics where #predicates #bounds {
            const RULES: ::core::primitive::bool = true;
        }
    };
    // With no nested value, the checks are the method's body (and the
    // `Deserialize` calls it at a plain root); otherwise they are
    // `__validate`, which the `Deserialize` calls at a parsed root.
    let (body, validate_fn) = if fields.iter().all(|f| matches!(f.nested, Nested::Never)) {
        (quote!(let __self = self; #checks), None)
    } else {
        // The autoref calls of probed fields need their traits in scope.
        let probe_traits = fields
            .iter()
            .any(|f| matches!(f.nested, Nested::Probe))
            .then(|| {
                quote!(
                    use __or::{SkipNested as _, ValidateNested as _};
                )
            });
        // Always inlined: it has two callers, the `Deserialize` (through a
        // function pointer that is a constant once `validated` is inlined)
        // and `validate_into`, and left to LLVM it stayed out of line on
        // the parse's fast path.
        let validate_fn = quote! {
            /// Checks the fields' rules, and nested values (only what did not
            /// check itself, where the path says it was just parsed).
            #[inline(always)]
            fn __validate #impl_generics (
                __self: &#ident #ty_generics,
                __path: &__or::Path<'_>,
                __errors: &mut __or::ValidationErrors,
            ) where #predicates #bounds {
                #probe_traits
                #checks
            }
        };
        (
            quote!(__validate(self, __path, __errors);),
            Some(validate_fn),
        )
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::Validate for #ident #ty_generics where #predicates #bounds {
            #[inline]
            fn validate_into(&self, __path: &__or::Path<'_>, __errors: &mut __or::ValidationErrors) {
                // Just parsed: its `Deserialize` checked it.
                if __or::parsed(__path) {
                    return;
                }
                #body
            }
        }

        #self_checking
        #validate_fn
    }
}

/// `impl Validate` for a type that can break no rule (a string enum, a
/// model without rules); with `watched`, also the private `SelfChecking`,
/// so that its parents need not watch it (a status enum, which only its
/// own body holds, goes without).
pub fn nothing_to_check(
    params: TokenStream,
    ty: TokenStream,
    bounds: TokenStream,
    watched: bool,
) -> TokenStream {
    let self_checking = watched.then(|| {
        quote! {
            #[automatically_derived]
            impl #params __or::SelfChecking for #ty #bounds {
                const RULES: ::core::primitive::bool = false;
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #params __or::Validate for #ty #bounds {
            #[inline]
            fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        }

        #self_checking
    }
}

/// The checks of one field; `access` is an expression of type `&FieldType`,
/// `status` one of the status enum's type, for `required_when`.
pub fn field_checks(
    field: &Field,
    access: &TokenStream,
    status: Option<(&TokenStream, &syn::Ident)>,
) -> TokenStream {
    let mut value_rules = Vec::new();
    let mut checks = Vec::new();
    for rule in &field.rules {
        let args = match &rule.kind {
            RuleKind::When(When {
                idents, message, ..
            }) => {
                let applies = match (idents.as_slice(), status) {
                    ([], _) | (_, None) => quote!(false),
                    (idents, Some((status, status_enum))) => {
                        quote!(::core::matches!(#status, #(#status_enum::#idents)|*))
                    }
                };
                // On the field itself, not on its value.
                checks.push(call(rule, quote!(#access, #applies, #message)));
                continue;
            }
            RuleKind::MinLength(n)
            | RuleKind::MaxLength(n)
            | RuleKind::Length(n)
            | RuleKind::MinBytes(n)
            | RuleKind::MaxBytes(n) => {
                let n = n.value;
                quote!(__value, #n)
            }
            RuleKind::NonEmpty => quote!(__value),
            RuleKind::Bound(_, bound) => {
                let literal = bound_literal(bound, field.kind == Kind::Float);
                quote!(__value, #literal)
            }
            RuleKind::Pattern(lit) => {
                // Compiled as translated to match what ECMA-262 matches; the
                // message shows it as written.
                let rust = crate::model::rust_pattern(lit);
                value_rules.push(quote_spanned! {lit.span()=>
                    static __PATTERN: __or::rules::Pattern = __or::rules::Pattern::new(#lit, || __or::rules::compile_pattern(#rust));
                });
                quote!(__value, &__PATTERN)
            }
            RuleKind::Custom(path) => quote!(#path(__value)),
        };
        value_rules.push(call(rule, args));
    }
    if !value_rules.is_empty() {
        checks.insert(
            0,
            if field.option.is_some() {
                quote! {
                    if let __or::Some(__value) = #access {
                        #(#value_rules)*
                    }
                }
            } else {
                quote! {
                    let __value = #access;
                    #(#value_rules)*
                }
            },
        );
    }
    match field.nested {
        Nested::Generic => checks.push(quote! {
            __or::Validate::validate_into(#access, &__at, __errors);
        }),
        Nested::Probe => checks.push(quote! {
            (&__or::Nested(#access)).__nested(&__at, __errors);
        }),
        Nested::Never => {}
    }
    if checks.is_empty() {
        return TokenStream::new();
    }
    let at = match &field.key {
        Some(key) => quote!(let __at = __path.key(#key);),
        None => quote!(let __at = *__path;),
    };
    quote! {
        {
            #at
            #(#checks)*
        }
    }
}

/// `__or::rules::<rule>(args…, &__at, __errors);`, spanned at the rule the
/// user wrote, path included, so that a type error lands there.
fn call(rule: &Rule, args: TokenStream) -> TokenStream {
    let span = rule.span();
    let rules = respan(quote!(__or::rules), span);
    let function = format_ident!("{}", rule.kind.function(), span = span);
    let args = respan(args, span);
    quote_spanned!(span=> #rules::#function(#args, &__at, __errors);)
}

/// The bound as written, or as a float literal when an integer bounds a
/// float field (`min = 0` on an `f64`).
fn bound_literal(bound: &Bound, float_field: bool) -> TokenStream {
    match bound.number {
        Number::Int(n) if float_field => {
            let lit = syn::LitFloat::new(&format!("{}.0", n.unsigned_abs()), bound.span);
            if n < 0 {
                quote!(-#lit)
            } else {
                quote!(#lit)
            }
        }
        _ => bound.tokens.clone(),
    }
}

/// The body of a generated `Deserialize`: `inner` reads the value from
/// `deserializer`, and the value checks its own rules (known here) and
/// watches its nested models (probed by the compiler). A type with nothing
/// to check is read as serde reads it.
pub fn deserialize(
    fields: &[&Field],
    container_rule: bool,
    deserializer: TokenStream,
    inner: TokenStream,
) -> TokenStream {
    let own_rules = container_rule
        || fields.iter().any(|f| !f.rules.is_empty())
        // A generic field may hold a value that does not check itself.
        || fields.iter().any(|f| matches!(f.nested, Nested::Generic));
    let probes: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| match f.nested {
            Nested::Never => None,
            // It may hold a generated value: its parent keeps the report.
            Nested::Generic => Some(quote!(__or::Some(true))),
            Nested::Probe => {
                let ty = f.ty;
                Some(quote!((&&&__or::Probe::<#ty>::new()).__probe()))
            }
        })
        .collect();
    if !own_rules && probes.is_empty() {
        return quote!(#inner(#deserializer));
    }
    // Called at a path that says the value was just parsed, where
    // `validate_into` would return at once: with no nested value, it is
    // called at a plain root.
    let own = if fields.iter().all(|f| matches!(f.nested, Nested::Never)) {
        quote!(|__value, _, __errors| __or::Validate::validate_into(
            __value,
            &__or::Path::root(),
            __errors
        ))
    } else {
        quote!(__validate)
    };
    let watch = if probes.is_empty() {
        quote!(__or::watch(#own_rules, &[]))
    } else {
        quote! {{
            #[allow(unused_imports)]
            use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
            __or::watch(#own_rules, &[#(#probes),*])
        }}
    };
    quote!(__or::validated(#deserializer, #inner, #watch, #own))
}

/// `tokens` with every span set to `span`. Paths from the runtime resolve the
/// same at any span from the user's code; the span only decides where rustc
/// points.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(group) = &tt {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tt = TokenTree::Group(inner);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}

/// The enum form's checks: each variant's fields, bound by reference, only
/// those with checks.
pub fn union_checks(union: &crate::model::Union) -> TokenStream {
    let ident = union.item.ident;
    let mut arms = Vec::new();
    for variant in &union.variants {
        let Some(fields) = &variant.fields else {
            continue;
        };
        let mut bindings = Vec::new();
        let mut checks = Vec::new();
        for (i, field) in fields.iter().enumerate() {
            let binding = format_ident!("__field{}", i);
            let check = field_checks(field, &quote!(#binding), None);
            if !check.is_empty() {
                let name = field.ident;
                bindings.push(quote!(#name: #binding));
                checks.push(check);
            }
        }
        if !checks.is_empty() {
            let variant = variant.ident;
            arms.push((
                quote!(#ident::#variant { #(#bindings,)* .. }),
                quote!(#(#checks)*),
            ));
        }
    }
    let total = union.variants.len() + usize::from(union.status.wire_enum.open);
    match arms.as_slice() {
        [] => TokenStream::new(),
        [(pattern, checks)] if total > 1 => quote! {
            if let #pattern = __self {
                #checks
            }
        },
        _ => {
            let rest = (arms.len() < total).then(|| quote!(_ => {}));
            let arms = arms
                .iter()
                .map(|(pattern, checks)| quote!(#pattern => { #checks }));
            quote! {
                match __self {
                    #(#arms)*
                    #rest
                }
            }
        }
    }
}

/// Container `validate_with`: one violation at the value's own path.
pub fn container_check(path: Option<&syn::Path>) -> TokenStream {
    let Some(path) = path else {
        return TokenStream::new();
    };
    let span = path
        .segments
        .last()
        .map_or_else(Span::call_site, |s| s.ident.span());
    let rules = respan(quote!(__or::rules), span);
    quote_spanned!(span=> #rules::validate_with(#path(__self), __path, __errors);)
}
