//! The type's wire form as one static `Shape`, which the runtime builds
//! schemas, examples and generators from; the `schemars::JsonSchema` and
//! `utoipa::ToSchema` impls that hand it, with their field types' schemas,
//! to the runtime (only when the runtime's `schemars` or `utoipa` feature
//! enabled ours, so the user's crate reads no `#[cfg]`); and, next to it,
//! `Examples` (`examples.rs`) and `Arbitrary` (`proptest.rs`).

use crate::model::{
    BoundOp, Class, ExampleValue, Field, Item, Model, Number, Object, Operation, RuleKind, Status,
    StringEnum, Union, Unknown,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Ident;

/// Whether any schema is generated at all.
pub const ENABLED: bool = cfg!(any(feature = "schemars", feature = "utoipa"));

#[cfg(test)]
thread_local! {
    /// Expansion snapshots other than the schema's own leave schemas out, so
    /// that they read the same with the features on or off.
    pub static SKIP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn enabled() -> bool {
    ENABLED && !skipped()
}

/// In the expansion snapshots, all but the schema's own.
pub(super) fn skipped() -> bool {
    #[cfg(test)]
    if SKIP.with(std::cell::Cell::get) {
        return true;
    }
    false
}

/// The schema items and impls of one model, for its `const _`.
pub fn impls(model: &Model) -> TokenStream {
    match model {
        Model::ResponseStruct(body) => {
            let object = &body.object;
            let mut notes = object_notes(object);
            if let Some(i) = body.outcome {
                notes.push(format!(
                    "Once the status is terminal, `{}` decides whether the operation succeeded.",
                    key_of(&object.fields[i])
                ));
            }
            let status_shape = status_shape(&object.item, &body.status);
            let status = &body.status.ident;
            let shape = object_shape(object, Some(&body.status), &notes);
            let fields: Vec<&Field> = object.fields.iter().collect();
            let mut out = emit(
                &object.item,
                "__SHAPE",
                &shape,
                Some(status),
                &fields,
                false,
            );
            out.extend(emit_plain(
                &object.item,
                status,
                "__STATUS_SHAPE",
                &status_shape,
            ));
            out
        }
        Model::Object(object) => {
            let shape = object_shape(object, None, &object_notes(object));
            let fields: Vec<&Field> = object.fields.iter().collect();
            emit(
                &object.item,
                "__SHAPE",
                &shape,
                None,
                &fields,
                object.operation.is_some(),
            )
        }
        Model::ResponseEnum(union) | Model::Tagged(union) => {
            let shape = union_shape(union);
            let fields: Vec<&Field> = union
                .variants
                .iter()
                .flat_map(|v| v.fields.iter().flatten())
                .collect();
            let mut out = emit(&union.item, "__SHAPE", &shape, None, &fields, false);
            if !union.tagged {
                let status = &union.status.ident;
                out.extend(emit_plain(
                    &union.item,
                    status,
                    "__STATUS_SHAPE",
                    &status_shape(&union.item, &union.status),
                ));
            }
            out
        }
        Model::StringEnum(string_enum) => {
            let shape = strings_shape(string_enum);
            // A string enum is generated without parameters, whatever it
            // was written with (that is reported).
            emit_plain(&string_enum.item, string_enum.item.ident, "__SHAPE", &shape)
        }
    }
}

/// On error: the schema traits, implemented as "any value", so that uses of
/// the type elsewhere compile and the mistake gives one error.
pub fn stubs(item: &Item, status: Option<&Ident>) -> TokenStream {
    let generics = syn::Generics::default();
    let own = std::iter::once((item.ident, item.generics));
    let examples = {
        let ident = item.ident;
        let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
        quote! {
            impl #impl_generics __or::Examples for #ident #ty_generics #where_clause {
                fn examples() -> ::std::vec::Vec<Self> {
                    ::std::vec::Vec::new()
                }
            }
        }
    };
    if !enabled() {
        return examples;
    }
    let status = status.map(|ident| (ident, &generics));
    own.chain(status)
        .map(|(ident, generics)| {
            let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
            let name = ident.unraw().to_string();
            let mut out = TokenStream::new();
            if cfg!(feature = "schemars") {
                out.extend(quote! {
                    impl #impl_generics __or::schemars::JsonSchema for #ident #ty_generics #where_clause {
                        fn schema_name() -> __or::schema::Cow<'static, str> {
                            __or::schema::Cow::Borrowed(#name)
                        }

                        fn json_schema(_: &mut __or::schemars::SchemaGenerator) -> __or::schemars::Schema {
                            __or::Default::default()
                        }
                    }
                });
            }
            if cfg!(feature = "utoipa") {
                out.extend(quote! {
                    impl #impl_generics __or::utoipa::ComposeSchema for #ident #ty_generics #where_clause {
                        fn compose(
                            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
                        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
                            __or::Default::default()
                        }
                    }

                    impl #impl_generics __or::utoipa::ToSchema for #ident #ty_generics #where_clause {}
                });
            }
            out
        })
        .chain(std::iter::once(examples))
        .collect()
}

/// The text of `#[doc]` attributes.
fn doc(attrs: &[&syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .map(|line| line.strip_prefix(' ').unwrap_or(&line).to_owned())
        .collect();
    // Rust examples are for rustdoc, not for a schema's readers.
    let mut fenced = false;
    let prose: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|line| {
            let fence = line.trim_start().starts_with("```");
            fenced ^= fence;
            !fence && !fenced
        })
        .collect();
    prose.join("\n").trim().to_owned()
}

fn key_of(field: &Field) -> String {
    field.key.clone().unwrap_or_else(|| field.ident.to_string())
}

fn path_text(path: &syn::Path) -> String {
    quote!(#path).to_string().replace(' ', "")
}

fn object_notes(object: &Object) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(path) = &object.validate_with {
        notes.push(format!("Also checked as a whole by `{}`.", path_text(path)));
    }
    match &object.operation {
        Some(Operation::Lifecycle(path)) => notes.push(format!(
            "Whether the operation is running, succeeded or failed is decided from its fields by `{}`.",
            path_text(path)
        )),
        Some(Operation::Field(i)) => notes.push(format!(
            "Its lifecycle is that of `{}`.",
            key_of(&object.fields[*i])
        )),
        None => {}
    }
    notes
}

/// Whether deserialization needs the key.
fn wire_required(field: &Field) -> bool {
    !field.serde.default
        && field.default.is_none()
        && (field.required || field.option.is_none() || field.serde.with)
}

fn field_shape(krate: &TokenStream, field: &Field) -> TokenStream {
    let key = key_of(field);
    let doc = doc(&field.attrs);
    let required = wire_required(field);
    let flatten = field.key.is_none();
    let rules = field
        .rules
        .iter()
        .flat_map(|rule| rule_shape(krate, &rule.kind));
    let kind = match field.kind {
        crate::model::Kind::Text | crate::model::Kind::Char => quote!(Text),
        crate::model::Kind::Sequence if args_of(field.value_ty(), MAPS).is_some() => quote!(Map),
        crate::model::Kind::Sequence => quote!(Sequence),
        crate::model::Kind::Integer => quote!(Integer),
        crate::model::Kind::Float => quote!(Float),
        crate::model::Kind::Bool => quote!(Bool),
        crate::model::Kind::Other => quote!(Other),
    };
    let integer = match crate::check::types::integer_in(field.ty) {
        Some(int) => {
            let variant = format_ident!("{}", int.variant());
            quote!(::core::option::Option::Some(#krate::Int::#variant))
        }
        None => quote!(::core::option::Option::None),
    };
    let nullable = field.option.is_some();
    let example = match &field.example {
        Some(ExampleValue::Str(s)) => {
            quote!(::core::option::Option::Some(#krate::Example::Str(#s)))
        }
        Some(ExampleValue::Bool(b)) => {
            quote!(::core::option::Option::Some(#krate::Example::Bool(#b)))
        }
        Some(ExampleValue::Number(n)) => match number(krate, *n) {
            Some(n) => quote!(::core::option::Option::Some(#krate::Example::Number(#n))),
            None => quote!(::core::option::Option::None),
        },
        None => quote!(::core::option::Option::None),
    };
    quote! {
        #krate::Field {
            key: #key,
            doc: #doc,
            required: #required,
            flatten: #flatten,
            rules: &[#(#rules),*],
            kind: #krate::Kind::#kind,
            integer: #integer,
            nullable: #nullable,
            example: #example,
        }
    }
}

fn rule_shape(krate: &TokenStream, rule: &RuleKind) -> Vec<TokenStream> {
    let count = |variant: &str, n: usize| {
        let variant = format_ident!("{variant}");
        let n = n as u64;
        quote!(#krate::Rule::#variant(#n))
    };
    match rule {
        RuleKind::MinLength(c) => vec![count("MinLength", c.value)],
        RuleKind::MaxLength(c) => vec![count("MaxLength", c.value)],
        RuleKind::Length(c) => vec![count("Length", c.value)],
        RuleKind::NonEmpty => vec![quote!(#krate::Rule::NonEmpty)],
        RuleKind::MinBytes(c) => vec![count("MinBytes", c.value)],
        RuleKind::MaxBytes(c) => vec![count("MaxBytes", c.value)],
        RuleKind::Bound(op, bound) => {
            let variant = match op {
                BoundOp::Min => quote!(Min),
                BoundOp::Max => quote!(Max),
                BoundOp::GreaterThan => quote!(GreaterThan),
                BoundOp::LessThan => quote!(LessThan),
            };
            let Some(number) = number(krate, bound.number) else {
                // An infinite bound bounds nothing (and has no literal).
                return Vec::new();
            };
            vec![quote!(#krate::Rule::#variant(#number))]
        }
        RuleKind::Pattern(lit) => {
            // As written for the schema; as translated for the generators.
            let rust = crate::model::rust_pattern(lit);
            vec![quote!(#krate::Rule::Pattern { ecma: #lit, regex: #rust })]
        }
        RuleKind::Custom(path) => {
            let text = path_text(path);
            vec![quote!(#krate::Rule::Custom(#text))]
        }
        RuleKind::When(_) => Vec::new(),
    }
}

/// A number as the shape's `Number`; `None` for an infinite float.
fn number(krate: &TokenStream, number: Number) -> Option<TokenStream> {
    Some(match number {
        Number::Int(n) => match (i64::try_from(n), u64::try_from(n)) {
            (Ok(n), _) => quote!(#krate::Number::Int(#n)),
            (_, Ok(n)) => quote!(#krate::Number::UInt(#n)),
            #[allow(clippy::cast_precision_loss)] // beyond 64 bits: a float says it
            _ => {
                let f = n as f64;
                quote!(#krate::Number::Float(#f))
            }
        },
        Number::Float(f) if !f.is_finite() => return None,
        Number::Float(f) => quote!(#krate::Number::Float(#f)),
    })
}

/// Which statuses require or forbid which fields, grouped.
fn branches(krate: &TokenStream, object: &Object, status: &Status) -> TokenStream {
    let mut groups: Vec<(Vec<String>, Vec<String>, Vec<String>)> = Vec::new();
    let mut any = false;
    for value in &status.values {
        let (mut required, mut forbidden) = (Vec::new(), Vec::new());
        for field in &object.fields {
            for rule in &field.rules {
                if let RuleKind::When(when) = &rule.kind {
                    if when.idents.contains(&value.ident) {
                        any = true;
                        if when.required {
                            required.push(key_of(field));
                        } else {
                            forbidden.push(key_of(field));
                        }
                    }
                }
            }
        }
        let mut spellings = vec![value.wire.clone()];
        spellings.extend(value.aliases.iter().cloned());
        match groups
            .iter_mut()
            .find(|(_, r, f)| *r == required && *f == forbidden)
        {
            Some(group) => group.0.extend(spellings),
            None => groups.push((spellings, required, forbidden)),
        }
    }
    if !any {
        return quote!(::core::option::Option::None);
    }
    let key = &status.key;
    let groups = groups.iter().map(|(statuses, required, forbidden)| {
        quote!(#krate::Group { statuses: &[#(#statuses),*], required: &[#(#required),*], forbidden: &[#(#forbidden),*] })
    });
    let open = if status.open {
        let listed = status
            .values
            .iter()
            .flat_map(|v| std::iter::once(&v.wire).chain(&v.aliases));
        quote!(::core::option::Option::Some(&[#(#listed),*]))
    } else {
        quote!(::core::option::Option::None)
    };
    let case_insensitive = status.case_insensitive;
    quote! {
        ::core::option::Option::Some(#krate::Branches {
            key: #key,
            groups: &[#(#groups),*],
            open: #open,
            case_insensitive: #case_insensitive,
        })
    }
}

/// `checked`: a container `validate_with`, a rule only the type knows.
fn shape(item: &Item, notes: &[String], form: TokenStream, checked: bool) -> TokenStream {
    let name = item.ident.unraw().to_string();
    let doc = doc(&item.attrs);
    quote! {
        __or::shape::Shape {
            name: #name,
            doc: #doc,
            notes: &[#(#notes),*],
            form: #form,
            checked: #checked,
        }
    }
}

fn object_shape(object: &Object, status: Option<&Status>, notes: &[String]) -> TokenStream {
    let krate = quote!(__or::shape);
    let status_field = status.map(|status| {
        let key = &status.key;
        quote! {
            #krate::Field {
                key: #key,
                doc: "",
                required: true,
                flatten: false,
                rules: &[],
                kind: #krate::Kind::Text,
                integer: ::core::option::Option::None,
                nullable: false,
                example: ::core::option::Option::None,
            },
        }
    });
    let statuses: Vec<&String> = status
        .iter()
        .flat_map(|s| s.values.iter().map(|v| &v.wire))
        .collect();
    let fields = object
        .fields
        .iter()
        .filter(|f| !f.serde.skip)
        .map(|f| field_shape(&krate, f));
    let branches = match status {
        Some(status) => branches(&krate, object, status),
        None => quote!(::core::option::Option::None),
    };
    let deny = object.deny_unknown_fields;
    shape(
        &object.item,
        notes,
        quote! {
            #krate::Form::Object(#krate::Object {
                statuses: &[#(#statuses),*],
                fields: &[#status_field #(#fields),*],
                deny_unknown_fields: #deny,
                branches: #branches,
            })
        },
        object.validate_with.is_some(),
    )
}

fn union_shape(union: &Union) -> TokenStream {
    let krate = quote!(__or::shape);
    let variants = union.variants.iter().map(|variant| {
        let value = &union.status.values[variant.status];
        let name = variant.ident.unraw().to_string();
        let doc = doc(&variant.attrs);
        let (wire, aliases) = (&value.wire, &value.aliases);
        let fields = variant
            .fields
            .iter()
            .flatten()
            .filter(|f| !f.serde.skip)
            .map(|f| field_shape(&krate, f));
        quote! {
            #krate::Variant {
                name: #name,
                doc: #doc,
                wire: #wire,
                aliases: &[#(#aliases),*],
                fields: &[#(#fields),*],
            }
        }
    });
    let key = &union.status.key;
    let (open, case_insensitive, deny) = (
        union.status.open,
        union.status.case_insensitive,
        union.deny_unknown_fields,
    );
    let union_lifecycle = if union.tagged {
        quote!(::core::option::Option::None)
    } else {
        lifecycle(&union.status)
    };
    let mut notes = Vec::new();
    if let Some(path) = &union.validate_with {
        notes.push(format!("Also checked as a whole by `{}`.", path_text(path)));
    }
    shape(
        &union.item,
        &notes,
        quote! {
            #krate::Form::Union(#krate::Union {
                key: #key,
                variants: &[#(#variants),*],
                open: #open,
                case_insensitive: #case_insensitive,
                deny_unknown_fields: #deny,
                lifecycle: #union_lifecycle,
            })
        },
        union.validate_with.is_some(),
    )
}

fn strings(
    values: impl Iterator<Item = (String, Vec<String>)>,
    open: bool,
    case_insensitive: bool,
    lifecycle: TokenStream,
) -> TokenStream {
    let krate = quote!(__or::shape);
    let values = values.map(
        |(wire, aliases)| quote!(#krate::StringValue { wire: #wire, aliases: &[#(#aliases),*] }),
    );
    quote! {
        #krate::Form::Strings(#krate::Strings {
            values: &[#(#values),*],
            open: #open,
            case_insensitive: #case_insensitive,
            lifecycle: #lifecycle,
        })
    }
}

fn strings_shape(e: &StringEnum) -> TokenStream {
    let mut notes = Vec::new();
    if let Some(failure) = &e.failure {
        let wires: Vec<String> = e
            .variants
            .iter()
            .filter(|v| failure.iter().any(|f| f == v.ident))
            .map(|v| format!("`{}`", v.wire))
            .collect();
        notes.push(format!("As an outcome, {} mean failure.", wires.join(", ")));
    }
    notes.extend(alias_notes(
        e.variants.iter().map(|v| (&v.wire, &v.aliases)),
    ));
    if e.case_insensitive {
        notes.push("Matched ignoring ASCII case.".to_owned());
    }
    let form = strings(
        e.variants
            .iter()
            .map(|v| (v.wire.clone(), v.aliases.clone())),
        e.open,
        e.case_insensitive,
        quote!(::core::option::Option::None),
    );
    shape(&e.item, &notes, form, false)
}

fn alias_notes<'a>(values: impl Iterator<Item = (&'a String, &'a Vec<String>)>) -> Vec<String> {
    values
        .filter(|(_, aliases)| !aliases.is_empty())
        .map(|(wire, aliases)| {
            let aliases: Vec<String> = aliases.iter().map(|a| format!("`{a}`")).collect();
            format!("{} read as `{wire}`.", aliases.join(", "))
        })
        .collect()
}

/// `x-lifecycle`: the terminal and failure statuses.
fn lifecycle(status: &Status) -> TokenStream {
    let wires = |class: fn(Class) -> bool| {
        let wires = status
            .values
            .iter()
            .filter(move |v| class(v.class))
            .map(|v| &v.wire);
        quote!(&[#(#wires),*])
    };
    let (terminal, failure) = (wires(Class::is_terminal), wires(Class::is_failure));
    quote!(::core::option::Option::Some(__or::shape::Lifecycle { terminal: #terminal, failure: #failure }))
}

/// A status enum's shape: its values and, in words, its lifecycle.
fn status_shape(item: &Item, status: &Status) -> TokenStream {
    let list = |class: fn(Class) -> bool| -> String {
        let wires: Vec<String> = status
            .values
            .iter()
            .filter(|v| class(v.class))
            .map(|v| format!("`{}`", v.wire))
            .collect();
        if wires.is_empty() {
            "none".to_owned()
        } else {
            wires.join(", ")
        }
    };
    let mut notes = vec![format!(
        "Terminal: {}. Failure: {}.",
        list(Class::is_terminal),
        list(Class::is_failure)
    )];
    notes.extend(alias_notes(
        status.values.iter().map(|v| (&v.wire, &v.aliases)),
    ));
    if status.case_insensitive {
        notes.push("Matched ignoring ASCII case.".to_owned());
    }
    if status.open {
        notes.push(match &status.unknown {
            Unknown::Is(Class::Running) => {
                "Any other status is kept, and means the operation is still running.".to_owned()
            }
            Unknown::Is(Class::Succeeded) => {
                "Any other status is kept, and means the operation succeeded.".to_owned()
            }
            Unknown::Is(Class::Failed) => {
                "Any other status is kept, and means the operation failed.".to_owned()
            }
            Unknown::With(path) => format!(
                "Any other status is kept; `{}` decides what it means.",
                path_text(path)
            ),
        });
    }
    let name = status.ident.unraw().to_string();
    let doc = format!("The status of a `{}`.", item.ident);
    let form = strings(
        status
            .values
            .iter()
            .map(|v| (v.wire.clone(), v.aliases.clone())),
        status.open,
        status.case_insensitive,
        lifecycle(status),
    );
    quote! {
        __or::shape::Shape {
            name: #name,
            doc: #doc,
            notes: &[#(#notes),*],
            form: #form,
            checked: false,
        }
    }
}

/// The impls for a status enum: no generics, no fields.
fn emit_plain(item: &Item, ident: &Ident, shape_name: &str, shape: &TokenStream) -> TokenStream {
    let generics = syn::Generics::default();
    let plain = Item {
        krate: item.krate.clone(),
        ident,
        vis: item.vis,
        generics: &generics,
        attrs: Vec::new(),
        derives: Vec::new(),
    };
    emit(&plain, shape_name, shape, None, &[], false)
}

/// The static shape and both impls.
fn emit(
    item: &Item,
    shape_name: &str,
    shape: &TokenStream,
    status: Option<&Ident>,
    fields: &[&Field],
    per_status: bool,
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
    let mut out = quote! {
        static #shape_ident: __or::shape::Shape = #shape;
    };
    out.extend(super::examples::impl_examples(
        item,
        &shape_ident,
        status,
        &fields,
        per_status,
    ));
    if cfg!(feature = "proptest") && !skipped() {
        out.extend(super::proptest::impl_arbitrary(
            item,
            &shape_ident,
            status,
            &fields,
        ));
    }
    if cfg!(feature = "schemars") && enabled() {
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
                    __or::schemars::json_schema(&#shape_ident, &__name, __generator, __subs)
                }
            }
        });
    }
    if cfg!(feature = "utoipa") && enabled() {
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
            impl #impl_generics __or::utoipa::ComposeSchema for #ident #ty_generics
            where #predicates #(#params: __or::utoipa::ToSchema,)*
            {
                fn compose(
                    _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
                ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
                    #utoipa_probes
                    let __name = <Self as __or::utoipa::ToSchema>::name();
                    __or::utoipa::schema(&#shape_ident, &__name, #subs)
                }
            }

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
                    __or::utoipa::schemas(&#shape_ident, &__name, #subs, __out);
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

/// The type arguments of `ty` when its last segment is one of `names`.
pub(super) fn args_of<'t>(ty: &'t syn::Type, names: &[&str]) -> Option<Vec<&'t syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if path.qself.is_some() || !names.iter().any(|n| last.ident == n) {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
    )
}

pub(super) const SEQUENCES: &[&str] = &["Vec", "VecDeque", "HashSet", "BTreeSet", "LinkedList"];
pub(super) const MAPS: &[&str] = &["HashMap", "BTreeMap"];

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
