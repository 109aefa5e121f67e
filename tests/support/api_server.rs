//! `api_server(handler)`: a one-closure HTTP server on 127.0.0.1:0 for error shapes the stateful
//! fake store does not produce by itself (a proxy's HTML page, a missing request id, odd
//! `Retry-After` values). The closure sees every request and returns the answer; on Drop the
//! server asserts it was hit and that the closure never panicked (xh's tests/server/mod.rs).
//!
//! Also home of [`Background`], the runner every test server here uses: its own tokio runtime
//! in a background thread, so plain `#[test]` functions can use it.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::Value;
use tokio::runtime::Handle;
use tokio::sync::oneshot;

/// A server running on its own tokio runtime in a background thread; stopped on Drop.
pub struct Background {
    pub addr: SocketAddr,
    pub handle: Handle,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Background {
    /// Binds 127.0.0.1:0 and serves the router that `make` builds (it gets the runtime's handle,
    /// for servers that spawn work of their own).
    pub fn start(make: impl FnOnce(Handle) -> axum::Router) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("local addr");
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("tokio runtime");
        let handle = rt.handle().clone();
        let router = make(handle.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
                tokio::select! {
                    _ = axum::serve(listener, router) => {}
                    _ = rx => {}
                }
            });
            rt.shutdown_background();
        });
        Background {
            addr,
            handle,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:<port>`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    /// Path and query, as sent.
    pub path: String,
    /// Header names lowercase, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    /// The first value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON (`None` when empty or not JSON).
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    pub(crate) async fn read(req: Request) -> Self {
        let (parts, body) = req.into_parts();
        let body = axum::body::to_bytes(body, 64 << 20)
            .await
            .map(|b| b.to_vec())
            .unwrap_or_default();
        Req {
            method: parts.method.to_string(),
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| parts.uri.path().to_string()),
            headers: parts
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body,
        }
    }
}

/// An answer to send.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(status: u16, body: &Value) -> Self {
        Reply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }

    pub fn text(status: u16, content_type: &str, body: &str) -> Self {
        Reply {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn empty(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// `{"error": {"type", "message"}}` with the status.
    pub fn error(status: u16, error_type: &str, message: &str) -> Self {
        Reply::json(
            status,
            &serde_json::json!({"error": {"type": error_type, "message": message}}),
        )
    }

    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_ascii_lowercase(), value.into()));
        self
    }

    pub fn into_response(self) -> Response {
        let mut resp = Response::new(Body::from(self.body));
        *resp.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (k, v) in self.headers {
            if let (Ok(k), Ok(v)) = (HeaderName::try_from(k), HeaderValue::try_from(v)) {
                resp.headers_mut().append(k, v);
            }
        }
        resp
    }
}

type Handler = dyn Fn(&Req) -> Reply + Send + Sync;

struct Shared {
    handler: Box<Handler>,
    hits: AtomicUsize,
    requests: Mutex<Vec<Req>>,
    panics: Mutex<Vec<String>>,
}

/// The closure server. Keep it alive for the duration of the test.
pub struct ApiServer {
    shared: Arc<Shared>,
    server: Background,
}

/// Starts a server that answers every request with `handler`.
pub fn api_server(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> ApiServer {
    let shared = Arc::new(Shared {
        handler: Box::new(handler),
        hits: AtomicUsize::new(0),
        requests: Mutex::new(Vec::new()),
        panics: Mutex::new(Vec::new()),
    });
    let state = shared.clone();
    let server = Background::start(move |_| axum::Router::new().fallback(serve).with_state(state));
    ApiServer { shared, server }
}

async fn serve(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let req = Req::read(req).await;
    shared.hits.fetch_add(1, Ordering::SeqCst);
    if let Ok(mut log) = shared.requests.lock() {
        log.push(req.clone());
    }
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (shared.handler)(&req)));
    match result {
        Ok(reply) => reply.into_response(),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_else(|| "handler panicked".into());
            if let Ok(mut panics) = shared.panics.lock() {
                panics.push(message.clone());
            }
            Reply::text(
                599,
                "text/plain",
                &format!("test handler panicked: {message}"),
            )
            .into_response()
        }
    }
}

impl ApiServer {
    /// `http://127.0.0.1:<port>`, for `--api-base`.
    pub fn url(&self) -> String {
        self.server.url()
    }

    pub fn hits(&self) -> usize {
        self.shared.hits.load(Ordering::SeqCst)
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Req> {
        self.shared
            .requests
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }
}

impl Drop for ApiServer {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let panics = self
            .shared
            .panics
            .lock()
            .map(|p| p.clone())
            .unwrap_or_default();
        assert!(
            panics.is_empty(),
            "the test server's handler panicked: {panics:?}"
        );
        assert!(self.hits() > 0, "the test server was never hit");
    }
}
