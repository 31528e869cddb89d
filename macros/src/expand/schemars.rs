//! `schemars::JsonSchema` (feature `schemars`): the shape and each field
//! type's schema, handed to the runtime's builder.

use super::readers::Target;
use proc_macro2::TokenStream;
use quote::quote;

pub fn impl_json_schema(target: &Target) -> TokenStream {
    let json_schema = quote!(__or::schemars::JsonSchema);
    let impl_for = target.impl_for(json_schema.clone(), json_schema);
    let (params, name, shape_ident) = (target.params(), &target.name, &target.shape);
    let json_probes = target.probe_traits(quote!(__or::schemars));
    let slots = target.slots();
    let subs = slots.iter().map(|(ty, field)| {
        let probe = quote!((&__or::schema::Probe::<#ty>::new()));
        let sub = if field.is_some_and(|f| f.key.is_none()) {
            quote!(#probe.json_flat(__generator))
        } else {
            quote!(#probe.json_sub(__generator))
        };
        match target.slot_default(*field) {
            Some(value) => quote!(__or::schema::with_default(#sub, #value)),
            None => sub,
        }
    });
    quote! {
        #impl_for {
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
    }
}
