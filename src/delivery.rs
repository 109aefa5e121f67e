//! Sending deliveries the way the store does (SPEC §2): one `POST` with the envelope as body and
//! exactly `Host`, `Content-Length`, `Content-Type: application/json`,
//! `User-Agent: CheeseStore-Webhooks/2.0` and, when signed, `X-Cheese-Signature`.
//!
//! Used by `cheese trigger`, `cheese demo` and the tests. The client is hyper-util's legacy
//! client rather than reqwest, because reqwest adds `Accept: */*` on its own and a receiver
//! under test must see nothing the store would not send. A [`Sender`] holds one pooled client,
//! so a load loop (`trigger --count`) reuses its connections; cloning it is cheap.

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use http::header::{HeaderValue, CONTENT_TYPE, USER_AGENT as USER_AGENT_HEADER};
use http::{HeaderMap, Method, Request, StatusCode, Uri};
use http_body_util::{BodyExt, Full};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::commands::listen::Target;
use crate::error::Error;
use crate::secret::Secret;
use crate::signature;

/// The `User-Agent` of every store delivery.
pub const USER_AGENT: &str = "CheeseStore-Webhooks/2.0";

/// Where `trigger` sends by default: the default `cheese listen` address.
pub const DEFAULT_TARGET: &str = "http://127.0.0.1:4242/";

/// How long the store waits for an answer before it counts the attempt as failed.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// At most this much of an answer's body is kept (for display); the rest is read and dropped.
pub const MAX_KEPT_BODY: usize = 64 * 1024;

/// Reading an answer stops after this many bytes (the connection is then dropped), so a
/// runaway app cannot make the sender read forever.
const MAX_READ_BODY: usize = 16 * 1024 * 1024;

/// Reads a target the way `--to` and `listen --forward` take it (one parser,
/// [`Target::parse_for`]): `3000` and `localhost:3000` mean `http://localhost:3000`, anything
/// without a scheme gets `http://`, only `http` and `https` are accepted. A missing path
/// becomes `/`.
///
/// # Errors
///
/// A usage error naming `flag` when the text is not such a URL.
pub fn parse_target(text: &str, flag: &str) -> Result<Uri, Error> {
    let target = Target::parse_for(text, flag)?;
    target.url("/", None).parse().map_err(|_| {
        Error::usage(format!(
            "`{flag}`: not a valid URL: `{}`",
            crate::sanitize::escape(text.trim())
        ))
    })
}

/// One delivery's body and signature, ready to send (any number of times: retries and
/// duplicates send the same bytes).
#[derive(Debug, Clone)]
pub struct Delivery {
    /// The exact body bytes.
    pub body: Bytes,
    /// The `X-Cheese-Signature` value; `None` sends no such header (an unsigned delivery).
    pub signature: Option<String>,
}

impl Delivery {
    /// Signs `body` with `secret` (lowercase hex HMAC-SHA256, SPEC §3), or leaves it unsigned.
    pub fn new(body: impl Into<Bytes>, secret: Option<&Secret>) -> Self {
        let body = body.into();
        let signature = secret.map(|s| signature::sign_hex(s.expose().as_bytes(), &body));
        Delivery { body, signature }
    }
}

/// The request the store would send for `delivery` to `url`. `Host` and `Content-Length` are
/// added by hyper when it is sent.
///
/// # Errors
///
/// The signature is not a valid header value (only possible for a hand-made [`Delivery`]).
pub fn build_request(url: &Uri, delivery: &Delivery) -> Result<Request<Full<Bytes>>, SendError> {
    let mut request = Request::new(Full::new(delivery.body.clone()));
    *request.method_mut() = Method::POST;
    *request.uri_mut() = url.clone();
    let headers = request.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(USER_AGENT_HEADER, HeaderValue::from_static(USER_AGENT));
    if let Some(sig) = &delivery.signature {
        let value = HeaderValue::from_str(sig).map_err(|_| {
            SendError::Request("the signature is not a valid header value".to_owned())
        })?;
        headers.insert(signature::HEADER, value);
    }
    Ok(request)
}

/// Why a delivery got no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Nothing listens at the target.
    #[error("connection refused")]
    Refused,
    /// No complete answer within the timeout.
    #[error("no answer within {}", humantime::format_duration(*.0))]
    Timeout(Duration),
    /// Could not connect for another reason (DNS, TLS, unreachable network).
    #[error("could not connect: {0}")]
    Connect(String),
    /// Connected, but the exchange failed (connection closed early, bad HTTP).
    #[error("{0}")]
    Exchange(String),
    /// The request could not be built.
    #[error("{0}")]
    Request(String),
}

impl SendError {
    /// No connection could be made at all (the target is down or unreachable).
    pub fn is_connect(&self) -> bool {
        matches!(self, SendError::Refused | SendError::Connect(_))
    }
}

/// What happened to one delivery.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The app's status code, when it answered.
    pub status: Option<StatusCode>,
    /// The answer's headers (empty without an answer).
    pub headers: HeaderMap,
    /// From sending the request to the end of the answer (or the failure).
    pub duration: Duration,
    /// The first [`MAX_KEPT_BODY`] bytes of the answer's body. Untrusted: escape before display.
    pub body: Bytes,
    /// The body was longer than what is kept.
    pub body_truncated: bool,
    /// Set when there is no complete answer.
    pub error: Option<SendError>,
}

impl Outcome {
    /// A 2xx answer: what the store counts as delivered.
    pub fn is_success(&self) -> bool {
        self.error.is_none() && self.status.is_some_and(|s| s.is_success())
    }

    /// `200 OK`, or why there is no answer (`connection refused`).
    pub fn result_text(&self) -> String {
        match (&self.error, self.status) {
            (Some(e), _) => e.to_string(),
            (None, Some(status)) => status_text(status),
            (None, None) => "no answer".to_owned(),
        }
    }

    /// The duration for people: `3 ms`, or `<1 ms` on a fast loopback.
    pub fn took(&self) -> String {
        match self.duration_ms() {
            0 => "<1 ms".to_owned(),
            ms => format!("{ms} ms"),
        }
    }

    /// The duration in whole milliseconds.
    pub fn duration_ms(&self) -> u64 {
        u64::try_from(self.duration.as_millis()).unwrap_or(u64::MAX)
    }
}

/// Sends deliveries over one pooled HTTP/1.1 client, with a per-delivery timeout.
#[derive(Clone)]
pub struct Sender {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    timeout: Duration,
}

impl std::fmt::Debug for Sender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sender")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Sender {
    /// A sender for `http://` and `https://` targets (Mozilla's root certificates). Each
    /// delivery, connecting included, must complete within `timeout`.
    ///
    /// # Errors
    ///
    /// The TLS configuration could not be built (no usable protocol versions).
    pub fn new(timeout: Duration) -> anyhow::Result<Self> {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(Some(timeout));
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(Arc::new(rustls::crypto::ring::default_provider()))?
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new())
            // The store's own header spelling (SPEC §2); receivers compare names without case.
            .http1_title_case_headers(true)
            // Below the usual 5 s keep-alive of app servers (Node), so an idle pooled
            // connection is closed by us before the app closes it under a new request.
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(Duration::from_secs(4))
            .build(connector);
        Ok(Sender { client, timeout })
    }

    /// The per-delivery timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Sends `delivery` to `url` and waits for the whole answer: status, duration and the
    /// start of the body. Never fails: a missing answer is [`Outcome::error`].
    pub async fn send(&self, url: &Uri, delivery: &Delivery) -> Outcome {
        let started = Instant::now();
        let result = match build_request(url, delivery) {
            Ok(request) => tokio::time::timeout(self.timeout, self.exchange(request))
                .await
                .unwrap_or(Err(SendError::Timeout(self.timeout))),
            Err(e) => Err(e),
        };
        let duration = started.elapsed();
        match result {
            Ok((status, headers, body, body_truncated)) => Outcome {
                status: Some(status),
                headers,
                duration,
                body,
                body_truncated,
                error: None,
            },
            Err(error) => Outcome {
                status: None,
                headers: HeaderMap::new(),
                duration,
                body: Bytes::new(),
                body_truncated: false,
                error: Some(error),
            },
        }
    }

    async fn exchange(
        &self,
        request: Request<Full<Bytes>>,
    ) -> Result<(StatusCode, HeaderMap, Bytes, bool), SendError> {
        let response = self.client.request(request).await.map_err(classify)?;
        let (parts, mut body) = response.into_parts();
        let mut kept = BytesMut::new();
        let mut read = 0usize;
        let mut truncated = false;
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| SendError::Exchange(describe(&e)))?;
            let Ok(data) = frame.into_data() else {
                continue; // trailers
            };
            read = read.saturating_add(data.len());
            let room = MAX_KEPT_BODY.saturating_sub(kept.len());
            if data.len() > room {
                truncated = true;
            }
            kept.extend_from_slice(&data[..data.len().min(room)]);
            if read > MAX_READ_BODY {
                break;
            }
        }
        Ok((parts.status, parts.headers, kept.freeze(), truncated))
    }
}

/// Sorts a client error into the cases a user acts on differently.
fn classify(err: hyper_util::client::legacy::Error) -> SendError {
    let io_kind = io_error_kind(&err);
    if err.is_connect() {
        match io_kind {
            Some(io::ErrorKind::ConnectionRefused) => SendError::Refused,
            Some(io::ErrorKind::TimedOut) => SendError::Connect("connection timed out".to_owned()),
            _ => SendError::Connect(describe(&err)),
        }
    } else {
        SendError::Exchange(describe(&err))
    }
}

fn io_error_kind(err: &(dyn std::error::Error + 'static)) -> Option<io::ErrorKind> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<io::Error>() {
            return Some(io.kind());
        }
        cause = e.source();
    }
    None
}

/// The causes of an error joined with `: `, skipping hyper-util's generic outer message.
fn describe(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cause {
        let text = e.to_string();
        if !text.starts_with("client error (") && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        cause = e.source();
    }
    if parts.is_empty() {
        err.to_string()
    } else {
        parts.join(": ")
    }
}

/// `200 OK`, `599` (no reason phrase known).
pub fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(text: &str) -> String {
        match parse_target(text, "--to") {
            Ok(uri) => uri.to_string(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn targets() {
        assert_eq!(target("3000"), "http://localhost:3000/");
        assert_eq!(target(":3000"), "http://localhost:3000/");
        assert_eq!(target("localhost:3000"), "http://localhost:3000/");
        assert_eq!(
            target("localhost:3000/webhooks?x=1"),
            "http://localhost:3000/webhooks?x=1"
        );
        assert_eq!(target("http://127.0.0.1:4242"), "http://127.0.0.1:4242/");
        assert_eq!(target(DEFAULT_TARGET), DEFAULT_TARGET);
        assert_eq!(
            target("https://hooks.example.com/in"),
            "https://hooks.example.com/in"
        );
        assert_eq!(target("[::1]:3000"), "http://[::1]:3000/");
        assert!(target("70000").starts_with("error: `--to`: not a port number"));
        assert!(target("0").starts_with("error: `--to`: not a port number"));
        assert!(target("localhost:abc").starts_with("error: `--to`: not a port number"));
        assert!(target("http://[::1]:0/x").starts_with("error: `--to`: not a port number"));
        assert!(target("https://u:p@host:99999").starts_with("error: `--to`: not a port number"));
        assert!(target("http://u:p@[::1]:3000").starts_with("error: `--to`: user names"));
        assert!(target("localhost:").starts_with("error: `--to`: the port is empty"));
        assert!(target("http://x/#f").starts_with("error: `--to`: a `#fragment`"));
        assert!(target("ftp://x/").starts_with("error: `--to`: only http"));
        assert!(target("http://").starts_with("error:"));
        assert!(target("a b").starts_with("error: `--to`: not a valid URL"));
    }

    #[test]
    fn request_has_the_store_headers_only() {
        let url = parse_target("3000", "--to").expect("target");
        let secret = Secret::new("whsec_test");
        let d = Delivery::new(&b"{}"[..], Some(&secret));
        let req = build_request(&url, &d).expect("request");
        assert_eq!(req.method(), Method::POST);
        let names: Vec<&str> = req.headers().keys().map(|k| k.as_str()).collect();
        assert_eq!(names, ["content-type", "user-agent", "x-cheese-signature"]);
        assert_eq!(
            req.headers()[signature::HEADER],
            signature::sign_hex(b"whsec_test", b"{}").as_str()
        );
        let unsigned = Delivery::new(&b"{}"[..], None);
        let req = build_request(&url, &unsigned).expect("request");
        assert!(req.headers().get(signature::HEADER).is_none());
        let bad = Delivery {
            body: Bytes::new(),
            signature: Some("a\nb".into()),
        };
        assert!(build_request(&url, &bad).is_err());
    }

    #[test]
    fn status_texts() {
        assert_eq!(status_text(StatusCode::OK), "200 OK");
        assert_eq!(
            status_text(StatusCode::INTERNAL_SERVER_ERROR),
            "500 Internal Server Error"
        );
        assert_eq!(
            status_text(StatusCode::from_u16(599).expect("status")),
            "599"
        );
    }
}
