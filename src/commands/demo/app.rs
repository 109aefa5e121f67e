//! The demo's sample app: what a webhook receiver should do, in a few lines, on 127.0.0.1:0.
//!
//! It reads the raw body, verifies `X-Cheese-Signature` over those exact bytes with
//! [`crate::signature`] before parsing anything (401 when it does not verify), then "handles"
//! the event and answers 200. To show the store's retries, it fails the first delivery of one
//! event type once with a 500. Each step is one `app: …` line on stderr, so the demo reads like
//! an app's log next to `listen`'s output.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::{JoinHandle, JoinSet};

use crate::output::Output;
use crate::sanitize;
use crate::signature::{self, NamedSecret};
use crate::ui;

/// The path the app receives webhooks on.
pub const PATH: &str = "/webhooks";

/// The app refuses bodies larger than this (a real app should have a limit too).
const MAX_BODY: usize = 1024 * 1024;

/// What the app did, for the demo's summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct AppStats {
    /// Deliveries whose signature verified.
    pub verified: u64,
    /// Deliveries refused with 401.
    pub rejected: u64,
    /// Events handled (answered 200).
    pub handled: u64,
    /// Deliveries failed on purpose (answered 500).
    pub failed: u64,
}

struct State {
    secrets: Vec<NamedSecret>,
    fail_once: Option<String>,
    out: Output,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    stats: AppStats,
    /// Attempts seen per event id.
    attempts: HashMap<String, u32>,
    failed_already: bool,
}

/// A running sample app; [`SampleApp::stop`] (or Drop) ends it.
pub struct SampleApp {
    pub addr: SocketAddr,
    state: Arc<State>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl SampleApp {
    /// Binds 127.0.0.1:0 and serves until stopped. `fail_once`: the event type whose first
    /// delivery gets a 500.
    ///
    /// # Errors
    ///
    /// The loopback port could not be bound.
    pub async fn start(
        secret: NamedSecret,
        fail_once: Option<&str>,
        out: Output,
    ) -> anyhow::Result<SampleApp> {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .context("starting the sample app on 127.0.0.1")?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State {
            secrets: vec![secret],
            fail_once: fail_once.map(str::to_owned),
            out,
            inner: Mutex::new(Inner::default()),
        });
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(serve(listener, Arc::clone(&state), stopped));
        Ok(SampleApp {
            addr,
            state,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://127.0.0.1:PORT/webhooks`.
    pub fn url(&self) -> String {
        format!("http://{}{PATH}", self.addr)
    }

    /// What the app did so far.
    pub fn stats(&self) -> AppStats {
        self.state
            .inner
            .lock()
            .map(|i| i.stats.clone())
            .unwrap_or_default()
    }

    /// Stops accepting and drops the open connections.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for SampleApp {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

async fn serve(listener: TcpListener, state: Arc<State>, mut stopped: oneshot::Receiver<()>) {
    // Dropping the set when serving stops aborts every open connection.
    let mut connections = JoinSet::new();
    loop {
        let stream = tokio::select! {
            _ = &mut stopped => return,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        let state = Arc::clone(&state);
        connections.spawn(async move {
            let service = service_fn(move |req| {
                let state = Arc::clone(&state);
                async move { Ok::<_, Infallible>(handle(&state, req).await) }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
        while connections.try_join_next().is_some() {}
    }
}

fn answer(status: StatusCode, body: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(body.as_bytes())));
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

/// What the app does with one request.
async fn handle(state: &State, req: Request<Incoming>) -> Response<Full<Bytes>> {
    if req.method() != http::Method::POST || req.uri().path() != PATH {
        return answer(StatusCode::NOT_FOUND, "{\"error\":\"not found\"}");
    }
    let (parts, body) = req.into_parts();
    // 1. The raw bytes, exactly as received: the signature covers them, not a re-serialization.
    let Ok(body) = Limited::new(body, MAX_BODY).collect().await else {
        state.say("could not read a delivery's body; answered 400");
        return answer(StatusCode::BAD_REQUEST, "{\"error\":\"unreadable body\"}");
    };
    let body = body.to_bytes();
    // 2. Verify before trusting anything in the body.
    let values: Vec<&[u8]> = parts
        .headers
        .get_all(signature::HEADER)
        .iter()
        .map(http::HeaderValue::as_bytes)
        .collect();
    let check = signature::verify(&values, &body, &state.secrets);
    if !check.is_valid() {
        state.count(|s| s.rejected += 1);
        state.say(&format!(
            "rejected a delivery: signature {}; answered 401",
            check.verdict
        ));
        return answer(StatusCode::UNAUTHORIZED, "{\"error\":\"bad signature\"}");
    }
    // 3. Only now parse it.
    let envelope: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let field = |name: &str| {
        envelope
            .get(name)
            .and_then(Value::as_str)
            .map_or_else(|| "?".to_owned(), sanitize::escape)
    };
    let (id, kind) = (field("id"), field("type"));
    let (attempt, fail) = {
        let Ok(mut inner) = state.inner.lock() else {
            return answer(StatusCode::INTERNAL_SERVER_ERROR, "{\"error\":\"busy\"}");
        };
        inner.stats.verified += 1;
        let attempt = {
            let n = inner.attempts.entry(id.clone()).or_insert(0);
            *n += 1;
            *n
        };
        let fail = !inner.failed_already && state.fail_once.as_deref() == Some(kind.as_str());
        if fail {
            inner.failed_already = true;
            inner.stats.failed += 1;
        } else {
            inner.stats.handled += 1;
        }
        (attempt, fail)
    };
    let nth = if attempt > 1 {
        format!(", attempt {attempt}")
    } else {
        String::new()
    };
    if fail {
        state.say(&format!(
            "verified signature, but {kind} failed ({id}): answered 500 on purpose"
        ));
        return answer(
            StatusCode::INTERNAL_SERVER_ERROR,
            "{\"error\":\"the warehouse system is down (demo: fails once)\"}",
        );
    }
    state.say(&format!("verified signature, handled {kind} ({id}{nth})"));
    answer(StatusCode::OK, "{\"received\":true}")
}

impl State {
    fn say(&self, line: &str) {
        let prefix = ui::accent("app:", self.out.stderr_color());
        self.out.status(&format!("{prefix} {line}"));
    }

    fn count(&self, f: impl FnOnce(&mut AppStats)) {
        if let Ok(mut inner) = self.inner.lock() {
            f(&mut inner.stats);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::delivery::{Delivery, Sender};
    use crate::secret::Secret;

    #[tokio::test]
    async fn verifies_fails_once_and_rejects_bad_signatures() {
        let secret = Secret::new("whsec_demo_test");
        let app = SampleApp::start(
            NamedSecret::new("demo", secret.clone()),
            Some("order.shipped"),
            Output::plain(),
        )
        .await
        .expect("start");
        let url = crate::delivery::parse_target(&app.url(), "--to").expect("url");
        let sender = Sender::new(std::time::Duration::from_secs(5)).expect("sender");
        let shipped = crate::events::sample_envelope("order.shipped").expect("sample");
        let signed = Delivery::new(shipped.clone(), Some(&secret));
        let first = sender.send(&url, &signed).await;
        assert_eq!(first.status, Some(StatusCode::INTERNAL_SERVER_ERROR));
        let second = sender.send(&url, &signed).await;
        assert_eq!(second.status, Some(StatusCode::OK));
        let forged = Delivery::new(shipped, Some(&Secret::new("whsec_wrong")));
        let third = sender.send(&url, &forged).await;
        assert_eq!(third.status, Some(StatusCode::UNAUTHORIZED));
        assert_eq!(
            app.stats(),
            AppStats {
                verified: 2,
                rejected: 1,
                handled: 1,
                failed: 1
            }
        );
        app.stop().await;
    }
}
