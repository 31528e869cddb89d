//! Deserializing a status-discriminated union (the enum form) without
//! buffering the object when the status key comes first.
//!
//! The first key is read; when it is the status key, its value picks the
//! variant and the variant's fields are read straight from the rest of the
//! map. When other keys come first, only those entries are buffered, then
//! replayed before the rest of the map.

use crate::content::{Content, ContentDeserializer};
use crate::string_enum::string_enum_value;
use crate::{StringEnum, UnknownFields};
use core::fmt;
use core::marker::PhantomData;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, Error as _, MapAccess, Visitor};
use serde_json::Value;

/// What a generated union tells the shared visitor.
pub trait Union<'de>: Sized {
    /// The status enum: its deserializer decides which statuses (and
    /// aliases) are listed, and whether an unlisted one is kept.
    type Status: StringEnum;
    /// The wire key of the status.
    const STATUS_KEY: &'static str;
    /// For type errors: what the body is.
    const EXPECTING: &'static str;

    /// The variant for `status`, its fields read from `rest`.
    fn variant<M: MapAccess<'de>>(status: Self::Status, rest: M) -> Result<Self, M::Error>;
}

/// Reads a variant's field struct from the rest of the map.
#[inline]
pub fn fields<'de, T: Deserialize<'de>, M: MapAccess<'de>>(rest: M) -> Result<T, M::Error> {
    T::deserialize(MapAccessDeserializer::new(rest))
}

/// A unit variant: the rest of the map is skipped, or with
/// `deny_unknown_fields` must be empty. A second status key is an error.
#[inline]
pub fn unit<'de, M: MapAccess<'de>>(
    mut rest: M,
    status_key: &'static str,
    deny_unknown_fields: bool,
) -> Result<(), M::Error> {
    while let Some(key) = rest.next_key_seed(KeySeed(status_key))? {
        match key {
            Key::Status => return Err(M::Error::duplicate_field(status_key)),
            Key::Borrowed(name) if deny_unknown_fields => {
                return Err(M::Error::unknown_field(name, &[]));
            }
            Key::Other(name) if deny_unknown_fields => {
                return Err(M::Error::unknown_field(&name, &[]));
            }
            Key::Borrowed(_) | Key::Other(_) => {
                rest.next_value::<de::IgnoredAny>()?;
            }
        }
    }
    Ok(())
}

/// Collects the rest of the map, for an unlisted status of an open union.
pub fn unknown_fields<'de, M: MapAccess<'de>>(
    mut rest: M,
    status_key: &'static str,
) -> Result<UnknownFields, M::Error> {
    let mut fields = Vec::new();
    while let Some(key) = rest.next_key::<String>()? {
        if key == status_key {
            return Err(M::Error::duplicate_field(status_key));
        }
        let value = rest.next_value::<Value>()?;
        fields.push((key, value));
    }
    Ok(UnknownFields::from(fields))
}

/// Deserializes a union.
#[inline(always)]
pub fn deserialize_union<'de, T: Union<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(UnionVisitor(PhantomData))
}

struct UnionVisitor<T>(PhantomData<T>);

impl<'de, T: Union<'de>> Visitor<'de> for UnionVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    #[inline(always)]
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<T, M::Error> {
        // The fast path: the status comes first.
        let first = map.next_key_seed(KeySeed(T::STATUS_KEY))?;
        let mut buffered = Vec::new();
        let mut key = first;
        loop {
            match key {
                None => return Err(M::Error::missing_field(T::STATUS_KEY)),
                Some(Key::Status) => {
                    // An unlisted status of a closed union fails here, at
                    // the status value, with its path and position.
                    let status = map.next_value_seed(StatusSeed::<T::Status>(PhantomData))?;
                    return if buffered.is_empty() {
                        T::variant(status, map)
                    } else {
                        T::variant(status, Prefixed::new(buffered, map))
                    };
                }
                Some(Key::Borrowed(name)) => {
                    let value = map.next_value::<Content<'de>>()?;
                    buffered.push((Content::Str(name), value));
                    key = map.next_key_seed(KeySeed(T::STATUS_KEY))?;
                }
                Some(Key::Other(name)) => {
                    let value = map.next_value::<Content<'de>>()?;
                    buffered.push((Content::String(name), value));
                    key = map.next_key_seed(KeySeed(T::STATUS_KEY))?;
                }
            }
        }
    }
}

enum Key<'de> {
    Status,
    Borrowed(&'de str),
    Other(String),
}

/// Tells the status key apart without allocating for it.
struct KeySeed(&'static str);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(if key == self.0 {
            Key::Status
        } else {
            Key::Borrowed(key)
        })
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(if key == self.0 {
            Key::Status
        } else {
            Key::Other(key.to_owned())
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(if key == self.0 {
            Key::Status
        } else {
            Key::Other(key)
        })
    }
}

/// Reads the status value into the status enum, allocating only for an
/// unlisted one.
struct StatusSeed<S>(PhantomData<S>);

impl<'de, S: StringEnum> DeserializeSeed<'de> for StatusSeed<S> {
    type Value = S;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<S: StringEnum> Visitor<'_> for StatusSeed<S> {
    type Value = S;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a status string")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<S, E> {
        string_enum_value(value)
    }
}

/// The entries read before the status, then the rest of the map.
struct Prefixed<'de, M> {
    buffered: std::vec::IntoIter<(Content<'de>, Content<'de>)>,
    value: Option<Content<'de>>,
    live: M,
}

impl<'de, M> Prefixed<'de, M> {
    fn new(buffered: Vec<(Content<'de>, Content<'de>)>, live: M) -> Self {
        Prefixed {
            buffered: buffered.into_iter(),
            value: None,
            live,
        }
    }
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Prefixed<'de, M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        match self.buffered.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(ContentDeserializer::<M::Error>::new(key))
                    .map(Some)
            }
            None => self.live.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentDeserializer::<M::Error>::new(value)),
            None => self.live.next_value_seed(seed),
        }
    }
}

/// Serializes an unlisted status with its fields, as received.
pub fn serialize_unknown<S: serde::Serializer>(
    serializer: S,
    status_key: &'static str,
    status: &str,
    fields: &UnknownFields,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
    map.serialize_entry(status_key, status)?;
    for (key, value) in fields.iter() {
        map.serialize_entry(key, value)?;
    }
    map.end()
}
