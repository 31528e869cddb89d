//! The client's reading of a start response: where to poll, where the
//! result will be, and how long to wait first.

use std::fmt;
use std::time::{Duration, SystemTime};

use ::http::{HeaderMap, StatusCode, Uri};
use serde::{Deserialize, Serialize};

use super::hints::{header, retry_after_at};
use super::uri;

/// Which header of the start response tells where the operation's result
/// will be: OpenAPI's `x-ms-long-running-operation-options.final-state-via`
/// (`azure-async-operation`, `location`, `operation-location`).
///
/// ```
/// use http::{HeaderMap, StatusCode};
/// use operation_response::http::{FinalState, Handshake};
///
/// let mut headers = HeaderMap::new();
/// headers.insert("operation-location", "https://api.example/operations/7".parse().unwrap());
/// headers.insert("location", "https://api.example/widgets/w1".parse().unwrap());
/// let handshake = Handshake::read(StatusCode::ACCEPTED, &headers);
/// assert_eq!(handshake.final_url(FinalState::Location), Some("https://api.example/widgets/w1"));
/// assert_eq!(handshake.final_url(FinalState::AzureAsyncOperation), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FinalState {
    /// The `Azure-AsyncOperation` header (`azure-async-operation`).
    AzureAsyncOperation,
    /// The `Location` header (`location`).
    Location,
    /// The `Operation-Location` header (`operation-location`).
    OperationLocation,
}

/// The three URL headers of a start response, each by its own field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Urls {
    azure_async_operation: Option<String>,
    operation_location: Option<String>,
    location: Option<String>,
}

impl Urls {
    fn get(&self, which: FinalState) -> Option<&str> {
        match which {
            FinalState::AzureAsyncOperation => self.azure_async_operation.as_deref(),
            FinalState::Location => self.location.as_deref(),
            FinalState::OperationLocation => self.operation_location.as_deref(),
        }
    }

    fn map(&self, mut f: impl FnMut(&str) -> Option<String>) -> Urls {
        Urls {
            azure_async_operation: self.azure_async_operation.as_deref().and_then(&mut f),
            operation_location: self.operation_location.as_deref().and_then(&mut f),
            location: self.location.as_deref().and_then(&mut f),
        }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        [
            &self.azure_async_operation,
            &self.operation_location,
            &self.location,
        ]
        .into_iter()
        .filter_map(Option::as_deref)
    }
}

/// The URLs a client can request: each header resolved against the base,
/// or, without one, only those that are absolute.
fn requestable(sent: &Urls, base: Option<&str>) -> Urls {
    match base {
        Some(base) => sent.map(|url| Some(uri::resolve(base, url))),
        None => sent.map(|url| uri::is_absolute(url).then(|| url.to_owned())),
    }
}

/// What the response that started an operation says about it: its status,
/// where to poll ([`monitor`](Self::monitor)), where the result will be
/// ([`final_url`](Self::final_url)), and how long to wait first
/// ([`retry_after`](Self::retry_after)).
///
/// [`read`](Self::read) keeps each header as sent. The URLs it gives
/// ([`monitor`](Self::monitor), [`final_url`](Self::final_url)) are only
/// those a client can request: absolute ones, or any once
/// [`with_base`](Self::with_base) has resolved them against the request's
/// URI. Without a base, a relative reference (`Location: /operations/7`)
/// gives `None`: call `with_base`.
///
/// A header counts as absent when its value is not UTF-8 or is blank; when
/// a header was sent more than once, the first is read.
///
/// ```
/// use http::{HeaderMap, StatusCode, Uri};
/// use operation_response::http::Handshake;
///
/// let mut headers = HeaderMap::new();
/// headers.insert("location", "/operations/7".parse().unwrap());
/// headers.insert("retry-after", "2".parse().unwrap());
/// let handshake = Handshake::read(StatusCode::ACCEPTED, &headers);
/// assert_eq!(handshake.location(), Some("/operations/7"));
/// assert_eq!(handshake.monitor(), None); // relative: it needs a base
///
/// let request: Uri = "https://api.example/v1/widgets".parse().unwrap();
/// let handshake = handshake.with_base(&request);
/// assert_eq!(handshake.monitor(), Some("https://api.example/operations/7"));
/// assert!(!handshake.cross_origin());
/// assert_eq!(handshake.retry_after(), Some(std::time::Duration::from_secs(2)));
/// ```
///
/// `Handshake` is `Serialize` and `Deserialize`, so the process that
/// started an operation can hand it to another that polls it; the other
/// gets an equal value, base and start time included:
///
/// ```
/// # use http::{HeaderMap, StatusCode};
/// # use operation_response::http::Handshake;
/// # let mut headers = HeaderMap::new();
/// # headers.insert("operation-location", "https://api.example/operations/7".parse().unwrap());
/// let handshake = Handshake::read(StatusCode::ACCEPTED, &headers);
/// let json = serde_json::to_string(&handshake).unwrap();
/// let received: Handshake = serde_json::from_str(&json).unwrap();
/// assert_eq!(received, handshake);
/// assert_eq!(received.monitor(), Some("https://api.example/operations/7"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Wire", try_from = "Wire")]
pub struct Handshake {
    status: StatusCode,
    /// Each URL header as sent.
    sent: Urls,
    /// Those a client can request: see [`requestable`].
    urls: Urls,
    /// The request's URI, once [`with_base`](Self::with_base) gave it.
    base: Option<String>,
    operation_id: Option<String>,
    retry_after: Option<Duration>,
    started_at: SystemTime,
}

impl Handshake {
    /// Reads the status and headers of the response that started an
    /// operation (any response: check that its status is a success first).
    /// The time it is read is [`started_at`](Self::started_at).
    pub fn read(status: StatusCode, headers: &HeaderMap) -> Self {
        Self::read_at(status, headers, SystemTime::now())
    }

    /// [`read`](Self::read), at the time `now`.
    fn read_at(status: StatusCode, headers: &HeaderMap, now: SystemTime) -> Self {
        let sent = |name| header(headers, name).map(str::to_owned);
        let sent = Urls {
            azure_async_operation: sent("azure-asyncoperation"),
            operation_location: sent("operation-location"),
            location: sent("location"),
        };
        Handshake {
            status,
            urls: requestable(&sent, None),
            sent,
            base: None,
            operation_id: header(headers, "operation-id").map(str::to_owned),
            retry_after: retry_after_at(headers, now),
            started_at: now,
        }
    }

    /// Resolves relative references (`/operations/7`, `../x`, `?page=2`,
    /// `//host/p`) against `base`, the URI the request was sent to, as
    /// RFC 3986 (section 5.2) resolves them, and makes
    /// [`cross_origin`](Self::cross_origin) compare with its origin.
    ///
    /// `base` needs a scheme and a host: an origin-form URI (`/v1/widgets`,
    /// as a server sees it) resolves nothing, and the handshake comes back
    /// unchanged. The headers as sent ([`location`](Self::location) and its
    /// kin) stay as they are.
    ///
    /// ```
    /// use http::{HeaderMap, StatusCode, Uri};
    /// use operation_response::http::Handshake;
    ///
    /// let request: Uri = "https://api.example/v1/widgets/w1?api-version=2".parse().unwrap();
    /// let resolved = |location: &str| {
    ///     let mut headers = HeaderMap::new();
    ///     headers.insert("location", location.parse().unwrap());
    ///     let handshake = Handshake::read(StatusCode::ACCEPTED, &headers).with_base(&request);
    ///     handshake.monitor().map(str::to_owned)
    /// };
    /// assert_eq!(resolved("/operations/7").unwrap(), "https://api.example/operations/7");
    /// assert_eq!(resolved("../status").unwrap(), "https://api.example/v1/status");
    /// assert_eq!(resolved("?page=2").unwrap(), "https://api.example/v1/widgets/w1?page=2");
    /// assert_eq!(resolved("//cdn.example/p").unwrap(), "https://cdn.example/p");
    /// ```
    #[must_use]
    pub fn with_base(mut self, base: &Uri) -> Self {
        if let Some(base) = uri::base_of(base) {
            self.urls = requestable(&self.sent, Some(&base));
            self.base = Some(base);
        }
        self
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The status monitor's URL, where to poll: `Azure-AsyncOperation`,
    /// else `Operation-Location`, else, on a `202 Accepted` only, `Location`
    /// (RFC 9110, section 15.3.3; the `Location` of a `201 Created` is the
    /// created resource, not a monitor).
    ///
    /// The first of these headers that was sent decides: when it is a
    /// relative reference and the handshake has no base, this is `None`
    /// (call [`with_base`](Self::with_base)) rather than another header.
    /// `None` also when no such header was sent: then poll where the body
    /// says, by its operation id (`operationId`, or
    /// [`operation_id`](Self::operation_id)).
    ///
    /// ```
    /// use http::{HeaderMap, StatusCode};
    /// use operation_response::http::Handshake;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("location", "https://api.example/operations/7".parse().unwrap());
    /// assert_eq!(
    ///     Handshake::read(StatusCode::ACCEPTED, &headers).monitor(),
    ///     Some("https://api.example/operations/7"),
    /// );
    /// assert_eq!(Handshake::read(StatusCode::CREATED, &headers).monitor(), None);
    ///
    /// headers.insert("operation-location", "https://api.example/status/7".parse().unwrap());
    /// assert_eq!(
    ///     Handshake::read(StatusCode::CREATED, &headers).monitor(),
    ///     Some("https://api.example/status/7"),
    /// );
    /// ```
    pub fn monitor(&self) -> Option<&str> {
        let which = if self.sent.azure_async_operation.is_some() {
            FinalState::AzureAsyncOperation
        } else if self.sent.operation_location.is_some() {
            FinalState::OperationLocation
        } else if self.status == StatusCode::ACCEPTED {
            FinalState::Location
        } else {
            return None;
        };
        self.urls.get(which)
    }

    /// Where the operation's result will be, by the header the API's
    /// `final-state-via` names: `None` where that header was not sent, or
    /// is relative and the handshake has no base (call
    /// [`with_base`](Self::with_base)). Unlike [`monitor`](Self::monitor),
    /// `FinalState::Location` reads `Location` whatever the status.
    pub fn final_url(&self, via: FinalState) -> Option<&str> {
        self.urls.get(via)
    }

    /// The `Location` header, as sent (perhaps relative).
    pub fn location(&self) -> Option<&str> {
        self.sent.location.as_deref()
    }

    /// The `Operation-Location` header, as sent (perhaps relative).
    pub fn operation_location(&self) -> Option<&str> {
        self.sent.operation_location.as_deref()
    }

    /// The `Azure-AsyncOperation` header, as sent (perhaps relative).
    pub fn azure_async_operation(&self) -> Option<&str> {
        self.sent.azure_async_operation.as_deref()
    }

    /// The `Operation-Id` header, as sent.
    pub fn operation_id(&self) -> Option<&str> {
        self.operation_id.as_deref()
    }

    /// How long the server asked to wait before the first poll, as
    /// [`retry_after`](super::retry_after) read the headers at
    /// [`started_at`](Self::started_at): measured from then, and the same
    /// after a hand-over (a process that polls later may subtract the time
    /// since). The value is the server's, unbounded (up to `u64::MAX`
    /// seconds): bound it before it becomes an
    /// [`initial_delay`](crate::poll::Poller::initial_delay).
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// When the handshake was read, by the system clock: the operation's
    /// start, to hand to `Poller::since` in the process that polls, so that
    /// its deadline counts from the start.
    pub fn started_at(&self) -> SystemTime {
        self.started_at
    }

    /// Whether any URL the handshake gives ([`monitor`](Self::monitor) or a
    /// [`final_url`](Self::final_url)) points to another origin (scheme,
    /// host, port) than the base's: then a client should not send its
    /// credentials there unchecked, or should refuse it. A host is compared
    /// without regard to case, and a default port (80 for `http`, 443 for
    /// `https`) equals the same port written out. A URL whose origin cannot
    /// be told (no host, a port that is not a number) counts as another
    /// origin.
    ///
    /// Without a base ([`with_base`](Self::with_base)) nothing can be
    /// verified: any absolute URL counts as another origin, so this is
    /// `true` whenever the handshake gives a URL at all.
    ///
    /// ```
    /// use http::{HeaderMap, StatusCode, Uri};
    /// use operation_response::http::Handshake;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("operation-location", "https://other.example/operations/7".parse().unwrap());
    /// let handshake = Handshake::read(StatusCode::ACCEPTED, &headers);
    /// assert!(handshake.cross_origin()); // no base: not verified
    /// let request: Uri = "https://api.example/v1/widgets".parse().unwrap();
    /// assert!(handshake.with_base(&request).cross_origin());
    /// ```
    pub fn cross_origin(&self) -> bool {
        match &self.base {
            Some(base) => self.urls.iter().any(|url| !uri::same_origin(base, url)),
            None => self.urls.iter().next().is_some(),
        }
    }
}

/// A [`Handshake`] as serialized: the headers as sent and the base, from
/// which the URLs are resolved again when it is read back.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Wire {
    status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    azure_async_operation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    operation_location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    operation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retry_after: Option<Duration>,
    started_at: SystemTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base: Option<String>,
}

impl From<Handshake> for Wire {
    fn from(handshake: Handshake) -> Self {
        let Urls {
            azure_async_operation,
            operation_location,
            location,
        } = handshake.sent;
        Wire {
            status: handshake.status.as_u16(),
            azure_async_operation,
            operation_location,
            location,
            operation_id: handshake.operation_id,
            retry_after: handshake.retry_after,
            started_at: handshake.started_at,
            base: handshake.base,
        }
    }
}

/// Why a serialized [`Handshake`] was refused.
struct WireError(String);

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<Wire> for Handshake {
    type Error = WireError;

    fn try_from(wire: Wire) -> Result<Self, WireError> {
        let status = StatusCode::from_u16(wire.status)
            .map_err(|_| WireError(format!("invalid status code {}", wire.status)))?;
        if let Some(base) = &wire.base {
            if !uri::can_be_base(base) {
                return Err(WireError(format!(
                    "base `{base}` is not an absolute URI with a host"
                )));
            }
        }
        let sent = Urls {
            azure_async_operation: wire.azure_async_operation,
            operation_location: wire.operation_location,
            location: wire.location,
        };
        Ok(Handshake {
            status,
            urls: requestable(&sent, wire.base.as_deref()),
            sent,
            base: wire.base,
            operation_id: wire.operation_id,
            retry_after: wire.retry_after,
            started_at: wire.started_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::time::UNIX_EPOCH;

    use ::http::HeaderValue;

    use super::*;

    const AZURE: &str = "https://api.example/azure/7";
    const OPERATION: &str = "https://api.example/operations/7";
    const LOCATION: &str = "https://api.example/widgets/w1";

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    fn read(status: u16, pairs: &[(&'static str, &str)]) -> Handshake {
        Handshake::read(StatusCode::from_u16(status).unwrap(), &headers(pairs))
    }

    fn base(handshake: Handshake, uri: &str) -> Handshake {
        handshake.with_base(&uri.parse().unwrap())
    }

    #[test]
    fn monitor_precedence() {
        let azure = ("azure-asyncoperation", AZURE);
        let operation = ("operation-location", OPERATION);
        let location = ("location", LOCATION);
        for status in [200, 201, 202] {
            assert_eq!(
                read(status, &[location, operation, azure]).monitor(),
                Some(AZURE)
            );
            assert_eq!(read(status, &[azure, operation]).monitor(), Some(AZURE));
            assert_eq!(read(status, &[azure, location]).monitor(), Some(AZURE));
            assert_eq!(
                read(status, &[location, operation]).monitor(),
                Some(OPERATION)
            );
            assert_eq!(read(status, &[azure]).monitor(), Some(AZURE));
            assert_eq!(read(status, &[operation]).monitor(), Some(OPERATION));
            assert_eq!(read(status, &[]).monitor(), None);
        }
        // `Location` alone is a monitor only on a 202.
        assert_eq!(read(202, &[location]).monitor(), Some(LOCATION));
        assert_eq!(read(201, &[location]).monitor(), None);
        assert_eq!(read(200, &[location]).monitor(), None);
        assert_eq!(read(204, &[location]).monitor(), None);
    }

    #[test]
    fn the_first_header_sent_decides_even_when_relative() {
        let handshake = read(
            202,
            &[("operation-location", "/op/7"), ("location", LOCATION)],
        );
        assert_eq!(handshake.monitor(), None);
        assert_eq!(handshake.final_url(FinalState::Location), Some(LOCATION));
        let handshake = base(handshake, "https://api.example/v1/w");
        assert_eq!(handshake.monitor(), Some("https://api.example/op/7"));
    }

    #[test]
    fn headers_as_sent() {
        let handshake = read(
            201,
            &[
                ("azure-asyncoperation", "a"),
                ("operation-location", "  /b\t"),
                ("location", "../c"),
                ("operation-id", "op-7"),
            ],
        );
        assert_eq!(handshake.status(), StatusCode::CREATED);
        assert_eq!(handshake.azure_async_operation(), Some("a"));
        assert_eq!(handshake.operation_location(), Some("/b"));
        assert_eq!(handshake.location(), Some("../c"));
        assert_eq!(handshake.operation_id(), Some("op-7"));
        assert_eq!(read(202, &[]).operation_id(), None);
        assert_eq!(read(202, &[("operation-id", " ")]).operation_id(), None);
        // Resolving keeps them as sent.
        let handshake = base(handshake, "https://api.example/v1/w");
        assert_eq!(handshake.location(), Some("../c"));
        assert_eq!(
            handshake.final_url(FinalState::Location),
            Some("https://api.example/c")
        );
        assert_eq!(
            handshake.final_url(FinalState::AzureAsyncOperation),
            Some("https://api.example/v1/a")
        );
        assert_eq!(
            handshake.final_url(FinalState::OperationLocation),
            Some("https://api.example/b")
        );
    }

    #[test]
    fn final_urls() {
        let handshake = read(200, &[("location", LOCATION), ("operation-location", "/x")]);
        assert_eq!(handshake.final_url(FinalState::Location), Some(LOCATION));
        assert_eq!(handshake.final_url(FinalState::OperationLocation), None);
        assert_eq!(handshake.final_url(FinalState::AzureAsyncOperation), None);
    }

    #[test]
    fn relative_references_need_a_base() {
        for reference in ["/operations/7", "../x", "?q", "//host/p", "g"] {
            let handshake = read(202, &[("location", reference)]);
            assert_eq!(handshake.monitor(), None, "{reference}");
            assert_eq!(handshake.final_url(FinalState::Location), None);
            assert!(!handshake.cross_origin(), "nothing given, {reference}");
        }
        let resolved = |reference| {
            let handshake = base(read(202, &[("location", reference)]), "http://a/b/c/d;p?q");
            handshake.monitor().map(str::to_owned)
        };
        assert_eq!(resolved("/operations/7").unwrap(), "http://a/operations/7");
        assert_eq!(resolved("../x").unwrap(), "http://a/b/x");
        assert_eq!(resolved("?y").unwrap(), "http://a/b/c/d;p?y");
        assert_eq!(resolved("//host/p").unwrap(), "http://host/p");
        assert_eq!(resolved("g;x?y#s").unwrap(), "http://a/b/c/g;x?y#s");
        assert_eq!(resolved("https://b/z").unwrap(), "https://b/z");
    }

    #[test]
    fn a_base_without_a_host_changes_nothing() {
        let handshake = read(202, &[("location", "/operations/7")]);
        assert_eq!(base(handshake.clone(), "/v1/widgets"), handshake);
        let based = base(handshake, "https://api.example/v1");
        assert_eq!(base(based.clone(), "/v1/widgets"), based);
    }

    #[test]
    fn cross_origin() {
        let request = "https://api.example/v1/widgets";
        let cross = |url: &str| base(read(202, &[("location", url)]), request).cross_origin();
        assert!(!cross("/operations/7"), "a relative reference");
        assert!(!cross("../x"));
        assert!(!cross("https://api.example/operations/7"));
        assert!(
            !cross("https://API.Example:443/operations/7"),
            "default port"
        );
        assert!(
            cross("https://api.example:8443/operations/7"),
            "another port"
        );
        assert!(cross("http://api.example/operations/7"), "another scheme");
        assert!(cross("https://other.example/operations/7"), "another host");
        assert!(cross("//other.example/operations/7"), "a network path");
        assert!(cross("urn:op:7"), "an origin that cannot be told");
        assert!(
            cross("https://other.example\\@api.example/operations/7"),
            "a backslash, which reqwest reads as `/`: the request goes to other.example"
        );
        let http = |url: &str| {
            base(read(202, &[("location", url)]), "http://api.example:80/v1").cross_origin()
        };
        assert!(!http("http://api.example/operations/7"), "default port");
        assert!(http("http://api.example:443/operations/7"));
        // Any URL the handshake gives counts, not only the monitor.
        let handshake = base(
            read(
                201,
                &[
                    ("operation-location", "/op/7"),
                    ("location", "https://other.example/w"),
                ],
            ),
            request,
        );
        assert!(handshake.cross_origin());
        // Without a base, an absolute URL cannot be verified.
        assert!(read(202, &[("location", "https://api.example/op")]).cross_origin());
        assert!(!read(202, &[]).cross_origin());
        assert!(!base(read(202, &[]), request).cross_origin());
    }

    #[test]
    fn hints_and_time() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_740);
        let headers = headers(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]);
        let handshake = Handshake::read_at(StatusCode::ACCEPTED, &headers, now);
        assert_eq!(handshake.started_at(), now);
        assert_eq!(handshake.retry_after(), Some(Duration::from_secs(37)));
        let handshake = read(202, &[("retry-after-ms", "1500"), ("retry-after", "9")]);
        assert_eq!(handshake.retry_after(), Some(Duration::from_millis(1500)));
        assert_eq!(read(202, &[]).retry_after(), None);
    }

    #[test]
    fn values_that_are_not_utf8_are_absent() {
        let mut headers = headers(&[("operation-location", OPERATION)]);
        let bad = HeaderValue::from_bytes(b"https://api.example/\xff").unwrap();
        for name in [
            "azure-asyncoperation",
            "location",
            "operation-id",
            "retry-after",
        ] {
            headers.insert(name, bad.clone());
        }
        let handshake = Handshake::read(StatusCode::ACCEPTED, &headers);
        assert_eq!(handshake.azure_async_operation(), None);
        assert_eq!(handshake.location(), None);
        assert_eq!(handshake.operation_id(), None);
        assert_eq!(handshake.retry_after(), None);
        assert_eq!(handshake.monitor(), Some(OPERATION));
        // UTF-8 beyond ASCII is kept as sent.
        let handshake = read(202, &[]);
        assert_eq!(handshake.location(), None);
        let mut headers = HeaderMap::new();
        headers.insert(
            "location",
            HeaderValue::from_bytes("https://api.example/é".as_bytes()).unwrap(),
        );
        let handshake = Handshake::read(StatusCode::ACCEPTED, &headers);
        assert_eq!(handshake.monitor(), Some("https://api.example/é"));
    }

    #[test]
    fn serde_round_trip() {
        let request = "https://api.example/v1/widgets?x=1";
        for handshake in [
            read(202, &[]),
            read(
                202,
                &[
                    ("azure-asyncoperation", AZURE),
                    ("operation-location", "/op/7"),
                    ("location", "../w"),
                    ("operation-id", "op-7"),
                    ("retry-after-ms", "1500"),
                ],
            ),
            base(
                read(201, &[("location", "/w"), ("retry-after", "3")]),
                request,
            ),
            // A date hint read with sub-second precision.
            Handshake::read(
                StatusCode::ACCEPTED,
                &headers(&[("retry-after", "Wed, 01 Mar 2100 00:00:00 GMT")]),
            ),
        ] {
            let json = serde_json::to_string(&handshake).unwrap();
            let back: Handshake = serde_json::from_str(&json).unwrap();
            assert_eq!(back, handshake, "{json}");
            assert_eq!(back.monitor(), handshake.monitor());
            assert_eq!(back.cross_origin(), handshake.cross_origin());
        }
    }

    #[test]
    fn serde_form() {
        let handshake = Handshake::read_at(
            StatusCode::ACCEPTED,
            &headers(&[("location", "/op/7"), ("retry-after", "2")]),
            UNIX_EPOCH + Duration::from_secs(5),
        );
        let handshake = base(handshake, "https://api.example/v1");
        assert_eq!(
            serde_json::to_value(&handshake).unwrap(),
            serde_json::json!({
                "status": 202,
                "location": "/op/7",
                "retryAfter": {"secs": 2, "nanos": 0},
                "startedAt": {"secs_since_epoch": 5, "nanos_since_epoch": 0},
                "base": "https://api.example/v1",
            })
        );
        let started = r#""startedAt":{"secs_since_epoch":5,"nanos_since_epoch":0}"#;
        for (json, error) in [
            (
                format!(r#"{{"status":42,{started}}}"#),
                "invalid status code 42",
            ),
            (
                format!(r#"{{"status":202,"base":"/v1",{started}}}"#),
                "base `/v1` is not an absolute URI with a host",
            ),
        ] {
            let err = serde_json::from_str::<Handshake>(&json).unwrap_err();
            assert_eq!(err.to_string(), error, "{json}");
        }
    }
}
