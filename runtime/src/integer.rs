//! A field holding a map of integers (`BTreeMap<String, u64>`,
//! `Option<HashMap<String, Vec<i32>>>`) reads an integral JSON number written
//! as a float (`150.0`, `1e2`, `-0.0`), as JSON Schema counts it an integer,
//! through [`deserialize`]. Every other integer does through the
//! deserializer generated code reads with (`object.rs`), which cannot wrap a
//! map's values without making recursive types infinite. Public only through
//! `__private`.
// Reached only through the hidden `__private`, by generated code.
#![allow(missing_docs)]

use core::fmt;
use core::marker::PhantomData;
use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::hash::{BuildHasher, Hash};

/// `#[serde(deserialize_with)]` of an integer field: `T` read as serde reads
/// it, but for its integers, which also take an integral float that fits.
#[inline]
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Integers<'de>,
{
    T::read_integers(deserializer)
}

/// An integer type, or a container (`Option`, `Box`, sequences, maps' values)
/// of them, read with integral floats.
pub trait Integers<'de>: Sized {
    fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// `T` as a seed, for the items of containers.
struct Seed<T>(PhantomData<T>);

impl<'de, T: Integers<'de>> DeserializeSeed<'de> for Seed<T> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::read_integers(deserializer)
    }
}

/// Reads one integer type, worded as serde words its own errors.
struct Int<T>(PhantomData<T>);

/// What [`Int`] needs of an integer type.
trait Integer: Sized + TryFrom<i64> + TryFrom<u64> + TryFrom<i128> + TryFrom<u128> {
    const NAME: &'static str;
    /// Whether the type has negative values.
    const SIGNED: bool;
}

/// An integral `v` as `T`, when it fits exactly; `None` otherwise (a
/// fraction, out of range, not finite).
fn from_float<T: Integer>(v: f64) -> Option<T> {
    // Exactly 2^127 and 2^128: every integral f64 below converts exactly.
    const I128_END: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;
    const U128_END: f64 = 340_282_366_920_938_463_463_374_607_431_768_211_456.0;
    if v.fract() != 0.0 {
        // Also NaN and the infinities, whose `fract` is NaN.
        return None;
    }
    if T::SIGNED {
        if (-I128_END..I128_END).contains(&v) {
            #[allow(clippy::cast_possible_truncation)] // integral and in range
            return T::try_from(v as i128).ok();
        }
    } else if (0.0..U128_END).contains(&v) {
        // `-0.0` is in: it is 0.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return T::try_from(v as u128).ok();
    }
    None
}

impl<T: Integer> Visitor<'_> for Int<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(T::NAME)
    }

    #[inline]
    fn visit_i64<E: Error>(self, v: i64) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
    }

    #[inline]
    fn visit_u64<E: Error>(self, v: u64) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_i128<E: Error>(self, v: i128) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::invalid_value(Unexpected::Other("i128"), &self))
    }

    fn visit_u128<E: Error>(self, v: u128) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::invalid_value(Unexpected::Other("u128"), &self))
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<T, E> {
        match from_float(v) {
            Some(n) => Ok(n),
            // An integer, but not one of `T`: as serde says of an integer.
            None if v.fract() == 0.0 => Err(E::invalid_value(Unexpected::Float(v), &self)),
            // What serde says of any float.
            None => Err(E::invalid_type(Unexpected::Float(v), &self)),
        }
    }
}

macro_rules! integers {
    ($($ty:ident $deserialize:ident $signed:literal,)*) => {$(
        impl Integer for $ty {
            const NAME: &'static str = stringify!($ty);
            const SIGNED: bool = $signed;
        }

        impl<'de> Integers<'de> for $ty {
            #[inline]
            fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.$deserialize(Int::<$ty>(PhantomData))
            }
        }
    )*};
}

integers! {
    i8 deserialize_i8 true,
    i16 deserialize_i16 true,
    i32 deserialize_i32 true,
    i64 deserialize_i64 true,
    i128 deserialize_i128 true,
    isize deserialize_i64 true,
    u8 deserialize_u8 false,
    u16 deserialize_u16 false,
    u32 deserialize_u32 false,
    u64 deserialize_u64 false,
    u128 deserialize_u128 false,
    usize deserialize_u64 false,
}

impl<'de, T: Integers<'de>> Integers<'de> for Option<T> {
    #[inline]
    fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Opt<T>(PhantomData<T>);

        impl<'de, T: Integers<'de>> Visitor<'de> for Opt<T> {
            type Value = Option<T>;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("option")
            }

            #[inline]
            fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            #[inline]
            fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            #[inline]
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                T::read_integers(d).map(Some)
            }
        }

        deserializer.deserialize_option(Opt(PhantomData))
    }
}

impl<'de, T: Integers<'de>> Integers<'de> for Box<T> {
    #[inline]
    fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read_integers(deserializer).map(Box::new)
    }
}

/// A sequence container, filled in order.
trait Collect<T>: Sized {
    fn with_capacity(capacity: usize) -> Self;
    fn add(&mut self, item: T);
}

impl<T> Collect<T> for Vec<T> {
    fn with_capacity(capacity: usize) -> Self {
        Vec::with_capacity(capacity)
    }

    #[inline]
    fn add(&mut self, item: T) {
        self.push(item);
    }
}

impl<T> Collect<T> for VecDeque<T> {
    fn with_capacity(capacity: usize) -> Self {
        VecDeque::with_capacity(capacity)
    }

    #[inline]
    fn add(&mut self, item: T) {
        self.push_back(item);
    }
}

impl<T: Ord> Collect<T> for BTreeSet<T> {
    fn with_capacity(_: usize) -> Self {
        BTreeSet::new()
    }

    #[inline]
    fn add(&mut self, item: T) {
        self.insert(item);
    }
}

impl<T: Eq + Hash, S: BuildHasher + Default> Collect<T> for HashSet<T, S> {
    fn with_capacity(capacity: usize) -> Self {
        HashSet::with_capacity_and_hasher(capacity, S::default())
    }

    #[inline]
    fn add(&mut self, item: T) {
        self.insert(item);
    }
}

/// What serde preallocates from a size hint: at most about a megabyte.
fn cautious<T>(hint: Option<usize>) -> usize {
    const MAX_BYTES: usize = 1024 * 1024;
    let size = core::mem::size_of::<T>().max(1);
    hint.unwrap_or(0).min(MAX_BYTES / size)
}

struct Seq<C, T>(PhantomData<(C, T)>);

impl<'de, C: Collect<T>, T: Integers<'de>> Visitor<'de> for Seq<C, T> {
    type Value = C;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<C, A::Error> {
        let mut out = C::with_capacity(cautious::<T>(seq.size_hint()));
        while let Some(item) = seq.next_element_seed(Seed::<T>(PhantomData))? {
            out.add(item);
        }
        Ok(out)
    }
}

macro_rules! sequences {
    ($($ty:ident<T $(: $bound:ident $(+ $more:ident)*)? $(, $s:ident)?>,)*) => {$(
        impl<'de, T: Integers<'de> $(+ $bound $(+ $more)*)? $(, $s: BuildHasher + Default)?>
            Integers<'de> for $ty<T $(, $s)?>
        {
            fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_seq(Seq::<Self, T>(PhantomData))
            }
        }
    )*};
}

sequences! {
    Vec<T>,
    VecDeque<T>,
    BTreeSet<T: Ord>,
    HashSet<T: Eq + Hash, S>,
}

/// A map container: its keys as serde reads them, its values' integers.
trait Insert<K, V>: Sized {
    fn with_capacity(capacity: usize) -> Self;
    fn put(&mut self, key: K, value: V);
}

impl<K: Ord, V> Insert<K, V> for BTreeMap<K, V> {
    fn with_capacity(_: usize) -> Self {
        BTreeMap::new()
    }

    #[inline]
    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

impl<K: Eq + Hash, V, S: BuildHasher + Default> Insert<K, V> for HashMap<K, V, S> {
    fn with_capacity(capacity: usize) -> Self {
        HashMap::with_capacity_and_hasher(capacity, S::default())
    }

    #[inline]
    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

struct Entries<M, K, V>(PhantomData<(M, K, V)>);

impl<'de, M, K, V> Visitor<'de> for Entries<M, K, V>
where
    M: Insert<K, V>,
    K: Deserialize<'de>,
    V: Integers<'de>,
{
    type Value = M;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<M, A::Error> {
        let mut out = M::with_capacity(cautious::<(K, V)>(map.size_hint()));
        while let Some(key) = map.next_key::<K>()? {
            let value = map.next_value_seed(Seed::<V>(PhantomData))?;
            out.put(key, value);
        }
        Ok(out)
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Integers<'de>> Integers<'de> for BTreeMap<K, V> {
    fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(Entries::<Self, K, V>(PhantomData))
    }
}

impl<'de, K, V, S> Integers<'de> for HashMap<K, V, S>
where
    K: Deserialize<'de> + Eq + Hash,
    V: Integers<'de>,
    S: BuildHasher + Default,
{
    fn read_integers<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(Entries::<Self, K, V>(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::deserialize;
    use std::collections::BTreeMap;

    fn read<T: for<'de> super::Integers<'de>>(json: &str) -> Result<T, String> {
        deserialize(&mut serde_json::Deserializer::from_str(json)).map_err(|e| e.to_string())
    }

    #[test]
    fn integral_floats_read_when_they_fit() {
        assert_eq!(read::<i64>("150.0"), Ok(150));
        assert_eq!(read::<u8>("1e2"), Ok(100));
        assert_eq!(read::<u32>("-0.0"), Ok(0));
        assert_eq!(read::<u32>("-0"), Ok(0));
        assert_eq!(read::<i64>("-9223372036854775808.0"), Ok(i64::MIN));
        assert_eq!(read::<u64>("1e19"), Ok(10_000_000_000_000_000_000));
        // serde_json reads 128-bit integers from their digits only, exactly.
        assert_eq!(
            read::<i128>("-170141183460469231731687303715884105728"),
            Ok(i128::MIN)
        );
        assert_eq!(
            read::<u128>("340282366920938463463374607431768211455"),
            Ok(u128::MAX)
        );
        assert_eq!(read::<Option<i32>>("null"), Ok(None));
        assert_eq!(read::<Option<i32>>("2.0"), Ok(Some(2)));
        assert_eq!(read::<Vec<u16>>("[1, 2.0, 3e0]"), Ok(vec![1, 2, 3]));
        assert_eq!(
            read::<BTreeMap<String, Option<Vec<i8>>>>(r#"{"a": [-1.0], "b": null}"#),
            Ok(BTreeMap::from([
                ("a".into(), Some(vec![-1])),
                ("b".into(), None)
            ]))
        );
    }

    /// What other deserializers hand a 128-bit integer: a float too.
    #[test]
    fn wide_integers_from_floats() {
        use serde::de::value::{Error, F64Deserializer};
        use serde::de::IntoDeserializer;
        let float = |v: f64| -> F64Deserializer<Error> { v.into_deserializer() };
        assert_eq!(
            deserialize::<_, i128>(float(-(2f64.powi(100)))).ok(),
            Some(-(1 << 100))
        );
        assert_eq!(
            deserialize::<_, u128>(float(2f64.powi(127))).ok(),
            Some(1 << 127)
        );
        assert!(deserialize::<_, u128>(float(1e39)).is_err());
        assert!(deserialize::<_, i128>(float(1.7015e38)).is_err());
        assert!(deserialize::<_, u128>(float(f64::NAN)).is_err());
        assert!(deserialize::<_, u64>(float(f64::INFINITY)).is_err());
    }

    #[test]
    fn what_serde_rejects_stays_rejected_in_its_words() {
        assert_eq!(
            read::<i64>("150.5").unwrap_err(),
            "invalid type: floating point `150.5`, expected i64 at line 1 column 5"
        );
        assert_eq!(
            read::<i32>("2147483648").unwrap_err(),
            "invalid value: integer `2147483648`, expected i32 at line 1 column 10"
        );
        assert_eq!(
            read::<i32>("2147483648.0").unwrap_err(),
            "invalid value: floating point `2147483648.0`, expected i32 at line 1 column 12"
        );
        assert_eq!(
            read::<u8>("-1").unwrap_err(),
            "invalid value: integer `-1`, expected u8 at line 1 column 2"
        );
        assert!(read::<u64>("1e20").is_err());
        assert!(read::<i64>("9223372036854775808.0").is_err());
        assert_eq!(
            read::<u8>(r#""1""#).unwrap_err(),
            "invalid type: string \"1\", expected u8 at line 1 column 3"
        );
        assert_eq!(
            read::<Vec<u8>>("[1.5]").unwrap_err(),
            "invalid type: floating point `1.5`, expected u8 at line 1 column 4"
        );
    }
}
