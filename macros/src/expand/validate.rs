//! `impl Validate`: every field rule, with wire paths. Rule calls carry the
//! span of the rule the user wrote, so a type error lands on it.

use super::body::mentions;
use crate::ast::{Field, Input, Variant};
use crate::attr::{Bound, Number, Strings};
use crate::check::{is_float_field, Statuses};
use crate::krate::Krate;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

/// `T: Validate` for the type parameters of `nested` fields.
pub fn bounds(krate: &Krate, generics: &syn::Generics, fields: &[&Field]) -> TokenStream {
    let params = generics.type_params().map(|p| &p.ident).filter(|param| {
        fields
            .iter()
            .any(|f| f.attrs.nested.value.is_some() && mentions(f.ty, param))
    });
    quote!(#(#params: #krate::Validate,)*)
}

pub fn struct_impl(
    input: &Input,
    fields: &[Field],
    status: Option<(&Ident, &Statuses)>,
) -> TokenStream {
    let krate = input.container.krate();
    let status_key = input.status_key();
    let checks = fields.iter().map(|field| {
        let ident = field.ident;
        field_checks(&krate, field, &quote!(&__self.#ident), status, &status_key)
    });
    wrap(input, fields.iter(), quote!(#(#checks)*))
}

/// The enum form: each variant's fields, bound by reference.
pub fn enum_impl(input: &Input, variants: &[Variant]) -> TokenStream {
    let krate = input.container.krate();
    let status_key = input.status_key();
    let enum_ident = input.ident();
    let arms = variants.iter().map(|variant| {
        let ident = variant.ident;
        let bindings: Vec<Ident> = (0..variant.fields.len())
            .map(|i| format_ident!("__field{}", i))
            .collect();
        let names = variant.fields.iter().map(|f| f.ident);
        let checks = variant
            .fields
            .iter()
            .zip(&bindings)
            .map(|(field, binding)| {
                field_checks(&krate, field, &quote!(#binding), None, &status_key)
            });
        quote! {
            #enum_ident::#ident { #(#names: #bindings,)* .. } => {
                #(#checks)*
            }
        }
    });
    let unknown = input
        .container
        .open
        .value
        .map(|_| quote!(#enum_ident::Unknown { .. } => {}));
    let fields = variants.iter().flat_map(|v| v.fields.iter());
    wrap(
        input,
        fields,
        quote! {
            #[allow(unused_variables)]
            match __self {
                #(#arms)*
                #unknown
            }
        },
    )
}

/// `impl Validate` around the checks, which see `__self`, `__path`,
/// `__errors` and `__deep`.
fn wrap<'f>(
    input: &Input,
    fields: impl Iterator<Item = &'f Field<'f>>,
    checks: TokenStream,
) -> TokenStream {
    let krate = input.container.krate();
    let ident = input.ident();
    let generics = &input.original.generics;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let predicates = where_clause.map(|w| {
        let predicates = w.predicates.iter();
        quote!(#(#predicates,)*)
    });
    let fields: Vec<&Field> = fields.collect();
    let bounds = bounds(&krate, generics, &fields);
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Validate for #ident #ty_generics
        where
            #predicates
            #bounds
        {
            fn validate_into(&self, __path: &#krate::Path<'_>, __errors: &mut #krate::ValidationErrors) {
                __validate(self, __path, __errors, true);
            }

            const __CHECKS_ITSELF: ::core::primitive::bool = true;
            const __REPORTS_ITSELF: ::core::primitive::bool = true;

            #[inline]
            fn __validate_own(&self, __path: &#krate::Path<'_>, __errors: &mut #krate::ValidationErrors) {
                __validate(self, __path, __errors, false);
            }
        }

        /// Checks the fields' rules; with `__deep`, nested values too.
        #[inline]
        fn __validate #impl_generics (
            __self: &#ident #ty_generics,
            __path: &#krate::Path<'_>,
            __errors: &mut #krate::ValidationErrors,
            __deep: ::core::primitive::bool,
        )
        where
            #predicates
            #bounds
        {
            #[allow(unused_imports)]
            use #krate::__private::{SkipNested as _, ValidateNested as _};
            #checks
        }
    }
}

/// The checks of one field; `access` is an expression of type `&FieldType`.
fn field_checks(
    krate: &Krate,
    field: &Field,
    access: &TokenStream,
    status: Option<(&Ident, &Statuses)>,
    status_key: &str,
) -> TokenStream {
    // Each rule call is spanned at the rule the user wrote, path included, so
    // that a type error lands there.
    let rules_at = |span: Span| respan(quote!(#krate::__private::rules), span);
    let a = &field.attrs;
    let mut value_rules = Vec::new();
    let length = |key: &Ident, n: usize, func: &str| {
        let func = Ident::new(func, key.span());
        let rules = rules_at(key.span());
        quote_spanned!(key.span()=> #rules::#func(__value, #n, &__at, __errors);)
    };
    if let Some(l) = &a.min_length.value {
        value_rules.push(length(&l.key, l.value, "min_length"));
    }
    if let Some(l) = &a.max_length.value {
        value_rules.push(length(&l.key, l.value, "max_length"));
    }
    if let Some(l) = &a.length.value {
        value_rules.push(length(&l.key, l.value, "length"));
    }
    if let Some(span) = a.non_empty.value {
        let rules = rules_at(span);
        value_rules.push(quote_spanned!(span=> #rules::non_empty(__value, &__at, __errors);));
    }
    let float = is_float_field(field);
    for (bound, func) in [
        (&a.min.value, "min"),
        (&a.max.value, "max"),
        (&a.greater_than.value, "greater_than"),
        (&a.less_than.value, "less_than"),
    ] {
        if let Some(bound) = bound {
            let func = Ident::new(func, bound.key.span());
            let rules = rules_at(bound.key.span());
            let literal = bound_literal(bound, float);
            value_rules.push(
                quote_spanned!(bound.key.span()=> #rules::#func(__value, #literal, &__at, __errors);),
            );
        }
    }
    if let Some(lit) = &a.pattern.value {
        let rules = rules_at(lit.span());
        value_rules.push(quote_spanned! {lit.span()=>
            static __PATTERN: #rules::Pattern = #rules::Pattern::new(|| #rules::compile_pattern(#lit));
            #rules::pattern(__value, &__PATTERN, &__at, __errors);
        });
    }
    if let Some(path) = &a.validate_with.value {
        let span = path
            .segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span());
        let rules = rules_at(span);
        value_rules.push(quote_spanned!(span=> #rules::custom(#path(__value), &__at, __errors);));
    }

    let mut checks = Vec::new();
    if !value_rules.is_empty() {
        if field.option.is_some() {
            checks.push(quote! {
                if let #krate::__private::Some(__value) = #access {
                    #(#value_rules)*
                }
            });
        } else {
            checks.push(quote! {
                let __value = #access;
                #(#value_rules)*
            });
        }
    }
    if let Some((status_enum, statuses)) = status {
        for (list, func, verb) in [
            (&a.required_when.value, "required_when", "required when"),
            (
                &a.forbidden_when.value,
                "forbidden_when",
                "must be absent when",
            ),
        ] {
            let Some(list) = list else { continue };
            let func = Ident::new(func, list.key.span());
            let rules = rules_at(list.key.span());
            let message = format!("{verb} {status_key} is {}", one_of(list));
            let idents: Vec<&Ident> = statuses.idents(&list.values).collect();
            let applies = if idents.is_empty() {
                quote!(false)
            } else {
                quote!(::core::matches!(__self.status, #(#status_enum::#idents)|*))
            };
            checks.push(quote_spanned! {list.key.span()=>
                #rules::#func(#access, #applies, #message, &__at, __errors);
            });
        }
    }
    if let Some(span) = a.nested.value {
        checks.push(quote_spanned! {span=>
            #krate::__private::nested(#access, __deep, &__at, __errors);
        });
    } else if may_nest(field) {
        checks.push(quote! {
            (&#krate::__private::Nested(#access)).__nested(__deep, &__at, __errors);
        });
    }
    if checks.is_empty() {
        return quote!();
    }
    let at = if field.keyed() {
        let wire = &field.wire;
        quote!(let __at = __path.key(#wire);)
    } else {
        quote!(let __at = *__path;)
    };
    quote! {
        {
            #at
            #(#checks)*
        }
    }
}

/// Whether the field's type may implement `Validate`: not when its spelling
/// says it is a string, a number or a bool.
pub fn may_nest(field: &Field) -> bool {
    let ty = field.option.unwrap_or(field.ty);
    let syn::Type::Path(path) = ty else {
        return true;
    };
    let Some(last) = path.path.segments.last() else {
        return true;
    };
    if path.path.segments.len() != 1 || !last.arguments.is_empty() {
        return true;
    }
    !matches!(
        last.ident.to_string().as_str(),
        "String"
            | "bool"
            | "char"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "i128"
            | "isize"
            | "u8"
            | "u16"
            | "u32"
            | "u64"
            | "u128"
            | "usize"
            | "f32"
            | "f64"
    )
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

/// `"failed"`, `"failed" or "canceled"`, `one of "a", "b", "c"`.
fn one_of(list: &Strings) -> String {
    let quoted: Vec<String> = list
        .values
        .iter()
        .map(|l| format!("{:?}", l.value()))
        .collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

/// `tokens` with every span set to `span`. Paths from the runtime resolve the
/// same at any span from the user's code; the span only decides where rustc
/// points.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let proc_macro2::TokenTree::Group(group) = &tt {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tt = proc_macro2::TokenTree::Group(inner);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}

/// Whether the field has a rule checked with its parent's own rules.
pub fn has_rules(field: &Field) -> bool {
    let a = &field.attrs;
    a.min_length.value.is_some()
        || a.max_length.value.is_some()
        || a.length.value.is_some()
        || a.non_empty.value.is_some()
        || a.min.value.is_some()
        || a.max.value.is_some()
        || a.greater_than.value.is_some()
        || a.less_than.value.is_some()
        || a.pattern.value.is_some()
        || a.required_when.value.is_some()
        || a.forbidden_when.value.is_some()
        || a.validate_with.value.is_some()
}

/// The `Shape` expression of a generated `Deserialize`: own rules known
/// here, nested models probed by the compiler.
pub fn shape<'f>(krate: &Krate, fields: impl IntoIterator<Item = &'f Field<'f>>) -> TokenStream {
    let mut own_rules = false;
    let mut probes = Vec::new();
    for field in fields {
        own_rules |= has_rules(field);
        if field.attrs.nested.value.is_some() || may_nest(field) {
            let ty = field.ty;
            probes.push(quote!((&#krate::__private::Probe::<#ty>::new()).__probe()));
        }
    }
    if probes.is_empty() {
        return quote!(#krate::__private::shape(#own_rules, &[]));
    }
    quote! {{
        #[allow(unused_imports)]
        use #krate::__private::{ProbeOther as _, ProbeValidate as _};
        #krate::__private::shape(#own_rules, &[#(#probes),*])
    }}
}
