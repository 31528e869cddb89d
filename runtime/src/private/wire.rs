//! Serde for generated string enums (status enums and `#[response_model]` enums).

use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, Deserializer, Visitor};

/// What a generated string enum tells the shared visitor.
pub trait WireEnum: Sized {
    /// Every listed wire value.
    const KNOWN: &'static [&'static str];
    /// What the visitor expects, for type errors.
    const EXPECTING: &'static str;
    /// The listed value `value` names, if any.
    fn from_known(value: &str) -> Option<Self>;
    /// An unlisted value: kept by an `open` enum, handed back by a closed one.
    fn from_unknown(value: String) -> Result<Self, String>;
}

/// Deserializes a string enum from a string, keeping unlisted values when the
/// enum is open and naming the allowed ones when it is closed.
#[inline]
pub fn deserialize_wire<'de, T: WireEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(WireVisitor(PhantomData))
}

struct WireVisitor<T>(PhantomData<T>);

impl<T: WireEnum> Visitor<'_> for WireVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        match T::from_known(value) {
            Some(known) => Ok(known),
            None => unknown(value.to_owned()),
        }
    }

    #[inline]
    fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
        match T::from_known(&value) {
            Some(known) => Ok(known),
            None => unknown(value),
        }
    }
}

fn unknown<T: WireEnum, E: de::Error>(value: String) -> Result<T, E> {
    T::from_unknown(value).map_err(|value| E::unknown_variant(&value, T::KNOWN))
}
