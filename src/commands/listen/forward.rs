//! Forwards a delivery to the app unchanged and brings back the app's answer (SPEC §4).
//!
//! - One pooled keep-alive client (hyper-util's legacy client, which adds no header of its own,
//!   unlike reqwest's `Accept: */*`) with TCP_NODELAY, reused by every delivery.
//! - The body bytes are sent as received; hop-by-hop headers (`Connection` and the names it
//!   lists, `Keep-Alive`, `Proxy-*`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`) are
//!   dropped, `Host` is the target's unless `-H 'Host: …'`, a chunked body gets a
//!   `Content-Length`, and `-H` headers replace incoming ones of the same name. Header name
//!   case is kept both ways.
//! - `localhost` is tried on `::1` and `127.0.0.1` (the system resolver's first answer first),
//!   and the address that answered is tried first next time.
//! - Redirects are relayed, never followed. `--insecure` and `--cacert` shape TLS for
//!   `https://` targets (rustls with ring, webpki roots).

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use bytes::Bytes;
use http::header::{self, HeaderName};
use http::{request, HeaderMap, HeaderValue, Method, Request, Response, Uri, Version};
use http_body_util::{BodyExt as _, Full, Limited};
use hyper_rustls::{FixedServerNameResolver, HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject as _;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

use super::target::Target;
use crate::error::Error;

type HttpClient = Client<HttpsConnector<HttpConnector>, Full<Bytes>>;

/// How to reach the app.
#[derive(Debug, Clone)]
pub struct ForwardOptions {
    pub target: Target,
    /// `-H 'Name: value'` headers, in order.
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub timeout: Duration,
    /// The largest answer body relayed from the app.
    pub max_answer: usize,
    pub insecure: bool,
    pub cacert: Option<std::path::PathBuf>,
}

/// The pooled client and everything fixed about the target.
pub struct Forwarder {
    client: HttpClient,
    target: Target,
    /// The `Host` value to set, `None` when `-H Host` replaces it.
    host: Option<HeaderValue>,
    extra: Vec<(HeaderName, HeaderValue)>,
    extra_names: Vec<HeaderName>,
    timeout: Duration,
    max_answer: usize,
    localhost: Option<Localhost>,
}

/// The two addresses of `localhost` and which one answered last.
struct Localhost {
    addrs: [SocketAddr; 2],
    authorities: [String; 2],
    preferred: AtomicUsize,
}

/// The result of one forward.
#[derive(Debug)]
pub struct Forwarded {
    /// The URL the delivery went to (with the target's host name).
    pub url: String,
    pub duration: Duration,
    pub result: Result<Response<Bytes>, Failure>,
}

/// Why the app gave no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Nothing accepted the connection (names every address tried).
    Unreachable(String),
    /// No answer within the timeout.
    Timeout,
    /// The connection broke, or the answer was not valid HTTP.
    BadAnswer(String),
}

impl Forwarder {
    /// Builds the client (TLS settings, `localhost` addresses).
    ///
    /// # Errors
    ///
    /// An unreadable or empty `--cacert` file, or a TLS setup failure.
    pub async fn new(options: ForwardOptions) -> anyhow::Result<Forwarder> {
        let ForwardOptions {
            target,
            headers,
            timeout,
            max_answer,
            insecure,
            cacert,
        } = options;
        let tls = tls_config(target.https, insecure, cacert.as_deref())?;
        let server_name = ServerName::try_from(target.host.clone()).map_err(|_| {
            Error::usage(format!("`{}` is not a valid TLS server name", target.host))
        })?;
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        let connector = HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .with_server_name_resolver(FixedServerNameResolver::new(server_name))
            .enable_http1()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            // Below the usual 5 s keep-alive of app servers (Node), so an idle pooled
            // connection is dropped by us before the app closes it under a request.
            .pool_idle_timeout(Duration::from_secs(4))
            .http1_preserve_header_case(true)
            .build(connector);
        let localhost = if target.is_localhost() {
            Some(Localhost::resolve(target.port).await)
        } else {
            None
        };
        let overrides_host = headers.iter().any(|(n, _)| n == header::HOST);
        let host = if overrides_host {
            None
        } else {
            target.host_header()
        };
        let mut extra_names: Vec<HeaderName> = Vec::new();
        for (name, _) in &headers {
            if !extra_names.contains(name) {
                extra_names.push(name.clone());
            }
        }
        Ok(Forwarder {
            client,
            target,
            host,
            extra: headers,
            extra_names,
            timeout,
            max_answer,
            localhost,
        })
    }

    /// The URL a request for `uri` is forwarded to.
    pub fn url_for(&self, uri: &Uri) -> String {
        self.target.url(uri.path(), uri.query())
    }

    /// Forwards a request (its parts and its whole body) and collects the app's answer.
    pub async fn forward(&self, parts: request::Parts, body: Bytes) -> Forwarded {
        let start = Instant::now();
        let url = self.url_for(&parts.uri);
        let headers = forwarded_headers(
            parts.headers,
            body.len(),
            self.host.as_ref(),
            &self.extra,
            &self.extra_names,
        );
        let outgoing = Outgoing {
            method: parts.method,
            headers,
            extensions: parts.extensions,
            body,
        };
        let exchange = self.exchange(&url, &parts.uri, outgoing);
        let result = match tokio::time::timeout(self.timeout, exchange).await {
            Ok(result) => result,
            Err(_) => Err(Failure::Timeout),
        };
        Forwarded {
            url,
            duration: start.elapsed(),
            result,
        }
    }

    async fn exchange(
        &self,
        url: &str,
        incoming: &Uri,
        out: Outgoing,
    ) -> Result<Response<Bytes>, Failure> {
        let Some(local) = &self.localhost else {
            let uri = parse_uri(url)?;
            return match self.send(out.request(uri)).await {
                Ok(response) => Ok(response),
                Err(SendError::Connect(why)) => {
                    Err(Failure::Unreachable(self.unreachable_message(&why).await))
                }
                Err(SendError::Other(why)) => Err(Failure::BadAnswer(why)),
            };
        };
        let first = local.preferred.load(Ordering::Relaxed) % 2;
        let second = 1 - first;
        let uri_for = |i: usize| {
            parse_uri(&self.target.url_with(
                &local.authorities[i],
                incoming.path(),
                incoming.query(),
            ))
        };
        let first_error = match self.send(out.clone().request(uri_for(first)?)).await {
            Ok(response) => return Ok(response),
            Err(SendError::Connect(why)) => why,
            Err(SendError::Other(why)) => return Err(Failure::BadAnswer(why)),
        };
        match self.send(out.request(uri_for(second)?)).await {
            Ok(response) => {
                local.preferred.store(second, Ordering::Relaxed);
                Ok(response)
            }
            Err(SendError::Connect(why)) => {
                let (a, b) = (local.addrs[first], local.addrs[second]);
                Err(Failure::Unreachable(if why == first_error {
                    format!("{why} at {a} and {b}")
                } else {
                    format!("{a}: {first_error}; {b}: {why}")
                }))
            }
            Err(SendError::Other(why)) => Err(Failure::BadAnswer(why)),
        }
    }

    async fn send(&self, request: Request<Full<Bytes>>) -> Result<Response<Bytes>, SendError> {
        let response = self.client.request(request).await.map_err(|e| {
            if e.is_connect() {
                SendError::Connect(describe(&e))
            } else {
                SendError::Other(describe(&e))
            }
        })?;
        let (mut parts, body) = response.into_parts();
        let body = Limited::new(body, self.max_answer)
            .collect()
            .await
            .map_err(|e| {
                if e.is::<http_body_util::LengthLimitError>() {
                    SendError::Other(format!(
                        "the app's answer is larger than {} bytes",
                        self.max_answer
                    ))
                } else {
                    SendError::Other(format!("the app's answer broke off: {}", describe(&*e)))
                }
            })?
            .to_bytes();
        parts.headers = relayed_headers(std::mem::take(&mut parts.headers));
        parts.version = Version::HTTP_11;
        Ok(Response::from_parts(parts, body))
    }

    /// "connection refused at app.test:3000 (10.0.0.5:3000, …)".
    async fn unreachable_message(&self, why: &str) -> String {
        let name = &self.target.authority;
        let addrs: Vec<String> = match self.target.host.parse::<IpAddr>() {
            Ok(_) => Vec::new(),
            Err(_) => tokio::net::lookup_host((self.target.host.as_str(), self.target.port))
                .await
                .map(|addrs| addrs.take(8).map(|a| a.to_string()).collect())
                .unwrap_or_default(),
        };
        if addrs.is_empty() {
            format!("{why} at {name}")
        } else {
            format!("{why} at {name} ({})", addrs.join(", "))
        }
    }
}

/// Everything needed to build the outgoing request (twice, for `localhost`).
#[derive(Clone)]
struct Outgoing {
    method: Method,
    headers: HeaderMap,
    extensions: http::Extensions,
    body: Bytes,
}

impl Outgoing {
    fn request(self, uri: Uri) -> Request<Full<Bytes>> {
        let mut request = Request::new(Full::new(self.body));
        *request.method_mut() = self.method;
        *request.uri_mut() = uri;
        *request.version_mut() = Version::HTTP_11;
        *request.headers_mut() = self.headers;
        // Carries hyper's record of the header names' original case.
        *request.extensions_mut() = self.extensions;
        request
    }
}

enum SendError {
    Connect(String),
    Other(String),
}

fn parse_uri(url: &str) -> Result<Uri, Failure> {
    url.parse()
        .map_err(|e| Failure::BadAnswer(format!("cannot build the URL {url}: {e}")))
}

impl Localhost {
    /// `::1` and `127.0.0.1`, the system resolver's first answer first.
    async fn resolve(port: u16) -> Localhost {
        let v6 = SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port);
        let v4 = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port);
        let v6_first = tokio::net::lookup_host(("localhost", port))
            .await
            .ok()
            .and_then(|mut addrs| addrs.next())
            .is_some_and(|a| a.is_ipv6());
        let addrs = if v6_first { [v6, v4] } else { [v4, v6] };
        Localhost {
            addrs,
            authorities: addrs.map(|a| a.to_string()),
            preferred: AtomicUsize::new(0),
        }
    }
}

/// Request headers as the app gets them (see the module docs), in the order they came.
pub fn forwarded_headers(
    incoming: HeaderMap,
    body_len: usize,
    host: Option<&HeaderValue>,
    extra: &[(HeaderName, HeaderValue)],
    extra_names: &[HeaderName],
) -> HeaderMap {
    let chunked = incoming.contains_key(header::TRANSFER_ENCODING);
    let listed = connection_listed(&incoming);
    let mut out = HeaderMap::with_capacity(incoming.len() + extra.len() + 2);
    let mut has_length = false;
    let mut host_done = host.is_none();
    // `-H` headers take the place of the first incoming header of their name.
    let mut extra_done = vec![false; extra_names.len()];
    let mut put_extra = |out: &mut HeaderMap, index: usize| {
        if !extra_done[index] {
            extra_done[index] = true;
            let name = &extra_names[index];
            for (n, v) in extra.iter().filter(|(n, _)| n == name) {
                out.append(n.clone(), v.clone());
            }
        }
    };
    let mut current: Option<HeaderName> = None;
    for (name, value) in incoming {
        if let Some(name) = name {
            current = Some(name);
        }
        let Some(name) = &current else { continue };
        if is_hop_by_hop(name) || listed.contains(name) {
            continue;
        }
        if let Some(index) = extra_names.iter().position(|n| n == name) {
            put_extra(&mut out, index);
            continue;
        }
        if name == header::HOST {
            if let Some(host) = host {
                if !host_done {
                    out.append(header::HOST, host.clone());
                    host_done = true;
                }
                continue;
            }
        }
        if name == header::CONTENT_LENGTH {
            if chunked {
                continue;
            }
            has_length = true;
        }
        out.append(name.clone(), value);
    }
    if let (false, Some(host)) = (host_done, host) {
        out.append(header::HOST, host.clone());
    }
    if !has_length && (chunked || body_len > 0) {
        out.append(header::CONTENT_LENGTH, HeaderValue::from(body_len));
    }
    for index in 0..extra_names.len() {
        put_extra(&mut out, index);
    }
    out
}

/// The response headers relayed to the sender: the app's, less the hop-by-hop ones, in order.
pub fn relayed_headers(incoming: HeaderMap) -> HeaderMap {
    let listed = connection_listed(&incoming);
    if listed.is_empty() && !incoming.keys().any(is_hop_by_hop) {
        return incoming;
    }
    let mut out = HeaderMap::with_capacity(incoming.len());
    let mut current: Option<HeaderName> = None;
    for (name, value) in incoming {
        if let Some(name) = name {
            current = Some(name);
        }
        let Some(name) = &current else { continue };
        if !is_hop_by_hop(name) && !listed.contains(name) {
            out.append(name.clone(), value);
        }
    }
    out
}

/// Hop-by-hop by name (RFC 9110 §7.6.1): `Connection`, `Keep-Alive`, `Proxy-*`, `TE`,
/// `Trailer`, `Transfer-Encoding`, `Upgrade`.
fn is_hop_by_hop(name: &HeaderName) -> bool {
    name == header::CONNECTION
        || name == header::TE
        || name == header::TRAILER
        || name == header::TRANSFER_ENCODING
        || name == header::UPGRADE
        || name == "keep-alive"
        || name.as_str().starts_with("proxy-")
}

/// The header names a `Connection` header lists (they are hop-by-hop too).
fn connection_listed(headers: &HeaderMap) -> Vec<HeaderName> {
    if !headers.contains_key(header::CONNECTION) {
        return Vec::new();
    }
    headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
        .collect()
}

/// The innermost cause of a client error, in words: `connection refused`, `TLS: …`.
pub fn describe(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current = Some(err);
    let mut last = err;
    while let Some(e) = current {
        if let Some(tls) = e.downcast_ref::<rustls::Error>() {
            return format!("TLS: {tls}");
        }
        if let Some(io) = e.downcast_ref::<io::Error>() {
            if let Some(tls) = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return format!("TLS: {tls}");
            }
            return io_text(io);
        }
        last = e;
        current = e.source();
    }
    lowercase_first(&last.to_string())
}

fn io_text(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => "connection refused".into(),
        io::ErrorKind::ConnectionReset => "connection reset by the app".into(),
        io::ErrorKind::ConnectionAborted => "connection aborted".into(),
        io::ErrorKind::TimedOut => "connection timed out".into(),
        io::ErrorKind::AddrNotAvailable => "address not available".into(),
        _ => {
            let text = e.to_string();
            let text = match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            lowercase_first(&text)
        }
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The rustls settings: webpki roots (plus `--cacert`), or no verification with `--insecure`.
fn tls_config(https: bool, insecure: bool, cacert: Option<&Path>) -> anyhow::Result<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .context("setting up TLS")?;
    if insecure {
        return Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
            .with_no_client_auth());
    }
    let mut roots = RootCertStore::empty();
    if https {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    if let Some(path) = cacert {
        let bad = |why: String| Error::usage(format!("`--cacert {}`: {why}", path.display()));
        let certs = CertificateDer::pem_file_iter(path)
            .map_err(|e| bad(format!("cannot read it: {e}")))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| bad(format!("not a PEM certificate file: {e}")))?;
        if certs.is_empty() {
            return Err(bad("no PEM certificate in it".into()).into());
        }
        for cert in certs {
            roots
                .add(cert)
                .map_err(|e| bad(format!("a certificate is not usable: {e}")))?;
        }
    }
    Ok(builder.with_root_certificates(roots).with_no_client_auth())
}

/// `--insecure`: any certificate is accepted (the handshake signatures are still checked).
#[derive(Debug)]
struct AnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                HeaderName::from_bytes(k.as_bytes()).expect("name"),
                HeaderValue::from_str(v).expect("value"),
            );
        }
        h
    }

    fn list(h: &HeaderMap) -> Vec<(String, String)> {
        h.iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn request_headers() {
        let h = map(&[
            ("host", "127.0.0.1:4242"),
            ("content-type", "application/json"),
            ("x-cheese-signature", "abc"),
            ("x-repeat", "1"),
            ("x-repeat", "2"),
            ("connection", "keep-alive, X-Hop"),
            ("x-hop", "secret"),
            ("keep-alive", "timeout=5"),
            ("proxy-authorization", "Basic x"),
            ("proxy-connection", "keep-alive"),
            ("te", "trailers"),
            ("trailer", "x-t"),
            ("upgrade", "websocket"),
            ("x-replace", "old"),
            ("transfer-encoding", "chunked"),
            ("x-last", "z"),
        ]);
        let host = HeaderValue::from_static("localhost:3000");
        let extra = [
            (
                HeaderName::from_static("x-replace"),
                HeaderValue::from_static("new"),
            ),
            (
                HeaderName::from_static("x-added"),
                HeaderValue::from_static("1"),
            ),
            (
                HeaderName::from_static("x-added"),
                HeaderValue::from_static("2"),
            ),
        ];
        let names = [
            HeaderName::from_static("x-replace"),
            HeaderName::from_static("x-added"),
        ];
        let out = forwarded_headers(h, 42, Some(&host), &extra, &names);
        let want: Vec<(String, String)> = [
            ("host", "localhost:3000"),
            ("content-type", "application/json"),
            ("x-cheese-signature", "abc"),
            ("x-repeat", "1"),
            ("x-repeat", "2"),
            ("x-replace", "new"),
            ("x-last", "z"),
            ("content-length", "42"),
            ("x-added", "1"),
            ("x-added", "2"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(list(&out), want);
    }

    #[test]
    fn nothing_is_added_to_a_plain_request() {
        let h = map(&[("host", "x"), ("content-length", "0")]);
        let out = forwarded_headers(h, 0, None, &[], &[]);
        assert_eq!(
            list(&out),
            [
                ("host".into(), "x".into()),
                ("content-length".into(), "0".into())
            ]
        );
        let out = forwarded_headers(map(&[("x-a", "1")]), 0, None, &[], &[]);
        assert_eq!(list(&out), [("x-a".to_string(), "1".to_string())]);
        // No Host came: the target's is added.
        let host = HeaderValue::from_static("app:80");
        let out = forwarded_headers(map(&[("x-a", "1")]), 2, Some(&host), &[], &[]);
        assert_eq!(
            list(&out),
            [
                ("x-a".to_string(), "1".to_string()),
                ("host".into(), "app:80".into()),
                ("content-length".into(), "2".into())
            ]
        );
    }

    #[test]
    fn response_headers() {
        let h = map(&[
            ("content-type", "text/plain"),
            ("connection", "keep-alive, x-private"),
            ("keep-alive", "timeout=5"),
            ("x-private", "1"),
            ("set-cookie", "a=1"),
            ("set-cookie", "b=2"),
            ("content-length", "2"),
        ]);
        assert_eq!(
            list(&relayed_headers(h)),
            [
                ("content-type".to_string(), "text/plain".to_string()),
                ("set-cookie".into(), "a=1".into()),
                ("set-cookie".into(), "b=2".into()),
                ("content-length".into(), "2".into())
            ]
        );
    }

    #[test]
    fn describes_errors() {
        let e = io::Error::from(io::ErrorKind::ConnectionRefused);
        assert_eq!(describe(&e), "connection refused");
        let e = io::Error::other("Something odd (os error 99)");
        assert_eq!(describe(&e), "something odd");
    }

    #[test]
    fn cacert_errors_are_usage_errors() {
        let dir = tempfile::tempdir().expect("tempdir");
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "nothing here\n").expect("write");
        let err = tls_config(true, false, Some(&empty)).expect_err("no certificate");
        assert_eq!(crate::error::exit_code(&err), 2);
        assert!(err.to_string().contains("no PEM certificate"), "{err}");
        let err =
            tls_config(true, false, Some(&dir.path().join("missing.pem"))).expect_err("missing");
        assert!(err.to_string().contains("cannot read it"), "{err}");
        assert!(tls_config(false, true, None).is_ok());
    }
}
