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
//! own, so this costs the user's build nothing per field. Maps below a value
//! pass through (a generated type wraps its own map, and wrapping it twice
//! would make a recursive type an infinite one), so a field that holds a map
//! of integers (`BTreeMap<String, u64>`) reads through [`map_of_integers`],
//! which wraps maps too.

use core::fmt;
use core::marker::PhantomData;
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
        self.0.visit_map(Values::<A, Through>::new(map))
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

/// The requests both deserializers here pass on as they come. (`Lenient`
/// has nothing to change in them: `i128` and `u128` serde_json reads from
/// integer digits only.)
macro_rules! forward_plain {
    () => {
        forward! {
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
    };
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
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_option();
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
    }

    forward_plain!();

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// What a map below a value does: pass through ([`Through`]), or read its
/// values through [`Lenient`] too ([`Wrapped`]). A type, not a flag, so that
/// a mode instantiates only its own path.
pub(crate) trait Maps: Sized {
    fn deserialize_map<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error>;
}

/// Inside a generated type, whose own maps wrap themselves.
pub(crate) enum Through {}

impl Maps for Through {
    #[inline]
    fn deserialize_map<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        deserializer.deserialize_map(visitor)
    }
}

/// A field holding a map of integers: no generated type below it.
enum Wrapped {}

impl Maps for Wrapped {
    #[inline]
    fn deserialize_map<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        deserializer.deserialize_map(Visit::<V, Wrapped>::new(visitor, None))
    }
}

/// `#[serde(deserialize_with)]` of a field holding a map of integers
/// (`BTreeMap<String, u64>`, `Option<HashMap<String, Vec<i32>>>`): the map's
/// values read integral floats too.
#[inline]
pub fn map_of_integers<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(Lenient::<D, Wrapped>(deserializer, PhantomData))
}

/// A map or a sequence whose values or items read through [`Lenient`]; a
/// map's keys as they come.
pub(crate) struct Values<A, M>(A, PhantomData<M>);

impl<A, M> Values<A, M> {
    pub(crate) fn new(access: A) -> Self {
        Values(access, PhantomData)
    }
}

impl<'de, A: MapAccess<'de>, M: Maps> MapAccess<'de> for Values<A, M> {
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
        self.0.next_value_seed(Seed::<S, M>(seed, PhantomData))
    }

    #[inline]
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: SeqAccess<'de>, M: Maps> SeqAccess<'de> for Values<A, M> {
    type Error = A::Error;

    #[inline]
    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Seed::<S, M>(seed, PhantomData))
    }

    #[inline]
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// A seed that reads through [`Lenient`].
struct Seed<S, M>(S, PhantomData<M>);

impl<'de, S: DeserializeSeed<'de>, M: Maps> DeserializeSeed<'de> for Seed<S, M> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0
            .deserialize(Lenient::<D, M>(deserializer, PhantomData))
    }
}

/// A value's deserializer: an integer type reads an integral float that
/// fits it; sequences, `Option`s and newtypes pass the same on to what they
/// hold, and maps as `M` says; everything else reads as it would.
struct Lenient<D, M>(D, PhantomData<M>);

/// `deserialize_<int>` reading through [`Visit`] with the type's range:
/// `min` inclusive, `end` exclusive, both exact in an `f64`.
macro_rules! integers {
    ($($method:ident: $min:expr, $end:expr;)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(Visit::<V, M>::new(visitor, Some(($min, $end))))
        }
    )*};
}

/// `deserialize_<container>` reading through [`Visit`].
macro_rules! nested {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* Visit::<V, M>::new(visitor, None))
        }
    )*};
}

/// 2^63 and 2^64: the ends of `i64` and `u64`, exact in an `f64`.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;
const TWO_64: f64 = 18_446_744_073_709_551_616.0;

impl<'de, D: Deserializer<'de>, M: Maps> Deserializer<'de> for Lenient<D, M> {
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

    #[inline]
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        M::deserialize_map(self.0, visitor)
    }

    // A struct below a value is a generated type, which wraps its own map,
    // or a user's, read as serde reads it.
    forward! {
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
    }

    forward_plain!();

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Every `visit_*` passed on unchanged.
macro_rules! visits {
    ($($method:ident($ty:ty);)*) => {$(
        #[inline]
        fn $method<E: Error>(self, value: $ty) -> Result<Self::Value, E> {
            self.visitor.$method(value)
        }
    )*};
}

/// A value's visitor: with `range`, an integer's, given an integral float
/// within `min..end` as that integer and an integral one outside as an
/// invalid value; what a container holds reads through [`Lenient`]; all
/// else passes on.
struct Visit<V, M> {
    visitor: V,
    range: Option<(f64, f64)>,
    mode: PhantomData<M>,
}

impl<V, M> Visit<V, M> {
    #[inline]
    fn new(visitor: V, range: Option<(f64, f64)>) -> Self {
        Visit {
            visitor,
            range,
            mode: PhantomData,
        }
    }
}

impl<'de, V: Visitor<'de>, M: Maps> Visitor<'de> for Visit<V, M> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
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
    fn visit_f32<E: Error>(self, value: f32) -> Result<V::Value, E> {
        if self.range.is_some() {
            self.visit_f64(f64::from(value))
        } else {
            self.visitor.visit_f32(value)
        }
    }

    #[inline]
    fn visit_f64<E: Error>(self, value: f64) -> Result<V::Value, E> {
        let Some((min, end)) = self.range else {
            return self.visitor.visit_f64(value);
        };
        if value.fract() != 0.0 || !value.is_finite() {
            return self.visitor.visit_f64(value);
        }
        if value < min || value >= end {
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
    fn visit_none<E: Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    #[inline]
    fn visit_unit<E: Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    #[inline]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(data)
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.visitor
            .visit_some(Lenient::<D, M>(deserializer, PhantomData))
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.visitor
            .visit_newtype_struct(Lenient::<D, M>(deserializer, PhantomData))
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(Values::<A, M>::new(seq))
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Values::<A, M>::new(map))
    }
}

/// `#[response(required)]` on an `Option<T>`: serde treats a missing key of a
/// field with `deserialize_with` as an error, while `null` still gives `None`.
pub fn deserialize_required<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer)
}
