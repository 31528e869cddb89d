//! Serde and `FromStr` for generated string enums, through [`StringEnum`].

use crate::{ParseStatusError, StringEnum};
use core::convert::Infallible;
use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, Deserializer, Visitor};

/// How a generated string enum reads its wire values: the machinery behind
/// its `Deserialize` and `FromStr`, private to generated code so that
/// [`StringEnum`] keeps only what a user implements and calls.
pub trait WireEnum: StringEnum {
    /// What a deserializer expects, for type errors.
    const EXPECTING: &'static str = "a string";

    /// The listed value (or alias) `value` names.
    fn from_known(value: &str) -> Option<Self>;

    /// An unlisted value: kept by an `open` enum, handed back by a closed one.
    #[inline]
    fn from_unknown(value: String) -> Result<Self, String> {
        Err(value)
    }
}

/// Deserializes a string enum from a string, keeping unlisted values when the
/// enum is open and naming the allowed ones when it is closed.
#[inline]
pub fn deserialize_string_enum<'de, T: WireEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(StringVisitor(PhantomData))
}

/// `FromStr` of a closed string enum.
pub fn parse_closed<T: WireEnum>(value: &str) -> Result<T, ParseStatusError> {
    T::from_known(value).ok_or_else(|| ParseStatusError::new(value, T::KNOWN))
}

/// `FromStr` of an open string enum: every value parses.
pub fn parse_open<T: WireEnum>(value: &str) -> Result<T, Infallible> {
    Ok(match T::from_known(value) {
        Some(known) => known,
        None => match T::from_unknown(value.to_owned()) {
            Ok(unknown) => unknown,
            Err(_) => unreachable!("an open string enum keeps every value"),
        },
    })
}

/// The value for `value`: a listed one, an alias, or an unlisted one an open
/// enum keeps; for a closed enum an error naming the allowed values.
#[inline]
pub fn string_enum_value<T: WireEnum, E: de::Error>(value: &str) -> Result<T, E> {
    match T::from_known(value) {
        Some(known) => Ok(known),
        None => unknown(value.to_owned()),
    }
}

struct StringVisitor<T>(PhantomData<T>);

impl<T: WireEnum> Visitor<'_> for StringVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        string_enum_value(value)
    }

    #[inline]
    fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
        match T::from_known(&value) {
            Some(known) => Ok(known),
            None => unknown(value),
        }
    }
}

#[cold]
fn unknown<T: WireEnum, E: de::Error>(value: String) -> Result<T, E> {
    T::from_unknown(value).map_err(|value| E::unknown_variant(&value, T::KNOWN))
}
