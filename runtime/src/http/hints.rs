//! How long a server asks a client to wait: its millisecond hints, then
//! `Retry-After`.

use std::time::{Duration, SystemTime};

use ::http::HeaderMap;

/// The millisecond hints, in the order they are read: the first one that
/// parses wins.
const MILLISECOND_HINTS: [&str; 3] = [
    "retry-after-ms",
    "x-ms-retry-after-ms",
    "openai-poll-after-ms",
];

/// How long the server asks to wait before the next request, from a
/// response's headers; `None` when it sent no hint a client can read.
///
/// The millisecond hints come first, in this order: `retry-after-ms`,
/// `x-ms-retry-after-ms` (both Azure's) and `openai-poll-after-ms`
/// (OpenAI's), each a non-negative integer of milliseconds. A malformed one
/// (`"1.5"`, `"-1"`, `"soon"`) is skipped for the next. Then `Retry-After`
/// (RFC 9110, section 10.2.3), read by [`poll::retry_after`]: whole
/// seconds, or an HTTP date measured from the system clock, where a date in
/// the past is zero.
///
/// A number too large for a `u64` saturates (`u64::MAX` milliseconds or
/// seconds) rather than fail: the poller keeps a hint within its
/// [`retry_after_bounds`](crate::poll::Poller::retry_after_bounds) (at most
/// 5 minutes by default), and a caller that uses the hint otherwise should
/// bound it too. A header whose value is not UTF-8 counts as absent.
///
/// ```
/// use std::time::Duration;
/// use http::HeaderMap;
/// use operation_response::http::retry_after;
///
/// let mut headers = HeaderMap::new();
/// assert_eq!(retry_after(&headers), None);
/// headers.insert("retry-after", "3".parse().unwrap());
/// assert_eq!(retry_after(&headers), Some(Duration::from_secs(3)));
/// headers.insert("retry-after-ms", "250".parse().unwrap());
/// assert_eq!(retry_after(&headers), Some(Duration::from_millis(250)));
/// ```
///
/// [`poll::retry_after`]: crate::poll::retry_after
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    retry_after_at(headers, SystemTime::now())
}

/// [`retry_after`], with the time to measure an HTTP date from.
pub(crate) fn retry_after_at(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    MILLISECOND_HINTS
        .iter()
        .find_map(|name| milliseconds(header(headers, name)?))
        .or_else(|| crate::poll::retry_after_at(header(headers, "retry-after")?, now))
}

/// A header's value, if it was sent once or more (the first is read), is
/// UTF-8, and is not blank; without its surrounding spaces and tabs.
pub(crate) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    let value = std::str::from_utf8(headers.get(name)?.as_bytes()).ok()?;
    let value = value.trim_matches([' ', '\t']);
    (!value.is_empty()).then_some(value)
}

/// A non-negative integer of milliseconds; one too large for a `u64` is
/// `u64::MAX` of them.
fn milliseconds(value: &str) -> Option<Duration> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Duration::from_millis(value.parse().unwrap_or(u64::MAX)))
}

#[cfg(test)]
mod tests {
    use std::time::UNIX_EPOCH;

    use ::http::HeaderValue;

    use super::*;

    /// 1994-11-06 08:49:00 GMT.
    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(784_111_740)
    }

    fn hint(pairs: &[(&'static str, &str)]) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_str(value).unwrap());
        }
        retry_after_at(&headers, now())
    }

    const MS: fn(u64) -> Duration = Duration::from_millis;
    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn none_without_a_hint() {
        assert_eq!(hint(&[]), None);
        assert_eq!(hint(&[("retry-after", "soon")]), None);
        assert_eq!(hint(&[("retry-after", "  ")]), None);
        assert_eq!(hint(&[("retry-after-ms", "")]), None);
    }

    #[test]
    fn each_millisecond_hint() {
        for name in MILLISECOND_HINTS {
            assert_eq!(hint(&[(name, "1500")]), Some(MS(1500)), "{name}");
            assert_eq!(hint(&[(name, "0")]), Some(Duration::ZERO), "{name}");
            assert_eq!(hint(&[(name, " 20\t")]), Some(MS(20)), "{name}");
        }
    }

    #[test]
    fn millisecond_hints_in_order_then_retry_after() {
        let all = [
            ("retry-after", "9"),
            ("openai-poll-after-ms", "300"),
            ("x-ms-retry-after-ms", "200"),
            ("retry-after-ms", "100"),
        ];
        assert_eq!(hint(&all), Some(MS(100)));
        assert_eq!(hint(&all[..3]), Some(MS(200)));
        assert_eq!(hint(&all[..2]), Some(MS(300)));
        assert_eq!(hint(&all[..1]), Some(S(9)));
        assert_eq!(
            hint(&[("openai-poll-after-ms", "300"), ("retry-after-ms", "100")]),
            Some(MS(100))
        );
    }

    #[test]
    fn a_malformed_millisecond_hint_falls_through() {
        for bad in ["1.5", "-1", "+1", "1e3", "soon", "1 000", "0x10"] {
            assert_eq!(
                hint(&[("retry-after-ms", bad), ("x-ms-retry-after-ms", "200")]),
                Some(MS(200)),
                "{bad}"
            );
            assert_eq!(
                hint(&[("retry-after-ms", bad), ("retry-after", "2")]),
                Some(S(2)),
                "{bad}"
            );
            assert_eq!(hint(&[("openai-poll-after-ms", bad)]), None, "{bad}");
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(hint(&[("retry-after", "120")]), Some(S(120)));
        assert_eq!(hint(&[("retry-after", "0")]), Some(Duration::ZERO));
        assert_eq!(
            hint(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]),
            Some(S(37))
        );
        assert_eq!(
            hint(&[("retry-after", "Sunday, 06-Nov-94 08:50:00 GMT")]),
            Some(S(60))
        );
        assert_eq!(
            hint(&[("retry-after", "Sun Nov  6 08:49:10 1994")]),
            Some(S(10))
        );
        // A date in the past is zero.
        assert_eq!(
            hint(&[("retry-after", "Sun, 06 Nov 1994 08:00:00 GMT")]),
            Some(Duration::ZERO)
        );
        assert_eq!(
            hint(&[("retry-after", "Thu, 01 Jan 1970 00:00:00 GMT")]),
            Some(Duration::ZERO)
        );
        assert_eq!(hint(&[("retry-after", "1.5")]), None);
        assert_eq!(hint(&[("retry-after", "-3")]), None);
    }

    #[test]
    fn the_system_clock_measures_a_date() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "retry-after",
            HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"),
        );
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
    }

    #[test]
    fn huge_numbers_saturate() {
        let huge = "99999999999999999999999999999";
        assert_eq!(
            hint(&[("retry-after-ms", huge)]),
            Some(MS(u64::MAX)),
            "milliseconds"
        );
        assert_eq!(
            hint(&[("x-ms-retry-after-ms", "18446744073709551615")]),
            Some(MS(u64::MAX))
        );
        assert_eq!(hint(&[("retry-after", huge)]), Some(S(u64::MAX)));
    }

    #[test]
    fn a_value_that_is_not_utf8_is_absent() {
        let mut headers = HeaderMap::new();
        let bytes = HeaderValue::from_bytes(b"\xff\xfe").unwrap();
        headers.insert("retry-after-ms", bytes.clone());
        headers.insert("retry-after", bytes.clone());
        assert_eq!(retry_after_at(&headers, now()), None);
        headers.insert("x-ms-retry-after-ms", HeaderValue::from_static("7"));
        assert_eq!(retry_after_at(&headers, now()), Some(MS(7)));
        headers.insert("retry-after", HeaderValue::from_static("4"));
        headers.remove("x-ms-retry-after-ms");
        assert_eq!(retry_after_at(&headers, now()), Some(S(4)));
        assert_eq!(header(&headers, "retry-after-ms"), None);
    }
}
