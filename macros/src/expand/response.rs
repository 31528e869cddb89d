//! `impl OperationResponse`: the status; the trait's defaults give
//! `is_terminal`, `is_failure` and `is_success` from it.

use crate::model::{Body, Item, Object, Operation, Union, UnionVariant, WireEnum};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// `lifecycle()`: `base`, unless `classify = path` says otherwise.
fn lifecycle(classify: Option<&syn::Path>, base: TokenStream) -> TokenStream {
    let body = match classify {
        Some(path) => {
            // The path, bound to the type it must have: a function of
            // another type is reported at the path (its tokens' span).
            let call = quote! {{
                let __classify: fn(&Self) -> __or::Option<__or::Lifecycle> = #path;
                __classify(self)
            }};
            quote! {
                match #call {
                    __or::Some(__lifecycle) => __lifecycle,
                    __or::None => #base,
                }
            }
        }
        None => base,
    };
    quote! {
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            #body
        }
    }
}

/// `progress()` from `progress = path`.
fn progress(path: Option<&syn::Path>) -> Option<TokenStream> {
    let path = path?;
    // Bound to the type it must have, as `classify` is.
    Some(progress_fn(quote! {{
        let __progress: fn(&Self) -> __or::Option<::core::primitive::f64> = #path;
        __progress(self)
    }}))
}

/// `progress()` whose body is `body`.
fn progress_fn(body: TokenStream) -> TokenStream {
    quote! {
        #[inline]
        fn progress(&self) -> __or::Option<::core::primitive::f64> {
            #body
        }
    }
}

fn wrap(item: &Item, status: &WireEnum, body: TokenStream) -> TokenStream {
    let ident = item.ident;
    let status_enum = &status.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::OperationResponse for #ident #ty_generics #where_clause {
            type Status = #status_enum;

            #body
        }
    }
}

/// The struct form: the status is a field; with `outcome`, a terminal
/// body's success follows that field.
pub fn object(body: &Body) -> TokenStream {
    let status = &body.status.wire_enum;
    let status_enum = &status.ident;
    let copy = if status.open {
        quote!(__or::Clone::clone(&self.status))
    } else {
        quote!(self.status)
    };
    let outcome = body.outcome.map(|i| {
        let field = &body.object.fields[i];
        let (name, span) = (field.ident, field.ty.span());
        // At the field's type, where a type without `failure` is reported.
        quote_spanned!(span=> __or::with_outcome(self.status.lifecycle(), &self.#name))
    });
    let classify = body.object.classify.as_ref();
    let progress = progress(body.object.progress.as_ref()).or_else(|| {
        let field = &body.object.fields[body.progress?];
        let (name, span) = (field.ident, field.ty.span());
        let call = quote_spanned!(span=> __or::fraction(&self.#name));
        Some(progress_fn(call))
    });
    let lifecycle = match (classify, outcome) {
        (None, None) => None,
        (classify, outcome) => Some(self::lifecycle(
            classify,
            outcome.unwrap_or_else(|| quote!(self.status.lifecycle())),
        )),
    };
    wrap(
        &body.object.item,
        status,
        quote! {
            #[inline]
            fn status(&self) -> #status_enum {
                #copy
            }

            #lifecycle
            #progress
        },
    )
}

/// A `#[response_model]` struct with `lifecycle = path` or an
/// `#[response(operation)]` field.
pub fn model(object: &Object) -> TokenStream {
    let Some(operation) = &object.operation else {
        return TokenStream::new();
    };
    let item = &object.item;
    let ident = item.ident;
    let (impl_generics, ty_generics, _) = item.generics.split_for_impl();
    let predicates = super::generics::predicates(item.generics);
    let (bound, body) = match operation {
        Operation::Lifecycle(path) => {
            let span = path
                .segments
                .last()
                .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span());
            let call = quote_spanned!(span=> #path(self));
            let lifecycle = object
                .classify
                .as_ref()
                .map(|classify| lifecycle(Some(classify), call.clone()));
            let progress = progress(object.progress.as_ref());
            (
                None,
                quote! {
                    type Status = __or::Lifecycle;

                    #[inline]
                    fn status(&self) -> __or::Lifecycle {
                        #call
                    }

                    #lifecycle
                    #progress
                },
            )
        }
        Operation::Field(i) => {
            let field = &object.fields[*i];
            let (name, ty) = (field.ident, field.ty);
            // A bound only where the type may depend on a parameter; the
            // associated type, spanned at the field's type, says what is
            // wrong with a concrete one.
            let bound =
                (!item.generics.params.is_empty()).then(|| quote!(#ty: __or::OperationResponse,));
            let status = quote_spanned!(ty.span()=> <#ty as __or::OperationResponse>::Status);
            let lifecycle = lifecycle(
                object.classify.as_ref(),
                quote!(__or::OperationResponse::lifecycle(&self.#name)),
            );
            // The field's progress, unless `progress = path` says otherwise.
            let progress = self::progress(object.progress.as_ref()).unwrap_or_else(|| {
                quote! {
                    #[inline]
                    fn progress(&self) -> __or::Option<::core::primitive::f64> {
                        __or::OperationResponse::progress(&self.#name)
                    }
                }
            });
            (
                bound,
                quote! {
                    type Status = #status;

                    #[inline]
                    fn status(&self) -> Self::Status {
                        __or::OperationResponse::status(&self.#name)
                    }

                    #lifecycle
                    #progress
                },
            )
        }
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::OperationResponse for #ident #ty_generics where #predicates #bound {
            #body
        }
    }
}

/// `match self` over the variants that have the field `pick` names, bound
/// as `__field`: `call` at the field's type's span, and `rest` for the
/// other variants (and `Unknown`) where there are any (a `_` arm that
/// matches nothing would be an unreachable pattern). `None` when no variant
/// has the field.
fn match_field(
    union: &Union,
    pick: fn(&UnionVariant) -> Option<usize>,
    call: impl Fn(proc_macro2::Span) -> TokenStream,
    rest: &TokenStream,
) -> Option<TokenStream> {
    let arms: Vec<TokenStream> = union
        .variants
        .iter()
        .filter_map(|v| {
            let field = &v.fields.as_ref()?[pick(v)?];
            let (variant, name, call) = (v.ident, field.ident, call(field.ty.span()));
            Some(quote!(Self::#variant { #name: __field, .. } => #call,))
        })
        .collect();
    if arms.is_empty() {
        return None;
    }
    let rest = (arms.len() < union.variants.len() || union.status.wire_enum.open)
        .then(|| quote!(_ => #rest,));
    Some(quote!(match self { #(#arms)* #rest }))
}

/// The enum form: the status is the variant.
pub fn union(union: &Union) -> TokenStream {
    let status = &union.status.wire_enum;
    let status_enum = &status.ident;
    let arms = union.variants.iter().map(|v| {
        let variant = v.ident;
        let status_ident = &status.values[v.status].ident;
        match v.fields {
            None => quote!(Self::#variant => #status_enum::#status_ident,),
            Some(_) => quote!(Self::#variant { .. } => #status_enum::#status_ident,),
        }
    });
    let unknown = status.open.then(|| {
        quote!(Self::Unknown { status, .. } => #status_enum::Unknown(__or::Clone::clone(status)),)
    });
    let body = match (union.variants.as_slice(), &unknown) {
        // One listed status and no `Unknown`: no match of one arm.
        ([only], None) => {
            let status_ident = &status.values[only.status].ident;
            quote!(#status_enum::#status_ident)
        }
        _ => quote!(match self { #(#arms)* #unknown }),
    };
    let of_status = quote!(__or::OperationResponse::status(self).lifecycle());
    // `#[response(outcome)]` on a variant's field decides that variant.
    let outcomes = match_field(
        union,
        |v| v.outcome,
        |span| quote_spanned!(span=> __or::with_outcome(#of_status, __field)),
        &of_status,
    );
    let lifecycle = (union.classify.is_some() || outcomes.is_some()).then(|| {
        lifecycle(
            union.classify.as_ref(),
            outcomes.unwrap_or_else(|| of_status.clone()),
        )
    });
    // `#[response(progress)]` on a variant's field reports that variant's.
    let progress = progress(union.progress.as_ref()).or_else(|| {
        let fields = match_field(
            union,
            |v| v.progress,
            |span| quote_spanned!(span=> __or::fraction(__field)),
            &quote!(__or::None),
        )?;
        Some(progress_fn(fields))
    });
    wrap(
        &union.item,
        status,
        quote! {
            #[inline]
            fn status(&self) -> #status_enum {
                #body
            }

            #lifecycle
            #progress
        },
    )
}
