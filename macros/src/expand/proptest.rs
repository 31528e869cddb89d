//! `proptest::arbitrary::Arbitrary` and the runtime's `Generated` (feature
//! `proptest`): the shape's generator, with what it cannot know of each
//! field's type (an integer type's range, a sequence's items, a foreign
//! type's own strategy).

use super::readers::Target;
use proc_macro2::TokenStream;
use quote::quote;

/// Sets: their items are generated distinct.
const SETS: &[&str] = &["HashSet", "BTreeSet"];

/// Maps, `serde_json::Map` among them.
const MAPS: &[&str] = &["HashMap", "BTreeMap", "Map"];

/// The runtime's strategy of a serde_json type: `Value`, `Map<String,
/// Value>` and `serde_json::Number` (a `Number` of another path may be the
/// user's own).
fn json_strategy(ty: &syn::Type) -> Option<TokenStream> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let is_value = |ty: &syn::Type| matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Value"));
    match segments.last()?.as_str() {
        "Value" => Some(quote!(__or::proptest::json_value())),
        "Number" if segments.len() >= 2 && segments[segments.len() - 2] == "serde_json" => {
            Some(quote!(__or::proptest::json_number()))
        }
        "Map" => match crate::check::types::args_of(ty, &["Map"]).as_deref() {
            Some([_, value]) if is_value(value) => Some(quote!(__or::proptest::json_map())),
            _ => None,
        },
        _ => None,
    }
}

/// `Arbitrary` (feature `proptest`) and `Generated`: the shape's generator,
/// with what it cannot know of each field's type.
pub fn impl_arbitrary(target: &Target) -> TokenStream {
    let (item, shape, status, fields) = (target.item, &target.shape, target.status, &target.fields);
    let ident = item.ident;
    let generics = item.generics;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let predicates = &target.predicates;
    let mut bounds = Vec::new();
    let mut strategy = |ty: &syn::Type| {
        // serde_json's types have no `Arbitrary` (nor can they be given one).
        json_strategy(ty).unwrap_or_else(|| {
            bounds.push(quote!(for<'__a> __or::proptest::FieldType<'__a, #ty>: __or::proptest::HasStrategy,));
            quote!(<__or::proptest::FieldType<'static, #ty> as __or::proptest::HasStrategy>::json())
        })
    };
    let status_slot = status.map(|_| quote!(__or::proptest::FieldGen::Shape));
    let gens: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let ty = field.value_ty();
            if field.example.is_some() {
                return quote!(__or::proptest::FieldGen::Shape);
            }
            if super::generics::mentions(field.ty, ident) {
                // The type itself: built eagerly, its strategy would never end.
                return quote!(__or::proptest::FieldGen::Empty);
            }
            match field.kind {
                crate::model::Kind::Text | crate::model::Kind::Char | crate::model::Kind::Bool => {
                    quote!(__or::proptest::FieldGen::Shape)
                }
                crate::model::Kind::Integer => quote! {
                    __or::proptest::FieldGen::Int(
                        __or::proptest::wide(<#ty>::MIN),
                        __or::proptest::wide(<#ty>::MAX),
                    )
                },
                crate::model::Kind::Float => quote!(__or::proptest::FieldGen::Float),
                _ => {
                    if let Some([item]) = crate::check::types::args_of(ty, SETS).as_deref() {
                        let item = strategy(item);
                        quote!(__or::proptest::FieldGen::Set(#item))
                    } else if let Some([item]) =
                        crate::check::types::args_of(ty, crate::check::types::SEQUENCES).as_deref()
                    {
                        let item = strategy(item);
                        quote!(__or::proptest::FieldGen::Seq(#item))
                    } else if let Some([_, value, ..]) =
                        crate::check::types::args_of(ty, MAPS).as_deref()
                    {
                        let value = strategy(value);
                        quote!(__or::proptest::FieldGen::Map(#value))
                    } else {
                        let any = strategy(ty);
                        quote!(__or::proptest::FieldGen::Any(#any))
                    }
                }
            }
        })
        .collect();
    let gens = status_slot.into_iter().chain(gens);
    quote! {
        #[automatically_derived]
        impl #impl_generics __or::proptest::Generated for #ident #ty_generics
        where
            #predicates
            Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
            #(#bounds)*
        {
            fn shape() -> &'static __or::shape::Shape {
                __or::shape::decode(#shape)
            }

            fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
                ::std::vec![#(#gens),*]
            }
        }

        #[automatically_derived]

        impl #impl_generics __or::proptest::Arbitrary for #ident #ty_generics
        where
            #predicates
            Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
            #(#bounds)*
        {
            type Parameters = ();
            type Strategy = __or::proptest::BoxedStrategy<Self>;

            fn arbitrary_with((): ()) -> Self::Strategy {
                __or::proptest::valid::<Self>(
                    __or::shape::decode(#shape),
                    <Self as __or::proptest::Generated>::gens(),
                )
            }
        }
    }
}
