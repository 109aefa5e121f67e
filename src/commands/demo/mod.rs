//! `cheese demo`: the whole flow on this machine, with nothing to set up (SPEC §5).
//!
//! In one process, on ephemeral loopback ports: a sample app ([`app`]) that verifies
//! `X-Cheese-Signature` itself, `listen` (its library API, [`listen::start`]) forwarding to it,
//! and the store's part, played with [`crate::delivery`]: a realistic sequence of fresh, signed
//! envelopes sent over real HTTP. The app fails the first `order.shipped` once with a 500, and
//! the demo retries it like the store does, its 1 min wait compressed to 1 s.
//!
//! Output: `listen`'s delivery blocks (or `--json` records) on stdout as `cheese listen` prints
//! them, then the demo's result; the narration (`store: …`, `app: …`) on stderr, so stdout stays
//! what `listen` would print and `--json` stays pure JSON lines.

mod app;

use std::time::{Duration, Instant};

use serde::Serialize;
use time::OffsetDateTime;

use crate::commands::listen::{self, Summary, Target};
use crate::context::Ctx;
use crate::delivery::{self, Delivery, Outcome, Sender};
use crate::error::Error;
use crate::events;
use crate::output::Output;
use crate::secret::Secret;
use crate::signature::NamedSecret;
use crate::ui;

use app::{AppStats, SampleApp};

/// Try the whole flow on this machine: listen, a sample app and a realistic sequence
///
/// Starts `cheese listen` on a free port, forwarding to a small sample app that verifies
/// X-Cheese-Signature itself, then sends a realistic sequence of signed events over loopback
/// HTTP, the way the store does: a customer signs up, orders, the order is confirmed, stock
/// runs low, the order ships and arrives. The app fails the first order.shipped once with a
/// 500, and the demo retries it like the store would (its 1 min wait shortened to 1 s).
///
/// Nothing to set up, nothing leaves this machine, and it stops by itself after about two
/// seconds. stdout shows what `cheese listen` prints (with `--json`, its JSON records); stderr
/// narrates the store's and the app's side.
///
/// Examples:
///   cheese demo
///   cheese demo --json | jq -c 'select(.kind == "delivery") | .answered'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

/// The demo's webhook secret: shared by the store's part, `listen` and the app.
pub const DEMO_SECRET: &str = "whsec_demo_2f7c9a4e8b1d6035";

/// The sequence: one customer's story, as the store would send it.
pub const SEQUENCE: [&str; 6] = [
    "customer.created",
    "order.placed",
    "order.confirmed",
    "cheese.low_stock",
    "order.shipped",
    "order.delivered",
];

/// The type whose first delivery the app fails once.
const FAILS_ONCE: &str = "order.shipped";

/// The store waits 1 min before the second attempt; the demo waits this long instead.
const RETRY_WAIT: Duration = Duration::from_secs(1);

/// Attempts per event before the demo gives up (the store makes 6, over about 15 hours).
const MAX_ATTEMPTS: u32 = 2;

/// The demo's last `--json` record.
#[derive(Debug, Serialize)]
struct DemoJson<'a> {
    kind: &'static str,
    events: usize,
    deliveries: u32,
    retried: u32,
    app: &'a AppStats,
    elapsed_ms: u64,
}

/// `listen`'s summary as a `--json` record, as `cheese listen` writes it.
#[derive(Debug, Serialize)]
struct SummaryJson<'a> {
    kind: &'static str,
    #[serde(flatten)]
    summary: &'a Summary,
}

pub async fn run(ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    let out = &ctx.out;
    let started = Instant::now();
    let secret = NamedSecret::new("the demo secret", Secret::new(DEMO_SECRET));
    let sample_app = SampleApp::start(secret.clone(), Some(FAILS_ONCE), out.clone()).await?;
    let options = listen::Options {
        host: "127.0.0.1".into(),
        port: 0,
        forward: Some(Target::parse(&sample_app.base_url())?),
        secrets: vec![secret.clone()],
        ..listen::Options::default()
    };
    let handle = listen::start(options, out.clone()).await?;
    say(
        out,
        &format!(
            "a sample app listens on {}; it verifies X-Cheese-Signature with {DEMO_SECRET}",
            sample_app.url()
        ),
    );
    say(
        out,
        &format!(
            "cheese listen runs on {}, forwarding to the app, checking signatures with the same secret",
            handle.url()
        ),
    );
    // The store posts to the registered URL's path; `listen` appends it to the app's base URL.
    let to = delivery::parse_target(&format!("{}{}", handle.url(), app::PATH), "--to")?;
    say(
        out,
        &format!(
            "playing the store: {} events to {to}, signed, with the store's headers",
            SEQUENCE.len()
        ),
    );

    let sender = Sender::new(delivery::DEFAULT_TIMEOUT)?;
    let store = Store {
        out,
        sender: &sender,
        url: &to,
        secret: &secret.secret,
    };
    let mut tally = Tally::default();
    let mut sent = Ok(());
    for name in SEQUENCE {
        // `cheese demo | head`: the reader left, so `listen` stopped; end quietly (exit 0).
        if handle.output_closed() {
            let _ = handle.finish().await;
            sample_app.stop().await;
            return Ok(());
        }
        match store.deliver(name).await {
            Ok(attempts) => {
                tally.deliveries += attempts;
                tally.retried += u32::from(attempts > 1);
            }
            Err(e) => {
                sent = Err(e);
                break;
            }
        }
    }

    // Stop both servers whatever happened, then report.
    let summary = handle.finish().await;
    let stats = sample_app.stats();
    sample_app.stop().await;
    out.status(summary.render(out.stderr_color()).trim_end());
    sent?;
    finish(out, &summary, &stats, &tally, started.elapsed())
}

/// Deliveries made by the store's part.
#[derive(Debug, Default)]
struct Tally {
    deliveries: u32,
    retried: u32,
}

/// Prints the demo's result: `listen`'s summary record and the demo's own with `--json`.
fn finish(
    out: &Output,
    summary: &Summary,
    stats: &AppStats,
    tally: &Tally,
    elapsed: Duration,
) -> anyhow::Result<()> {
    let Tally {
        deliveries,
        retried,
    } = *tally;
    if out.is_json() {
        out.json_line(&SummaryJson {
            kind: "summary",
            summary,
        })?;
        out.json_line(&DemoJson {
            kind: "demo",
            events: SEQUENCE.len(),
            deliveries,
            retried,
            app: stats,
            elapsed_ms: u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX),
        })?;
    } else {
        let color = out.stdout_color();
        out.data(&format!(
            "{} {} events in {deliveries} deliveries ({retried} retried) in {:.1} s: \
             {} signatures verified by the app, {} events handled",
            ui::good("demo complete:", color),
            SEQUENCE.len(),
            elapsed.as_secs_f64(),
            stats.verified,
            stats.handled
        ))?;
    }
    say(
        out,
        "next: run `cheese listen --forward localhost:3000/webhooks` next to your app, then \
         `cheese trigger order.placed` (`cheese events` lists every type)",
    );
    Ok(())
}

/// A `demo:` line on stderr.
fn say(out: &Output, line: &str) {
    out.status(&format!("{} {line}", ui::bold("demo:", out.stderr_color())));
}

/// The store's part: fresh envelopes, signed, sent, retried once on failure.
struct Store<'a> {
    out: &'a Output,
    sender: &'a Sender,
    url: &'a http::Uri,
    secret: &'a Secret,
}

impl Store<'_> {
    /// Delivers one fresh event of type `name`; returns how many attempts it took.
    async fn deliver(&self, name: &str) -> anyhow::Result<u32> {
        let body = events::fresh_envelope(name, OffsetDateTime::now_utc())
            .ok_or_else(|| Error::failure(format!("unknown event type `{name}`")))?;
        let id = serde_json::from_str::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v["id"].as_str().map(str::to_owned))
            .unwrap_or_default();
        // Every attempt sends the same bytes and signature, as the store's retries do.
        let delivery = Delivery::new(body, Some(self.secret));
        let mut attempt = 1;
        loop {
            let outcome = self.sender.send(self.url, &delivery).await;
            self.report(name, &id, attempt, &outcome);
            if outcome.is_success() {
                return Ok(attempt);
            }
            if attempt >= MAX_ATTEMPTS {
                return Err(Error::failure(format!(
                    "the demo's {name} delivery failed {attempt} times: {}",
                    outcome.result_text()
                ))
                .into());
            }
            self.store_says(&format!(
                "retrying in {} s (the store would wait 1 min)",
                RETRY_WAIT.as_secs()
            ));
            tokio::time::sleep(RETRY_WAIT).await;
            attempt += 1;
        }
    }

    fn report(&self, name: &str, id: &str, attempt: u32, outcome: &Outcome) {
        let color = self.out.stderr_color();
        let result = outcome.result_text();
        let result = if outcome.is_success() {
            ui::good(&result, color)
        } else {
            ui::bad(&result, color)
        };
        let nth = if attempt > 1 {
            format!(", attempt {attempt}")
        } else {
            String::new()
        };
        self.store_says(&format!(
            "delivered {name} ({id}{nth}): {result} in {}",
            outcome.took()
        ));
    }

    fn store_says(&self, line: &str) {
        let prefix = ui::key("store:", self.out.stderr_color());
        self.out.status(&format!("{prefix} {line}"));
    }
}
