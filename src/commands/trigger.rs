//! `cheese trigger`: send realistic, signed sample events to a local app, exactly as the store
//! sends them (SPEC §2, §5).
//!
//! The run has three steps, kept apart so the later modes (`--retry`, `--duplicates`,
//! `--shuffle`, `--sequence`, `--count`/`--concurrency`) can slot in: [`plan`] turns the flags
//! into a list of [`Planned`] bodies (every flag check happens here, before any I/O), a send
//! loop pushes them through one pooled [`Sender`], and a [`Report`] prints each
//! [`Outcome`] as it arrives and decides the exit code at the end.
//!
//! Output: stdout has one result line per delivery (`id  type  200 OK  3 ms`; tab-separated
//! when piped) or, with `--json`, one JSON object per delivery and line. The app's response
//! body, notices and warnings go to stderr, escaped, because they are not results.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use bytes::Bytes;
use http::Uri;
use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

use crate::cli::SecretArgs;
use crate::commands::listen;
use crate::config::SecretFlags;
use crate::context::Ctx;
use crate::delivery::{self, Delivery, Outcome, SendError, Sender, DEFAULT_TARGET};
use crate::error::Error;
use crate::events;
use crate::output::Output;
use crate::sanitize;
use crate::secret::Secret;
use crate::ui;

/// Send signed sample events to your app, like the store does
///
/// Builds a fresh envelope of each TYPE (a new `evt_` id, `created_at` now, the data of
/// `cheese events sample TYPE`), signs it with the webhook secret and POSTs it with exactly the
/// headers the store sends: Content-Type, User-Agent, X-Cheese-Signature (plus Host and
/// Content-Length). The default target is `cheese listen`'s default address.
///
/// stdout gets one line per delivery (id, type, status, time; tab-separated when piped) or, with
/// `--json`, one JSON object per delivery; the app's answer is shown on stderr. Exits 1 when a
/// delivery gets no 2xx answer, as the store would count it as failed and retry it.
///
/// The secret comes from `--secret`, `--secret-file` or `--webhook`; when none is given, from
/// CHEESE_WEBHOOK_SECRET, then the profile's `webhook_secret`. With several, the first signs.
/// With none, the deliveries go out unsigned.
///
/// Examples:
///   cheese trigger order.placed
///   cheese trigger 'order.*' --to localhost:3000/webhooks --secret whsec_…
///   cheese trigger order.shipped --set data.tracking_number=1Z999AA10123456784
///   cheese trigger customer.created --data customer.json
///   cheese trigger --envelope captured.json --to 3000
///   cheese trigger cheese.low_stock --json | jq .status
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Event types to send, in this order; `order.*` and comma lists work (`cheese events` lists them)
    #[arg(value_name = "TYPE", required_unless_present = "envelope")]
    pub types: Vec<String>,

    /// Where to send: a port (`3000`), `host:port/path` or an http(s) URL [default: http://127.0.0.1:4242/]
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,

    #[command(flatten)]
    pub secrets: SecretArgs,

    /// Use the secret saved for this webhook by `cheese webhooks register`
    #[arg(long = "webhook", value_name = "ID")]
    pub webhooks: Vec<String>,

    /// Set a field of every envelope, e.g. `data.tracking_number=1Z999` (repeatable)
    ///
    /// PATH is dotted from the top of the envelope (`data.total`, `id`); missing objects are
    /// created. VALUE is JSON when it parses (`3`, `true`, `{"a":1}`), otherwise a string.
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,

    /// Replace the `data` of every envelope with the JSON in FILE (`-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "envelope")]
    pub data: Option<PathBuf>,

    /// Send the exact bytes of FILE as the body, only signed (no new id, no changes)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["types", "set"])]
    pub envelope: Option<PathBuf>,

    /// Give up waiting for an answer after this long (the store waits 10 s)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_timeout)]
    pub timeout: Duration,
}

/// One body to send, with what the report shows about it.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The envelope's `id`, when the body is a JSON object with one.
    pub id: Option<String>,
    /// The envelope's `type`, likewise.
    pub event_type: Option<String>,
    pub body: Bytes,
}

impl Planned {
    /// Reads `id` and `type` from the body, when it is an envelope.
    pub fn new(body: impl Into<Bytes>) -> Self {
        let body = body.into();
        let envelope = serde_json::from_slice::<Value>(&body).ok();
        let field = |name: &str| {
            envelope
                .as_ref()
                .and_then(|v| v.get(name))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        Planned {
            id: field("id"),
            event_type: field("type"),
            body,
        }
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let (url, default_target) = match &args.to {
        Some(to) => (delivery::parse_target(to, "--to")?, false),
        None => (delivery::parse_target(DEFAULT_TARGET, "--to")?, true),
    };
    let planned = plan(&args, OffsetDateTime::now_utc())?;
    let secret = pick_secret(ctx, &args)?;
    let sender = Sender::new(args.timeout)?;

    announce(&ctx.out, &planned, &url, secret.as_ref());
    let mut report = Report::new(&ctx.out, &url, &planned);
    for (i, item) in planned.iter().enumerate() {
        let outcome = sender
            .send(
                &url,
                &Delivery::new(item.body.clone(), secret.as_ref().map(|(s, _)| s)),
            )
            .await;
        ctx.out.debug(&format!(
            "POST {url} ({} bytes, {}) → {} in {} ms",
            item.body.len(),
            if secret.is_some() {
                "signed"
            } else {
                "unsigned"
            },
            outcome.result_text(),
            outcome.duration_ms()
        ));
        report.delivery(item, &outcome)?;
        // With no connection to the target, every other delivery would fail the same way.
        if outcome.error.as_ref().is_some_and(SendError::is_connect) {
            let left = planned.len() - i - 1;
            if left > 0 {
                ctx.out.status(&format!(
                    "not sending the other {left} event{}",
                    plural(left)
                ));
            }
            break;
        }
    }
    report.finish(default_target)
}

/// The bodies to send, in order. Every flag is checked here, before anything is sent.
fn plan(args: &Args, now: OffsetDateTime) -> anyhow::Result<Vec<Planned>> {
    if let Some(path) = &args.envelope {
        return Ok(vec![Planned::new(read_input(path, "--envelope")?)]);
    }
    let mut names: Vec<&'static str> = Vec::new();
    for entry in &args.types {
        names.extend(events::expand_patterns(&[entry]).map_err(Error::from)?);
    }
    if names.is_empty() {
        return Err(Error::usage("no event type given")
            .hint(
                "name one or more, e.g. `cheese trigger order.placed`; `cheese events` lists them",
            )
            .into());
    }
    let data = match &args.data {
        Some(path) => Some(read_json(path)?),
        None => None,
    };
    let mut planned = Vec::with_capacity(names.len());
    for name in names {
        let Some(event_type) = events::find(name) else {
            continue; // expand_patterns only returns catalog names
        };
        let data = data.clone().unwrap_or_else(|| event_type.sample_data());
        let mut text = events::render_envelope(
            &events::new_event_id(),
            event_type.name,
            &events::format_created_at(now),
            data,
        );
        for assignment in &args.set {
            text = events::set_path(&text, assignment).map_err(Error::from)?;
        }
        planned.push(Planned::new(text));
    }
    Ok(planned)
}

/// The bytes of FILE, or of standard input for `-`.
fn read_input(path: &Path, flag: &str) -> anyhow::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .with_context(|| format!("reading `{flag}` from standard input"))?;
        return Ok(bytes);
    }
    std::fs::read(path).with_context(|| format!("`{flag}`: reading {}", path.display()))
}

/// The JSON value in a `--data` file.
fn read_json(path: &Path) -> anyhow::Result<Value> {
    let bytes = read_input(path, "--data")?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::usage(format!(
            "`--data`: {} is not valid JSON: {e}",
            path.display()
        ))
        .hint("`--data` takes the JSON of the envelope's `data` object, e.g. {\"order_id\": \"ord_1\"}")
        .into()
    })
}

/// The secret to sign with and its label: the first one configured, or none (unsigned).
fn pick_secret(ctx: &Ctx, args: &Args) -> anyhow::Result<Option<(Secret, String)>> {
    let flags = SecretFlags {
        secrets: &args.secrets.secrets,
        files: &args.secrets.secret_files,
        webhooks: &args.webhooks,
    };
    let secrets = ctx.secrets(&flags)?;
    let Some(first) = secrets.first() else {
        ctx.out.warn(
            "no webhook secret: sending unsigned deliveries (no X-Cheese-Signature header); \
             pass `--secret` or set `CHEESE_WEBHOOK_SECRET` to sign them",
        );
        return Ok(None);
    };
    if secrets.len() > 1 {
        ctx.out.status(&format!(
            "{} secrets given; signing with the first ({}), as the store signs with one",
            secrets.len(),
            first.label
        ));
    }
    Ok(Some((first.secret.clone(), first.label.clone())))
}

/// The line on stderr before anything is sent.
fn announce(out: &Output, planned: &[Planned], url: &Uri, secret: Option<&(Secret, String)>) {
    let what = match planned {
        [one] => one
            .event_type
            .as_deref()
            .map_or_else(|| "1 delivery".to_owned(), sanitize::escape),
        many => format!("{} events", many.len()),
    };
    let how = match secret {
        Some((_, label)) => format!("signed with {label}"),
        None => "unsigned".to_owned(),
    };
    out.status(&format!("sending {what} to {url} ({how})"));
}

/// `--json`: one object per delivery and line.
#[derive(Debug, Serialize)]
struct DeliveryJson<'a> {
    id: Option<&'a str>,
    #[serde(rename = "type")]
    event_type: Option<&'a str>,
    url: String,
    status: Option<u16>,
    duration_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// The response body shown on stderr is cut after this many characters.
const SHOWN_BODY_CHARS: usize = 300;

/// Prints each outcome as it comes and remembers what the exit code needs.
struct Report<'a> {
    out: &'a Output,
    url: &'a Uri,
    id_width: usize,
    type_width: usize,
    sent: usize,
    failed: usize,
    /// The first failure, for the error message.
    first_failure: Option<(Planned, Outcome)>,
    timed_out: bool,
    non_2xx: bool,
    total: usize,
}

impl<'a> Report<'a> {
    fn new(out: &'a Output, url: &'a Uri, planned: &[Planned]) -> Self {
        let width = |f: fn(&Planned) -> usize| planned.iter().map(f).max().unwrap_or(1);
        Report {
            out,
            url,
            id_width: width(|p| {
                p.id.as_deref()
                    .map_or(1, |s| sanitize::escape(s).chars().count())
            }),
            type_width: width(|p| {
                p.event_type
                    .as_deref()
                    .map_or(1, |s| sanitize::escape(s).chars().count())
            }),
            sent: 0,
            failed: 0,
            first_failure: None,
            timed_out: false,
            non_2xx: false,
            total: planned.len(),
        }
    }

    fn delivery(&mut self, item: &Planned, outcome: &Outcome) -> anyhow::Result<()> {
        self.sent += 1;
        if !outcome.is_success() {
            self.failed += 1;
            self.timed_out |= matches!(outcome.error, Some(SendError::Timeout(_)));
            self.non_2xx |= outcome.status.is_some();
            if self.first_failure.is_none() {
                self.first_failure = Some((item.clone(), outcome.clone()));
            }
        }
        if self.out.is_json() {
            return Ok(self.out.json_line(&DeliveryJson {
                id: item.id.as_deref(),
                event_type: item.event_type.as_deref(),
                url: self.url.to_string(),
                status: outcome.status.map(|s| s.as_u16()),
                duration_ms: outcome.duration_ms(),
                response_body: outcome
                    .status
                    .map(|_| String::from_utf8_lossy(&outcome.body).into_owned()),
                error: outcome.error.as_ref().map(ToString::to_string),
            })?);
        }
        self.out.data(&self.line(item, outcome))?;
        if !outcome.body.is_empty() {
            self.out.status(&format!(
                "  {} {}",
                ui::dim("response:", self.out.stderr_color()),
                shown_body(outcome)
            ));
        }
        Ok(())
    }

    /// `evt_…  order.placed  200 OK  3 ms`, or tab-separated when stdout is not a terminal.
    fn line(&self, item: &Planned, outcome: &Outcome) -> String {
        let id = item
            .id
            .as_deref()
            .map_or_else(|| "-".to_owned(), sanitize::escape);
        let event_type = item
            .event_type
            .as_deref()
            .map_or_else(|| "-".to_owned(), sanitize::escape);
        let result = outcome.result_text();
        let took = outcome.took();
        if !self.out.stdout_is_tty() {
            return format!("{id}\t{event_type}\t{result}\t{took}");
        }
        let color = self.out.stdout_color();
        let id_pad = " ".repeat(self.id_width.saturating_sub(id.chars().count()));
        let type_pad = " ".repeat(self.type_width.saturating_sub(event_type.chars().count()));
        let painted = if outcome.is_success() {
            ui::good(&result, color)
        } else {
            ui::bad(&result, color)
        };
        format!(
            "{}{id_pad}  {}{type_pad}  {painted}  {}",
            ui::dim(&id, color),
            ui::key(&event_type, color),
            ui::dim(&took, color)
        )
    }

    /// Ok when every delivery got a 2xx; otherwise the error that says what went wrong.
    fn finish(self, default_target: bool) -> anyhow::Result<()> {
        let Some((item, outcome)) = &self.first_failure else {
            if self.sent > 1 {
                self.out
                    .status(&format!("all {} deliveries answered 2xx", self.sent));
            }
            return Ok(());
        };
        let url = self.url;
        if let Some(err) = outcome.error.as_ref().filter(|e| e.is_connect()) {
            // `Connect` says "could not connect: …" itself; the message already does.
            let why = match err {
                SendError::Connect(why) => why.clone(),
                other => other.to_string(),
            };
            let mut error = Error::failure(format!("could not connect to {url}: {why}"));
            error = if matches!(err, SendError::Refused) && default_target {
                error
                    .hint("is `cheese listen` running? start it with `cheese listen`")
                    .hint("or send to your app directly with `--to`, e.g. `--to localhost:3000/webhooks`")
            } else if matches!(err, SendError::Refused) {
                error.hint(format!(
                    "is your app running and listening on {}?",
                    url.authority().map_or("that address", |a| a.as_str())
                ))
            } else {
                error.hint("check the host and port given to `--to`")
            };
            return Err(error.into());
        }
        let what = match &item.event_type {
            Some(t) => format!("the {} delivery", sanitize::escape(t)),
            None => "the delivery".to_owned(),
        };
        let why = match (&outcome.error, outcome.status) {
            (None, Some(status)) => {
                let who = if outcome.headers.contains_key(listen::LISTEN_HEADER) {
                    "`cheese listen`"
                } else {
                    "the app"
                };
                format!("{who} answered {}", delivery::status_text(status))
            }
            _ => outcome.result_text(),
        };
        let message = if self.total == 1 {
            format!("{what} failed: {why}")
        } else {
            format!(
                "{} of {} deliveries failed; the first, {what}: {why}",
                self.failed, self.total
            )
        };
        let mut error = Error::failure(message);
        if let Some(hint) = listen_hint(outcome) {
            error = error.hint(hint);
        }
        if self.non_2xx {
            error = error.hint(
                "the store counts any answer but 2xx as a failure and retries it (after 1 min, \
                 5 min, 30 min, 2 h, 12 h)",
            );
        }
        if self.timed_out {
            error = error
                .hint("the store waits 10 s: answer 2xx at once and do slow work after answering");
        }
        Err(error.into())
    }
}

/// When `cheese listen` answered itself (its `X-Cheese-Listen` header), what to do about it.
fn listen_hint(outcome: &Outcome) -> Option<&'static str> {
    let by_listen = outcome.headers.get(listen::LISTEN_HEADER)?.to_str().ok()?;
    Some(match by_listen {
        "bad-signature" => {
            "`cheese listen` refused the signature: give `trigger` the secret `listen` checks \
             (the same `--secret`, or `CHEESE_WEBHOOK_SECRET` for both)"
        }
        "missing-signature" => {
            "`cheese listen` wants a signature: give `trigger` the secret `listen` checks \
             (`--secret`, or `CHEESE_WEBHOOK_SECRET` for both)"
        }
        "unreachable" => {
            "`cheese listen` could not reach your app: is it running where `--forward` points?"
        }
        "timeout" => {
            "your app did not answer `cheese listen` in time (its `--timeout`, 10 s by default)"
        }
        _ => return None,
    })
}

/// The start of the response body on one line, escaped.
fn shown_body(outcome: &Outcome) -> String {
    // Most bodies end with a newline; it says nothing.
    let body = outcome.body.strip_suffix(b"\n").unwrap_or(&outcome.body);
    let body = body.strip_suffix(b"\r").unwrap_or(body);
    let text = sanitize::escape_bytes(body, false);
    let mut shown: String = text.chars().take(SHOWN_BODY_CHARS).collect();
    if shown.len() < text.len() || outcome.body_truncated {
        shown.push('…');
    }
    shown
}

/// `--timeout`: a humantime duration above zero (`10s`, `500ms`).
fn parse_timeout(text: &str) -> Result<Duration, String> {
    match humantime::parse_duration(text.trim()) {
        Ok(d) if d.is_zero() => Err("must be more than zero".to_owned()),
        Ok(d) => Ok(d),
        Err(e) => Err(format!("{e} (try `10s` or `500ms`)")),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser as _;
    use time::macros::datetime;

    fn args(argv: &[&str]) -> Args {
        let cli = crate::cli::Cli::try_parse_from(
            std::iter::once("cheese")
                .chain(std::iter::once("trigger"))
                .chain(argv.iter().copied()),
        )
        .expect("parse");
        match cli.command {
            crate::cli::Command::Trigger(a) => a,
            other => panic!("not trigger: {other:?}"),
        }
    }

    const NOW: OffsetDateTime = datetime!(2024-05-01 10:00:00 UTC);

    #[test]
    fn plan_keeps_the_order_given_and_expands_patterns() {
        let p = plan(&args(&["order.shipped", "cheese.low_stock,webhook.*"]), NOW).expect("plan");
        let types: Vec<_> = p.iter().filter_map(|p| p.event_type.as_deref()).collect();
        assert_eq!(types, ["order.shipped", "cheese.low_stock", "webhook.test"]);
        for item in &p {
            let v: Value = serde_json::from_slice(&item.body).expect("json");
            assert_eq!(v["created_at"], "2024-05-01T10:00:00Z");
            assert!(item
                .id
                .as_deref()
                .is_some_and(|id| id.starts_with("evt_") && id.len() == 28));
        }
        assert_ne!(p[0].id, p[1].id);
    }

    #[test]
    fn plan_applies_set_after_the_sample() {
        let p = plan(
            &args(&[
                "order.shipped",
                "--set",
                "data.tracking_number=XYZ",
                "--set",
                "data.n=3",
            ]),
            NOW,
        )
        .expect("plan");
        let v: Value = serde_json::from_slice(&p[0].body).expect("json");
        assert_eq!(v["data"]["tracking_number"], "XYZ");
        assert_eq!(v["data"]["n"], 3);
        assert_eq!(v["data"]["carrier"], "CheeseExpress");
    }

    #[test]
    fn plan_refuses_unknown_types_and_bad_sets() {
        let e = plan(&args(&["order.shiped"]), NOW).expect_err("unknown");
        assert_eq!(crate::error::exit_code(&e), 2);
        assert_eq!(
            crate::error::hints(&e).first().map(String::as_str),
            Some("did you mean `order.shipped`?")
        );
        let e = plan(&args(&["order.placed", "--set", "nope"]), NOW).expect_err("bad set");
        assert_eq!(crate::error::exit_code(&e), 2);
    }

    #[test]
    fn envelope_conflicts_with_types_and_set() {
        for argv in [
            &["order.placed", "--envelope", "x.json"][..],
            &["--envelope", "x.json", "--set", "a=b"][..],
            &["--envelope", "x.json", "--data", "d.json"][..],
        ] {
            let cli = crate::cli::Cli::try_parse_from(
                ["cheese", "trigger"]
                    .iter()
                    .copied()
                    .chain(argv.iter().copied()),
            );
            assert!(cli.is_err(), "{argv:?}");
        }
        assert!(crate::cli::Cli::try_parse_from(["cheese", "trigger"]).is_err());
        assert!(
            crate::cli::Cli::try_parse_from(["cheese", "trigger", "x", "--timeout", "0s"]).is_err()
        );
        assert_eq!(parse_timeout("500ms"), Ok(Duration::from_millis(500)));
    }

    #[test]
    fn planned_reads_id_and_type_when_it_can() {
        let p = Planned::new(&b"{\"id\":\"evt_1\",\"type\":\"order.placed\"}"[..]);
        assert_eq!(p.id.as_deref(), Some("evt_1"));
        assert_eq!(p.event_type.as_deref(), Some("order.placed"));
        let p = Planned::new(&b"not json"[..]);
        assert_eq!((p.id, p.event_type), (None, None));
    }
}
