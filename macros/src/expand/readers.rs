//! What reads the type's shape (`shape.rs`): its literal, `Examples`
//! (`examples.rs`) and, as the options ask, `schemars::JsonSchema`
//! (`schemars.rs`), `utoipa::ToSchema` (`utoipa.rs`) and proptest's
//! `Arbitrary` (`proptest.rs`). Each reads the one [`Target`]; none reads
//! another.

use super::examples::Pick;
use super::Options;
use crate::model::{Field, Item, Model};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Ident;

/// One type whose shape is read: what every reader needs.
pub struct Target<'a> {
    pub item: &'a Item<'a>,
    /// The constant that holds the shape's literal.
    pub shape: Ident,
    /// A response struct's status enum: the shape's first slot.
    pub status: Option<&'a Ident>,
    /// The status has a `status_default` (`__status_default()` gives it).
    pub status_default: bool,
    /// The fields serde reads (not `skip`).
    pub fields: Vec<&'a Field<'a>>,
    /// The Rust name, which names the schema.
    pub name: String,
    /// The item's where-clause predicates, for each impl's own.
    pub predicates: TokenStream,
}

impl Target<'_> {
    /// The shape's slots in order: the status (a response struct's), then
    /// each field, with its type.
    pub fn slots(&self) -> Vec<(TokenStream, Option<&Field<'_>>)> {
        self.status
            .map(|s| (quote!(#s), None))
            .into_iter()
            .chain(self.fields.iter().map(|f| {
                let ty = f.ty;
                (quote!(#ty), Some(*f))
            }))
            .collect()
    }

    /// The type's parameters.
    pub fn params(&self) -> Vec<&Ident> {
        self.item.generics.type_params().map(|p| &p.ident).collect()
    }

    /// `impl … Trait for Type<…> where …` of the type, its parameters
    /// bound by `bound`, for an impl's body to follow.
    pub fn impl_for(&self, trait_: TokenStream, bound: TokenStream) -> TokenStream {
        let ident = self.item.ident;
        let (impl_generics, ty_generics, _) = self.item.generics.split_for_impl();
        let (predicates, params) = (&self.predicates, self.params());
        quote! {
            #[automatically_derived]
            impl #impl_generics #trait_ for #ident #ty_generics
            where #predicates #(#params: #bound,)*
        }
    }

    /// `use` of a schema crate's probe traits, where a field's type is probed.
    pub fn probe_traits(&self, module: TokenStream) -> Option<TokenStream> {
        (self.status.is_some() || !self.fields.is_empty())
            .then(|| quote!(use #module::{HasSchema as _, NoSchema as _};))
    }

    /// A slot's default value to show: a field's (below), or the status's
    /// `status_default`.
    pub fn slot_default(&self, field: Option<&Field>) -> Option<TokenStream> {
        match field {
            Some(field) => self.default_of(field),
            None => self.status_default.then(|| quote!(__status_default())),
        }
    }

    /// A default value to show, when the field has one and its type names no
    /// parameter (which would need a `Serialize` bound).
    pub fn default_of(&self, field: &Field) -> Option<TokenStream> {
        use crate::model::Default;
        if !self.params().is_empty() {
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
}

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
                Some((status, body.status.default.is_some())),
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

/// The shape's literal and what reads it: `Examples`, and the impls the
/// options ask for.
fn emit(
    item: &Item,
    shape_name: &str,
    shape: &str,
    status: Option<(&Ident, bool)>,
    fields: &[&Field],
    pick: Pick,
    options: Options,
) -> TokenStream {
    let target = Target {
        item,
        shape: format_ident!("{shape_name}"),
        status: status.map(|(ident, _)| ident),
        status_default: status.is_some_and(|(_, default)| default),
        fields: fields.iter().copied().filter(|f| !f.serde.skip).collect(),
        name: item.ident.unraw().to_string(),
        predicates: super::generics::predicates(item.generics),
    };
    let mut out = super::examples::impl_examples(&target, pick);
    // A string enum's shape is read by schemas and generators only.
    if pick != Pick::Strings || options.reads_shape() {
        let ident = &target.shape;
        out.extend(quote! {
            const #ident: &::core::primitive::str = #shape;
        });
    }
    if options.proptest {
        out.extend(super::proptest::impl_arbitrary(&target));
    }
    if options.schemars {
        out.extend(super::schemars::impl_json_schema(&target));
    }
    if options.utoipa {
        out.extend(super::utoipa::impl_to_schema(&target));
    }
    out
}
