//! `#[response(progress)]`: a field holding a percentage (0 to 100, as
//! `percentComplete` and `progressPercent` are) read as the body's
//! `progress()`, a fraction from 0 to 1.

/// A number a percentage field may hold (or `Option` of one).
pub trait Percent {
    /// The percentage as sent, if there is one.
    fn percent(&self) -> Option<f64>;
}

macro_rules! percent_of_numbers {
    ($($ty:ty)*) => {$(
        impl Percent for $ty {
            #[inline]
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)] // a percentage
            fn percent(&self) -> Option<f64> {
                Some(*self as f64)
            }
        }
    )*};
}

percent_of_numbers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);

impl<T: Percent> Percent for Option<T> {
    #[inline]
    fn percent(&self) -> Option<f64> {
        self.as_ref()?.percent()
    }
}

/// The fraction a percentage field says: a NaN or an infinity says
/// nothing, and one outside 0 to 100 is kept within it.
#[inline]
pub fn fraction<T: Percent + ?Sized>(field: &T) -> Option<f64> {
    let percent = field.percent().filter(|p| p.is_finite())?;
    Some((percent / 100.0).clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::fraction;

    #[test]
    fn a_percentage_is_a_fraction() {
        assert_eq!(fraction(&40u8), Some(0.4));
        assert_eq!(fraction(&Some(12.5f64)), Some(0.125));
        assert_eq!(fraction(&None::<u32>), None);
        assert_eq!(fraction(&150i32), Some(1.0));
        assert_eq!(fraction(&-5i64), Some(0.0));
        assert_eq!(fraction(&f64::NAN), None);
        assert_eq!(fraction(&f32::INFINITY), None);
    }
}
