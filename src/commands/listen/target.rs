//! The `--forward` target: which URL forms are accepted, and how an incoming request's path and
//! query are joined onto the target's (SPEC §4). Pure functions, no I/O.
//!
//! `3000`, `:3000`, `localhost:3000` and `localhost:3000/api` mean `http://localhost:3000…`;
//! `http://…` and `https://…` are taken as given. The forwarded path is the target path and the
//! incoming path joined by exactly one `/` (only the joint is normalised; percent-encoding is
//! never touched), and the forwarded query is the target's query, `&`, the incoming query.

use std::fmt;

use http::uri::{Authority, Scheme};
use http::{HeaderValue, Uri};

use crate::error::Error;

/// A parsed `--forward` target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// `https` or `http`.
    pub https: bool,
    /// The host as written (no brackets around an IPv6 address).
    pub host: String,
    /// The port, explicit or the scheme's default.
    pub port: u16,
    /// `host[:port]` as written: the `Host` header and the authority shown in URLs.
    pub authority: String,
    /// The target's path, `""` when none was given.
    pub path: String,
    /// The target's query without `?`, `""` when none was given.
    pub query: String,
}

impl Target {
    /// Parses a `--forward` value: `3000`, `:3000`, `localhost:3000[/path]`, `http://…`, `https://…`.
    ///
    /// # Errors
    ///
    /// A usage error (exit 2) naming the value when it is not one of these forms.
    pub fn parse(input: &str) -> Result<Target, Error> {
        Self::parse_for(input, "--forward")
    }

    /// Parses a target given with `flag` (`--forward`, `trigger --to`): the same forms, and
    /// error messages that name the flag.
    ///
    /// # Errors
    ///
    /// A usage error (exit 2) naming the flag and the value.
    pub fn parse_for(input: &str, flag: &str) -> Result<Target, Error> {
        let text = input.trim();
        let bad = |why: &str| {
            Error::usage(format!("`{flag}`: {why}: `{}`", crate::sanitize::escape(text))).hint(
                format!(
                    "write `{flag} 3000`, `{flag} localhost:3000/webhooks` or `{flag} http://127.0.0.1:3000/webhooks`"
                ),
            )
        };
        if text.is_empty() {
            return Err(bad("it is empty"));
        }
        let full = if text.bytes().all(|b| b.is_ascii_digit()) {
            format!("http://localhost:{text}")
        } else if let Some(port) = text.strip_prefix(':') {
            format!("http://localhost:{port}")
        } else if let Some((scheme, _)) = text.split_once("://") {
            if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
                return Err(bad("only http:// and https:// URLs can receive deliveries"));
            }
            text.to_string()
        } else {
            format!("http://{text}")
        };
        // `Uri` keeps a port it cannot read (`localhost:abc` would silently mean port 80).
        let rest = &full[full.find("://").map_or(0, |i| i + 3)..];
        let written = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        let after_host = match written.rfind(']') {
            Some(i) => &written[i + 1..],
            None => &written[written.rfind('@').map_or(0, |i| i + 1)..],
        };
        if let Some((_, port)) = after_host.rsplit_once(':') {
            if port.is_empty() {
                return Err(bad("the port is empty"));
            }
            if !matches!(port.parse::<u16>(), Ok(p) if p > 0) {
                return Err(bad("not a port number (1-65535)"));
            }
        }
        let uri: Uri = full.parse().map_err(|_| bad("not a valid URL"))?;
        let https = uri.scheme() == Some(&Scheme::HTTPS);
        let authority: &Authority = uri.authority().ok_or_else(|| bad("it names no host"))?;
        if authority.as_str().contains('@') {
            return Err(bad("user names and passwords are not supported in the URL"));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        if host.is_empty() {
            return Err(bad("it names no host"));
        }
        let port = match authority.port_u16() {
            Some(p) => p,
            None if https => 443,
            None => 80,
        };
        // `Uri` turns an empty path into `/`; keep "no path" apart from "/" for the join table.
        let after_authority =
            &full[full.find("://").map_or(0, |i| i + 3) + authority.as_str().len()..];
        let path = match after_authority.find(['?', '#']) {
            Some(i) => &after_authority[..i],
            None => after_authority,
        };
        if full.contains('#') {
            return Err(bad("a `#fragment` is never sent to a server"));
        }
        Ok(Target {
            https,
            host: host.to_string(),
            port,
            authority: authority.as_str().to_string(),
            path: path.to_string(),
            query: uri.query().unwrap_or_default().to_string(),
        })
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &'static str {
        if self.https {
            "https"
        } else {
            "http"
        }
    }

    /// Whether the host is `localhost`, which is tried on both `::1` and `127.0.0.1`.
    pub fn is_localhost(&self) -> bool {
        let host = self.host.strip_suffix('.').unwrap_or(&self.host);
        host.eq_ignore_ascii_case("localhost")
    }

    /// The `Host` header value: the authority as written.
    pub fn host_header(&self) -> Option<HeaderValue> {
        HeaderValue::from_str(&self.authority).ok()
    }

    /// The URL a request for `incoming` (an origin-form path with an optional query) goes to,
    /// with `authority` in place of the target's (an address tried for `localhost`).
    pub fn url_with(&self, authority: &str, path: &str, query: Option<&str>) -> String {
        let mut url = String::with_capacity(
            self.scheme().len() + 3 + authority.len() + self.path.len() + path.len() + 16,
        );
        url.push_str(self.scheme());
        url.push_str("://");
        url.push_str(authority);
        join_path(&mut url, &self.path, path);
        join_query(&mut url, &self.query, query.unwrap_or_default());
        url
    }

    /// The URL a request for `path?query` goes to.
    pub fn url(&self, path: &str, query: Option<&str>) -> String {
        self.url_with(&self.authority, path, query)
    }
}

impl fmt::Display for Target {
    /// The target as a URL: `http://localhost:3000/api`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}{}", self.scheme(), self.authority, self.path)?;
        if !self.query.is_empty() {
            write!(f, "?{}", self.query)?;
        }
        Ok(())
    }
}

/// Appends the target path joined with the incoming path (the table in SPEC §4): exactly one
/// `/` at the joint; an incoming `/` keeps the target path as it is.
pub fn join_path(out: &mut String, target: &str, incoming: &str) {
    if incoming.is_empty() || incoming == "/" {
        out.push_str(if target.is_empty() { "/" } else { target });
        return;
    }
    out.push_str(target.trim_end_matches('/'));
    out.push('/');
    out.push_str(incoming.trim_start_matches('/'));
}

/// Appends `?target&incoming` (either may be empty; no `?` when both are), bytes unchanged.
pub fn join_query(out: &mut String, target: &str, incoming: &str) {
    match (target.is_empty(), incoming.is_empty()) {
        (true, true) => {}
        (false, true) => {
            out.push('?');
            out.push_str(target);
        }
        (true, false) => {
            out.push('?');
            out.push_str(incoming);
        }
        (false, false) => {
            out.push('?');
            out.push_str(target);
            out.push('&');
            out.push_str(incoming);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(target: &str, incoming: &str) -> String {
        let mut out = String::new();
        join_path(&mut out, target, incoming);
        out
    }

    #[test]
    fn path_join_table() {
        // SPEC §4, row by row.
        let table = [
            ("", "/", "/"),
            ("/", "/", "/"),
            ("", "/webhooks", "/webhooks"),
            ("/", "/webhooks", "/webhooks"),
            ("/api", "/webhooks", "/api/webhooks"),
            ("/api/", "/webhooks", "/api/webhooks"),
            ("/api", "/webhooks/", "/api/webhooks/"),
            ("/api/", "/", "/api/"),
            ("/webhooks", "/", "/webhooks"),
            ("/a%2Fb", "/", "/a%2Fb"),
            // Only the joint is normalised.
            ("/a//b/", "//c//d", "/a//b/c//d"),
            ("/api", "/x%2F/y", "/api/x%2F/y"),
        ];
        for (target, incoming, want) in table {
            assert_eq!(joined(target, incoming), want, "{target:?} + {incoming:?}");
        }
    }

    #[test]
    fn query_join() {
        let q = |t: &str, i: &str| {
            let mut out = String::new();
            join_query(&mut out, t, i);
            out
        };
        assert_eq!(q("", ""), "");
        assert_eq!(q("a=1", ""), "?a=1");
        assert_eq!(q("", "b=2"), "?b=2");
        assert_eq!(q("a=1", "b=%20&c"), "?a=1&b=%20&c");
    }

    #[test]
    fn target_forms() {
        let t = Target::parse("3000").expect("port");
        assert_eq!(t.to_string(), "http://localhost:3000");
        assert!(t.is_localhost() && !t.https && t.port == 3000 && t.path.is_empty());
        assert_eq!(
            Target::parse(":3000").expect("port").authority,
            "localhost:3000"
        );
        let t = Target::parse("localhost:3000/api?x=1").expect("host:port");
        assert_eq!(t.to_string(), "http://localhost:3000/api?x=1");
        assert_eq!((t.path.as_str(), t.query.as_str()), ("/api", "x=1"));
        assert_eq!(
            t.url("/webhooks", Some("y=2")),
            "http://localhost:3000/api/webhooks?x=1&y=2"
        );
        let t = Target::parse("https://example.com").expect("https");
        assert!(t.https && t.port == 443 && !t.is_localhost());
        assert_eq!(t.url("/", None), "https://example.com/");
        let t = Target::parse("http://[::1]:8080/").expect("ipv6");
        assert_eq!(
            (t.host.as_str(), t.port, t.path.as_str()),
            ("::1", 8080, "/")
        );
        assert_eq!(
            t.url_with("127.0.0.1:8080", "/x", None),
            "http://127.0.0.1:8080/x"
        );
        let t = Target::parse("HTTP://LocalHost.:3000").expect("case");
        assert!(t.is_localhost());
        for bad in [
            "",
            "ftp://x",
            "http://",
            "localhost:",
            "http://u:p@x/",
            "http://x/#f",
            "0",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad:?} must be refused");
        }
    }
}
