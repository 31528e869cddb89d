//! How a generated type reads its body. Bodies and models are JSON objects:
//! serde's derive also reads a struct from an array by position, which these
//! types refuse. And the integers in them read what JSON Schema counts an
//! integer: an integral number written as a float (`150.0`, `1e2`, `-0.0`),
//! when it fits the type.
//!
//! Both are done by wrapping the deserializer, not the fields: a generated
//! `Deserialize` reads through [`Object`], which hands the struct's visitor
//! a map whose values read through [`Lenient`], and so do the items of
//! sequences, `Option`s and newtypes below them. The fields' code is serde's
//! own, so this costs the user's build nothing per field. Only a field that
//! holds a map of integers (`BTreeMap<String, u64>`) is read by a function
//! of its own, `integer::deserialize`.

use core::fmt;
use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, Error, MapAccess, SeqAccess, Unexpected, Visitor,
};

/// A deserializer that reads a struct from a map only; every other request
/// passes through.
pub struct Object<D>(pub D);

/// The struct's visitor, without its `visit_seq`: an array is a type error
/// ("invalid type: sequence, expected struct …"); a map's values read
/// integral floats into integers.
struct ObjectVisitor<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for ObjectVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Values(map))
    }
}

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Object<D> {
    type Error = D::Error;

    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, ObjectVisitor(visitor))
    }

    /// A struct with a flattened field asks for a map.
    #[inline]
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(ObjectVisitor(visitor))
    }

    forward! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// A map whose values read through [`Lenient`]; its keys as they come.
pub(crate) struct Values<A>(pub(crate) A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Values<A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    #[inline]
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    #[inline]
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// A sequence whose items read through [`Lenient`].
struct Items<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<A> {
    type Error = A::Error;

    #[inline]
    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    #[inline]
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// A seed that reads through [`Lenient`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Lenient(deserializer))
    }
}

/// A value's deserializer: an integer type reads an integral float that
/// fits it; sequences, maps, `Option` and newtypes pass the same on to what
/// they hold; everything else reads as it would.
struct Lenient<D>(D);

/// `deserialize_<int>` reading through [`Int`], with the type's range:
/// `min` inclusive, `end` exclusive, both exact in an `f64`.
macro_rules! integers {
    ($($method:ident: $min:expr, $end:expr;)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(Int { visitor, min: $min, end: $end })
        }
    )*};
}

/// `deserialize_<container>` reading through [`Nested`].
macro_rules! nested {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* Nested(visitor))
        }
    )*};
}

/// 2^63 and 2^64: the ends of `i64` and `u64`, exact in an `f64`.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;
const TWO_64: f64 = 18_446_744_073_709_551_616.0;

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
    type Error = D::Error;

    integers! {
        deserialize_i8: -128.0, 128.0;
        deserialize_i16: -32_768.0, 32_768.0;
        deserialize_i32: -2_147_483_648.0, 2_147_483_648.0;
        deserialize_i64: -TWO_63, TWO_63;
        deserialize_u8: 0.0, 256.0;
        deserialize_u16: 0.0, 65_536.0;
        deserialize_u32: 0.0, 4_294_967_296.0;
        deserialize_u64: 0.0, TWO_64;
    }

    nested! {
        deserialize_any();
        deserialize_option();
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
    }

    // Maps and structs pass through as they are: a generated type wraps its
    // own map (its `Object`, or a union's variant fields), and wrapping it
    // here too would make a recursive type an infinite one; a map of
    // integers as a field is read by `integer::deserialize`.
    forward! {
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_bool();
        deserialize_i128();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Every `visit_*` a wrapper passes on unchanged.
macro_rules! visits {
    ($($method:ident($ty:ty);)*) => {$(
        #[inline]
        fn $method<E: Error>(self, value: $ty) -> Result<Self::Value, E> {
            self.inner().$method(value)
        }
    )*};
}

/// What both visitor wrappers pass on.
macro_rules! pass_on {
    () => {
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.expected().expecting(f)
        }

        visits! {
            visit_bool(bool);
            visit_i8(i8);
            visit_i16(i16);
            visit_i32(i32);
            visit_i64(i64);
            visit_i128(i128);
            visit_u8(u8);
            visit_u16(u16);
            visit_u32(u32);
            visit_u64(u64);
            visit_u128(u128);
            visit_char(char);
            visit_str(&str);
            visit_borrowed_str(&'de str);
            visit_string(String);
            visit_bytes(&[u8]);
            visit_borrowed_bytes(&'de [u8]);
            visit_byte_buf(Vec<u8>);
        }

        #[inline]
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            self.inner().visit_none()
        }

        #[inline]
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            self.inner().visit_unit()
        }

        #[inline]
        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
            self.inner().visit_enum(data)
        }
    };
}

/// An integer's visitor: an integral float within `min..end` is given to it
/// as that integer; an integral one outside is an invalid value; any other
/// float, and everything else, passes on.
struct Int<V> {
    visitor: V,
    min: f64,
    end: f64,
}

impl<V> Int<V> {
    fn inner(self) -> V {
        self.visitor
    }

    fn expected(&self) -> &V {
        &self.visitor
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Int<V> {
    type Value = V::Value;

    pass_on!();

    #[inline]
    fn visit_f32<E: Error>(self, value: f32) -> Result<V::Value, E> {
        self.visit_f64(f64::from(value))
    }

    #[inline]
    fn visit_f64<E: Error>(self, value: f64) -> Result<V::Value, E> {
        if value.fract() != 0.0 || !value.is_finite() {
            return self.visitor.visit_f64(value);
        }
        if value < self.min || value >= self.end {
            return Err(E::invalid_value(Unexpected::Float(value), &self.visitor));
        }
        // Integral and in range: exact as an integer (the casts cannot
        // truncate or wrap).
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        if value < 0.0 {
            self.visitor.visit_i64(value as i64)
        } else {
            self.visitor.visit_u64(value as u64)
        }
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(deserializer)
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(deserializer)
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(seq)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(map)
    }
}

/// A container's visitor: what it holds reads through [`Lenient`] too.
struct Nested<V>(V);

impl<V> Nested<V> {
    fn inner(self) -> V {
        self.0
    }

    fn expected(&self) -> &V {
        &self.0
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Nested<V> {
    type Value = V::Value;

    pass_on!();

    #[inline]
    fn visit_f32<E: Error>(self, value: f32) -> Result<V::Value, E> {
        self.0.visit_f32(value)
    }

    #[inline]
    fn visit_f64<E: Error>(self, value: f64) -> Result<V::Value, E> {
        self.0.visit_f64(value)
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Lenient(deserializer))
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Lenient(deserializer))
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Items(seq))
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Values(map))
    }
}
