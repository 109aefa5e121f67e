//! Forwards a delivery to the app unchanged and brings back the app's answer (SPEC §4).
//!
//! - Keep-alive connections to the app (hyper's HTTP/1 client, which adds no header of its own,
//!   unlike reqwest's `Accept: */*`) with TCP_NODELAY. Each incoming connection has its own
//!   upstream connection (a [`Lane`]), polled inside that connection's task while a delivery is
//!   in flight: no hand-off to another task or thread per request. When the incoming connection
//!   closes, its upstream goes to a small idle pool for the next one.
//! - The body bytes are sent as received; hop-by-hop headers (`Connection` and the names it
//!   lists, `Keep-Alive`, `Proxy-*`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`) are
//!   dropped, `Host` is the target's unless `-H 'Host: …'`, a chunked body gets a
//!   `Content-Length`, and `-H` headers replace incoming ones of the same name. Header name
//!   case is kept both ways.
//! - `localhost` is tried on `::1` and `127.0.0.1` (the system resolver's first answer first),
//!   and the address that answered is tried first next time.
//! - Redirects are relayed, never followed. `--insecure` and `--cacert` shape TLS for
//!   `https://` targets (rustls with ring, webpki roots).

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;
use std::pin::{pin, Pin};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Waker};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use bytes::Bytes;
use http::header::{self, HeaderName};
use http::{request, HeaderMap, HeaderValue, Request, Response, Uri, Version};
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::client::conn::http1;
use hyper_rustls::{
    FixedServerNameResolver, HttpsConnector, HttpsConnectorBuilder, MaybeHttpsStream,
};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioIo;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject as _;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use tokio::net::TcpStream;
use tower_service::Service as _;

use super::target::{self, Target};
use crate::error::Error;

type Connector = HttpsConnector<HttpConnector>;
type Conn = http1::Connection<MaybeHttpsStream<TokioIo<TcpStream>>, Full<Bytes>>;

/// Idle connections kept for later incoming connections, and for how long.
const POOL_MAX: usize = 64;
/// Below the usual 5 s keep-alive of app servers (Node), so an idle connection is dropped by us
/// before the app closes it under a request.
const IDLE_MAX: Duration = Duration::from_secs(4);

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

/// The connector (TCP, TLS) and everything fixed about the target; shared by every event loop.
pub struct Forwarder {
    connector: Connector,
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
    uris: [Uri; 2],
    preferred: AtomicUsize,
}

/// A live connection to the app. The connection future is polled only while a delivery uses it,
/// by that delivery's task; `None` once it has ended.
pub struct Upstream {
    sender: http1::SendRequest<Full<Bytes>>,
    conn: Option<Pin<Box<Conn>>>,
    idle_since: Instant,
}

impl Upstream {
    /// Polls an idle connection once, without waiting: false when the app has closed it.
    fn alive(&mut self) -> bool {
        let Some(conn) = self.conn.as_mut() else {
            return false;
        };
        let mut cx = Context::from_waker(Waker::noop());
        if conn.as_mut().poll(&mut cx).is_ready() {
            self.conn = None;
            return false;
        }
        !self.sender.is_closed()
    }
}

/// Idle connections between incoming connections, one pool per event loop (a connection stays
/// with the runtime that opened it).
#[derive(Default)]
pub struct Pool {
    idle: Mutex<Vec<Upstream>>,
}

impl Pool {
    fn put(&self, upstream: Upstream) {
        if upstream.conn.is_none() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < POOL_MAX {
                idle.push(upstream);
            }
        }
    }

    fn take(&self) -> Option<Upstream> {
        let mut idle = self.idle.lock().ok()?;
        while let Some(mut upstream) = idle.pop() {
            if upstream.idle_since.elapsed() < IDLE_MAX && upstream.alive() {
                return Some(upstream);
            }
        }
        None
    }
}

/// The upstream connection of one incoming connection (whose deliveries come one at a time).
/// Dropped with the incoming connection, it hands its upstream to the pool.
pub struct Lane {
    upstream: Mutex<Option<Upstream>>,
    pool: Arc<Pool>,
}

impl Lane {
    fn take(&self) -> Option<Upstream> {
        let mine = self.upstream.lock().ok().and_then(|mut u| u.take());
        // Past the app's likely keep-alive, a request could cross the app's close: start anew.
        let mine = mine.filter(|u| u.idle_since.elapsed() < IDLE_MAX);
        mine.or_else(|| self.pool.take())
    }

    fn put(&self, mut upstream: Upstream) {
        upstream.idle_since = Instant::now();
        if let Ok(mut slot) = self.upstream.lock() {
            *slot = Some(upstream);
        }
    }
}

impl Drop for Lane {
    fn drop(&mut self) {
        if let Some(upstream) = self.upstream.get_mut().ok().and_then(Option::take) {
            self.pool.put(upstream);
        }
    }
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
        let localhost = if target.is_localhost() {
            Some(Localhost::resolve(target.scheme(), target.port).await)
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
            connector,
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

    /// A lane for a new incoming connection, sharing idle connections through `pool`.
    pub fn lane(&self, pool: &Arc<Pool>) -> Lane {
        Lane {
            upstream: Mutex::new(None),
            pool: Arc::clone(pool),
        }
    }

    /// Forwards a request (its parts and its whole body) on `lane` and collects the app's answer.
    pub async fn forward(&self, lane: &Lane, parts: request::Parts, body: Bytes) -> Forwarded {
        let start = Instant::now();
        let url = self.url_for(&parts.uri);
        let mut origin = String::with_capacity(url.len());
        target::join_path(&mut origin, &self.target.path, parts.uri.path());
        target::join_query(
            &mut origin,
            &self.target.query,
            parts.uri.query().unwrap_or_default(),
        );
        let headers = forwarded_headers(
            parts.headers,
            body.len(),
            self.host.as_ref(),
            &self.extra,
            &self.extra_names,
        );
        let result = match origin.parse::<Uri>() {
            Ok(uri) => {
                let mut request = Request::new(Full::new(body));
                *request.method_mut() = parts.method;
                *request.uri_mut() = uri;
                *request.version_mut() = Version::HTTP_11;
                *request.headers_mut() = headers;
                // Carries hyper's record of the header names' original case.
                *request.extensions_mut() = parts.extensions;
                let exchange = self.exchange(lane.take(), request);
                match tokio::time::timeout(self.timeout, exchange).await {
                    Ok((result, upstream)) => {
                        if let Some(upstream) = upstream {
                            lane.put(upstream);
                        }
                        result
                    }
                    // The connection went with the dropped exchange: closed, never reused.
                    Err(_) => Err(Failure::Timeout),
                }
            }
            Err(e) => Err(Failure::BadAnswer(format!(
                "cannot build the path {origin}: {e}"
            ))),
        };
        Forwarded {
            url,
            duration: start.elapsed(),
            result,
        }
    }

    /// Sends the request on `upstream` (or a new connection) and reads the whole answer. A kept
    /// connection the app has closed in the meantime gives the request back unsent; it is then
    /// sent once more on a new connection.
    async fn exchange(
        &self,
        upstream: Option<Upstream>,
        request: Request<Full<Bytes>>,
    ) -> (Result<Response<Bytes>, Failure>, Option<Upstream>) {
        let mut upstream = upstream;
        let mut request = request;
        for attempt in 0..2 {
            let mut up = match upstream.take() {
                Some(up) => up,
                None => match self.connect().await {
                    Ok(up) => up,
                    Err(failure) => return (Err(failure), None),
                },
            };
            let Upstream { sender, conn, .. } = &mut up;
            if let Err(error) = drive(conn, sender.ready()).await {
                // Closed before it took the request: nothing was sent.
                if attempt == 0 {
                    continue;
                }
                return (Err(Failure::BadAnswer(describe(&error))), None);
            }
            let response = match drive(conn, sender.try_send_request(request)).await {
                Ok(response) => response,
                Err(mut e) => match e.take_message() {
                    Some(unsent) if attempt == 0 => {
                        request = unsent;
                        continue;
                    }
                    _ => return (Err(Failure::BadAnswer(describe(&e.into_error()))), None),
                },
            };
            let (mut parts, body) = response.into_parts();
            let body = drive(conn, Limited::new(body, self.max_answer).collect()).await;
            let body = match body {
                Ok(collected) => collected.to_bytes(),
                Err(e) if e.is::<http_body_util::LengthLimitError>() => {
                    let why = format!("the app's answer is larger than {} bytes", self.max_answer);
                    return (Err(Failure::BadAnswer(why)), None);
                }
                Err(e) => {
                    let why = format!("the app's answer broke off: {}", describe(&*e));
                    return (Err(Failure::BadAnswer(why)), None);
                }
            };
            parts.headers = relayed_headers(std::mem::take(&mut parts.headers));
            parts.version = Version::HTTP_11;
            return (Ok(Response::from_parts(parts, body)), Some(up));
        }
        let why = "the app closed the connection twice before the request was sent";
        (Err(Failure::BadAnswer(why.into())), None)
    }

    /// Opens a connection to the app (`localhost`: the address that answered last first).
    async fn connect(&self) -> Result<Upstream, Failure> {
        let Some(local) = &self.localhost else {
            let uri = parse_uri(&format!(
                "{}://{}",
                self.target.scheme(),
                self.target.authority
            ))?;
            return match self.dial(uri).await {
                Ok(io) => handshake(io).await,
                Err(why) => {
                    let message = self.unreachable_message(&why.text).await;
                    Err(Failure::Unreachable(with_hint(message, why.tls)))
                }
            };
        };
        let first = local.preferred.load(Ordering::Relaxed) % 2;
        let second = 1 - first;
        let first_error = match self.dial(local.uris[first].clone()).await {
            Ok(io) => return handshake(io).await,
            Err(why) => why,
        };
        match self.dial(local.uris[second].clone()).await {
            Ok(io) => {
                local.preferred.store(second, Ordering::Relaxed);
                handshake(io).await
            }
            Err(why) => {
                let (a, b) = (local.addrs[first], local.addrs[second]);
                let message = if why.text == first_error.text {
                    format!("{} at {a} and {b}", why.text)
                } else {
                    format!("{a}: {}; {b}: {}", first_error.text, why.text)
                };
                Err(Failure::Unreachable(with_hint(
                    message,
                    why.tls || first_error.tls,
                )))
            }
        }
    }

    /// TCP (and TLS) to `uri`'s authority.
    async fn dial(&self, uri: Uri) -> Result<MaybeHttpsStream<TokioIo<TcpStream>>, DialError> {
        let mut connector = self.connector.clone();
        std::future::poll_fn(|cx| connector.poll_ready(cx))
            .await
            .map_err(|e| DialError::new(&*e))?;
        connector.call(uri).await.map_err(|e| DialError::new(&*e))
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

/// Why a connection could not be opened.
struct DialError {
    text: String,
    /// The TCP connection was made; the TLS handshake failed.
    tls: bool,
}

impl DialError {
    fn new(err: &(dyn std::error::Error + 'static)) -> DialError {
        let text = describe(err);
        DialError {
            tls: text.starts_with("TLS: "),
            text,
        }
    }
}

/// What to do about an unreachable app.
fn with_hint(message: String, tls: bool) -> String {
    if tls {
        format!("{message}; for a development certificate pass its CA with `--cacert FILE`, or `--insecure`")
    } else {
        format!("{message}; is your app running?")
    }
}

/// Polls `conn` while waiting for `fut` (which needs the connection to make progress). When the
/// connection ends first it is dropped, so `fut` resolves with an error instead of waiting.
async fn drive<F: Future>(conn: &mut Option<Pin<Box<Conn>>>, fut: F) -> F::Output {
    let mut fut = pin!(fut);
    if let Some(c) = conn.as_mut() {
        tokio::select! {
            biased;
            out = &mut fut => return out,
            _ = c.as_mut() => {}
        }
        *conn = None;
    }
    fut.await
}

async fn handshake(io: MaybeHttpsStream<TokioIo<TcpStream>>) -> Result<Upstream, Failure> {
    let (sender, conn) = http1::Builder::new()
        .preserve_header_case(true)
        .handshake(io)
        .await
        .map_err(|e| Failure::BadAnswer(describe(&e)))?;
    Ok(Upstream {
        sender,
        conn: Some(Box::pin(conn)),
        idle_since: Instant::now(),
    })
}

fn parse_uri(url: &str) -> Result<Uri, Failure> {
    url.parse()
        .map_err(|e| Failure::BadAnswer(format!("cannot build the URL {url}: {e}")))
}

impl Localhost {
    /// `::1` and `127.0.0.1`, the system resolver's first answer first.
    async fn resolve(scheme: &str, port: u16) -> Localhost {
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
            uris: addrs.map(|a| {
                format!("{scheme}://{a}")
                    .parse()
                    .unwrap_or_else(|_| Uri::from_static("http://127.0.0.1"))
            }),
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
        last = e;
        current = match e.downcast_ref::<io::Error>() {
            // An io::Error's `source()` skips the error it wraps: look at that one itself.
            Some(io) => match io.get_ref() {
                Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
                None => return io_text(io),
            },
            None => e.source(),
        };
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
        let e = io::Error::other("Something odd");
        assert_eq!(describe(&e), "something odd");
        let tls = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let e = io::Error::other(io::Error::new(io::ErrorKind::InvalidData, tls));
        assert_eq!(describe(&e), "TLS: invalid peer certificate: UnknownIssuer");
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
