//! What `listen` prints on stdout: one block per delivery (human) or one JSON object per line
//! (`--json`, SPEC §8), written by a thread of its own so that a slow terminal never slows
//! forwarding.
//!
//! Deliveries reach the thread through a channel. The human display uses a bounded channel and
//! skips blocks when it falls behind (then says how many on stderr); `--json` never drops a
//! record. Everything that came from the network goes through [`crate::sanitize`] first, and
//! the body is pretty-printed from a parsed copy: the forwarded bytes are never re-serialized.

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};
use serde::Serialize;
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::envelope::{self, Envelope, Flags};
use super::verify::Check;
use crate::output::Output;
use crate::sanitize;
use crate::signature::Diagnosis;
use crate::ui;

/// Bodies up to this size reach the display whole (and are pretty-printed when they are JSON).
pub const DISPLAY_WHOLE: usize = 16 * 1024;
/// Larger bodies, and bodies that are not JSON, are shown raw up to this many bytes.
pub const DISPLAY_RAW: usize = 4 * 1024;
/// Blocks waiting for the human display before new ones are skipped.
const HUMAN_QUEUE: usize = 256;
/// The human display shows at most this many blocks per [`WINDOW`] (1000 a second: more than
/// anyone reads, and rendering more would take CPU from forwarding in a flood).
const PER_WINDOW: u64 = 100;
const WINDOW: Duration = Duration::from_millis(100);
/// How often the display thread looks for records while busy (no wake-up per record), and
/// after how long without any it blocks until the next one instead.
const POLL: Duration = Duration::from_millis(10);
const IDLE: Duration = Duration::from_secs(1);
/// At most one "not shown" notice per this long.
const NOTICE_EVERY: Duration = Duration::from_secs(1);

/// One delivery, as the display needs it.
#[derive(Debug)]
pub struct Record {
    pub received_at: OffsetDateTime,
    pub method: Method,
    /// Path and query as received.
    pub path: String,
    pub envelope: Envelope,
    pub check: Check,
    pub flags: Flags,
    pub filtered: bool,
    /// The whole body when it is at most [`DISPLAY_WHOLE`] bytes, else its first
    /// [`DISPLAY_RAW`] bytes.
    pub body: Bytes,
    pub body_len: u64,
    /// Only computed for `--json`.
    pub body_sha256: Option<[u8; 32]>,
    /// The request headers, with `-v`.
    pub headers: Option<HeaderMap>,
    /// Set when the delivery was forwarded.
    pub forward: Option<ForwardInfo>,
    pub answer: Answer,
}

/// What happened to a forwarded delivery.
#[derive(Debug, Clone)]
pub struct ForwardInfo {
    pub url: String,
    /// The app's status, when it answered.
    pub status: Option<StatusCode>,
    pub duration: Duration,
    /// Why there is no answer.
    pub error: Option<String>,
    /// A redirect's `Location`.
    pub location: Option<String>,
}

/// What the sender got back.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: StatusCode,
    /// `true` when the app's answer was relayed, `false` for cheese's own.
    pub by_app: bool,
    /// Why cheese answered itself, in words (also the body it sent).
    pub note: Option<String>,
}

/// The first `--json` record.
#[derive(Debug, Serialize)]
pub struct Ready<'a> {
    pub kind: &'static str,
    pub listen: &'a str,
    pub forward: Option<&'a str>,
    pub secret_source: Option<&'a str>,
}

enum Msg {
    Delivery(Box<Record>),
    Line(String),
    Close,
}

enum Tx {
    Off,
    Human(mpsc::SyncSender<Msg>),
    Json(mpsc::Sender<Msg>),
}

/// How the display thread reports a closed stdout: it sets `closed` and calls `on_close` once.
pub type OnClose = Box<dyn Fn() + Send>;

/// The sending side of the display, shared by every delivery.
pub struct Display {
    tx: Tx,
    gate: Gate,
    pending_skips: Arc<AtomicU64>,
    skipped: Arc<AtomicU64>,
    closed: Arc<AtomicBool>,
    thread: std::sync::Mutex<Option<JoinHandle<()>>>,
}

/// What the thread needs to render blocks.
struct Style {
    json: bool,
    color: bool,
    /// Secret labels, for "valid (--secret #2)".
    labels: Vec<String>,
}

impl Display {
    /// Starts the display thread (none with `--quiet` in human mode).
    pub fn start(out: &Output, labels: Vec<String>, on_close: OnClose) -> Display {
        let pending_skips = Arc::new(AtomicU64::new(0));
        let skipped = Arc::new(AtomicU64::new(0));
        let closed = Arc::new(AtomicBool::new(false));
        let json = out.is_json();
        if !json && out.quiet {
            return Display {
                tx: Tx::Off,
                gate: Gate::new(),
                pending_skips,
                skipped,
                closed,
                thread: std::sync::Mutex::new(None),
            };
        }
        let (tx, rx) = if json {
            let (tx, rx) = mpsc::channel();
            (Tx::Json(tx), rx)
        } else {
            let (tx, rx) = mpsc::sync_channel(HUMAN_QUEUE);
            (Tx::Human(tx), rx)
        };
        let style = Style {
            json,
            color: out.stdout_color(),
            labels,
        };
        let state = (
            Arc::clone(&pending_skips),
            Arc::clone(&closed),
            out.stderr_color(),
        );
        let thread = std::thread::Builder::new()
            .name("cheese-listen-display".into())
            .spawn(move || run_thread(&rx, &style, &state.0, &state.1, state.2, &on_close))
            .ok();
        Display {
            tx,
            gate: Gate::new(),
            pending_skips,
            skipped,
            closed,
            thread: std::sync::Mutex::new(thread),
        }
    }

    /// Whether this delivery will be shown: always with `--json`, never with `--quiet` (human)
    /// or a closed stdout, and in human mode while under the rate of [`PER_WINDOW`] (a skipped
    /// one is counted and reported). Asked once per delivery, before its record is built.
    pub fn admit(&self) -> bool {
        if self.closed.load(Ordering::Relaxed) {
            return false;
        }
        match self.tx {
            Tx::Off => false,
            Tx::Json(_) => true,
            Tx::Human(_) => {
                let admitted = self.gate.admit();
                if !admitted {
                    self.skip();
                }
                admitted
            }
        }
    }

    fn skip(&self) {
        self.pending_skips.fetch_add(1, Ordering::Relaxed);
        self.skipped.fetch_add(1, Ordering::Relaxed);
    }

    /// Whether stdout is `--json`.
    pub fn is_json(&self) -> bool {
        matches!(self.tx, Tx::Json(_))
    }

    /// Queues a delivery. The human display skips it when it is behind.
    pub fn delivery(&self, record: Record) {
        match &self.tx {
            Tx::Off => {}
            Tx::Json(tx) => {
                let _ = tx.send(Msg::Delivery(Box::new(record)));
            }
            Tx::Human(tx) => {
                if let Err(mpsc::TrySendError::Full(_)) =
                    tx.try_send(Msg::Delivery(Box::new(record)))
                {
                    self.skip();
                }
            }
        }
    }

    /// Queues a line for stdout as it is (the `--json` ready record).
    pub fn line(&self, line: String) {
        match &self.tx {
            Tx::Off => {}
            Tx::Json(tx) => {
                let _ = tx.send(Msg::Line(line));
            }
            Tx::Human(tx) => {
                let _ = tx.send(Msg::Line(line));
            }
        }
    }

    /// Blocks the human display skipped so far.
    pub fn skipped(&self) -> u64 {
        self.skipped.load(Ordering::Relaxed)
    }

    /// Whether stdout was closed by the reader (`| head`).
    pub fn closed(&self) -> bool {
        self.closed.load(Ordering::Relaxed)
    }

    /// Writes everything queued and stops the thread. Later records are dropped.
    pub fn close(&self) {
        match &self.tx {
            Tx::Off => {}
            Tx::Json(tx) => {
                let _ = tx.send(Msg::Close);
            }
            Tx::Human(tx) => {
                let _ = tx.send(Msg::Close);
            }
        }
        let thread = self.thread.lock().ok().and_then(|mut t| t.take());
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }
}

/// Counts admissions per time window, without locks.
struct Gate {
    start: Instant,
    window: AtomicU64,
    count: AtomicU64,
}

impl Gate {
    fn new() -> Gate {
        Gate {
            start: Instant::now(),
            window: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }

    fn admit(&self) -> bool {
        let window = (self.start.elapsed().as_millis() / WINDOW.as_millis()) as u64;
        let current = self.window.load(Ordering::Relaxed);
        if window != current
            && self
                .window
                .compare_exchange(current, window, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            self.count.store(0, Ordering::Relaxed);
        }
        self.count.fetch_add(1, Ordering::Relaxed) < PER_WINDOW
    }
}

/// The next message: polled every [`POLL`] while records keep coming (so a sender never has to
/// wake this thread), waited for after [`IDLE`]. `None` when every sender is gone.
fn next_message(rx: &mpsc::Receiver<Msg>, last: &mut Instant) -> Option<Msg> {
    loop {
        match rx.try_recv() {
            Ok(msg) => {
                *last = Instant::now();
                return Some(msg);
            }
            Err(mpsc::TryRecvError::Disconnected) => return None,
            Err(mpsc::TryRecvError::Empty) if last.elapsed() < IDLE => std::thread::sleep(POLL),
            Err(mpsc::TryRecvError::Empty) => {
                let msg = rx.recv().ok();
                *last = Instant::now();
                return msg;
            }
        }
    }
}

fn run_thread(
    rx: &mpsc::Receiver<Msg>,
    style: &Style,
    pending_skips: &AtomicU64,
    closed: &AtomicBool,
    stderr_color: bool,
    on_close: &OnClose,
) {
    let mut buf = String::with_capacity(16 * 1024);
    let stdout = io::stdout();
    let mut last = Instant::now();
    let mut last_notice: Option<Instant> = None;
    while let Some(first) = next_message(rx, &mut last) {
        let mut next = Some(first);
        let mut done = false;
        while let Some(msg) = next.take() {
            match msg {
                Msg::Close => {
                    done = true;
                    break;
                }
                Msg::Line(line) => {
                    buf.push_str(&line);
                    buf.push('\n');
                }
                Msg::Delivery(record) => {
                    if style.json {
                        json_record(&mut buf, &record);
                    } else {
                        render_block(&mut buf, &record, style);
                    }
                }
            }
            if buf.len() > 64 * 1024 {
                break;
            }
            next = rx.try_recv().ok();
        }
        let due = done || last_notice.is_none_or(|t| t.elapsed() >= NOTICE_EVERY);
        if due && !closed.load(Ordering::Relaxed) {
            let skips = pending_skips.swap(0, Ordering::Relaxed);
            if skips > 0 {
                last_notice = Some(Instant::now());
                let noun = if skips == 1 { "delivery" } else { "deliveries" };
                crate::output::eprintln_safe(&format!(
                    "{} {skips} {noun} not shown (too many to display; all were handled, see the summary)",
                    ui::warn("cheese:", stderr_color)
                ));
            }
        }
        if !buf.is_empty() && !closed.load(Ordering::Relaxed) {
            let mut lock = stdout.lock();
            let result = lock.write_all(buf.as_bytes()).and_then(|()| lock.flush());
            drop(lock);
            if result.is_err() {
                closed.store(true, Ordering::Relaxed);
                on_close();
            }
        }
        buf.clear();
        if done {
            break;
        }
    }
}

/// The `--json` delivery record (SPEC §8).
#[derive(Serialize)]
struct DeliveryJson<'a> {
    kind: &'static str,
    received_at: String,
    method: &'a str,
    path: &'a str,
    id: Option<&'a str>,
    #[serde(rename = "type")]
    event_type: Option<&'a str>,
    created_at: Option<&'a str>,
    signature: SignatureJson<'a>,
    duplicate: bool,
    out_of_order: bool,
    filtered: bool,
    body_bytes: u64,
    body_sha256: Option<String>,
    forward: Option<ForwardJson<'a>>,
    answered: u16,
    by: &'static str,
}

#[derive(Serialize)]
struct SignatureJson<'a> {
    verdict: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diagnosis: Option<&'a [Diagnosis]>,
}

#[derive(Serialize)]
struct ForwardJson<'a> {
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    duration_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

fn json_record(buf: &mut String, r: &Record) {
    let diagnosis = match &r.check {
        Check::Failed { diagnosis, .. } if !diagnosis.is_empty() => Some(diagnosis.as_slice()),
        _ => None,
    };
    let record = DeliveryJson {
        kind: "delivery",
        received_at: rfc3339(r.received_at),
        method: r.method.as_str(),
        path: &r.path,
        id: r.envelope.id.as_deref(),
        event_type: r.envelope.kind.as_deref(),
        created_at: r.envelope.created_at.as_deref(),
        signature: SignatureJson {
            verdict: r.check.verdict_code(),
            reason: r.check.reason_code(),
            diagnosis,
        },
        duplicate: r.flags.nth.is_some(),
        out_of_order: r.flags.out_of_order.is_some(),
        filtered: r.filtered,
        body_bytes: r.body_len,
        body_sha256: r.body_sha256.map(hex::encode),
        forward: r.forward.as_ref().map(|f| ForwardJson {
            url: &f.url,
            status: f.status.map(|s| s.as_u16()),
            duration_ms: (f.status.is_some() || f.error.is_some())
                .then(|| (f.duration.as_secs_f64() * 10_000.0).round() / 10.0),
            error: f.error.as_deref(),
        }),
        answered: r.answer.status.as_u16(),
        by: if r.answer.by_app { "app" } else { "cheese" },
    };
    if let Ok(line) = serde_json::to_string(&record) {
        buf.push_str(&line);
        buf.push('\n');
    }
}

/// RFC 3339 in UTC with milliseconds: `2024-03-15T14:30:05.123Z`.
pub fn rfc3339(t: OffsetDateTime) -> String {
    let t = t
        .replace_nanosecond(t.millisecond() as u32 * 1_000_000)
        .unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_default()
}

/// `4 ms`, `<1 ms`, `1.2 s`.
pub fn duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms == 0 {
        "<1 ms".into()
    } else if ms < 10_000 {
        format!("{ms} ms")
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

fn render_block(buf: &mut String, r: &Record, style: &Style) {
    let c = style.color;
    let esc = sanitize::escape;
    let t = r.received_at;
    let _ = write!(
        buf,
        "{}  {} {}",
        ui::dim(
            &format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()),
            c
        ),
        r.method,
        esc(&r.path)
    );
    if let Some(kind) = &r.envelope.kind {
        let _ = write!(buf, "  {}", ui::bold(&esc(kind), c));
    }
    if let Some(id) = &r.envelope.id {
        let _ = write!(buf, "  {}", ui::accent(&esc(id), c));
    }
    buf.push('\n');

    let verdict = match &r.check {
        Check::NotChecked => ui::warn("not checked (no secret)", c),
        Check::Valid { secret } => {
            let label = style.labels.get(*secret).map_or("?", String::as_str);
            format!("{} ({})", ui::good("valid", c), esc(label))
        }
        Check::Failed { verdict, .. } => {
            let word = if r.check.missing() {
                "missing"
            } else {
                verdict.as_str()
            };
            format!("{}: {}", ui::bad(word, c), esc(&r.check.reason_text()))
        }
    };
    let _ = writeln!(buf, "  signature  {verdict}");
    if let Check::Failed { diagnosis, .. } = &r.check {
        for d in diagnosis {
            let _ = writeln!(buf, "  diagnosis  {} ({})", esc(&d.message), d.code);
        }
    }
    if let Some(created_at) = &r.envelope.created_at {
        let age = r
            .envelope
            .created
            .map(|created| format!(" ({})", envelope::age(created, r.received_at)))
            .unwrap_or_else(|| " (not an RFC 3339 time)".into());
        let _ = writeln!(buf, "  created    {}{age}", esc(created_at));
    }
    if let Some(n) = r.flags.nth {
        let id = r.envelope.id.as_deref().unwrap_or_default();
        let text = format!("{} delivery of {}", envelope::ordinal(n), esc(id));
        let _ = writeln!(buf, "  {} {}", ui::warn("!", c), ui::warn(&text, c));
    }
    if let Some((behind, newest)) = &r.flags.out_of_order {
        let text = format!(
            "out of order: created {} before {}",
            envelope::span(*behind),
            esc(newest)
        );
        let _ = writeln!(buf, "  {} {}", ui::warn("!", c), ui::warn(&text, c));
    }
    if let Some(headers) = &r.headers {
        for (name, value) in headers {
            let value = sanitize::escape_bytes(value.as_bytes(), false);
            let _ = writeln!(buf, "  {} {}: {}", ui::dim(">", c), name, value);
        }
    }
    render_body(buf, r, c);
    render_result(buf, r, c);
    buf.push('\n');
}

fn render_body(buf: &mut String, r: &Record, c: bool) {
    if r.body_len == 0 {
        let _ = writeln!(buf, "  {}", ui::dim("(empty body)", c));
        return;
    }
    let whole = r.body.len() as u64 == r.body_len;
    if whole {
        if let Ok(value) = serde_json::from_slice::<Value>(&r.body) {
            let mut text = String::with_capacity(r.body.len() * 2);
            write_json(&mut text, &value, 2, c);
            buf.push_str("  ");
            buf.push_str(&text);
            buf.push('\n');
            return;
        }
    }
    let shown = &r.body[..r.body.len().min(DISPLAY_RAW)];
    let label = if whole && shown.len() as u64 == r.body_len {
        format!("(not JSON, {} bytes)", r.body_len)
    } else {
        format!("({} bytes, the first {} shown)", r.body_len, shown.len())
    };
    let _ = writeln!(buf, "  {}", ui::dim(&label, c));
    let text = sanitize::escape_bytes(shown, true);
    for line in text.split('\n') {
        let _ = writeln!(buf, "  {line}");
    }
    if (shown.len() as u64) < r.body_len {
        let _ = writeln!(
            buf,
            "  {}",
            ui::dim(&format!("… ({} bytes)", r.body_len), c)
        );
    }
}

fn render_result(buf: &mut String, r: &Record, c: bool) {
    let arrow = "→";
    if let Some(f) = &r.forward {
        if let Some(status) = f.status {
            let code = status_text(status);
            let painted = if status.is_success() {
                ui::good(&code, c)
            } else if status.is_redirection() {
                ui::warn(&code, c)
            } else {
                ui::bad(&code, c)
            };
            let _ = writeln!(
                buf,
                "  {arrow} {painted}  {}  {}",
                sanitize::escape(&f.url),
                ui::dim(&duration(f.duration), c)
            );
            if let Some(location) = &f.location {
                let _ = writeln!(
                    buf,
                    "    Location: {} {}",
                    sanitize::escape(location),
                    ui::dim(
                        "(redirect relayed to the sender, not followed: point `--forward` at the final URL)",
                        c
                    )
                );
            }
            return;
        }
        let code = status_text(r.answer.status);
        let note = r.answer.note.as_deref().unwrap_or_default();
        let _ = writeln!(
            buf,
            "  {arrow} {}  {}  {}",
            ui::bad(&code, c),
            sanitize::escape(&f.url),
            ui::dim(&duration(f.duration), c)
        );
        let _ = writeln!(buf, "    {}", sanitize::escape(note));
        return;
    }
    let code = status_text(r.answer.status);
    let painted = if r.answer.status.is_success() {
        ui::dim(&code, c)
    } else {
        ui::bad(&code, c)
    };
    let note = r.answer.note.as_deref().unwrap_or_default();
    let _ = writeln!(buf, "  {arrow} {painted}  {}", sanitize::escape(note));
}

/// `200 OK`, `599`.
pub fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

/// Pretty-prints JSON with a 2-space indent, keys in their original order, colored, and every
/// string escaped for the terminal. `indent` is the indent of the value's own line.
pub fn write_json(out: &mut String, value: &Value, indent: usize, c: bool) {
    match value {
        Value::Null => out.push_str(&ui::accent("null", c)),
        Value::Bool(b) => out.push_str(&ui::accent(if *b { "true" } else { "false" }, c)),
        Value::Number(n) => out.push_str(&ui::number(&n.to_string(), c)),
        Value::String(s) => out.push_str(&ui::string(&quote(s), c)),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 2);
                write_json(out, item, indent + 2, c);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                pad(out, indent + 2);
                out.push_str(&ui::key(&quote(k), c));
                out.push_str(": ");
                write_json(out, v, indent + 2, c);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// A JSON string literal, then escaped for the terminal (bidi controls and the like).
fn quote(s: &str) -> String {
    sanitize::escape(&serde_json::to_string(s).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::{Reason, TokenReason, Verdict};
    use time::macros::datetime;

    fn record(body: &[u8]) -> Record {
        Record {
            received_at: datetime!(2024-03-15 14:30:02.5 UTC),
            method: Method::POST,
            path: "/webhooks".into(),
            envelope: Envelope::parse(body),
            check: Check::Valid { secret: 0 },
            flags: Flags::default(),
            filtered: false,
            body: Bytes::copy_from_slice(body),
            body_len: body.len() as u64,
            body_sha256: None,
            headers: None,
            forward: Some(ForwardInfo {
                url: "http://localhost:3000/webhooks".into(),
                status: Some(StatusCode::OK),
                duration: Duration::from_millis(4),
                error: None,
                location: None,
            }),
            answer: Answer {
                status: StatusCode::OK,
                by_app: true,
                note: None,
            },
        }
    }

    fn style() -> Style {
        Style {
            json: false,
            color: false,
            labels: vec!["--secret".into()],
        }
    }

    #[test]
    fn block() {
        let body = br#"{"id":"evt_1","type":"order.shipped","created_at":"2024-03-15T14:30:00Z","data":{"n":[1,true,null],"e":{},"s":"a\u202eb"}}"#;
        let mut r = record(body);
        r.flags.nth = Some(2);
        r.flags.out_of_order = Some((Duration::from_secs(3), "evt_0".into()));
        let mut out = String::new();
        render_block(&mut out, &r, &style());
        assert_eq!(
            out,
            "14:30:02  POST /webhooks  order.shipped  evt_1\n\
             \x20 signature  valid (--secret)\n\
             \x20 created    2024-03-15T14:30:00Z (2 s ago)\n\
             \x20 ! 2nd delivery of evt_1\n\
             \x20 ! out of order: created 3 s before evt_0\n\
             \x20 {\n\
             \x20   \"id\": \"evt_1\",\n\
             \x20   \"type\": \"order.shipped\",\n\
             \x20   \"created_at\": \"2024-03-15T14:30:00Z\",\n\
             \x20   \"data\": {\n\
             \x20     \"n\": [\n\
             \x20       1,\n\
             \x20       true,\n\
             \x20       null\n\
             \x20     ],\n\
             \x20     \"e\": {},\n\
             \x20     \"s\": \"a\\u{202e}b\"\n\
             \x20   }\n\
             \x20 }\n\
             \x20 → 200 OK  http://localhost:3000/webhooks  4 ms\n\n"
        );
    }

    #[test]
    fn raw_and_refused() {
        let mut r = record(b"caf\xc3\xa9\x1b[31m\xff\nline 2");
        r.check = Check::Failed {
            verdict: Verdict::Malformed,
            reasons: vec![TokenReason {
                token: String::new(),
                reason: Reason::Missing,
            }],
            diagnosis: vec![],
        };
        r.forward = None;
        r.answer = Answer {
            status: StatusCode::UNAUTHORIZED,
            by_app: false,
            note: Some("missing signature: not forwarded".into()),
        };
        let mut out = String::new();
        render_block(&mut out, &r, &style());
        assert_eq!(
            out,
            format!(
                "14:30:02  POST /webhooks\n\
                 \x20 signature  missing: {}\n\
                 \x20 (not JSON, 18 bytes)\n\
                 \x20 café\\x1b[31m\\xff\n\
                 \x20 line 2\n\
                 \x20 → 401 Unauthorized  missing signature: not forwarded\n\n",
                Reason::Missing.message()
            )
        );
        assert!(!out.contains('\x1b'));

        let mut big = record(&[b'a'; DISPLAY_RAW]);
        big.body_len = 100_000;
        let mut out = String::new();
        render_body(&mut out, &big, false);
        assert!(
            out.starts_with("  (100000 bytes, the first 4096 shown)\n"),
            "{out}"
        );
        assert!(out.ends_with("  … (100000 bytes)\n"), "{out}");
    }

    #[test]
    fn json_record_shape() {
        let body = br#"{"id":"evt_1","type":"order.shipped","created_at":"2024-03-15T14:30:00Z"}"#;
        let mut r = record(body);
        r.body_sha256 = Some([0; 32]);
        let mut out = String::new();
        json_record(&mut out, &r);
        let v: Value = serde_json::from_str(&out).expect("one JSON line");
        let keys: Vec<&str> = v
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "kind",
                "received_at",
                "method",
                "path",
                "id",
                "type",
                "created_at",
                "signature",
                "duplicate",
                "out_of_order",
                "filtered",
                "body_bytes",
                "body_sha256",
                "forward",
                "answered",
                "by"
            ]
        );
        assert_eq!(v["received_at"], "2024-03-15T14:30:02.5Z");
        assert_eq!(v["signature"], serde_json::json!({"verdict": "valid"}));
        assert_eq!(
            v["forward"],
            serde_json::json!({"url": "http://localhost:3000/webhooks", "status": 200, "duration_ms": 4.0})
        );
        assert!(out.ends_with('\n') && out.matches('\n').count() == 1);
    }

    #[test]
    fn gate_admits_a_bounded_rate() {
        let gate = Gate::new();
        let admitted = (0..PER_WINDOW * 3).filter(|_| gate.admit()).count() as u64;
        // All within one or two windows.
        assert!(
            (PER_WINDOW..=2 * PER_WINDOW).contains(&admitted),
            "{admitted}"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Duration::from_micros(300)), "<1 ms");
        assert_eq!(duration(Duration::from_millis(4)), "4 ms");
        assert_eq!(duration(Duration::from_millis(12_345)), "12.3 s");
    }
}
