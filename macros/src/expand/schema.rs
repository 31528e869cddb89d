//! What hangs off the type's shape (`shape.rs`): the `schemars::JsonSchema`
//! and `utoipa::ToSchema` impls that hand it, with their field types' schemas,
//! to the runtime (only when the runtime's `schemars` or `utoipa` feature
//! enabled ours, so the user's crate reads no `#[cfg]`); and, next to it,
//! `Examples` (`examples.rs`) and `Arbitrary` (`proptest.rs`).

use super::Options;
use crate::check::types::{args_of, MAPS, SEQUENCES};
use crate::model::{Field, Item, Model};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Ident;

/// The shapes of one model and what hangs off them, for its `const _`.
pub fn impls(model: &Model, options: Options) -> TokenStream {
    let shapes = super::shape::of(model);
    match model {
        Model::ResponseStruct(body) => {
            let object = &body.object;
            let status = &body.status.wire_enum.ident;
            let fields: Vec<&Field> = object.fields.iter().collect();
            let mut out = emit(
                &object.item,
                "__SHAPE",
                &shapes.own,
                Some(status),
                &fields,
                Pick::First,
                options,
            );
            if let Some(shape) = &shapes.status {
                out.extend(emit_plain(
                    &object.item,
                    status,
                    "__STATUS_SHAPE",
                    shape,
                    options,
                ));
            }
            out
        }
        Model::Object(object) => {
            let fields: Vec<&Field> = object.fields.iter().collect();
            emit(
                &object.item,
                "__SHAPE",
                &shapes.own,
                None,
                &fields,
                if object.operation.is_some() {
                    Pick::PerStatus
                } else {
                    Pick::First
                },
                options,
            )
        }
        Model::ResponseEnum(union) | Model::Tagged(union) => {
            let fields: Vec<&Field> = union
                .variants
                .iter()
                .flat_map(|v| v.fields.iter().flatten())
                .collect();
            let mut out = emit(
                &union.item,
                "__SHAPE",
                &shapes.own,
                None,
                &fields,
                Pick::First,
                options,
            );
            if let Some(shape) = &shapes.status {
                out.extend(emit_plain(
                    &union.item,
                    &union.status.wire_enum.ident,
                    "__STATUS_SHAPE",
                    shape,
                    options,
                ));
            }
            out
        }
        // A string enum is generated without parameters, whatever it was
        // written with (that is reported).
        Model::StringEnum(string_enum) => emit_plain(
            &string_enum.item,
            string_enum.item.ident,
            "__SHAPE",
            &shapes.own,
            options,
        ),
    }
}

/// The impls for a status enum: no generics, no fields.
fn emit_plain(
    item: &Item,
    ident: &Ident,
    shape_name: &str,
    shape: &str,
    options: Options,
) -> TokenStream {
    let generics = syn::Generics::default();
    let plain = Item {
        krate: item.krate.clone(),
        ident,
        vis: item.vis,
        generics: &generics,
        attrs: Vec::new(),
        derives: Vec::new(),
    };
    emit(&plain, shape_name, shape, None, &[], Pick::Strings, options)
}

/// How `Examples` picks a type's examples.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The first body of each status its shape allows.
    First,
    /// A type whose status a function decides: every body, the first of
    /// each status.
    PerStatus,
    /// A string enum: each listed value, which the type itself knows.
    Strings,
}

/// The static shape and both impls.
fn emit(
    item: &Item,
    shape_name: &str,
    shape: &str,
    status: Option<&Ident>,
    fields: &[&Field],
    pick: Pick,
    options: Options,
) -> TokenStream {
    let ident = item.ident;
    let generics = item.generics;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let params: Vec<&Ident> = generics.type_params().map(|p| &p.ident).collect();
    let name = ident.unraw().to_string();
    let fields: Vec<&&Field> = fields.iter().filter(|f| !f.serde.skip).collect();
    // The shape's slots in order: the status (a response struct's), then
    // each field.
    let slots: Vec<(TokenStream, Option<&Field>)> = status
        .map(|s| (quote!(#s), None))
        .into_iter()
        .chain(fields.iter().map(|f| {
            let ty = f.ty;
            (quote!(#ty), Some(**f))
        }))
        .collect();
    let default = |field: Option<&Field>| field.and_then(|f| default_of(f, !params.is_empty()));
    let predicates = super::generics::predicates(generics);
    let shape_ident = format_ident!("{shape_name}");
    // The probes' traits, where a field's type is probed.
    let any = !slots.is_empty();
    let json_probes = any.then(|| {
        quote!(
            use __or::schemars::{HasSchema as _, NoSchema as _};
        )
    });
    let utoipa_probes = any.then(|| {
        quote!(
            use __or::utoipa::{HasSchema as _, NoSchema as _};
        )
    });
    let mut out = super::examples::impl_examples(item, &shape_ident, status, &fields, pick);
    // A string enum's shape is read by schemas and generators only.
    if pick != Pick::Strings || options.reads_shape() {
        out.extend(quote! {
            const #shape_ident: &::core::primitive::str = #shape;
        });
    }
    if options.proptest {
        out.extend(super::proptest::impl_arbitrary(
            item,
            &shape_ident,
            status,
            &fields,
        ));
    }
    if options.schemars {
        let subs = slots.iter().map(|(ty, field)| {
            let probe = quote!((&__or::schema::Probe::<#ty>::new()));
            let sub = if field.is_some_and(|f| f.key.is_none()) {
                quote!(#probe.json_flat(__generator))
            } else {
                quote!(#probe.json_sub(__generator))
            };
            match default(*field) {
                Some(value) => quote!(__or::schema::with_default(#sub, #value)),
                None => sub,
            }
        });
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics __or::schemars::JsonSchema for #ident #ty_generics
            where #predicates #(#params: __or::schemars::JsonSchema,)*
            {
                fn schema_name() -> __or::schema::Cow<'static, str> {
                    __or::schema::name(#name, &[#(<#params as __or::schemars::JsonSchema>::schema_name()),*])
                }

                fn schema_id() -> __or::schema::Cow<'static, str> {
                    __or::schema::name(
                        ::core::concat!(::core::module_path!(), "::", #name),
                        &[#(<#params as __or::schemars::JsonSchema>::schema_id()),*],
                    )
                }

                fn json_schema(__generator: &mut __or::schemars::SchemaGenerator) -> __or::schemars::Schema {
                    #json_probes
                    let __subs = ::std::vec![#(#subs),*];
                    let __name = <Self as __or::schemars::JsonSchema>::schema_name();
                    __or::schemars::json_schema(__or::shape::decode(#shape_ident), &__name, __generator, __subs)
                }
            }
        });
    }
    if options.utoipa {
        let subs = slots.iter().map(|(ty, field)| {
            // A flattened field's schema stays inline, for its keys to join.
            let sub = match field {
                Some(field) if field.key.is_some() => utoipa_sub(field.ty),
                _ => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_sub()),
            };
            match default(*field) {
                Some(value) => quote!(__or::schema::with_default(#sub, #value)),
                None => sub,
            }
        });
        let subs = quote!(::std::vec![#(#subs),*]);
        let collects = slots.iter().map(|(ty, field)| match field {
            Some(field) => utoipa_collect(field.ty),
            None => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_collect(__out);),
        });
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics __or::utoipa::ComposeSchema for #ident #ty_generics
            where #predicates #(#params: __or::utoipa::ToSchema,)*
            {
                fn compose(
                    _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
                ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
                    #utoipa_probes
                    let __name = <Self as __or::utoipa::ToSchema>::name();
                    __or::utoipa::schema(__or::shape::decode(#shape_ident), &__name, #subs)
                }
            }

            #[automatically_derived]

            impl #impl_generics __or::utoipa::ToSchema for #ident #ty_generics
            where #predicates #(#params: __or::utoipa::ToSchema,)*
            {
                fn name() -> __or::schema::Cow<'static, str> {
                    __or::schema::name(#name, &[#(<#params as __or::utoipa::ToSchema>::name()),*])
                }

                fn schemas(__out: &mut __or::utoipa::Vec<(::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>)>) {
                    #utoipa_probes
                    #(#collects)*
                    let __name = <Self as __or::utoipa::ToSchema>::name();
                    __or::utoipa::schemas(__or::shape::decode(#shape_ident), &__name, #subs, __out);
                }
            }
        });
    }
    out
}

/// A default value to show, when the field has one and its type names no
/// parameter (which would need a `Serialize` bound).
fn default_of(field: &Field, generic: bool) -> Option<TokenStream> {
    use crate::model::Default;
    if generic {
        return None;
    }
    let ty = field.ty;
    match &field.default {
        Some(Default::Trait) => Some(quote!(<#ty as __or::Default>::default())),
        Some(Default::Path(path)) => Some(quote!(#path())),
        None => match &field.serde_default {
            Some(path) => Some(quote!(#path())),
            None if field.serde.default => Some(quote!(<#ty as __or::Default>::default())),
            None => None,
        },
    }
}

/// A field type's utoipa schema, taken apart as utoipa's own derive does
/// (utoipa has no `PartialSchema` for `Vec<serde_json::Value>`).
fn utoipa_sub(ty: &syn::Type) -> TokenStream {
    if let Some([inner]) = args_of(ty, &["Option"]).as_deref() {
        let inner = utoipa_sub(inner);
        return quote!(__or::utoipa::nullable(#inner));
    }
    if let Some([inner]) = args_of(ty, &["Box"]).as_deref() {
        return utoipa_sub(inner);
    }
    if let Some([inner]) = args_of(ty, SEQUENCES).as_deref() {
        let inner = utoipa_sub(inner);
        return quote!(__or::utoipa::array(#inner));
    }
    if let Some([_, value, ..]) = args_of(ty, MAPS).as_deref() {
        let value = utoipa_sub(value);
        return quote!(__or::utoipa::map(#value));
    }
    let probe = quote!((&__or::schema::Probe::<#ty>::new()));
    if inline(ty) {
        quote!(#probe.utoipa_sub())
    } else {
        quote!(#probe.utoipa_ref())
    }
}

/// Whether utoipa's schema of `ty` goes inline: a string, number, bool or
/// JSON value. Any other type is a component, referred to by name, as
/// utoipa's derive does (which also ends recursion).
fn inline(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return true;
    };
    path.path.segments.last().is_some_and(|last| {
        matches!(
            last.ident.to_string().as_str(),
            "String"
                | "str"
                | "bool"
                | "char"
                | "Value"
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
    })
}

/// What a field type's schema refers to, for `ToSchema::schemas`.
fn utoipa_collect(ty: &syn::Type) -> TokenStream {
    let inner = args_of(ty, &["Option", "Box"])
        .or_else(|| args_of(ty, SEQUENCES))
        .and_then(|args| args.first().copied())
        .or_else(|| args_of(ty, MAPS).and_then(|args| args.get(1).copied()));
    match inner {
        Some(inner) => utoipa_collect(inner),
        None if inline(ty) => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_collect(__out);),
        None => quote!((&__or::schema::Probe::<#ty>::new()).utoipa_component(__out);),
    }
}
