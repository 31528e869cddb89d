//! What a field's type is, as far as its spelling tells (the one type
//! classifier), and how to show a type in a message.

use crate::model::Kind;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::ToTokens;

/// The integer types, by the names the shape gives them (the runtime's
/// `shape::Int::named` reads them).
pub const INTEGERS: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

/// The kind of `ty`; `Box<T>` and references are their target's kind.
pub fn kind_of(ty: &syn::Type) -> Kind {
    match ty {
        syn::Type::Reference(r) => kind_of(&r.elem),
        syn::Type::Slice(_) | syn::Type::Array(_) => Kind::Sequence,
        syn::Type::Paren(p) => kind_of(&p.elem),
        syn::Type::Group(g) => kind_of(&g.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last() else {
                return Kind::Other;
            };
            match last.ident.to_string().as_str() {
                "String" | "str" => Kind::Text,
                "Vec" | "VecDeque" | "HashMap" | "BTreeMap" | "HashSet" | "BTreeSet" => {
                    Kind::Sequence
                }
                name if INTEGERS.contains(&name) => Kind::Integer,
                "f32" | "f64" => Kind::Float,
                "bool" => Kind::Bool,
                "char" => Kind::Char,
                "Box" => match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => match args.args.first() {
                        Some(syn::GenericArgument::Type(inner)) => kind_of(inner),
                        _ => Kind::Other,
                    },
                    _ => Kind::Other,
                },
                _ => Kind::Other,
            }
        }
        _ => Kind::Other,
    }
}

/// The integer type `ty` is, when it is spelled as one (`u64`,
/// `core::primitive::u64`): what `number_as_string` reads.
pub fn integer_named(ty: &syn::Type) -> Option<&'static str> {
    match ty {
        syn::Type::Paren(p) => integer_named(&p.elem),
        syn::Type::Group(g) => integer_named(&g.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            let name = last.ident.to_string();
            INTEGERS
                .iter()
                .find(|int| **int == name)
                .filter(|_| last.arguments.is_none())
                .copied()
        }
        _ => None,
    }
}

/// The integer type `ty` spells, when it is one or a container the runtime
/// reads integers in (`Option`, `Box`, `Vec`, `VecDeque`, sets, and the
/// values of `HashMap` and `BTreeMap`): `u8` for `Option<Vec<u8>>`. Integer
/// fields read integral floats (`150.0`) and their schemas say the type's
/// range; `None` for any other type, which serde reads as it is.
pub fn integer_in(ty: &syn::Type) -> Option<&'static str> {
    match ty {
        syn::Type::Paren(p) => integer_in(&p.elem),
        syn::Type::Group(g) => integer_in(&g.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            let args = || match &last.arguments {
                syn::PathArguments::AngleBracketed(args) => Some(
                    args.args
                        .iter()
                        .filter_map(|arg| match arg {
                            syn::GenericArgument::Type(t) => Some(t),
                            _ => None,
                        })
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            };
            let name = last.ident.to_string();
            if let Some(int) = INTEGERS.iter().find(|int| **int == name) {
                return last.arguments.is_none().then_some(*int);
            }
            match name.as_str() {
                "Option" | "Box" | "Vec" | "VecDeque" | "HashSet" | "BTreeSet" => {
                    match args()?.as_slice() {
                        [inner] | [inner, _] if name == "HashSet" => integer_in(inner),
                        [inner] => integer_in(inner),
                        _ => None,
                    }
                }
                "HashMap" | "BTreeMap" => match args()?.as_slice() {
                    [_, value] => integer_in(value),
                    [_, value, _] if name == "HashMap" => integer_in(value),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether `ty` names a `HashMap` or a `BTreeMap` anywhere.
pub fn spells_map(ty: &syn::Type) -> bool {
    fn walk(tokens: proc_macro2::TokenStream) -> bool {
        tokens.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(found) => found == "HashMap" || found == "BTreeMap",
            proc_macro2::TokenTree::Group(group) => walk(group.stream()),
            _ => false,
        })
    }
    walk(quote::quote!(#ty))
}

/// Whether a value of `ty` may implement `Validate`: not a string, number or
/// bool, nor a container (`Vec`, maps, sets, `Box`, `Option`, arrays) of only
/// those.
pub fn may_validate(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => may_validate(&r.elem),
        syn::Type::Slice(s) => may_validate(&s.elem),
        syn::Type::Array(a) => may_validate(&a.elem),
        syn::Type::Paren(p) => may_validate(&p.elem),
        syn::Type::Group(g) => may_validate(&g.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            if kind_of(ty).is_scalar() {
                return false;
            }
            let Some(last) = p.path.segments.last() else {
                return true;
            };
            if last.ident == "PhantomData" {
                return false;
            }
            let container = matches!(
                last.ident.to_string().as_str(),
                "Vec"
                    | "VecDeque"
                    | "HashMap"
                    | "BTreeMap"
                    | "HashSet"
                    | "BTreeSet"
                    | "Box"
                    | "Option"
            );
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return true;
            };
            !container
                || args.args.iter().any(|arg| match arg {
                    syn::GenericArgument::Type(inner) => may_validate(inner),
                    _ => false,
                })
        }
        _ => true,
    }
}

/// `T` when `ty` is written `Option<T>` (also `core::option::Option<T>` and
/// `std::option::Option<T>`), as serde recognises it.
pub fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let segments = &path.path.segments;
    let last = segments.last()?;
    let prefix_ok = match segments.len() {
        1 => true,
        3 => {
            let first = segments[0].ident.to_string();
            (first == "core" || first == "std") && segments[1].ident == "option"
        }
        _ => false,
    };
    if !prefix_ok || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The type as a person writes it: `&'a str`, `HashMap<String, u32>`.
pub fn type_name(ty: &syn::Type) -> String {
    let mut out = String::new();
    write_tokens(&mut out, ty.to_token_stream(), &mut false);
    out
}

fn write_tokens(out: &mut String, tokens: TokenStream, after_word: &mut bool) {
    for tt in tokens {
        match tt {
            TokenTree::Ident(ident) => {
                if *after_word {
                    out.push(' ');
                }
                out.push_str(&ident.to_string());
                *after_word = true;
            }
            TokenTree::Literal(lit) => {
                if *after_word {
                    out.push(' ');
                }
                out.push_str(&lit.to_string());
                *after_word = true;
            }
            TokenTree::Punct(punct) => {
                let ch = punct.as_char();
                out.push(ch);
                if ch == ',' || ch == ';' {
                    out.push(' ');
                }
                *after_word = false;
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                if *after_word && group.delimiter() == Delimiter::Brace {
                    out.push(' ');
                }
                out.push_str(open);
                *after_word = false;
                write_tokens(out, group.stream(), after_word);
                out.push_str(close);
                *after_word = close.is_empty() && *after_word;
            }
        }
    }
}

/// Whether `ty` names `ident` anywhere.
pub fn mentions(ty: &syn::Type, ident: &syn::Ident) -> bool {
    fn walk(tokens: proc_macro2::TokenStream, ident: &syn::Ident) -> bool {
        tokens.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(found) => found == *ident,
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), ident),
            _ => false,
        })
    }
    walk(quote::quote!(#ty), ident)
}

/// The type arguments of `ty` when its last segment is one of `names`.
pub fn args_of<'t>(ty: &'t syn::Type, names: &[&str]) -> Option<Vec<&'t syn::Type>> {
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

pub const SEQUENCES: &[&str] = &["Vec", "VecDeque", "HashSet", "BTreeSet", "LinkedList"];
pub const MAPS: &[&str] = &["HashMap", "BTreeMap"];

#[cfg(test)]
mod tests {
    use super::type_name;

    #[test]
    fn types_read_as_written() {
        for (source, shown) in [
            ("&'a str", "&'a str"),
            ("HashMap<String, u32>", "HashMap<String, u32>"),
            ("Option<Vec<u8>>", "Option<Vec<u8>>"),
            ("[u8; 4]", "[u8; 4]"),
            ("&mut dyn Trait", "&mut dyn Trait"),
            ("::std::string::String", "::std::string::String"),
            ("(u8, bool)", "(u8, bool)"),
        ] {
            let ty: syn::Type = syn::parse_str(source).unwrap();
            assert_eq!(type_name(&ty), shown);
        }
    }

    #[test]
    fn integers_spelled_as_themselves() {
        for (source, int) in [
            ("u64", Some("u64")),
            ("::core::primitive::i8", Some("i8")),
            ("(usize)", Some("usize")),
            ("Option<u64>", None),
            ("Box<u64>", None),
            ("Vec<u64>", None),
            ("u64<T>", None),
            ("Count", None),
            ("f64", None),
        ] {
            let ty: syn::Type = syn::parse_str(source).unwrap();
            assert_eq!(super::integer_named(&ty), int, "{source}");
        }
    }

    #[test]
    fn integers_inside_the_containers_the_runtime_reads() {
        for (source, int) in [
            ("u32", Some("u32")),
            ("::core::primitive::i64", Some("i64")),
            ("Option<i64>", Some("i64")),
            ("Vec<u8>", Some("u8")),
            ("Option<Vec<i32>>", Some("i32")),
            ("BTreeMap<String, u64>", Some("u64")),
            (
                "std::collections::HashMap<String, Box<i16>, S>",
                Some("i16"),
            ),
            ("HashSet<usize>", Some("usize")),
            ("Vec<Vec<i128>>", Some("i128")),
            ("String", None),
            ("f64", None),
            ("[u8; 4]", None),
            ("(u8, bool)", None),
            ("&'a u8", None),
            ("BTreeMap<u8, String>", None),
            ("Cow<'a, u8>", None),
            ("Option<T>", None),
            ("u8<T>", None),
        ] {
            let ty: syn::Type = syn::parse_str(source).unwrap();
            assert_eq!(super::integer_in(&ty), int, "{source}");
        }
    }
}
