//! `#[response(number_as_string)]`: an integer field that reads a JSON
//! number or a decimal string, as proto3's JSON mapping writes 64-bit
//! integers (`"totalCount": "12"`), and writes a string, so that such a body
//! round-trips exactly. The field's `#[serde(with)]` module.
//!
//! A decimal string is written as a JSON integer is: `0`, or an optional
//! `-` and digits without a leading zero (`"12"`, `"-3"`); `"+3"`, `"007"`,
//! `"-0"`, `"1.5"` and `"1e2"` are not read. A number reads as any integer
//! field reads one, an integral float (`12.0`) included; a number beyond 64
//! bits, which serde_json holds only as a float, must come as a string.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{Deserializer, Error, Expected, Unexpected, Visitor};
use serde::Serializer;

/// The types `number_as_string` reads: every integer type, and `Option` of
/// one.
#[diagnostic::on_unimplemented(
    message = "`number_as_string` reads an integer: `{Self}` is not one",
    label = "not an integer type, nor `Option` of one",
    note = "declare the field as `i64`, `u64` (or another integer type) or `Option` of one"
)]
pub trait NumberAsString: Sized {
    #[doc(hidden)]
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
    #[doc(hidden)]
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

/// Reads the field: a number, or a decimal string.
///
/// # Errors
///
/// Anything else, or an integer out of the type's range, with a message
/// that says what was expected.
#[inline]
pub fn deserialize<'de, D: Deserializer<'de>, T: NumberAsString>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::read(deserializer)
}

/// Writes the field: a decimal string (`None` as `null`).
///
/// # Errors
///
/// The serializer's.
#[inline]
pub fn serialize<S: Serializer, T: NumberAsString>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.write(serializer)
}

/// An integer type: its range, and exact conversions into it.
pub trait Integer:
    Copy + fmt::Display + TryFrom<i64> + TryFrom<u64> + TryFrom<i128> + TryFrom<u128>
{
    /// The least value.
    const MIN: Self;
    /// The greatest value.
    const MAX: Self;
    /// Whether it has more than 64 bits: a JSON number beyond 64 bits is a
    /// float in serde_json, so such a value must come as a string.
    const WIDE: bool;
    /// The least and the greatest value as floats, within 64 bits: an
    /// integral float in `LOW..END` is exactly one of its values.
    const LOW: f64;
    /// One past the greatest (exclusive).
    const END: f64;
}

/// 2^63 and 2^64, exact in an `f64`.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;
const TWO_64: f64 = 18_446_744_073_709_551_616.0;

macro_rules! integers {
    ($($t:ty: $low:expr, $end:expr, $wide:expr;)*) => {$(
        impl Integer for $t {
            const MIN: Self = <$t>::MIN;
            const MAX: Self = <$t>::MAX;
            const WIDE: bool = $wide;
            const LOW: f64 = $low;
            const END: f64 = $end;
        }

        impl NumberAsString for $t {
            #[inline]
            fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(Int::<$t>(PhantomData))
            }

            #[inline]
            fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    )*};
}

integers! {
    i8: -128.0, 128.0, false;
    i16: -32_768.0, 32_768.0, false;
    i32: -2_147_483_648.0, 2_147_483_648.0, false;
    i64: -TWO_63, TWO_63, false;
    i128: -TWO_63, TWO_64, true;
    u8: 0.0, 256.0, false;
    u16: 0.0, 65_536.0, false;
    u32: 0.0, 4_294_967_296.0, false;
    u64: 0.0, TWO_64, false;
    u128: 0.0, TWO_64, true;
}

#[cfg(target_pointer_width = "64")]
integers! {
    isize: -TWO_63, TWO_63, false;
    usize: 0.0, TWO_64, false;
}

#[cfg(target_pointer_width = "32")]
integers! {
    isize: -2_147_483_648.0, 2_147_483_648.0, false;
    usize: 0.0, 4_294_967_296.0, false;
}

#[cfg(target_pointer_width = "16")]
integers! {
    isize: -32_768.0, 32_768.0, false;
    usize: 0.0, 65_536.0, false;
}

impl<T: Integer + NumberAsString> NumberAsString for Option<T> {
    #[inline]
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(Nullable::<T>(PhantomData))
    }

    #[inline]
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.collect_str(value),
            None => serializer.serialize_none(),
        }
    }
}

/// A decimal string's sign and digits, when it is written as a JSON
/// integer is: `None` for anything else. The digits may exceed every type.
fn decimal(s: &str) -> Option<(bool, &str)> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, s),
    };
    let canonical = match digits.as_bytes() {
        [b'0'] => !negative,
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    canonical.then_some((negative, digits))
}

/// The value of a decimal string in `T`, if it has one.
fn parse<T: Integer>(negative: bool, digits: &str) -> Option<T> {
    let magnitude: u128 = digits.parse().ok()?;
    if negative {
        let value = 0i128.checked_sub_unsigned(magnitude)?;
        T::try_from(value).ok()
    } else {
        T::try_from(magnitude).ok()
    }
}

/// The value of a decimal string in `T`, when it is written as a JSON
/// integer is and fits.
#[cfg(test)]
pub(crate) fn read_decimal<T: Integer>(s: &str) -> Option<T> {
    decimal(s).and_then(|(negative, digits)| parse(negative, digits))
}

/// "an integer from 0 to 255": the range of `T`, for an out-of-range value.
struct Range<T>(PhantomData<T>);

impl<T: Integer> Expected for Range<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an integer from {} to {}", T::MIN, T::MAX)
    }
}

/// A number beyond 64 bits for a wider type: serde_json read it as a float.
struct Within64Bits;

impl Expected for Within64Bits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number within 64 bits, or a decimal string")
    }
}

/// The visitor of one integer.
struct Int<T>(PhantomData<T>);

impl<T: Integer> Int<T> {
    fn exact<E: Error, V: Copy>(value: V, unexpected: Unexpected<'_>) -> Result<T, E>
    where
        T: TryFrom<V>,
    {
        T::try_from(value).map_err(|_| E::invalid_value(unexpected, &Range::<T>(PhantomData)))
    }
}

impl<T: Integer> Visitor<'_> for Int<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer or a decimal string")
    }

    #[inline]
    fn visit_i64<E: Error>(self, value: i64) -> Result<T, E> {
        Self::exact(value, Unexpected::Signed(value))
    }

    #[inline]
    fn visit_u64<E: Error>(self, value: u64) -> Result<T, E> {
        Self::exact(value, Unexpected::Unsigned(value))
    }

    fn visit_i128<E: Error>(self, value: i128) -> Result<T, E> {
        let shown = value.to_string();
        Self::exact(value, Unexpected::Other(&shown))
    }

    fn visit_u128<E: Error>(self, value: u128) -> Result<T, E> {
        let shown = value.to_string();
        Self::exact(value, Unexpected::Other(&shown))
    }

    /// An integral float in range reads as that integer, as every integer
    /// field reads one.
    fn visit_f64<E: Error>(self, value: f64) -> Result<T, E> {
        if !value.is_finite() || value.fract() != 0.0 {
            return Err(E::invalid_type(Unexpected::Float(value), &self));
        }
        if value < T::LOW || value >= T::END {
            return Err(if T::WIDE {
                E::invalid_value(Unexpected::Float(value), &Within64Bits)
            } else {
                E::invalid_value(Unexpected::Float(value), &Range::<T>(PhantomData))
            });
        }
        // Integral and in range: exact (the casts cannot truncate or wrap).
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        if value < 0.0 {
            self.visit_i64(value as i64)
        } else {
            self.visit_u64(value as u64)
        }
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<T, E> {
        let Some((negative, digits)) = decimal(value) else {
            return Err(E::invalid_value(Unexpected::Str(value), &self));
        };
        parse(negative, digits)
            .ok_or_else(|| E::invalid_value(Unexpected::Str(value), &Range::<T>(PhantomData)))
    }
}

/// The visitor of an `Option` of one integer.
struct Nullable<T>(PhantomData<T>);

impl<'de, T: Integer> Visitor<'de> for Nullable<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer, a decimal string or null")
    }

    #[inline]
    fn visit_none<E: Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    #[inline]
    fn visit_unit<E: Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer
            .deserialize_any(Int::<T>(PhantomData))
            .map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::{decimal, parse};

    #[test]
    fn decimal_strings_are_written_as_json_integers() {
        for (s, read) in [
            ("0", Some((false, "0"))),
            ("12", Some((false, "12"))),
            ("-3", Some((true, "3"))),
            ("-0", None),
            ("007", None),
            ("+3", None),
            ("", None),
            ("-", None),
            ("1.5", None),
            ("1e2", None),
            (" 1", None),
            ("1x", None),
            ("١٢", None),
        ] {
            assert_eq!(decimal(s), read, "{s:?}");
        }
    }

    #[test]
    fn values_fit_their_type_exactly() {
        assert_eq!(parse::<u8>(false, "255"), Some(255));
        assert_eq!(parse::<u8>(false, "256"), None);
        assert_eq!(parse::<u8>(true, "1"), None);
        assert_eq!(parse::<i8>(true, "128"), Some(-128));
        assert_eq!(
            parse::<i128>(true, "170141183460469231731687303715884105728"),
            Some(i128::MIN)
        );
        assert_eq!(
            parse::<u128>(false, "340282366920938463463374607431768211455"),
            Some(u128::MAX)
        );
        assert_eq!(
            parse::<u128>(false, "340282366920938463463374607431768211456"),
            None
        );
        assert_eq!(
            parse::<i64>(false, "99999999999999999999999999999999999999999"),
            None
        );
    }
}
