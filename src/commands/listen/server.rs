//! The listener itself: binds, accepts keep-alive HTTP/1.1 connections, runs every delivery
//! through size limit → verification → `--events` filter → forward (SPEC §4), answers the
//! sender, counts, and hands a record to the display. [`start`] returns a [`Handle`] that stops
//! it gracefully: no new connections, in-flight deliveries finish, then the summary.
//!
//! Memory stays bounded: a body over `--max-body` is refused with 413 before it is stored, and
//! the bodies held at once are counted against a global budget (503 with `Retry-After` past it).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use http::header::{self, HeaderName};
use http::{request, HeaderMap, HeaderValue, Request, Response, StatusCode};
use http_body_util::{BodyExt as _, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use sha2::{Digest as _, Sha256};
use time::OffsetDateTime;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::display::{self, Answer, Display, ForwardInfo, Ready, Record};
use super::envelope::{Envelope, Flags, Seen};
use super::forward::{Failure, ForwardOptions, Forwarder, Lane, Pool};
use super::stats::{Counted, Outcome, Stats, Summary};
use super::verify::{self, Check, Keys};
use super::{format_size, Options};
use crate::error::Error;
use crate::output::Output;

/// The `X-Cheese-Listen` header on cheese's own answers.
pub const LISTEN_HEADER: HeaderName = HeaderName::from_static("x-cheese-listen");

/// See `serve`: shorter than any `--timeout` in practice.
const TICK: Duration = Duration::from_secs(1);

/// The most event loops (threads) a listener runs.
const MAX_LOOPS: usize = 4;

/// How long a refused body may keep arriving (read and thrown away, so that the sender sees the
/// 413 rather than a reset connection), and how much of it.
const DRAIN_TIME: Duration = Duration::from_secs(5);
const DRAIN_BYTES: u64 = 64 * 1024 * 1024;

/// A running listener.
pub struct Handle {
    addr: SocketAddr,
    url: String,
    forward: Option<String>,
    secret_source: Option<String>,
    stop: watch::Sender<bool>,
    /// One per event loop; each says when its loop has drained.
    loops: Vec<tokio::sync::oneshot::Receiver<()>>,
    shared: Arc<Shared>,
}

impl Handle {
    /// The address the listener is bound to (the real port with `port: 0`).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:4242`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The forward target as a URL, `None` in inspect mode.
    pub fn forward(&self) -> Option<&str> {
        self.forward.as_deref()
    }

    /// Where the secrets came from (`--secret`, `env CHEESE_WEBHOOK_SECRET`…), `None` without one.
    pub fn secret_source(&self) -> Option<&str> {
        self.secret_source.as_deref()
    }

    /// Asks the listener to stop (it stops accepting at once; [`Handle::finish`] waits).
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Resolves when a stop was asked: by [`Handle::stop`], `max_events`, `duration`, or a
    /// closed stdout.
    pub async fn stopped(&self) {
        let mut rx = self.stop.subscribe();
        wait_stop(&mut rx).await;
    }

    /// Whether the reader of stdout went away (`cheese listen --json | head -3`).
    pub fn output_closed(&self) -> bool {
        self.shared.display.closed()
    }

    /// Stops, lets in-flight deliveries finish (bounded by the forward timeout), writes every
    /// queued record and returns the summary.
    pub async fn finish(mut self) -> Summary {
        self.stop();
        for done in std::mem::take(&mut self.loops) {
            let _ = done.await;
        }
        let shared = Arc::clone(&self.shared);
        let skipped = tokio::task::spawn_blocking(move || {
            shared.display.close();
            shared.display.skipped()
        })
        .await
        .unwrap_or_else(|_| self.shared.display.skipped());
        let stats = self.shared.stats.lock();
        match stats {
            Ok(stats) => stats.summary(self.shared.started.elapsed(), skipped),
            Err(poisoned) => poisoned
                .into_inner()
                .summary(self.shared.started.elapsed(), skipped),
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.stop.send_replace(true);
    }
}

/// Starts a listener: builds the forwarder, binds, and serves in the background.
///
/// With `--json` output the `{"kind":"ready"}` record is queued first. The human ready line is
/// the caller's to print (`run` prints it on stderr; `cheese demo` shows its own).
///
/// # Errors
///
/// A bind failure (exit 1, with a hint for a port in use), or a bad `--cacert` (exit 2).
pub async fn start(options: Options, out: Output) -> anyhow::Result<Handle> {
    let forwarder = match &options.forward {
        Some(target) => Some(
            Forwarder::new(ForwardOptions {
                target: target.clone(),
                headers: options.headers.clone(),
                timeout: options.timeout,
                max_answer: usize::try_from(options.max_body).unwrap_or(usize::MAX),
                insecure: options.insecure,
                cacert: options.cacert.clone(),
            })
            .await?,
        ),
        None => None,
    };
    let listener = bind(&options.host, options.port).await?;
    let addr = listener.local_addr()?;
    if let Some(target) = &options.forward {
        if forwards_to_itself(target, addr) {
            return Err(Error::usage(format!(
                "`--forward {target}` is this listener's own address: every delivery would loop"
            ))
            .hint("forward to your app's port, and give `cheese listen` another one with `--port`")
            .into());
        }
    }
    let url = format!("http://{addr}");
    let (stop, stop_rx) = watch::channel(false);
    let on_close = {
        let stop = stop.clone();
        Box::new(move || {
            stop.send_replace(true);
        })
    };
    let labels = options.secrets.iter().map(|s| s.label.clone()).collect();
    let display = Display::start(&out, labels, on_close);
    let forward = options.forward.as_ref().map(ToString::to_string);
    let secret_source = if options.secrets.is_empty() {
        None
    } else {
        Some(
            options
                .secrets
                .iter()
                .map(|s| s.label.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    if display.is_json() {
        let ready = Ready {
            kind: "ready",
            listen: &url,
            forward: forward.as_deref(),
            secret_source: secret_source.as_deref(),
        };
        if let Ok(line) = serde_json::to_string(&ready) {
            display.line(line);
        }
    }
    let drain = options.timeout + Duration::from_secs(2);
    let shared = Arc::new(Shared {
        keys: Arc::new(Keys {
            secrets: options.secrets,
            api_key: options.api_key,
        }),
        forwarder,
        events: options.events,
        forward_invalid: options.forward_invalid,
        max_body: options.max_body,
        budget: Budget {
            used: AtomicU64::new(0),
            limit: options.memory_budget,
        },
        stats: Mutex::new(Stats::default()),
        seen: Mutex::new(Seen::default()),
        display,
        verbose: out.verbose > 0 && !out.is_json(),
        answered: AtomicU64::new(0),
        max_events: options.max_events,
        stop: stop.clone(),
        started: Instant::now(),
        timeout: options.timeout,
    });
    let loops = spawn_loops(listener, &shared, &stop_rx, drain)?;
    if let Some(limit) = options.duration {
        let stop = stop.clone();
        let mut rx = stop.subscribe();
        tokio::spawn(async move {
            tokio::select! {
                () = tokio::time::sleep(limit) => {
                    stop.send_replace(true);
                }
                () = wait_stop(&mut rx) => {}
            }
        });
    }
    Ok(Handle {
        addr,
        url,
        forward,
        secret_source,
        stop,
        loops,
        shared,
    })
}

/// Whether `target` is the listener bound at `addr` (a loop).
fn forwards_to_itself(target: &super::Target, addr: SocketAddr) -> bool {
    if target.https || target.port != addr.port() {
        return false;
    }
    match target.host.parse::<std::net::IpAddr>() {
        Ok(ip) => ip == addr.ip() || (addr.ip().is_unspecified() && ip.is_loopback()),
        Err(_) => target.is_localhost() && (addr.ip().is_loopback() || addr.ip().is_unspecified()),
    }
}

async fn bind(host: &str, port: u16) -> anyhow::Result<TcpListener> {
    let host_for_addr = host.trim_start_matches('[').trim_end_matches(']');
    let shown = if host_for_addr.contains(':') {
        format!("[{host_for_addr}]:{port}")
    } else {
        format!("{host_for_addr}:{port}")
    };
    TcpListener::bind((host_for_addr, port)).await.map_err(|e| {
        let reason = super::forward::describe(&e);
        let err = Error::failure(format!("cannot listen on {shown}: {reason}"));
        match e.kind() {
            std::io::ErrorKind::AddrInUse => err
                .hint(format!(
                    "another program (another `cheese listen`?) uses port {port}: pick another one with `--port`, or `--port 0` for any free port"
                ))
                .into(),
            std::io::ErrorKind::PermissionDenied => err
                .hint("ports below 1024 need privileges: use a higher `--port`")
                .into(),
            std::io::ErrorKind::AddrNotAvailable => err
                .hint(format!("`{host}` is not an address of this machine: check `--host`"))
                .into(),
            _ => err.into(),
        }
    })
}

/// Event loops: one current-thread runtime per core (at most [`MAX_LOOPS`]), each on a thread
/// of its own accepting from a clone of the listening socket, as nginx's workers do. A
/// delivery then lives on one thread from accept to answer: no hand-off between threads, and no
/// parking and waking of idle workers (which cost more than the forwarding itself on a small
/// machine). The caller's runtime is left alone.
fn spawn_loops(
    listener: TcpListener,
    shared: &Arc<Shared>,
    stop: &watch::Receiver<bool>,
    drain: Duration,
) -> anyhow::Result<Vec<tokio::sync::oneshot::Receiver<()>>> {
    let listener = listener.into_std()?;
    let count = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, MAX_LOOPS);
    let mut loops = Vec::with_capacity(count);
    for i in 0..count {
        let socket = listener.try_clone()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let shared = Arc::clone(shared);
        let stop = stop.clone();
        let (done, finished) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name(format!("cheese-listen-{i}"))
            .spawn(move || {
                runtime.block_on(async move {
                    if let Ok(listener) = TcpListener::from_std(socket) {
                        serve(listener, shared, stop, drain).await;
                    }
                });
                // Dropping the runtime ends whatever the drain timeout cut off.
                drop(runtime);
                let _ = done.send(());
            })?;
        loops.push(finished);
    }
    Ok(loops)
}

async fn wait_stop(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|stop| *stop).await;
}

async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
    drain: Duration,
) {
    let mut builder = http1::Builder::new();
    builder
        .keep_alive(true)
        .preserve_header_case(true)
        // The app's answer is relayed as it came: no `Date` added to it.
        .auto_date_header(false)
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(30));
    let mut connections = JoinSet::new();
    // A timer that always fires before any forward's deadline: registering a deadline later
    // than the timer wheel's next wake-up does not have to wake the event loop (otherwise an
    // eventfd write and an extra epoll round per delivery).
    let mut tick = tokio::time::interval(TICK);
    let pool = Arc::new(Pool::default());
    loop {
        tokio::select! {
            () = wait_stop(&mut stop) => break,
            _ = tick.tick() => {}
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    let _ = stream.set_nodelay(true);
                    let shared = Arc::clone(&shared);
                    // This connection's own connection to the app.
                    let lane = Arc::new(shared.forwarder.as_ref().map(|f| f.lane(&pool)));
                    let service = service_fn(move |req| {
                        let shared = Arc::clone(&shared);
                        let lane = Arc::clone(&lane);
                        async move { Ok::<_, Infallible>(shared.handle(req, lane.as_ref().as_ref()).await) }
                    });
                    let connection = builder.serve_connection(TokioIo::new(stream), service);
                    let mut stop = stop.clone();
                    connections.spawn(async move {
                        let mut connection = std::pin::pin!(connection);
                        tokio::select! {
                            biased;
                            _ = connection.as_mut() => {}
                            () = wait_stop(&mut stop) => {
                                connection.as_mut().graceful_shutdown();
                                let _ = connection.await;
                            }
                        }
                    });
                }
                // Out of file descriptors and the like: wait a moment instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
        }
    }
    drop(listener);
    let drained = tokio::time::timeout(drain, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        connections.abort_all();
        while connections.join_next().await.is_some() {}
    }
}

/// Everything a delivery needs, shared by all connections.
struct Shared {
    keys: Arc<Keys>,
    forwarder: Option<Forwarder>,
    events: Vec<String>,
    forward_invalid: bool,
    max_body: u64,
    budget: Budget,
    stats: Mutex<Stats>,
    seen: Mutex<Seen>,
    display: Display,
    verbose: bool,
    answered: AtomicU64,
    max_events: Option<u64>,
    stop: watch::Sender<bool>,
    started: Instant,
    timeout: Duration,
}

/// A delivery on its way: what is known so far.
struct Delivery {
    received_at: OffsetDateTime,
    parts: request::Parts,
    envelope: Envelope,
    check: Check,
    flags: Flags,
    filtered: bool,
    body_len: u64,
    display_body: Bytes,
    body_sha256: Option<[u8; 32]>,
    /// Whether the display takes this delivery (see [`Display::admit`]).
    shown: bool,
}

impl Shared {
    async fn handle(
        &self,
        request: Request<Incoming>,
        lane: Option<&Lane>,
    ) -> Response<Full<Bytes>> {
        let received_at = OffsetDateTime::now_utc();
        let (parts, body) = request.into_parts();
        let mut delivery = Delivery {
            received_at,
            parts,
            envelope: Envelope::default(),
            check: Check::NotChecked,
            flags: Flags::default(),
            filtered: false,
            body_len: 0,
            display_body: Bytes::new(),
            body_sha256: None,
            shown: self.display.admit(),
        };

        // 1. Size limit (and the memory budget).
        let declared = content_length(&delivery.parts.headers);
        let (body, _reservation) =
            match read_body(body, declared, self.max_body, &self.budget).await {
                Ok(read) => read,
                Err(BodyError::TooLarge(len)) => {
                    delivery.body_len = len;
                    let note = format!(
                        "too large: the body is over `--max-body` ({}); not forwarded",
                        format_size(self.max_body)
                    );
                    return self.own(delivery, Outcome::TooLarge, "too-large", note);
                }
                Err(BodyError::Busy) => {
                    delivery.body_len = declared.unwrap_or_default();
                    let budget = format_size(self.budget.limit);
                    let note = format!(
                        "busy: the bodies in memory would pass the {budget} budget; retry later"
                    );
                    return self.own(delivery, Outcome::Busy, "busy", note);
                }
                Err(BodyError::Read(why)) => {
                    // The sender went away mid-body: nobody is left to answer or to show.
                    let mut response = Response::new(Full::new(Bytes::from(format!(
                        "cheese listen: could not read the request body: {why}\n"
                    ))));
                    *response.status_mut() = StatusCode::BAD_REQUEST;
                    return response;
                }
            };
        delivery.body_len = body.len() as u64;
        if delivery.shown {
            delivery.display_body = if body.len() <= display::DISPLAY_WHOLE {
                body.clone()
            } else {
                Bytes::copy_from_slice(&body[..display::DISPLAY_RAW])
            };
            if self.display.is_json() {
                delivery.body_sha256 = Some(Sha256::digest(&body).into());
            }
        }
        delivery.envelope = Envelope::parse(&body);

        // 2. Verification.
        delivery.check =
            verify::check(&self.keys, &delivery.parts.headers, &body, delivery.shown).await;
        if delivery.check.passed() {
            if let Ok(mut seen) = self.seen.lock() {
                delivery.flags =
                    seen.observe(delivery.envelope.id.as_deref(), delivery.envelope.created);
            }
        } else if !self.forward_invalid {
            let (tag, what) = if delivery.check.missing() {
                ("missing-signature", "missing signature")
            } else {
                ("bad-signature", "bad signature")
            };
            let note = format!("{what}: {}; not forwarded", delivery.check.reason_text());
            return self.own(delivery, Outcome::Rejected, tag, note);
        }

        // 3. The `--events` filter.
        if !self.events.is_empty() {
            let kind = delivery.envelope.kind.as_deref().unwrap_or_default();
            if !self
                .events
                .iter()
                .any(|p| crate::events::matches_pattern(p, kind))
            {
                delivery.filtered = true;
                let shown = if kind.is_empty() { "(no type)" } else { kind };
                let note = format!(
                    "skipped: {} is not in `--events`; not forwarded",
                    crate::sanitize::escape(shown)
                );
                return self.own(delivery, Outcome::Filtered, "filtered", note);
            }
        }

        // 4. Forward (or inspect).
        let (Some(forwarder), Some(lane)) = (&self.forwarder, lane) else {
            return self.own(
                delivery,
                Outcome::Inspected,
                "inspect",
                "inspect mode: received, not forwarded".to_string(),
            );
        };
        let headers = (self.verbose && delivery.shown).then(|| delivery.parts.headers.clone());
        let parts = clone_parts(&delivery.parts);
        let forwarded = forwarder
            .forward(lane, std::mem::replace(&mut delivery.parts, parts), body)
            .await;
        let mut info = ForwardInfo {
            url: forwarded.url,
            status: None,
            duration: forwarded.duration,
            error: None,
            location: None,
        };
        match forwarded.result {
            Ok(response) => {
                let status = response.status();
                info.status = Some(status);
                if status.is_redirection() {
                    info.location = response
                        .headers()
                        .get(header::LOCATION)
                        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
                }
                let answer = Answer {
                    status,
                    by_app: true,
                    note: None,
                };
                self.finish(
                    delivery,
                    headers,
                    Some(info),
                    answer,
                    Outcome::Answered,
                    Some(forwarded.duration),
                );
                response.map(Full::new)
            }
            Err(failure) => {
                let (status, tag, outcome, note) = match &failure {
                    Failure::Unreachable(why) => (
                        StatusCode::BAD_GATEWAY,
                        "unreachable",
                        Outcome::Unreachable,
                        format!("app unreachable: {why}"),
                    ),
                    Failure::Timeout => (
                        StatusCode::GATEWAY_TIMEOUT,
                        "timeout",
                        Outcome::Timeout,
                        timeout_note(self.timeout),
                    ),
                    Failure::BadAnswer(why) => (
                        StatusCode::BAD_GATEWAY,
                        "unreachable",
                        Outcome::Unreachable,
                        format!("no valid answer from the app: {why}"),
                    ),
                };
                info.error = Some(note.clone());
                let answer = Answer {
                    status,
                    by_app: false,
                    note: Some(note.clone()),
                };
                self.finish(delivery, headers, Some(info), answer, outcome, None);
                own_response(status, tag, &note)
            }
        }
    }

    /// Answers the delivery itself (401, 413, 503, filtered, inspect).
    fn own(
        &self,
        delivery: Delivery,
        outcome: Outcome,
        tag: &'static str,
        note: String,
    ) -> Response<Full<Bytes>> {
        let status = match outcome {
            Outcome::Rejected => StatusCode::UNAUTHORIZED,
            Outcome::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Outcome::Busy => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::OK,
        };
        let mut response = own_response(status, tag, &note);
        if outcome == Outcome::Busy {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        let headers = (self.verbose && delivery.shown).then(|| delivery.parts.headers.clone());
        let answer = Answer {
            status,
            by_app: false,
            note: Some(note),
        };
        self.finish(delivery, headers, None, answer, outcome, None);
        response
    }

    /// Counts the delivery, shows it, and stops after `max_events`.
    fn finish(
        &self,
        d: Delivery,
        headers: Option<HeaderMap>,
        forward: Option<ForwardInfo>,
        answer: Answer,
        outcome: Outcome,
        latency: Option<Duration>,
    ) {
        let counted = Counted {
            kind: d.envelope.kind.as_deref(),
            verdict: d.check.verdict_code(),
            outcome,
            status: answer.status.as_u16(),
            latency,
        };
        if let Ok(mut stats) = self.stats.lock() {
            stats.record(&counted);
        }
        if d.shown {
            let path = d
                .parts
                .uri
                .path_and_query()
                .map_or_else(|| d.parts.uri.path().to_string(), ToString::to_string);
            self.display.delivery(Record {
                received_at: d.received_at,
                method: d.parts.method,
                path,
                envelope: d.envelope,
                check: d.check,
                flags: d.flags,
                filtered: d.filtered,
                body: d.display_body,
                body_len: d.body_len,
                body_sha256: d.body_sha256,
                headers,
                forward,
                answer,
            });
        }
        let answered = self.answered.fetch_add(1, Ordering::Relaxed) + 1;
        if self.max_events.is_some_and(|max| answered >= max) {
            self.stop.send_replace(true);
        }
    }
}

/// The parts the display still needs after the request went to the forwarder.
fn clone_parts(parts: &request::Parts) -> request::Parts {
    let mut copy = Request::new(());
    *copy.method_mut() = parts.method.clone();
    *copy.uri_mut() = parts.uri.clone();
    copy.into_parts().0
}

/// cheese's own answer: marked with `X-Cheese-Listen` and a one-line plain-text reason.
fn own_response(status: StatusCode, tag: &'static str, note: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(format!("cheese listen: {note}\n"))));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(LISTEN_HEADER, HeaderValue::from_static(tag));
    response
}

fn timeout_note(timeout: Duration) -> String {
    let limit = humantime::format_duration(timeout);
    if timeout == Duration::from_secs(10) {
        format!("timeout: no answer from the app within {limit}, the store's own limit (it would retry this delivery)")
    } else {
        format!("timeout: no answer from the app within {limit} (`--timeout`; the store's own limit is 10s, then it retries)")
    }
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

/// Bytes of request bodies held in memory, against a limit.
struct Budget {
    used: AtomicU64,
    limit: u64,
}

/// Bytes taken from the [`Budget`], given back on drop.
struct Reservation<'a> {
    budget: &'a Budget,
    bytes: u64,
}

impl Reservation<'_> {
    fn grow(&mut self, bytes: u64) -> bool {
        let budget = self.budget;
        let ok = budget
            .used
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
                let next = used.checked_add(bytes)?;
                (next <= budget.limit).then_some(next)
            })
            .is_ok();
        if ok {
            self.bytes += bytes;
        }
        ok
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if self.bytes > 0 {
            self.budget.used.fetch_sub(self.bytes, Ordering::AcqRel);
        }
    }
}

enum BodyError {
    /// Over the size limit: the declared or received size.
    TooLarge(u64),
    /// Over the memory budget.
    Busy,
    /// The connection broke while reading.
    Read(String),
}

/// Reads the whole body within the size limit and the memory budget. A single-chunk body is
/// kept as it came (no copy).
async fn read_body(
    mut body: Incoming,
    declared: Option<u64>,
    max: u64,
    budget: &Budget,
) -> Result<(Bytes, Reservation<'_>), BodyError> {
    let mut reservation = Reservation { budget, bytes: 0 };
    if let Some(len) = declared {
        if len > max {
            drain(&mut body).await;
            return Err(BodyError::TooLarge(len));
        }
        if !reservation.grow(len) {
            drain(&mut body).await;
            return Err(BodyError::Busy);
        }
    }
    let mut first: Option<Bytes> = None;
    let mut joined: Option<BytesMut> = None;
    let mut total: u64 = 0;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| BodyError::Read(super::forward::describe(&e)))?;
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        total += data.len() as u64;
        if total > max {
            let rest = drain(&mut body).await;
            return Err(BodyError::TooLarge(total + rest));
        }
        if declared.is_none() && !reservation.grow(data.len() as u64) {
            drain(&mut body).await;
            return Err(BodyError::Busy);
        }
        if let Some(buf) = joined.as_mut() {
            buf.extend_from_slice(&data);
        } else if let Some(head) = first.take() {
            let hint = declared.unwrap_or(0).max(total) as usize;
            let mut buf = BytesMut::with_capacity(hint);
            buf.extend_from_slice(&head);
            buf.extend_from_slice(&data);
            joined = Some(buf);
        } else {
            first = Some(data);
        }
    }
    let body = match (joined, first) {
        (Some(buf), _) => buf.freeze(),
        (None, Some(head)) => head,
        (None, None) => Bytes::new(),
    };
    Ok((body, reservation))
}

/// Reads and drops the rest of a refused body (bounded in time and size); returns its length.
async fn drain(body: &mut Incoming) -> u64 {
    let mut dropped = 0u64;
    let _ = tokio::time::timeout(DRAIN_TIME, async {
        while let Some(Ok(frame)) = body.frame().await {
            if let Some(data) = frame.data_ref() {
                dropped += data.len() as u64;
                if dropped > DRAIN_BYTES {
                    break;
                }
            }
        }
    })
    .await;
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_reservations_are_given_back() {
        let budget = Budget {
            used: AtomicU64::new(0),
            limit: 100,
        };
        let mut a = Reservation {
            budget: &budget,
            bytes: 0,
        };
        assert!(a.grow(60));
        let mut b = Reservation {
            budget: &budget,
            bytes: 0,
        };
        assert!(!b.grow(50), "60 + 50 is over the budget");
        assert!(b.grow(40));
        drop(a);
        assert_eq!(budget.used.load(Ordering::Relaxed), 40);
        drop(b);
        assert_eq!(budget.used.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn loops_are_refused() {
        let addr: SocketAddr = "127.0.0.1:4242".parse().expect("addr");
        let target = |t: &str| super::super::Target::parse(t).expect("target");
        assert!(forwards_to_itself(&target("4242"), addr));
        assert!(forwards_to_itself(&target("http://127.0.0.1:4242/x"), addr));
        assert!(!forwards_to_itself(&target("3000"), addr));
        assert!(!forwards_to_itself(&target("http://10.0.0.1:4242"), addr));
        let any: SocketAddr = "0.0.0.0:4242".parse().expect("addr");
        assert!(forwards_to_itself(&target("127.0.0.1:4242"), any));
    }
}
