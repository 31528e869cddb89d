//! URI references as RFC 3986 reads them: split into their five parts,
//! resolved against a base (section 5.2), and compared by origin.
//!
//! Only what a handshake needs: no percent-decoding and no normalization
//! beyond what resolution does (dot segments) and what an origin compares
//! (case of scheme and host, default ports).

/// A URI reference split into its parts (RFC 3986, appendix B); each part
/// without its delimiters, `None` where its delimiter is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn split(reference: &'a str) -> Self {
        let (rest, fragment) = match reference.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (reference, None),
        };
        let (rest, query) = match rest.split_once('?') {
            Some((rest, query)) => (rest, Some(query)),
            None => (rest, None),
        };
        // A colon in a first segment that is not a scheme leaves the whole
        // as a path (`1:2`, `a/b:c`), as a lenient reader would.
        let (scheme, rest) = match rest.split_once(':') {
            Some((scheme, rest)) if is_scheme(scheme) => (Some(scheme), rest),
            _ => (None, rest),
        };
        let (authority, path) = match rest.strip_prefix("//") {
            Some(rest) => {
                let end = rest.find('/').unwrap_or(rest.len());
                (Some(&rest[..end]), &rest[end..])
            }
            None => (None, rest),
        };
        Parts {
            scheme,
            authority,
            path,
            query,
            fragment,
        }
    }
}

/// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
fn is_scheme(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// Whether a reference is an absolute URI, one a client can request: it
/// has a scheme.
pub(crate) fn is_absolute(reference: &str) -> bool {
    Parts::split(reference).scheme.is_some()
}

/// Whether a URI has a scheme and an authority, so that it can resolve
/// references and has an origin.
pub(crate) fn can_be_base(uri: &str) -> bool {
    let parts = Parts::split(uri);
    parts.scheme.is_some() && parts.authority.is_some()
}

/// The target of `reference` resolved against the absolute URI `base`
/// (RFC 3986, section 5.2.2, the strict reading: a reference with a scheme
/// is absolute, even when it is the base's).
pub(crate) fn resolve(base: &str, reference: &str) -> String {
    let base = Parts::split(base);
    let reference = Parts::split(reference);
    let (scheme, authority, path, query);
    if reference.scheme.is_some() {
        scheme = reference.scheme;
        authority = reference.authority;
        path = remove_dot_segments(reference.path);
        query = reference.query;
    } else {
        if reference.authority.is_some() {
            authority = reference.authority;
            path = remove_dot_segments(reference.path);
            query = reference.query;
        } else {
            if reference.path.is_empty() {
                path = base.path.to_owned();
                query = reference.query.or(base.query);
            } else {
                path = if reference.path.starts_with('/') {
                    remove_dot_segments(reference.path)
                } else {
                    remove_dot_segments(&merge(&base, reference.path))
                };
                query = reference.query;
            }
            authority = base.authority;
        }
        scheme = base.scheme;
    }
    recompose(scheme, authority, &path, query, reference.fragment)
}

/// A relative path appended to the base's directory (section 5.2.3).
fn merge(base: &Parts<'_>, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    let directory = base.path.rfind('/').map_or("", |i| &base.path[..=i]);
    format!("{directory}{path}")
}

/// A path without its `.` and `..` segments (section 5.2.4).
fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    // Drops the last segment of the output, with the slash before it.
    let pop = |output: &mut String| output.truncate(output.rfind('/').unwrap_or(0));
    while !input.is_empty() {
        if let Some(rest) = input
            .strip_prefix("../")
            .or_else(|| input.strip_prefix("./"))
        {
            input = rest;
        } else if input.starts_with("/./") {
            input = &input[2..];
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") {
            input = &input[3..];
            pop(&mut output);
        } else if input == "/.." {
            input = "/";
            pop(&mut output);
        } else if input == "." || input == ".." {
            input = "";
        } else {
            // The first segment, with its leading slash if any.
            let from = usize::from(input.starts_with('/'));
            let end = input[from..].find('/').map_or(input.len(), |i| i + from);
            output.push_str(&input[..end]);
            input = &input[end..];
        }
    }
    output
}

/// A URI from its parts (section 5.3).
fn recompose(
    scheme: Option<&str>,
    authority: Option<&str>,
    path: &str,
    query: Option<&str>,
    fragment: Option<&str>,
) -> String {
    let mut uri = String::new();
    if let Some(scheme) = scheme {
        uri.push_str(scheme);
        uri.push(':');
    }
    if let Some(authority) = authority {
        uri.push_str("//");
        uri.push_str(authority);
    }
    uri.push_str(path);
    if let Some(query) = query {
        uri.push('?');
        uri.push_str(query);
    }
    if let Some(fragment) = fragment {
        uri.push('#');
        uri.push_str(fragment);
    }
    uri
}

/// The base a request URI gives: `None` unless it has a scheme and an
/// authority (an origin-form `/path`, as a server sees it, resolves
/// nothing).
pub(crate) fn base_of(uri: &::http::Uri) -> Option<String> {
    let (scheme, authority) = (uri.scheme_str()?, uri.authority()?);
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    Some(format!("{scheme}://{authority}{}{query}", uri.path()))
}

/// Where a URL's requests go, as the same-origin rule compares it: scheme
/// and host in lower case, and the port, explicit or the scheme's default.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    /// `None` for a URL without a scheme or a host, with a port that is not
    /// a number, or with an authority that holds what RFC 3986 does not
    /// allow there: an origin that cannot be told.
    ///
    /// The last matters because clients do not all read such an authority
    /// as this reader does: reqwest (the WHATWG URL rules) reads `\` as
    /// `/`, so `http://evil:81\@good/` goes to `evil:81`, where this reader
    /// would see user info and the host `good`.
    fn of(url: &str) -> Option<Self> {
        let parts = Parts::split(url);
        let scheme = parts.scheme?.to_ascii_lowercase();
        let authority = parts.authority?;
        if !authority.bytes().all(is_authority_byte) {
            return None;
        }
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let (host, port) = if host_port.starts_with('[') {
            let end = host_port.find(']')?;
            let port = &host_port[end + 1..];
            let port = if port.is_empty() {
                ""
            } else {
                port.strip_prefix(':')?
            };
            (&host_port[..=end], port)
        } else {
            host_port.rsplit_once(':').unwrap_or((host_port, ""))
        };
        if host.is_empty() {
            return None;
        }
        // An empty port is the default one (section 6.2.3).
        let port = if port.is_empty() {
            default_port(&scheme)
        } else if port.bytes().all(|b| b.is_ascii_digit()) {
            Some(port.parse().ok()?)
        } else {
            return None;
        };
        Some(Origin {
            scheme,
            host: host.to_ascii_lowercase(),
            port,
        })
    }
}

/// What an authority may hold (RFC 3986, section 3.2): unreserved
/// characters, percent-encodings, sub-delimiters, and `:`, `@`, `[`, `]`.
fn is_authority_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b'%'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'@'
                | b'['
                | b']'
        )
}

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        _ => None,
    }
}

/// Whether `url` has the origin of `base`: `false` when either origin cannot
/// be told.
pub(crate) fn same_origin(base: &str, url: &str) -> bool {
    match (Origin::of(base), Origin::of(url)) {
        (Some(base), Some(url)) => base == url,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "http://a/b/c/d;p?q";

    /// RFC 3986, section 5.4.1: the normal examples.
    #[test]
    fn normal_examples() {
        for (reference, target) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ] {
            assert_eq!(resolve(BASE, reference), target, "{reference:?}");
        }
    }

    /// RFC 3986, section 5.4.2: the abnormal examples, strict parser.
    #[test]
    fn abnormal_examples() {
        for (reference, target) in [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ] {
            assert_eq!(resolve(BASE, reference), target, "{reference:?}");
        }
    }

    #[test]
    fn dot_segments() {
        for (path, clean) in [
            ("/a/b/c/./../../g", "/a/g"),
            ("mid/content=5/../6", "mid/6"),
            ("/a/..", "/"),
            ("/..", "/"),
            ("..", ""),
            ("", ""),
            ("/a//b/../c", "/a//c"),
        ] {
            assert_eq!(remove_dot_segments(path), clean, "{path:?}");
        }
    }

    #[test]
    fn a_base_with_an_empty_path_or_a_port() {
        assert_eq!(resolve("http://a", "g"), "http://a/g");
        assert_eq!(resolve("http://a", "?q"), "http://a?q");
        assert_eq!(
            resolve("https://h:8443/v1/jobs?x=1", "../operations/7"),
            "https://h:8443/operations/7"
        );
        assert_eq!(resolve("https://h/v1/jobs", "//other/p"), "https://other/p");
    }

    #[test]
    fn parts() {
        let parts = Parts::split("https://u@h:1/p/a:b?q=1?#f#g");
        assert_eq!(
            parts,
            Parts {
                scheme: Some("https"),
                authority: Some("u@h:1"),
                path: "/p/a:b",
                query: Some("q=1?"),
                fragment: Some("f#g"),
            }
        );
        // A first segment with a colon that is not a scheme.
        assert_eq!(Parts::split("1:2").scheme, None);
        assert_eq!(Parts::split("a/b:c").scheme, None);
        assert!(is_absolute("urn:x"));
        assert!(!is_absolute("/operations/7"));
        assert!(!is_absolute("//h/p"));
        assert!(can_be_base("http://a"));
        assert!(!can_be_base("urn:x"));
    }

    #[test]
    fn bases_of_request_uris() {
        let base = |s: &str| base_of(&s.parse().unwrap());
        assert_eq!(base("http://a/b/c/d;p?q").as_deref(), Some(BASE));
        assert_eq!(base("HTTPS://h:8443").as_deref(), Some("https://h:8443/"));
        assert_eq!(base("/b/c"), None);
        assert_eq!(base("h:443"), None);
    }

    #[test]
    fn origins() {
        let same = |a: &str, b: &str| same_origin(a, b);
        assert!(same("https://h/a", "https://h/b?c#d"));
        assert!(same("https://h/a", "HTTPS://H:443/b"));
        assert!(same("http://h:80/a", "http://h/b"));
        assert!(same("http://h:/a", "http://h:80/b"));
        assert!(same("https://user:pw@h/a", "https://h/b"));
        assert!(same("http://[::1]:8080/a", "http://[::1]:8080/b"));
        assert!(same("http://[::1]/a", "http://[::1]:80/b"));
        assert!(!same("https://h/a", "https://h:8443/b"));
        assert!(!same("https://h/a", "http://h/b"));
        assert!(!same("http://h/a", "http://h:443/b"));
        assert!(!same("https://h/a", "https://g/b"));
        assert!(!same("https://h/a", "https://h.evil/b"));
        assert!(!same("https://h/a", "https://h@evil/b"));
        assert!(!same("http://[::1]/a", "http://[::2]/b"));
        // Origins that cannot be told are never the same.
        assert!(!same("https://h/a", "/b"));
        assert!(!same("https://h/a", "https://h:x/b"));
        assert!(!same("https://h/a", "https://h:99999/b"));
        assert!(!same("https://h/a", "https:///b"));
        assert!(!same("https://h/a", "http://[::1/b"));
        assert!(!same("urn:a", "urn:a"));
        assert!(same("foo://h/a", "FOO://h/b"));
        assert!(!same("foo://h/a", "foo://h:1/b"));
        // What a WHATWG reader (reqwest) sends elsewhere than this reader
        // would think, or may: never the same.
        assert!(!same("http://h:1/a", "http://evil:2\\@h:1/b"));
        assert!(!same("http://h/a", "http://h\\@h/b"));
        assert!(!same("http://h/a", "http://h\tx/b"));
        assert!(!same("http://h/a", "http://h x/b"));
        assert!(!same("http://h/a", "http://hé/b"));
        // A backslash in the path is past the authority: the same origin.
        assert!(same("http://h/a", "http://h/b\\c"));
    }
}
