//! Code generation from the checked model: it reads nothing else.

mod examples;
mod generics;
mod item;
mod object;
mod proptest;
mod response;
mod schema;
mod shadow;
mod shape;
mod string_enum;
mod union;
mod validate;

pub use self::generics::impl_params;
pub use self::item::{object as item_object, union as item_union};
pub use self::schema::stubs as schema_stubs;
pub use self::string_enum::Spec;

/// For the expansion snapshots: leave schemas out (or not) on this thread.
#[cfg(test)]
pub fn schema_skip(skip: bool) {
    schema::SKIP.with(|s| s.set(skip));
}
use crate::model::{Field, Item, Model};
use proc_macro2::TokenStream;
use quote::quote;

/// Everything for one checked model.
pub fn generate(model: &Model) -> TokenStream {
    match model {
        Model::ResponseStruct(body) => {
            let object = &body.object;
            let item = &object.item;
            let status = Spec::status(item, &body.status);
            let fields: Vec<&Field> = object.fields.iter().collect();
            let checks = object_checks(&fields, Some(&body.status.ident));
            let own = validate::container_check(object.validate_with.as_ref());
            let checks = quote!(#checks #own);
            assemble(
                item,
                [
                    item::object(item, &object.fields, Some(&body.status)),
                    status.item(),
                ],
                [
                    status.impls(),
                    object::serde_impls(object, Some(&body.status)),
                    validate::impl_validate(item, &fields, checks),
                    response::object(body),
                    schema::impls(model),
                ],
            )
        }
        Model::ResponseEnum(union) => {
            let item = &union.item;
            let status = Spec::status(item, &union.status);
            assemble(
                item,
                [item::union(union), status.item()],
                [
                    status.impls(),
                    union_impls(union),
                    response::union(union),
                    schema::impls(model),
                ],
            )
        }
        Model::Object(object) => {
            let item = &object.item;
            let fields: Vec<&Field> = object.fields.iter().collect();
            let checks = object_checks(&fields, None);
            let own = validate::container_check(object.validate_with.as_ref());
            assemble(
                item,
                [item::object(item, &object.fields, None)],
                [
                    object::serde_impls(object, None),
                    validate::impl_validate(item, &fields, quote!(#checks #own)),
                    response::model(object),
                    schema::impls(model),
                ],
            )
        }
        Model::Tagged(union) => {
            let tag = Spec::tag(&union.item, &union.status);
            assemble(
                &union.item,
                [item::union(union)],
                [
                    tag.item(),
                    tag.impls(),
                    union_impls(union),
                    schema::impls(model),
                ],
            )
        }
        Model::StringEnum(string_enum) => {
            let spec = Spec::model(string_enum);
            assemble(
                &string_enum.item,
                [spec.item()],
                [spec.impls(), schema::impls(model)],
            )
        }
    }
}

/// A union's serde impls and `Validate`, for the enum form and tagged models.
fn union_impls(union: &crate::model::Union) -> TokenStream {
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

fn object_checks(fields: &[&Field], status_enum: Option<&syn::Ident>) -> TokenStream {
    let status = quote!(__self.status);
    let checks = fields.iter().map(|field| {
        let ident = field.ident;
        validate::field_checks(
            field,
            &quote!(&__self.#ident),
            status_enum.map(|status_enum| (&status, status_enum)),
        )
    });
    quote!(#(#checks)*)
}

/// The items, then their impls inside one `const _`, where `__or` names the
/// runtime's private module and the helper items (serde's remote copy,
/// `__validate`) stay out of the user's scope.
pub fn assemble<const I: usize, const N: usize>(
    item: &Item,
    items: [TokenStream; I],
    impls: [TokenStream; N],
) -> TokenStream {
    let krate = &item.krate;
    quote! {
        #(#items)*
        const _: () = {
            use #krate::__private as __or;
            #(#impls)*
        };
    }
}
