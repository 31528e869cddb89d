//! Code generation from the checked model: it reads nothing else.
//!
//! One path: [`generate`] matches the model once and asks one emitter per
//! concern for its tokens: the items (`item.rs`), the status or string enum
//! (`string_enum.rs`), serde (`object.rs`, `union.rs`, `shadow.rs`),
//! validation (`validate.rs`), the lifecycle (`response.rs`) and the shape
//! (`shape.rs`), with what reads the shape (`readers.rs`: `examples.rs`,
//! and with their features `schemars.rs`, `utoipa.rs` and `proptest.rs`). On an error the same path
//! runs in [`Mode::Stubs`] (`stubs.rs`), as thiserror's fallback does.

mod examples;
mod generics;
mod item;
mod object;
mod proptest;
mod readers;
mod response;
mod schemars;
mod shadow;
mod shape;
mod string_enum;
mod stubs;
mod union;
mod utoipa;
mod validate;

use crate::model::{Field, Item, Model, Object, Status, Union};
use proc_macro2::TokenStream;
use quote::quote;

/// What [`generate`] writes beside the items.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every impl.
    Full,
    /// After an error: the items and impls that let the rest of the user's
    /// crate compile, so that one mistake gives one error.
    Stubs,
}

/// The integrations to write impls for: those the runtime's features turned
/// on (it turns on ours), so that the user's crate reads no `#[cfg]`.
#[derive(Clone, Copy)]
pub struct Options {
    pub schemars: bool,
    pub utoipa: bool,
    pub proptest: bool,
}

impl Options {
    /// As this crate was built.
    pub const FEATURES: Options = Options {
        schemars: cfg!(feature = "schemars"),
        utoipa: cfg!(feature = "utoipa"),
        proptest: cfg!(feature = "proptest"),
    };

    /// None: the type and its own traits only.
    #[cfg(test)]
    pub const NONE: Options = Options {
        schemars: false,
        utoipa: false,
        proptest: false,
    };

    /// Whether something reads the shape beyond `Examples`.
    pub fn reads_shape(self) -> bool {
        self.schemars || self.utoipa || self.proptest
    }
}

/// Everything for one checked model.
pub fn generate(model: &Model, mode: Mode, options: Options) -> TokenStream {
    // A string enum needs nothing the checks may have dropped.
    let full = mode == Mode::Full || matches!(model, Model::StringEnum(_));
    let (item, items, mut impls) = match model {
        Model::ResponseStruct(body) => {
            let object = &body.object;
            let status = string_enum::Spec::status(&object.item, &body.status);
            let mut impls = vec![status.impls()];
            if full {
                impls.push(object_impls(object, Some(&body.status)));
                impls.push(response::object(body));
            }
            let own = item::object(&object.item, &object.fields, body.status_field());
            (&object.item, vec![own, status.item()], impls)
        }
        Model::ResponseEnum(union) => {
            let status = string_enum::Spec::status(&union.item, &union.status);
            let mut impls = vec![status.impls()];
            if full {
                impls.push(union_impls(union));
                impls.push(response::union(union));
            }
            (&union.item, vec![item::union(union), status.item()], impls)
        }
        Model::Object(object) => {
            let mut impls = Vec::new();
            if full {
                impls.push(object_impls(object, None));
                impls.push(response::model(object));
            }
            let own = item::object(&object.item, &object.fields, None);
            (&object.item, vec![own], impls)
        }
        Model::Tagged(union) => {
            let mut impls = Vec::new();
            if full {
                // The tag enum: inside the `const _`, for the union's serde.
                let tag = string_enum::Spec::tag(&union.item, &union.status);
                impls.extend([tag.item(), tag.impls(), union_impls(union)]);
            }
            (&union.item, vec![item::union(union)], impls)
        }
        Model::StringEnum(string_enum) => {
            let spec = string_enum::Spec::model(string_enum);
            (&string_enum.item, vec![spec.item()], vec![spec.impls()])
        }
    };
    impls.push(if full {
        readers::impls(model, options)
    } else {
        stubs::impls(model, options)
    });
    assemble(item, &items, &impls)
}

/// A struct's serde impls and `Validate`.
fn object_impls(object: &Object, status: Option<&Status>) -> TokenStream {
    let fields: Vec<&Field> = object.fields.iter().collect();
    let access = quote!(__self.status);
    let checks = fields.iter().map(|field| {
        let ident = field.ident;
        validate::field_checks(
            field,
            &quote!(&__self.#ident),
            status.map(|status| (&access, &status.wire_enum.ident)),
        )
    });
    let own = validate::container_check(object.validate_with.as_ref());
    let serde = object::serde_impls(object, status);
    let validate = validate::impl_validate(&object.item, &fields, quote!(#(#checks)* #own));
    quote!(#serde #validate)
}

/// A union's serde impls and `Validate`, for the enum form and tagged models.
fn union_impls(union: &Union) -> TokenStream {
    let fields: Vec<&Field> = union
        .variants
        .iter()
        .flat_map(|v| v.fields.iter().flatten())
        .collect();
    let checks = validate::union_checks(union);
    let own = validate::container_check(union.validate_with.as_ref());
    let serde = union::serde_impls(union);
    let validate = validate::impl_validate(&union.item, &fields, quote!(#checks #own));
    quote!(#serde #validate)
}

/// The items, then their impls inside one `const _`, where `__or` names the
/// runtime's private module and the helper items (serde's remote copy,
/// `__validate`) stay out of the user's scope.
fn assemble(item: &Item, items: &[TokenStream], impls: &[TokenStream]) -> TokenStream {
    let krate = &item.krate;
    quote! {
        #(#items)*
        const _: () = {
            use #krate::__private as __or;
            #(#impls)*
        };
    }
}
