//! Generated string enums: the private `WireEnum` they implement, serde and
//! `FromStr` through it, and `string_enum!`, the impls every one shares.

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

/// The impls every generated string enum has beyond its own `match`es (its
/// inherent `as_str` and `lifecycle`, and its `WireEnum`): written once
/// here and expanded by rustc where the attribute is used, instead of as
/// tokens the attribute hands over one by one.
///
/// `$ty, tag`: a tagged model's hidden tag enum; `$ty, model, open|closed`:
/// a `#[response_model]` enum; `$ty, status, open|closed`: a status enum.
#[doc(hidden)]
#[macro_export]
macro_rules! __string_enum {
    ($ty:ident, tag) => {
        $crate::__string_enum!(@wire $ty);
    };
    ($ty:ident, model, $open:ident) => {
        $crate::__string_enum!(@wire $ty);
        $crate::__string_enum!(@public $ty, $open);

        #[automatically_derived]
        impl $crate::__private::SelfChecking for $ty {
            const RULES: ::core::primitive::bool = false;
        }
    };
    ($ty:ident, status, $open:ident) => {
        $crate::__string_enum!(@wire $ty);
        $crate::__string_enum!(@public $ty, $open);

        #[automatically_derived]
        impl $crate::OperationStatus for $ty {
            const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
            const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;

            #[inline]
            fn lifecycle(&self) -> $crate::Lifecycle {
                Self::lifecycle(self)
            }
        }

        impl $ty {
            /// Whether the operation will not change any more: stop polling.
            #[inline]
            pub fn is_terminal(&self) -> ::core::primitive::bool {
                self.lifecycle().is_terminal()
            }

            /// Whether the operation ended without succeeding.
            #[inline]
            pub fn is_failure(&self) -> ::core::primitive::bool {
                self.lifecycle().is_failure()
            }

            /// Whether the operation ended and succeeded.
            #[inline]
            pub fn is_success(&self) -> ::core::primitive::bool {
                self.lifecycle().is_success()
            }

            /// Whether the operation waits for a person (an approval, a
            /// confirmation, a resume): not ended, and not running either.
            #[inline]
            pub fn is_waiting(&self) -> ::core::primitive::bool {
                self.lifecycle().is_waiting()
            }
        }
    };
    (@wire $ty:ident) => {
        #[automatically_derived]
        impl $crate::StringEnum for $ty {
            const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;

            #[inline]
            fn as_str(&self) -> &::core::primitive::str {
                Self::as_str(self)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
    (@public $ty:ident, closed) => {
        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::ParseStatusError;

            #[inline]
            fn from_str(value: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__private::parse_closed(value)
            }
        }

        $crate::__string_enum!(@shared $ty);
    };
    (@public $ty:ident, open) => {
        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = ::core::convert::Infallible;

            #[inline]
            fn from_str(value: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__private::parse_open(value)
            }
        }

        $crate::__string_enum!(@shared $ty);
    };
    (@shared $ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::Serialize for $ty {
            #[inline]
            fn serialize<S: $crate::__private::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::Deserialize<'de> for $ty {
            #[inline]
            fn deserialize<D: $crate::__private::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_string_enum(deserializer)
            }
        }

        #[automatically_derived]
        impl $crate::Validate for $ty {
            #[inline]
            fn validate_into(&self, _: &$crate::Path<'_>, _: &mut $crate::ValidationErrors) {}
        }

        #[automatically_derived]
        impl $crate::Examples for $ty {
            #[inline]
            fn examples() -> ::std::vec::Vec<Self> {
                $crate::__private::examples::strings()
            }
        }
    };
}
