//! Reading an HTTP `Retry-After` header.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Reads an HTTP `Retry-After` value (RFC 9110, section 10.2.3): delay
/// seconds (`"120"`) or an HTTP date, measured from the system clock; a date
/// in the past is zero. `None` for anything else, so a malformed header
/// leaves the schedule's own delay.
///
/// A date may take any of the three forms a recipient must read: the
/// IMF-fixdate servers send (`"Wed, 21 Oct 2015 07:28:00 GMT"`), and the
/// obsolete RFC 850 (`"Wednesday, 21-Oct-15 07:28:00 GMT"`) and asctime
/// (`"Wed Oct 21 07:28:00 2015"`) forms.
///
/// ```
/// use std::time::Duration;
/// use operation_response::poll::retry_after;
///
/// assert_eq!(retry_after("120"), Some(Duration::from_secs(120)));
/// assert_eq!(retry_after("Thu, 01 Jan 1970 00:00:00 GMT"), Some(Duration::ZERO));
/// assert_eq!(retry_after("soon"), None);
/// ```
pub fn retry_after(value: &str) -> Option<Duration> {
    retry_after_at(value, SystemTime::now())
}

/// [`retry_after`], with the time to measure a date from.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use operation_response::poll::retry_after_at;
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_445_412_420); // 07:27:00
/// for date in [
///     "Wed, 21 Oct 2015 07:28:00 GMT",
///     "Wednesday, 21-Oct-15 07:28:00 GMT",
///     "Wed Oct 21 07:28:00 2015",
/// ] {
///     assert_eq!(retry_after_at(date, now), Some(Duration::from_secs(60)));
/// }
/// ```
pub fn retry_after_at(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim_matches([' ', '\t']);
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for a u64 is still "a very long time".
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = imf_fixdate(value)
        .or_else(|| rfc850_date(value, now))
        .or_else(|| asctime_date(value))?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Sun, 06 Nov 1994 08:49:37 GMT`.
fn imf_fixdate(value: &str) -> Option<SystemTime> {
    let (weekday, rest) = value.split_once(", ")?;
    let mut parts = rest.split(' ');
    let mut next = || parts.next();
    let (day, month, year, time, zone) = (next()?, next()?, next()?, next()?, next()?);
    if !DAYS.contains(&weekday) || zone != "GMT" || next().is_some() || year.len() != 4 {
        return None;
    }
    at(number(year)?, month, two_digits(day)?, time)
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`: a two-digit year more than 50 years
/// ahead of `now` is the last such year before it (RFC 9110, 5.6.7).
fn rfc850_date(value: &str, now: SystemTime) -> Option<SystemTime> {
    let (weekday, rest) = value.split_once(", ")?;
    let mut parts = rest.split(' ');
    let mut next = || parts.next();
    let (date, time, zone) = (next()?, next()?, next()?);
    if !LONG_DAYS.contains(&weekday) || zone != "GMT" || next().is_some() {
        return None;
    }
    let mut date = date.split('-');
    let mut next = || date.next();
    let (day, month, year) = (next()?, next()?, next()?);
    if next().is_some() {
        return None;
    }
    let this_year = year_of(now.duration_since(UNIX_EPOCH).ok()?.as_secs() / 86_400);
    let mut year = this_year / 100 * 100 + two_digits(year)?;
    if year > this_year + 50 {
        year -= 100;
    }
    at(year, month, two_digits(day)?, time)
}

/// `Sun Nov  6 08:49:37 1994`.
fn asctime_date(value: &str) -> Option<SystemTime> {
    let (weekday, rest) = value.split_once(' ')?;
    let (month, rest) = rest.split_once(' ')?;
    // The day is two digits or a space and one.
    let day = rest.get(..2)?;
    let (time, year) = rest.get(2..)?.strip_prefix(' ')?.split_once(' ')?;
    let day = match day.strip_prefix(' ') {
        Some(digit) if digit.len() == 1 => number(digit)?,
        _ => two_digits(day)?,
    };
    if !DAYS.contains(&weekday) || year.len() != 4 {
        return None;
    }
    at(number(year)?, month, day, time)
}

fn number(digits: &str) -> Option<u64> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn two_digits(digits: &str) -> Option<u64> {
    (digits.len() == 2).then(|| number(digits))?
}

/// The instant of a date and a `hh:mm:ss` time, in GMT.
fn at(year: u64, month: &str, day: u64, time: &str) -> Option<SystemTime> {
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let mut clock = time.split(':').map(two_digits);
    let (hour, minute, second) = (clock.next()??, clock.next()??, clock.next()??);
    if clock.next().is_some()
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
        || year < 1970
    {
        return None;
    }
    let days = days_since_epoch(year, month, day);
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second;
    UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, for
/// years from 1970 (counted from March, so that a leap day ends its year).
fn days_since_epoch(year: u64, month: u64, day: u64) -> u64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year % 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The year of a day counted from 1970-01-01: the inverse of the above.
fn year_of(days: u64) -> u64 {
    let days = days + 719_468;
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    // January and February belong to the next civil year.
    era * 400 + year_of_era + u64::from(month_from_march >= 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(t: Option<SystemTime>) -> Option<u64> {
        t.map(|t| t.duration_since(UNIX_EPOCH).unwrap().as_secs())
    }

    #[test]
    fn the_three_date_forms() {
        let now = UNIX_EPOCH + Duration::from_secs(1_764_547_200); // 2025-12-01
        let at = |s: &str| {
            secs(
                imf_fixdate(s)
                    .or_else(|| rfc850_date(s, now))
                    .or_else(|| asctime_date(s)),
            )
        };
        assert_eq!(at("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(at("Sunday, 06-Nov-94 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(at("Sun Nov  6 08:49:37 1994"), Some(784_111_777));
        assert_eq!(at("Sun Nov 06 08:49:37 1994"), Some(784_111_777));
        assert_eq!(at("Tue, 29 Feb 2000 12:00:00 GMT"), Some(951_825_600));
        assert_eq!(at("Wed, 01 Mar 2100 00:00:00 GMT"), Some(4_107_542_400));
        // Two-digit years: up to 50 years ahead is this century, beyond is the last.
        assert_eq!(
            at("Friday, 01-Mar-75 00:00:00 GMT").map(|s| year_of(s / 86_400)),
            Some(2075)
        );
        assert_eq!(
            at("Monday, 01-Mar-77 00:00:00 GMT").map(|s| year_of(s / 86_400)),
            Some(1977)
        );
        for bad in [
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, +6 Nov 1994 08:49:37 GMT",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06-Nov-94 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sunday, 06-Nov-94-1 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Sun Nov  6 08:49:37 94",
            "Sunday Nov  6 08:49:37 1994",
            "",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
    }

    #[test]
    fn years_of_days() {
        for (days, year) in [
            (0, 1970),
            (58, 1970),
            (59, 1970),
            (365, 1971),
            (10_957, 2000),
            (11_016, 2000),
            (47_541, 2100),
        ] {
            assert_eq!(year_of(days), year, "day {days}");
        }
        for year in 1970..2400 {
            assert_eq!(year_of(days_since_epoch(year, 1, 1)), year);
            assert_eq!(year_of(days_since_epoch(year, 12, 31)), year);
            assert_eq!(
                year_of(days_since_epoch(year, 3, 1) - 1),
                year,
                "the day before March, {year}"
            );
        }
    }

    #[test]
    fn seconds_and_the_past() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_700);
        assert_eq!(retry_after_at(" 7 ", now), Some(Duration::from_secs(7)));
        assert_eq!(retry_after_at("0", now), Some(Duration::ZERO));
        assert_eq!(
            retry_after_at("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(retry_after_at("-1", now), None);
        assert_eq!(retry_after_at("1.5", now), None);
        assert_eq!(retry_after_at("", now), None);
        assert_eq!(
            retry_after_at("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(Duration::from_secs(77))
        );
        assert_eq!(
            retry_after_at("Sun Nov  6 08:00:00 1994", now),
            Some(Duration::ZERO)
        );
    }
}
