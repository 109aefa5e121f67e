//! `App`: a small real app on 127.0.0.1 for the `listen` tests. It records every request
//! (method, path and query, headers in order, body bytes and their SHA-256) and answers what the
//! per-test closure says (status, headers, body, an optional delay). It runs on its own thread
//! and runtime; `stop` closes it (listener and open connections) and `restart` binds the same
//! port again, for the "app down, then up" case. Drop stops it.

use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener as StdListener};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

/// One request as the app got it.
#[derive(Debug, Clone)]
pub struct Got {
    pub method: String,
    /// Path and query.
    pub path: String,
    /// Names lowercase, values lossy UTF-8, in arrival order (repeated names kept).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Lowercase hex SHA-256 of `body`.
    pub sha256: String,
}

impl Got {
    /// Every value of header `name`.
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// What the app answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Option<Duration>,
}

impl Reply {
    /// `200` with the body `ok`.
    pub fn ok() -> Reply {
        Reply::new(200, "ok")
    }

    pub fn new(status: u16, body: &str) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: body.as_bytes().to_vec(),
            delay: None,
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = Some(delay);
        self
    }
}

type Handler = Arc<dyn Fn(&Got) -> Reply + Send + Sync>;

/// The requests so far, and a signal for each new one.
#[derive(Default)]
struct Log {
    got: Mutex<Vec<Got>>,
    added: Condvar,
}

struct Running {
    stop: oneshot::Sender<()>,
    thread: JoinHandle<()>,
}

/// The running app.
pub struct App {
    addr: SocketAddr,
    handler: Handler,
    log: Arc<Log>,
    running: Option<Running>,
}

impl App {
    /// Starts an app on a free port of 127.0.0.1.
    pub fn start(handler: impl Fn(&Got) -> Reply + Send + Sync + 'static) -> App {
        let listener = StdListener::bind("127.0.0.1:0").expect("bind the test app");
        let addr = listener.local_addr().expect("app address");
        let mut app = App {
            addr,
            handler: Arc::new(handler),
            log: Arc::new(Log::default()),
            running: None,
        };
        app.run(listener);
        app
    }

    /// Answers 200 `ok` to everything.
    pub fn ok() -> App {
        App::start(|_| Reply::ok())
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Got> {
        self.log.got.lock().expect("app log").clone()
    }

    /// Waits (bounded) until the app has received `n` requests; returns them.
    pub fn wait_requests(&self, n: usize) -> Vec<Got> {
        let deadline = Instant::now() + super::listener::WAIT;
        let mut got = self.log.got.lock().expect("app log");
        while got.len() < n {
            let now = Instant::now();
            assert!(
                now < deadline,
                "the app got {} requests, not {n}",
                got.len()
            );
            got = self
                .log
                .added
                .wait_timeout(got, deadline - now)
                .expect("app log")
                .0;
        }
        got.clone()
    }

    /// Stops listening and closes every open connection.
    pub fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.stop.send(());
            running.thread.join().expect("app thread");
        }
    }

    /// Starts again on the same port.
    pub fn restart(&mut self) {
        self.stop();
        let listener = StdListener::bind(self.addr).expect("bind the test app again");
        self.run(listener);
    }

    fn run(&mut self, listener: StdListener) {
        listener.set_nonblocking(true).expect("nonblocking");
        let (stop, stopped) = oneshot::channel();
        let handler = Arc::clone(&self.handler);
        let log = Arc::clone(&self.log);
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("app runtime");
            rt.block_on(serve(listener, handler, log, stopped));
            // Dropping the runtime drops every connection task: the sockets close.
        });
        self.running = Some(Running { stop, thread });
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.stop.send(());
            let _ = running.thread.join();
        }
    }
}

async fn serve(
    listener: StdListener,
    handler: Handler,
    log: Arc<Log>,
    mut stopped: oneshot::Receiver<()>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
    loop {
        tokio::select! {
            _ = &mut stopped => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let handler = Arc::clone(&handler);
                let log = Arc::clone(&log);
                tokio::spawn(async move {
                    let service = service_fn(move |req| {
                        let handler = Arc::clone(&handler);
                        let log = Arc::clone(&log);
                        async move { Ok::<_, Infallible>(answer(req, &handler, &log).await) }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
}

async fn answer(req: Request<Incoming>, handler: &Handler, log: &Log) -> Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    let request = Got {
        method: parts.method.to_string(),
        path: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_string(), ToString::to_string),
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
        sha256: hex::encode(Sha256::digest(&body)),
        body,
    };
    let reply = handler(&request);
    log.got.lock().expect("app log").push(request);
    log.added.notify_all();
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() = hyper::StatusCode::from_u16(reply.status).expect("status");
    for (name, value) in reply.headers {
        response.headers_mut().append(
            hyper::header::HeaderName::from_bytes(name.as_bytes()).expect("header name"),
            hyper::header::HeaderValue::from_str(&value).expect("header value"),
        );
    }
    response
}
