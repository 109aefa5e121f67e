//! The store's API client (SPEC §2). Commands never speak HTTP to the API themselves.
//!
//! One [`ApiClient`] covers the whole `/v2/webhooks` contract: bearer auth, the
//! `cheese-cli/<version>` user agent, timeouts (connect 10 s, whole request 30 s), bounded
//! retries (at most 3 attempts for 429, 5xx and connection errors; 200 ms then 400 ms, or
//! `Retry-After` capped at 60 s), an `Idempotency-Key` on every POST that its retries reuse, and
//! pagination for lists. An error answer becomes an [`ApiError`] carrying the status, the error
//! body's type, message and param, and the `X-Request-Id`; `crate::error` maps it to an exit code
//! and hints. `-v` logs each request's method, URL, status and time; never the key.

pub mod types;

use std::fmt;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{HeaderMap, ACCEPT, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::config::Config;
use crate::error::{exit, Error};
use crate::output::Output;
use crate::secret::Secret;

use types::{
    Delivery, DeliveryStatus, NewWebhook, Object, Page, ReplayResult, TestResult, Webhook,
    WebhookPatch,
};

/// The header that carries the store's request id.
pub const REQUEST_ID: &str = "x-request-id";
/// The header that makes a retried POST safe.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
/// Page size asked for by lists (the store's maximum).
pub const PAGE_LIMIT: usize = 100;
/// At most this many event ids go in one replay request.
pub const REPLAY_BATCH: usize = 100;
/// A list never follows more pages than this (a store that always says `has_more` must not
/// keep cheese busy forever).
const MAX_PAGES: usize = 10_000;

/// `User-Agent` of every API request.
pub fn user_agent() -> String {
    format!("cheese-cli/{}", env!("CARGO_PKG_VERSION"))
}

/// An error answer from the store: HTTP status, the error body's type and message, and the
/// `X-Request-Id` to quote to support.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub error_type: Option<String>,
    pub message: String,
    pub param: Option<String>,
    pub request_id: Option<String>,
    /// Seconds, from `Retry-After` (429 and sometimes 503).
    pub retry_after: Option<u64>,
    /// How many attempts were made before giving up.
    pub attempts: u32,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the store answered {}", self.status)?;
        if let Some(t) = &self.error_type {
            write!(f, " {t}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(p) = &self.param {
            write!(f, " (param `{p}`)")?;
        }
        match &self.request_id {
            Some(id) => write!(f, " [request id {id}")?,
            None => f.write_str(" [no request id")?,
        }
        if self.attempts > 1 {
            write!(f, "; gave up after {} attempts", self.attempts)?;
        }
        f.write_str("]")
    }
}

impl std::error::Error for ApiError {}

/// `{"error": {"type", "message", "param"?}}`
#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(rename = "type", default)]
    error_type: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    param: Option<String>,
}

impl ApiError {
    /// Builds the error from an answer; a body that is not the documented JSON still gives a
    /// readable message (a proxy's HTML page, an empty body).
    pub fn from_answer(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        attempts: u32,
    ) -> Self {
        let reason = status.canonical_reason().unwrap_or("error");
        let (error_type, message, param) = match serde_json::from_slice::<ErrorBody>(body) {
            Ok(ErrorBody { error }) => (
                error.error_type,
                error
                    .message
                    .filter(|m| !m.trim().is_empty())
                    .unwrap_or_else(|| reason.to_lowercase()),
                error.param,
            ),
            Err(_) if body.iter().all(u8::is_ascii_whitespace) => (
                None,
                format!("{} (empty body)", reason.to_lowercase()),
                None,
            ),
            Err(_) => (
                None,
                format!(
                    "{} (the answer is not the API's JSON error: {})",
                    reason.to_lowercase(),
                    snippet(body)
                ),
                None,
            ),
        };
        ApiError {
            status: status.as_u16(),
            error_type,
            message,
            param,
            request_id: request_id(headers),
            retry_after: retry_after(headers),
            attempts,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self.status {
            401 | 403 => exit::AUTH,
            _ => exit::FAILURE,
        }
    }

    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        match self.status {
            401 => hints.push(
                "the API key was refused: run `cheese login` or check `CHEESE_API_KEY`".to_string(),
            ),
            403 => hints.push("the API key lacks permission for this call".to_string()),
            404 => hints.push("check the id: `cheese webhooks list` shows yours".to_string()),
            429 => hints.push(match self.retry_after {
                Some(s) => format!("rate limited: wait {s} s and try again"),
                None => "rate limited: wait a moment and try again".to_string(),
            }),
            s if s >= 500 => hints.push(match &self.request_id {
                Some(id) => {
                    format!("the store had a problem; quote request id {id} if it persists")
                }
                None => "the store had a problem; try again later".to_string(),
            }),
            _ => {}
        }
        hints
    }
}

/// The first 200 characters of a body, whitespace runs collapsed, for an error message.
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = collapsed.chars();
    let head: String = chars.by_ref().take(200).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// `Retry-After` as seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
fn retry_after(headers: &HeaderMap) -> Option<u64> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds);
    }
    let format = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let at = time::PrimitiveDateTime::parse(value, format)
        .ok()?
        .assume_utc();
    let delta = at - time::OffsetDateTime::now_utc();
    Some(u64::try_from(delta.whole_seconds()).unwrap_or(0))
}

/// How often and how long to retry (SPEC §2).
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub attempts: u32,
    /// The wait before the second attempt; it doubles for each further one.
    pub first_delay: Duration,
    /// No wait is longer, whatever `Retry-After` says.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 3,
            first_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait after failed attempt `attempt` (1-based): `Retry-After` when given, else backoff.
    fn delay(&self, attempt: u32, retry_after: Option<u64>) -> Duration {
        let backoff = self
            .first_delay
            .saturating_mul(1 << attempt.saturating_sub(1).min(16));
        retry_after
            .map_or(backoff, Duration::from_secs)
            .min(self.max_delay)
    }
}

/// A successful answer.
struct Answer {
    method: Method,
    url: Url,
    request_id: Option<String>,
    body: Bytes,
}

impl Answer {
    /// The body as `T`; a body that is not what the contract says is a clear failure.
    fn parse<T: DeserializeOwned>(&self) -> anyhow::Result<T> {
        serde_json::from_slice(&self.body).map_err(|e| self.unexpected(&e.to_string()))
    }

    fn object<T: DeserializeOwned>(&self) -> anyhow::Result<Object<T>> {
        let value: Value = self.parse()?;
        Object::from_json(value).map_err(|e| self.unexpected(&e.to_string()))
    }

    fn unexpected(&self, why: &str) -> anyhow::Error {
        Error::failure(format!(
            "unexpected answer to {} {}: {why} [{}]",
            self.method,
            self.url.path(),
            match &self.request_id {
                Some(id) => format!("request id {id}"),
                None => "no request id".to_string(),
            }
        ))
        .hint("is `--api-base` pointing at the Cheese Store API?")
        .into()
    }
}

/// The client. Cheap to clone (reqwest's client is shared).
#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: Url,
    key: Secret,
    out: Output,
    retry: RetryPolicy,
}

impl fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiClient")
            .field("base", &self.base.as_str())
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl ApiClient {
    /// A client for the resolved configuration: exit 4 when there is no API key anywhere.
    pub fn from_config(config: &Config, out: &Output) -> anyhow::Result<Self> {
        let key = config.require_api_key()?.clone();
        let (base, source) = &config.api_base;
        Self::new(base, key, out).map_err(|e| e.context(format!("API base URL from {source}")))
    }

    /// A client for `base` (e.g. `https://api.cheesestore.com`) with `key`.
    pub fn new(base: &str, key: Secret, out: &Output) -> anyhow::Result<Self> {
        let base = parse_base(base)?;
        let http = reqwest::Client::builder()
            .user_agent(user_agent())
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            // The API never redirects; following one could send the key elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| anyhow::Error::new(e).context("setting up the HTTP client"))?;
        Ok(ApiClient {
            http,
            base,
            key,
            out: out.clone(),
            retry: RetryPolicy::default(),
        })
    }

    /// Replaces the retry policy (tests compress the waits).
    #[must_use]
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The base URL, for messages.
    pub fn base(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// The URL of a path under the base; each segment is percent-encoded, so an id can never
    /// change the path (`.`, `..` and empty ids are refused: the URL parser would drop them).
    fn url(&self, segments: &[&str]) -> anyhow::Result<Url> {
        if let Some(bad) = segments.iter().find(|s| matches!(**s, "" | "." | "..")) {
            return Err(Error::usage(format!("`{bad}` is not a valid id")).into());
        }
        let mut url = self.base.clone();
        // `parse_base` only accepts http(s) URLs, which always have path segments.
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        Ok(url)
    }

    /// Sends one request, retrying per the policy, and returns a 2xx answer or the error.
    async fn call(&self, method: Method, url: Url, body: Option<&Value>) -> anyhow::Result<Answer> {
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(anyhow::Error::from)?;
        // One key for the logical request: a retried POST must not act twice.
        let idempotency_key = (method == Method::POST).then(|| uuid::Uuid::new_v4().to_string());
        let max = self.retry.attempts.max(1);
        let mut attempt = 1;
        loop {
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(self.key.expose())
                .header(ACCEPT, "application/json");
            if let Some(key) = &idempotency_key {
                request = request.header(IDEMPOTENCY_KEY, key);
            }
            if let Some(body) = &body {
                request = request
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.clone());
            }
            let started = Instant::now();
            let result = async {
                let response = request.send().await?;
                let status = response.status();
                let headers = response.headers().clone();
                let bytes = response.bytes().await?;
                Ok::<_, reqwest::Error>((status, headers, bytes))
            }
            .await;
            let ms = started.elapsed().as_millis();
            match result {
                Ok((status, headers, bytes)) => {
                    let rid = request_id(&headers);
                    self.out.debug(&format!(
                        "{method} {url} → {status} in {ms} ms{}",
                        rid.as_deref()
                            .map(|id| format!(" (request id {})", crate::sanitize::escape(id)))
                            .unwrap_or_default()
                    ));
                    if status.is_success() {
                        return Ok(Answer {
                            method,
                            url,
                            request_id: rid,
                            body: bytes,
                        });
                    }
                    let err = ApiError::from_answer(status, &headers, &bytes, attempt);
                    let retryable =
                        status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
                    if retryable && attempt < max {
                        let delay = self.retry.delay(attempt, err.retry_after);
                        self.out.debug(&format!(
                            "retrying in {} ms (attempt {} of {max})",
                            delay.as_millis(),
                            attempt + 1
                        ));
                        tokio::time::sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(err.into());
                }
                Err(e) => {
                    self.out.debug(&format!(
                        "{method} {url} → {} after {ms} ms",
                        root_cause(&e)
                    ));
                    // A whole-request timeout is not retried: three of them would be 90 s.
                    let transient =
                        !e.is_timeout() && (e.is_connect() || e.is_request() || e.is_body());
                    if transient && attempt < max {
                        let delay = self.retry.delay(attempt, None);
                        self.out.debug(&format!(
                            "retrying in {} ms (attempt {} of {max})",
                            delay.as_millis(),
                            attempt + 1
                        ));
                        tokio::time::sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(self.network_error(&e, attempt));
                }
            }
        }
    }

    fn network_error(&self, e: &reqwest::Error, attempts: u32) -> anyhow::Error {
        let base = self.base();
        let tries = if attempts > 1 {
            format!(" ({attempts} attempts)")
        } else {
            String::new()
        };
        let message = if e.is_timeout() {
            format!("the store at {base} did not answer within 30 s{tries}")
        } else {
            format!("cannot reach the store at {base}: {}{tries}", root_cause(e))
        };
        Error::failure(message)
            .hint(format!(
                "check your network connection, or `--api-base` / `CHEESE_API_BASE` (now {base})"
            ))
            .into()
    }

    /// Follows `has_more` with `limit=100&starting_after=<last id>` and returns every item.
    async fn list_all(&self, url: Url, cursor_field: &str) -> anyhow::Result<Vec<Value>> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut page_url = url.clone();
            {
                let mut query = page_url.query_pairs_mut();
                query.append_pair("limit", &PAGE_LIMIT.to_string());
                if let Some(c) = &cursor {
                    query.append_pair("starting_after", c);
                }
            }
            let answer = self.call(Method::GET, page_url, None).await?;
            let page: Page = answer.parse()?;
            let last = page
                .data
                .last()
                .and_then(|v| v.get(cursor_field))
                .and_then(Value::as_str)
                .map(str::to_string);
            items.extend(page.data);
            if !page.has_more {
                return Ok(items);
            }
            match last {
                Some(last) if cursor.as_deref() != Some(last.as_str()) => cursor = Some(last),
                _ => {
                    return Err(answer.unexpected(&format!(
                        "`has_more` is true but the page gives no new `{cursor_field}` to continue from"
                    )))
                }
            }
        }
        Err(Error::failure(format!("gave up after {MAX_PAGES} pages of results")).into())
    }

    /// `GET /v2/webhooks?limit=1`: is this key accepted? (`cheese login`)
    pub async fn check_key(&self) -> anyhow::Result<()> {
        let mut url = self.url(&["v2", "webhooks"])?;
        url.query_pairs_mut().append_pair("limit", "1");
        let answer = self.call(Method::GET, url, None).await?;
        answer.parse::<Page>()?;
        Ok(())
    }

    /// `POST /v2/webhooks`: the answer includes the secret, shown only this once.
    pub async fn create_webhook(&self, new: &NewWebhook<'_>) -> anyhow::Result<Object<Webhook>> {
        let body = serde_json::to_value(new)?;
        let answer = self
            .call(Method::POST, self.url(&["v2", "webhooks"])?, Some(&body))
            .await?;
        answer.object()
    }

    /// `GET /v2/webhooks`, every page.
    pub async fn list_webhooks(&self) -> anyhow::Result<Vec<Object<Webhook>>> {
        let items = self.list_all(self.url(&["v2", "webhooks"])?, "id").await?;
        objects(items)
    }

    /// `GET /v2/webhooks/{id}`.
    pub async fn get_webhook(&self, id: &str) -> anyhow::Result<Object<Webhook>> {
        let answer = self
            .call(Method::GET, self.url(&["v2", "webhooks", id])?, None)
            .await?;
        answer.object()
    }

    /// `PATCH /v2/webhooks/{id}` with only the fields that change.
    pub async fn update_webhook(
        &self,
        id: &str,
        patch: &WebhookPatch<'_>,
    ) -> anyhow::Result<Object<Webhook>> {
        let body = serde_json::to_value(patch)?;
        let answer = self
            .call(
                Method::PATCH,
                self.url(&["v2", "webhooks", id])?,
                Some(&body),
            )
            .await?;
        answer.object()
    }

    /// `DELETE /v2/webhooks/{id}` (204).
    pub async fn delete_webhook(&self, id: &str) -> anyhow::Result<()> {
        self.call(Method::DELETE, self.url(&["v2", "webhooks", id])?, None)
            .await?;
        Ok(())
    }

    /// `POST /v2/webhooks/{id}/test`: the store delivers one event and reports what happened.
    pub async fn test_webhook(
        &self,
        id: &str,
        event_type: Option<&str>,
    ) -> anyhow::Result<Object<TestResult>> {
        let body = match event_type {
            Some(t) => json!({ "type": t }),
            None => json!({}),
        };
        let answer = self
            .call(
                Method::POST,
                self.url(&["v2", "webhooks", id, "test"])?,
                Some(&body),
            )
            .await?;
        answer.object()
    }

    /// `POST /v2/webhooks/{id}/replay`: these events (at most [`REPLAY_BATCH`]), or with `None`
    /// everything in the dead letter queue.
    pub async fn replay(
        &self,
        id: &str,
        event_ids: Option<&[String]>,
    ) -> anyhow::Result<Object<ReplayResult>> {
        let body = match event_ids {
            Some(ids) => json!({ "event_ids": ids }),
            None => json!({}),
        };
        let answer = self
            .call(
                Method::POST,
                self.url(&["v2", "webhooks", id, "replay"])?,
                Some(&body),
            )
            .await?;
        answer.object()
    }

    /// `GET /v2/webhooks/{id}/deliveries`, every page, optionally of one status.
    pub async fn list_deliveries(
        &self,
        id: &str,
        status: Option<DeliveryStatus>,
    ) -> anyhow::Result<Vec<Object<Delivery>>> {
        let mut url = self.url(&["v2", "webhooks", id, "deliveries"])?;
        if let Some(status) = status {
            url.query_pairs_mut().append_pair("status", status.as_str());
        }
        let items = self.list_all(url, "event_id").await?;
        objects(items)
    }
}

fn objects<T: DeserializeOwned>(items: Vec<Value>) -> anyhow::Result<Vec<Object<T>>> {
    items
        .into_iter()
        .map(|v| {
            Object::from_json(v).map_err(|e| {
                Error::failure(format!("unexpected item in a list from the store: {e}")).into()
            })
        })
        .collect()
}

/// The innermost cause of a reqwest error ("Connection refused (os error 111)").
fn root_cause(e: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

fn parse_base(base: &str) -> anyhow::Result<Url> {
    let invalid = |why: String| -> anyhow::Error {
        Error::usage(format!("invalid API base URL `{base}`: {why}"))
            .hint("it looks like `https://api.cheesestore.com`; set it with `--api-base` or `CHEESE_API_BASE`")
            .into()
    };
    let mut url = Url::parse(base.trim()).map_err(|e| invalid(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "the scheme must be http or https, not {}",
            url.scheme()
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("it has no host".to_string()));
    }
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).expect("header"));
        }
        h
    }

    #[test]
    fn error_from_json_body() {
        let h = headers(&[("x-request-id", "req_1")]);
        let e = ApiError::from_answer(
            StatusCode::NOT_FOUND,
            &h,
            br#"{"error":{"type":"invalid_request_error","message":"No such webhook: wh_x","param":"id"}}"#,
            1,
        );
        assert_eq!(
            e.to_string(),
            "the store answered 404 invalid_request_error: No such webhook: wh_x (param `id`) [request id req_1]"
        );
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn error_from_a_non_json_body_is_still_clear() {
        let e = ApiError::from_answer(
            StatusCode::BAD_GATEWAY,
            &HeaderMap::new(),
            b"<html>\n  <body>upstream down</body>\n</html>",
            3,
        );
        assert_eq!(
            e.to_string(),
            "the store answered 502: bad gateway (the answer is not the API's JSON error: <html> <body>upstream down</body> </html>) [no request id; gave up after 3 attempts]"
        );
        let e = ApiError::from_answer(StatusCode::UNAUTHORIZED, &HeaderMap::new(), b"", 1);
        assert_eq!(e.message, "unauthorized (empty body)");
        assert_eq!(e.exit_code(), 4);
        assert!(e.hints()[0].contains("cheese login"));
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(retry_after(&headers(&[("retry-after", "7")])), Some(7));
        assert_eq!(
            retry_after(&headers(&[(
                "retry-after",
                "Sun, 06 Nov 1994 08:49:37 GMT"
            )])),
            Some(0)
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")])), None);
    }

    #[test]
    fn backoff_is_200_then_400_and_capped() {
        let p = RetryPolicy::default();
        assert_eq!(p.delay(1, None), Duration::from_millis(200));
        assert_eq!(p.delay(2, None), Duration::from_millis(400));
        assert_eq!(p.delay(1, Some(3)), Duration::from_secs(3));
        assert_eq!(p.delay(1, Some(3600)), Duration::from_secs(60));
    }

    #[test]
    fn urls_escape_ids_and_keep_a_base_path() {
        let c = ApiClient::new(
            "http://127.0.0.1:9/prefix/",
            Secret::new("ck_test_x"),
            &Output::plain(),
        )
        .expect("client");
        assert_eq!(
            c.url(&["v2", "webhooks", "../x?y"]).expect("url").as_str(),
            "http://127.0.0.1:9/prefix/v2/webhooks/..%2Fx%3Fy"
        );
        let c = ApiClient::new("http://127.0.0.1:9", Secret::new("k"), &Output::plain())
            .expect("client");
        assert_eq!(
            c.url(&["v2", "webhooks"]).expect("url").as_str(),
            "http://127.0.0.1:9/v2/webhooks"
        );
        assert!(!format!("{c:?}").contains("ck_test_x"));
        for bad in ["..", ".", ""] {
            assert!(c.url(&["v2", "webhooks", bad]).is_err(), "{bad:?}");
        }
        for bad in ["ftp://x", "not a url", "http://"] {
            let err = ApiClient::new(bad, Secret::new("k"), &Output::plain()).expect_err(bad);
            assert_eq!(crate::error::exit_code(&err), 2, "{bad}");
        }
    }

    #[test]
    fn snippet_is_bounded() {
        let long = "x".repeat(500);
        assert_eq!(snippet(long.as_bytes()).chars().count(), 201);
    }
}
