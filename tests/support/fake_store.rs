//! `FakeStore`: a stateful fake of the store's whole `/v2/webhooks` contract (SPEC §2) over
//! real HTTP on loopback, plus a delivery engine that really sends signed events.
//!
//! - API keys (`Authorization: Bearer …`), webhook objects (`wh_…` ids, `whsec_…` secrets),
//!   pagination (`limit`, `starting_after`, `has_more`), error bodies
//!   `{"error":{"type","message","param"?}}` and an `X-Request-Id` (`req_0001`, …) on every
//!   answer, `Idempotency-Key` honoured on POST.
//! - Failures on demand ([`FakeStore::fail_next`]): 429s with `Retry-After`, 500s, non-JSON
//!   bodies, or a failure *after* the request took effect (a lost answer).
//! - A record of every API request ([`FakeStore::requests`]).
//! - Deliveries as the store makes them ("What the store sends"): POST, `Content-Type:
//!   application/json`, `User-Agent: CheeseStore-Webhooks/2.0`, `X-Cheese-Signature`, a 10 s
//!   deadline; on failure retries after 1 min, 5 min, 30 min, 2 h, 12 h (each store minute
//!   lasts [`Options::minute`] of real time), then the dead letter queue after 6 failed
//!   attempts; replay on request; `/test` delivers synchronously.
//! - [`FakeStore::publish`] sends any event type to every subscribed webhook.
//!
//! Webhook timestamps come from a logical clock (2024-03-15T14:30:00Z, one minute later per
//! change) so human output can be compared exactly; event envelopes carry the real time.
//!
//! [`App`] is the developer's local app of the end-to-end tests: it records what it receives
//! and answers with a programmable status.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::response::Response;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;
use tokio::runtime::Handle;

use super::api_server::{Background, Reply, Req};

/// The key every fake store accepts.
pub const TEST_KEY: &str = "ck_test_fake0000000000000000";
/// What the store's deliveries say they are.
pub const STORE_USER_AGENT: &str = "CheeseStore-Webhooks/2.0";
/// Waits before attempts 2..=6, in store minutes (SPEC §1).
pub const SCHEDULE_MINUTES: [u32; 5] = [1, 5, 30, 120, 720];
/// Failed attempts before the dead letter queue.
pub const MAX_ATTEMPTS: u32 = 6;

/// Time compression and limits.
#[derive(Debug, Clone)]
pub struct Options {
    /// How long a store minute lasts (the schedule's 1 min; 12 h is 720 of them).
    pub minute: Duration,
    /// A delivery gets no answer after this long (the store's 10 s).
    pub delivery_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            minute: Duration::from_millis(1),
            delivery_timeout: Duration::from_secs(10),
        }
    }
}

/// A failure to answer the next API request with.
#[derive(Debug, Clone)]
pub struct Failure {
    pub reply: Reply,
    /// Act on the request first and then fail (an answer lost on the way back).
    pub after_processing: bool,
}

impl Failure {
    /// A JSON error with this status (`Retry-After: 0` on a 429 unless set otherwise).
    pub fn status(status: u16) -> Self {
        let reply = match status {
            429 => Reply::error(429, "rate_limit_error", "Too many requests")
                .header("retry-after", "0"),
            s if s >= 500 => Reply::error(s, "api_error", "Something went wrong on our end"),
            s => Reply::error(s, "invalid_request_error", "Injected failure"),
        };
        Failure {
            reply,
            after_processing: false,
        }
    }

    pub fn reply(reply: Reply) -> Self {
        Failure {
            reply,
            after_processing: false,
        }
    }

    #[must_use]
    pub fn after_processing(mut self) -> Self {
        self.after_processing = true;
        self
    }
}

/// One delivery attempt.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub status_code: Option<u16>,
    pub error: Option<String>,
    pub duration: Duration,
}

impl Attempt {
    pub fn succeeded(&self) -> bool {
        self.status_code.is_some_and(|c| (200..300).contains(&c))
    }
}

/// A request the store sent to an endpoint.
#[derive(Debug, Clone)]
pub struct Sent {
    pub webhook_id: String,
    pub event_id: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    pub attempt: Attempt,
}

/// One event's delivery to one webhook.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub webhook_id: String,
    pub event_id: String,
    pub event_type: String,
    pub body: Bytes,
    /// pending, succeeded, retrying or dead.
    pub status: &'static str,
    /// Every attempt ever made, replays included.
    pub attempts: u32,
    /// Attempts in the current run (a replay starts a new run).
    run_attempts: u32,
    pub last_status_code: Option<u16>,
    pub next_attempt_at: Option<String>,
    pub created_at: String,
    pub log: Vec<Attempt>,
    generation: u64,
}

impl Delivery {
    fn to_json(&self) -> Value {
        json!({
            "event_id": self.event_id,
            "type": self.event_type,
            "status": self.status,
            "attempts": self.attempts,
            "last_status_code": self.last_status_code,
            "next_attempt_at": self.next_attempt_at,
            "created_at": self.created_at,
        })
    }
}

/// A webhook as the store keeps it.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub id: String,
    pub url: String,
    pub events: Vec<String>,
    pub status: String,
    pub description: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub secret: String,
}

impl Webhook {
    /// The API's webhook object (no secret).
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "url": self.url,
            "events": self.events,
            "status": self.status,
            "description": self.description,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
    }

    fn subscribes_to(&self, event_type: &str) -> bool {
        self.events.iter().any(|e| e == event_type || e == "*")
    }
}

#[derive(Default)]
struct StoreState {
    keys: HashSet<String>,
    webhooks: Vec<Webhook>,
    deliveries: Vec<Delivery>,
    requests: Vec<Req>,
    sent: Vec<Sent>,
    failures: VecDeque<Failure>,
    idempotent: HashMap<(String, String), Reply>,
    next_webhook: u64,
    next_request: u64,
    clock_minutes: i64,
}

impl StoreState {
    /// The logical clock: 2024-03-15T14:30:00Z plus one minute per change.
    fn tick(&mut self) -> String {
        let t = time::macros::datetime!(2024-03-15 14:30 UTC)
            + time::Duration::minutes(self.clock_minutes);
        self.clock_minutes += 1;
        cheese::events::format_created_at(t)
    }

    fn webhook_index(&self, id: &str) -> Option<usize> {
        self.webhooks.iter().position(|w| w.id == id)
    }
}

type HttpClient = Client<HttpConnector, Full<Bytes>>;

struct Inner {
    state: Mutex<StoreState>,
    handle: Handle,
    client: HttpClient,
    options: Options,
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, StoreState> {
        // A test that panicked while holding the lock already failed; keep serving the others.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The fake store. Stops on Drop.
pub struct FakeStore {
    inner: Arc<Inner>,
    server: Background,
}

impl FakeStore {
    /// A store accepting [`TEST_KEY`], with the default time compression.
    pub fn start() -> Self {
        Self::with_options(Options::default())
    }

    pub fn with_options(options: Options) -> Self {
        let mut slot: Option<Arc<Inner>> = None;
        let server = Background::start(|handle| {
            let mut state = StoreState::default();
            state.keys.insert(TEST_KEY.to_string());
            let inner = Arc::new(Inner {
                state: Mutex::new(state),
                handle,
                client: Client::builder(TokioExecutor::new()).build_http(),
                options,
            });
            slot = Some(inner.clone());
            axum::Router::new().fallback(serve).with_state(inner)
        });
        let inner = slot.expect("store state");
        FakeStore { inner, server }
    }

    /// `http://127.0.0.1:<port>`, for `--api-base`.
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// Accepts another API key.
    pub fn add_key(&self, key: &str) {
        self.inner.lock().keys.insert(key.to_string());
    }

    /// Answers the next `n` API requests with this status (429 with `Retry-After: 0`).
    pub fn fail_next(&self, n: usize, status: u16) {
        for _ in 0..n {
            self.fail_next_with(Failure::status(status));
        }
    }

    /// Answers the next API request with this failure (queued after earlier ones).
    pub fn fail_next_with(&self, failure: Failure) {
        self.inner.lock().failures.push_back(failure);
    }

    /// Every API request received so far.
    pub fn requests(&self) -> Vec<Req> {
        self.inner.lock().requests.clone()
    }

    /// Every request the delivery engine (and `/test`) sent to endpoints so far.
    pub fn sent(&self) -> Vec<Sent> {
        self.inner.lock().sent.clone()
    }

    /// Adds a webhook directly (no API request), e.g. to test `list` and `get`.
    pub fn insert_webhook(&self, url: &str, events: &[&str]) -> Webhook {
        let mut st = self.inner.lock();
        let w = new_webhook(
            &mut st,
            url,
            events.iter().map(|e| (*e).to_string()).collect(),
            None,
        );
        st.webhooks.push(w.clone());
        w
    }

    pub fn webhook(&self, id: &str) -> Option<Webhook> {
        let st = self.inner.lock();
        st.webhooks.iter().find(|w| w.id == id).cloned()
    }

    pub fn webhooks(&self) -> Vec<Webhook> {
        self.inner.lock().webhooks.clone()
    }

    /// The delivery of `event_id` to `webhook_id`.
    pub fn delivery(&self, webhook_id: &str, event_id: &str) -> Option<Delivery> {
        let st = self.inner.lock();
        st.deliveries
            .iter()
            .find(|d| d.webhook_id == webhook_id && d.event_id == event_id)
            .cloned()
    }

    pub fn deliveries(&self, webhook_id: &str) -> Vec<Delivery> {
        let st = self.inner.lock();
        st.deliveries
            .iter()
            .filter(|d| d.webhook_id == webhook_id)
            .cloned()
            .collect()
    }

    /// Waits (polling, bounded) until the delivery has `status`; panics with its state if not.
    pub fn wait_for_delivery(
        &self,
        webhook_id: &str,
        event_id: &str,
        status: &str,
        timeout: Duration,
    ) -> Delivery {
        let deadline = Instant::now() + timeout;
        loop {
            let d = self.delivery(webhook_id, event_id);
            if let Some(d) = &d {
                if d.status == status {
                    return d.clone();
                }
            }
            assert!(
                Instant::now() < deadline,
                "delivery of {event_id} to {webhook_id} not {status} after {timeout:?}: {d:?}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Publishes an event of `event_type` (any string; catalog types get their sample data)
    /// to every active webhook subscribed to it. Returns the event id.
    pub fn publish(&self, event_type: &str) -> String {
        let now = OffsetDateTime::now_utc();
        let body = cheese::events::fresh_envelope(event_type, now).unwrap_or_else(|| {
            cheese::events::render_envelope(
                &cheese::events::new_event_id(),
                event_type,
                &cheese::events::format_created_at(now),
                json!({}),
            )
        });
        self.publish_body(event_type, body.into_bytes())
    }

    /// Publishes exact envelope bytes (its `id` is the event id, or a new one if it has none).
    pub fn publish_body(&self, event_type: &str, body: Vec<u8>) -> String {
        let event_id = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| v.get("id").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_else(cheese::events::new_event_id);
        let body = Bytes::from(body);
        let created_at = cheese::events::format_created_at(OffsetDateTime::now_utc());
        let mut st = self.inner.lock();
        let targets: Vec<String> = st
            .webhooks
            .iter()
            .filter(|w| w.status == "active" && w.subscribes_to(event_type))
            .map(|w| w.id.clone())
            .collect();
        for webhook_id in targets {
            st.deliveries.push(Delivery {
                webhook_id,
                event_id: event_id.clone(),
                event_type: event_type.to_string(),
                body: body.clone(),
                status: "pending",
                attempts: 0,
                run_attempts: 0,
                last_status_code: None,
                next_attempt_at: None,
                created_at: created_at.clone(),
                log: Vec::new(),
                generation: 0,
            });
            let idx = st.deliveries.len() - 1;
            start_run(&self.inner, &mut st, idx);
        }
        event_id
    }
}

fn random_alnum(n: usize) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

fn new_webhook(
    st: &mut StoreState,
    url: &str,
    events: Vec<String>,
    description: Option<String>,
) -> Webhook {
    st.next_webhook += 1;
    let now = st.tick();
    Webhook {
        id: format!("wh_{:04}", st.next_webhook),
        url: url.to_string(),
        events,
        status: "active".into(),
        description,
        created_at: now.clone(),
        updated_at: now,
        secret: format!("whsec_{}", random_alnum(32)),
    }
}

/// Starts a (new) run of attempts for delivery `idx`; an older run stops at its next step.
fn start_run(inner: &Arc<Inner>, st: &mut StoreState, idx: usize) {
    let Some(d) = st.deliveries.get_mut(idx) else {
        return;
    };
    d.generation += 1;
    d.run_attempts = 0;
    d.status = "pending";
    d.next_attempt_at = None;
    let generation = d.generation;
    inner
        .handle
        .spawn(run_delivery(inner.clone(), idx, generation));
}

async fn run_delivery(inner: Arc<Inner>, idx: usize, generation: u64) {
    loop {
        let target = {
            let st = inner.lock();
            let Some(d) = st
                .deliveries
                .get(idx)
                .filter(|d| d.generation == generation)
            else {
                return;
            };
            let Some(w) = st.webhooks.iter().find(|w| w.id == d.webhook_id) else {
                return;
            };
            (
                w.url.clone(),
                w.secret.clone(),
                d.body.clone(),
                d.event_id.clone(),
                w.id.clone(),
            )
        };
        let (url, secret, body, event_id, webhook_id) = target;
        let (headers, attempt) = deliver(&inner, &url, &secret, &body).await;
        let delay = {
            let mut st = inner.lock();
            st.sent.push(Sent {
                webhook_id,
                event_id,
                url,
                headers,
                body,
                attempt: attempt.clone(),
            });
            let Some(d) = st
                .deliveries
                .get_mut(idx)
                .filter(|d| d.generation == generation)
            else {
                return;
            };
            d.attempts += 1;
            d.run_attempts += 1;
            d.last_status_code = attempt.status_code;
            let ok = attempt.succeeded();
            d.log.push(attempt);
            if ok {
                d.status = "succeeded";
                d.next_attempt_at = None;
                return;
            }
            let Some(minutes) = SCHEDULE_MINUTES
                .get(d.run_attempts as usize - 1)
                .filter(|_| d.run_attempts < MAX_ATTEMPTS)
            else {
                d.status = "dead";
                d.next_attempt_at = None;
                return;
            };
            d.status = "retrying";
            d.next_attempt_at = Some(cheese::events::format_created_at(
                OffsetDateTime::now_utc() + time::Duration::minutes(i64::from(*minutes)),
            ));
            inner.options.minute * *minutes
        };
        tokio::time::sleep(delay).await;
    }
}

/// One POST exactly as the store sends it.
async fn deliver(
    inner: &Inner,
    url: &str,
    secret: &str,
    body: &Bytes,
) -> (Vec<(String, String)>, Attempt) {
    let signature = cheese::signature::sign_hex(secret.as_bytes(), body);
    let headers = vec![
        ("content-type".to_string(), "application/json".to_string()),
        ("user-agent".to_string(), STORE_USER_AGENT.to_string()),
        ("x-cheese-signature".to_string(), signature),
    ];
    let started = Instant::now();
    let mut request = http::Request::post(url);
    for (k, v) in &headers {
        request = request.header(k, v);
    }
    let request = match request.body(Full::new(body.clone())) {
        Ok(r) => r,
        Err(e) => {
            let attempt = Attempt {
                status_code: None,
                error: Some(format!("invalid endpoint URL: {e}")),
                duration: started.elapsed(),
            };
            return (headers, attempt);
        }
    };
    let send = async {
        let response = inner.client.request(request).await?;
        let status = response.status().as_u16();
        // Read the answer to the end so the connection can be reused.
        let _ = response.into_body().collect().await;
        Ok::<u16, hyper_util::client::legacy::Error>(status)
    };
    let attempt = match tokio::time::timeout(inner.options.delivery_timeout, send).await {
        Ok(Ok(status)) => Attempt {
            status_code: Some(status),
            error: None,
            duration: started.elapsed(),
        },
        Ok(Err(e)) => {
            let mut cause: &dyn std::error::Error = &e;
            while let Some(next) = cause.source() {
                cause = next;
            }
            Attempt {
                status_code: None,
                error: Some(format!("connection failed: {cause}")),
                duration: started.elapsed(),
            }
        }
        Err(_) => Attempt {
            status_code: None,
            error: Some(format!(
                "no answer within {} s",
                inner.options.delivery_timeout.as_secs()
            )),
            duration: started.elapsed(),
        },
    };
    (headers, attempt)
}

// ---- the API ---------------------------------------------------------------------------------

async fn serve(State(inner): State<Arc<Inner>>, req: Request) -> Response {
    let req = Req::read(req).await;
    let (request_id, failure) = {
        let mut st = inner.lock();
        st.requests.push(req.clone());
        st.next_request += 1;
        (
            format!("req_{:04}", st.next_request),
            st.failures.pop_front(),
        )
    };
    let reply = match failure {
        Some(f) if !f.after_processing => f.reply,
        other => {
            let reply = api(&inner, &req).await;
            other.map_or(reply, |f| f.reply)
        }
    };
    reply.header("x-request-id", &request_id).into_response()
}

fn invalid(message: &str, param: Option<&str>) -> Reply {
    let mut error = json!({"type": "invalid_request_error", "message": message});
    if let Some(p) = param {
        error["param"] = json!(p);
    }
    Reply::json(400, &json!({ "error": error }))
}

fn no_such_webhook(id: &str) -> Reply {
    Reply::json(
        404,
        &json!({"error": {"type": "invalid_request_error",
                          "message": format!("No such webhook: '{id}'"), "param": "id"}}),
    )
}

fn query_params(path: &str) -> (String, Vec<(String, String)>) {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let params = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    (path.to_string(), params)
}

async fn api(inner: &Arc<Inner>, req: &Req) -> Reply {
    // Authentication first, as the store does.
    let key = req
        .header("authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_string);
    match key {
        None => return Reply::error(401, "authentication_error", "No API key provided"),
        Some(k) if !inner.lock().keys.contains(&k) => {
            return Reply::error(401, "authentication_error", "Invalid API key provided")
        }
        Some(_) => {}
    }

    let idempotency = (req.method == "POST")
        .then(|| req.header("idempotency-key").map(str::to_string))
        .flatten()
        .map(|k| (k, req.path.clone()));
    if let Some(key) = &idempotency {
        if let Some(reply) = inner.lock().idempotent.get(key) {
            return reply.clone();
        }
    }
    let reply = route(inner, req).await;
    if let Some(key) = idempotency {
        inner.lock().idempotent.insert(key, reply.clone());
    }
    reply
}

async fn route(inner: &Arc<Inner>, req: &Req) -> Reply {
    let (path, params) = query_params(&req.path);
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let body: Option<Value> = if req.body.is_empty() {
        None
    } else {
        match serde_json::from_slice(&req.body) {
            Ok(v) => Some(v),
            Err(e) => return invalid(&format!("Invalid JSON body: {e}"), None),
        }
    };
    match (req.method.as_str(), segments.as_slice()) {
        ("POST", ["v2", "webhooks"]) => create(inner, body.as_ref()),
        ("GET", ["v2", "webhooks"]) => {
            let st = inner.lock();
            let items: Vec<(String, Value)> = st
                .webhooks
                .iter()
                .map(|w| (w.id.clone(), w.to_json()))
                .collect();
            paginate(&items, &params)
        }
        ("GET", ["v2", "webhooks", id]) => {
            let st = inner.lock();
            match st.webhooks.iter().find(|w| w.id == *id) {
                Some(w) => Reply::json(200, &w.to_json()),
                None => no_such_webhook(id),
            }
        }
        ("PATCH", ["v2", "webhooks", id]) => update(inner, id, body.as_ref()),
        ("DELETE", ["v2", "webhooks", id]) => {
            let mut st = inner.lock();
            match st.webhook_index(id) {
                Some(i) => {
                    st.webhooks.remove(i);
                    Reply::empty(204)
                }
                None => no_such_webhook(id),
            }
        }
        ("POST", ["v2", "webhooks", id, "test"]) => test(inner, id, body.as_ref()).await,
        ("POST", ["v2", "webhooks", id, "replay"]) => replay(inner, id, body.as_ref()),
        ("GET", ["v2", "webhooks", id, "deliveries"]) => {
            let st = inner.lock();
            if st.webhook_index(id).is_none() {
                return no_such_webhook(id);
            }
            let status = params
                .iter()
                .find(|(k, _)| k == "status")
                .map(|(_, v)| v.as_str());
            if let Some(s) = status {
                if !["pending", "succeeded", "retrying", "dead"].contains(&s) {
                    return invalid(&format!("Invalid status: '{s}'"), Some("status"));
                }
            }
            let items: Vec<(String, Value)> = st
                .deliveries
                .iter()
                .filter(|d| d.webhook_id == *id && status.is_none_or(|s| d.status == s))
                .map(|d| (d.event_id.clone(), d.to_json()))
                .collect();
            paginate(&items, &params)
        }
        (method, _) => Reply::json(
            404,
            &json!({"error": {"type": "invalid_request_error",
                              "message": format!("Unrecognized request URL ({method}: {path})")}}),
        ),
    }
}

fn paginate(items: &[(String, Value)], params: &[(String, String)]) -> Reply {
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let limit = match get("limit").map(str::parse::<usize>) {
        None => 10,
        Some(Ok(n)) if (1..=100).contains(&n) => n,
        Some(_) => return invalid("limit must be an integer between 1 and 100", Some("limit")),
    };
    let start = match get("starting_after") {
        None => 0,
        Some(cursor) => match items.iter().position(|(id, _)| id == cursor) {
            Some(i) => i + 1,
            None => {
                return invalid(
                    &format!("No such object for starting_after: '{cursor}'"),
                    Some("starting_after"),
                )
            }
        },
    };
    let page: Vec<Value> = items
        .iter()
        .skip(start)
        .take(limit)
        .map(|(_, v)| v.clone())
        .collect();
    let has_more = start + page.len() < items.len();
    Reply::json(200, &json!({ "data": page, "has_more": has_more }))
}

/// Validates `url` and `events` of a create or update body.
fn check_fields(body: &Map<String, Value>, required: bool) -> Result<(), Reply> {
    match body.get("url") {
        Some(Value::String(u)) if u.starts_with("http://") || u.starts_with("https://") => {}
        None if !required => {}
        _ => return Err(invalid("url must be an http or https URL", Some("url"))),
    }
    match body.get("events") {
        Some(Value::Array(events)) if !events.is_empty() => {
            for e in events {
                let name = e.as_str().unwrap_or_default();
                if cheese::events::find(name).is_none() {
                    return Err(invalid(
                        &format!("Unknown event type: '{name}'"),
                        Some("events"),
                    ));
                }
            }
        }
        None if !required => {}
        _ => {
            return Err(invalid(
                "events must be a non-empty list of event types",
                Some("events"),
            ))
        }
    }
    match body.get("description") {
        None | Some(Value::String(_) | Value::Null) => Ok(()),
        _ => Err(invalid("description must be a string", Some("description"))),
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|e| e.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn create(inner: &Arc<Inner>, body: Option<&Value>) -> Reply {
    let Some(body) = body.and_then(Value::as_object) else {
        return invalid("the body must be a JSON object", None);
    };
    if let Err(reply) = check_fields(body, true) {
        return reply;
    }
    let mut st = inner.lock();
    let w = new_webhook(
        &mut st,
        body.get("url").and_then(Value::as_str).unwrap_or_default(),
        strings(body.get("events")),
        body.get("description")
            .and_then(Value::as_str)
            .map(str::to_string),
    );
    st.webhooks.push(w.clone());
    let mut object = w.to_json();
    object["secret"] = json!(w.secret);
    Reply::json(201, &object)
}

fn update(inner: &Arc<Inner>, id: &str, body: Option<&Value>) -> Reply {
    let Some(body) = body.and_then(Value::as_object) else {
        return invalid("the body must be a JSON object", None);
    };
    if let Err(reply) = check_fields(body, false) {
        return reply;
    }
    let status = match body.get("status") {
        None => None,
        Some(Value::String(s)) if s == "active" || s == "disabled" => Some(s.clone()),
        Some(_) => return invalid("status must be 'active' or 'disabled'", Some("status")),
    };
    let mut st = inner.lock();
    let Some(i) = st.webhook_index(id) else {
        return no_such_webhook(id);
    };
    let now = st.tick();
    let w = &mut st.webhooks[i];
    if let Some(u) = body.get("url").and_then(Value::as_str) {
        w.url = u.to_string();
    }
    if body.contains_key("events") {
        w.events = strings(body.get("events"));
    }
    if let Some(d) = body.get("description") {
        w.description = d.as_str().map(str::to_string);
    }
    if let Some(s) = status {
        w.status = s;
    }
    w.updated_at = now;
    Reply::json(200, &w.to_json())
}

async fn test(inner: &Arc<Inner>, id: &str, body: Option<&Value>) -> Reply {
    let event_type = match body.and_then(|b| b.get("type")) {
        None | Some(Value::Null) => "webhook.test".to_string(),
        Some(Value::String(t)) if cheese::events::find(t).is_some() => t.clone(),
        Some(t) => return invalid(&format!("Unknown event type: {t}"), Some("type")),
    };
    let (url, secret) = {
        let st = inner.lock();
        match st.webhooks.iter().find(|w| w.id == id) {
            Some(w) => (w.url.clone(), w.secret.clone()),
            None => return no_such_webhook(id),
        }
    };
    let body = Bytes::from(
        cheese::events::fresh_envelope(&event_type, OffsetDateTime::now_utc()).unwrap_or_default(),
    );
    let event_id = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("id").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default();
    let (headers, attempt) = deliver(inner, &url, &secret, &body).await;
    let mut delivery = json!({
        "success": attempt.succeeded(),
        "status_code": attempt.status_code,
        "duration_ms": u64::try_from(attempt.duration.as_millis()).unwrap_or(u64::MAX),
    });
    if let Some(e) = &attempt.error {
        delivery["error"] = json!(e);
    }
    inner.lock().sent.push(Sent {
        webhook_id: id.to_string(),
        event_id: event_id.clone(),
        url,
        headers,
        body,
        attempt,
    });
    Reply::json(200, &json!({ "event_id": event_id, "delivery": delivery }))
}

fn replay(inner: &Arc<Inner>, id: &str, body: Option<&Value>) -> Reply {
    let mut st = inner.lock();
    if st.webhook_index(id).is_none() {
        return no_such_webhook(id);
    }
    let wanted: Option<Vec<String>> = match body.and_then(|b| b.get("event_ids")) {
        None | Some(Value::Null) => None,
        Some(Value::Array(ids)) if ids.len() <= 100 => {
            Some(strings(Some(&Value::Array(ids.clone()))))
        }
        Some(Value::Array(_)) => {
            return invalid("at most 100 event_ids per request", Some("event_ids"))
        }
        Some(_) => return invalid("event_ids must be a list", Some("event_ids")),
    };
    let mut replayed = Vec::new();
    let mut count = 0;
    let indexes: Vec<(usize, String)> = match &wanted {
        None => st
            .deliveries
            .iter()
            .enumerate()
            .filter(|(_, d)| d.webhook_id == id && d.status == "dead")
            .map(|(i, d)| (i, d.event_id.clone()))
            .collect(),
        Some(ids) => ids
            .iter()
            .map(|e| {
                let i = st
                    .deliveries
                    .iter()
                    .position(|d| d.webhook_id == id && d.event_id == *e)
                    .unwrap_or(usize::MAX);
                (i, e.clone())
            })
            .collect(),
    };
    for (i, event_id) in indexes {
        let status = match st.deliveries.get(i).map(|d| d.status) {
            None => "not_found",
            Some("pending" | "retrying") => "already_scheduled",
            Some(_) => {
                start_run(inner, &mut st, i);
                count += 1;
                "queued"
            }
        };
        replayed.push(json!({ "event_id": event_id, "status": status }));
    }
    Reply::json(202, &json!({ "replayed": replayed, "count": count }))
}

// ---- the developer's app -----------------------------------------------------------------------

struct AppState {
    /// Status codes to answer with, in order; then `then`.
    script: VecDeque<u16>,
    then: u16,
    received: Vec<Req>,
}

/// A local app that records every request and answers with a programmable status.
pub struct App {
    state: Arc<Mutex<AppState>>,
    server: Background,
}

impl App {
    /// Answers 200 to everything.
    pub fn start() -> Self {
        Self::script(&[], 200)
    }

    /// Answers with `first` statuses in order, then `then` forever.
    pub fn script(first: &[u16], then: u16) -> Self {
        let state = Arc::new(Mutex::new(AppState {
            script: first.iter().copied().collect(),
            then,
            received: Vec::new(),
        }));
        let shared = state.clone();
        let server = Background::start(move |_| {
            axum::Router::new()
                .fallback(
                    |State(s): State<Arc<Mutex<AppState>>>, req: Request| async move {
                        let req = Req::read(req).await;
                        let status = {
                            let mut st = s.lock().unwrap_or_else(|e| e.into_inner());
                            st.received.push(req);
                            let then = st.then;
                            st.script.pop_front().unwrap_or(then)
                        };
                        Reply::text(
                            status,
                            "text/plain",
                            if status < 300 { "ok" } else { "failed" },
                        )
                        .into_response()
                    },
                )
                .with_state(shared)
        });
        App { state, server }
    }

    /// `http://127.0.0.1:<port>`
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// From now on answer `status` (e.g. the app was fixed).
    pub fn set_status(&self, status: u16) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.script.clear();
        st.then = status;
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<Req> {
        self.state
            .lock()
            .map(|s| s.received.clone())
            .unwrap_or_default()
    }
}

// ---- commands against the store ----------------------------------------------------------------

impl FakeStore {
    /// `cheese` in `home`, talking to this store with the test key (`CHEESE_API_BASE`,
    /// `CHEESE_API_KEY`), piped.
    pub fn cmd(&self, home: &super::cmd::Home) -> assert_cmd::Command {
        let mut c = home.cmd();
        c.env("CHEESE_API_BASE", self.url())
            .env("CHEESE_API_KEY", TEST_KEY)
            .timeout(Duration::from_secs(30));
        c
    }

    /// Like [`FakeStore::cmd`] in the terminal layout (`CHEESE_FORCE_TTY=1`), without color so
    /// the output can be compared exactly.
    pub fn cmd_tty(&self, home: &super::cmd::Home) -> assert_cmd::Command {
        let mut c = self.cmd(home);
        c.env("CHEESE_FORCE_TTY", "1").env("NO_COLOR", "1");
        c
    }
}
