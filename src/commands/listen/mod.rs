//! `cheese listen`: receive deliveries, verify them, show them, and forward the exact bytes to
//! the developer's app, relaying the app's answer to the sender (SPEC §4, §8).
//!
//! - [`Args`] are the flags; [`Options`] the resolved settings (secrets read, target parsed).
//! - [`start`] runs a listener in-process and returns a [`Handle`] (bound address, stop,
//!   `finish() -> Summary`): `run` uses it, and so can `cheese demo`.
//! - `server` does the per-delivery work (size limit → verification → `--events` → forward),
//!   `verify` the signature, `forward` the byte-exact forwarding, `display` the blocks and
//!   `--json` records, `stats` the summary, `envelope` duplicates and ordering, `target` the
//!   URL forms and the path joining table.
//!
//! `--webhook` adds saved secrets through [`crate::config::SecretFlags`]; `--register-url`
//! wraps `start`/`finish` in `run` with a temporary webhook that is always deleted. Room is
//! left for the journal, `--dedupe` and `--max-age` (more steps in `server`, with the
//! `duplicate` tag already reserved).

mod display;
mod envelope;
mod forward;
mod server;
mod stats;
pub mod target;
mod verify;

use std::path::PathBuf;
use std::time::Duration;

use http::header::{self, HeaderName};
use http::HeaderValue;

use crate::cli::SecretArgs;
use crate::commands::webhooks::SessionWebhook;
use crate::config::SecretFlags;
use crate::context::Ctx;
use crate::error::Error;
use crate::secret::Secret;
use crate::signature::NamedSecret;

pub use server::{start, Handle, LISTEN_HEADER};
pub use stats::{Latency, Summary, Verdicts};
pub use target::Target;

/// Receive deliveries, verify them and forward them to your app
///
/// Listens for Cheese Store deliveries (by default on http://127.0.0.1:4242), checks every
/// X-Cheese-Signature, shows each envelope, and with --forward sends the exact bytes to your
/// app, relaying its status, headers and body to the sender. Without --forward, every
/// delivery is answered 200 by cheese itself (inspect mode).
///
/// Order per delivery: size limit (413) → signature (401) → --events filter → forward.
/// cheese's own answers carry an X-Cheese-Listen header: bad-signature or missing-signature
/// (401), too-large (413), busy (503), unreachable (502), timeout (504), filtered or
/// inspect (200).
///
/// The secret comes from --secret (repeat it during a rotation) or --secret-file; when none
/// is given, from CHEESE_WEBHOOK_SECRET, then the profile's webhook_secret. Without any,
/// signatures are not checked.
///
/// Stop with Ctrl-C (or SIGTERM, --max-events, --duration): in-flight deliveries finish and a
/// summary is printed on stderr.
///
/// Examples:
///   cheese listen --forward localhost:3000/webhooks --secret whsec_…
///   cheese listen --forward 3000 --events 'order.*,cheese.low_stock'
///   cheese listen --port 0 --json --max-events 5 --fail-on-error --forward 3000
///   cheese listen --forward https://localhost:8443 --cacert dev-ca.pem
///   cheese listen --forward 3000 -H 'Authorization: Bearer dev-token'
///   cheese listen --forward 3000 --webhook wh_123   # secret saved by register
///   cheese listen --forward 3000 --register-url https://tunnel.example/hooks
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Forward deliveries to your app: `3000`, `localhost:3000/webhooks` or a URL
    ///
    /// The incoming path and query are appended to the target's: with `--forward
    /// localhost:3000/api`, a delivery to `/webhooks` goes to `/api/webhooks`.
    #[arg(short, long, value_name = "URL")]
    pub forward: Option<String>,

    /// Port to listen on; 0 picks a free one (the ready line says which)
    #[arg(short, long, default_value_t = 4242)]
    pub port: u16,

    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub host: String,

    #[command(flatten)]
    pub secrets: SecretArgs,

    /// Verify with the secret saved by `cheese webhooks register` for this webhook (repeatable)
    #[arg(long = "webhook", value_name = "WH_ID")]
    pub webhooks: Vec<String>,

    /// Register a temporary webhook for this session at your tunnel's public URL
    ///
    /// The webhook is created through the API for the `--events` types (all types by default),
    /// its secret verifies the deliveries, and it is deleted when listen stops (also on Ctrl-C
    /// and SIGTERM). Needs an API key.
    #[arg(long, value_name = "URL")]
    pub register_url: Option<String>,

    /// Only forward these event types: names or patterns with `*`, comma-separated, repeatable
    ///
    /// Other deliveries are answered 200 (X-Cheese-Listen: filtered) and shown as skipped.
    #[arg(long, value_name = "PATTERN")]
    pub events: Vec<String>,

    /// Add a header for the app, `Name: value` (repeatable; replaces an incoming one of that name)
    #[arg(short = 'H', long = "header", value_name = "HEADER", value_parser = parse_header)]
    pub headers: Vec<HeaderArg>,

    /// Forward deliveries whose signature does not verify (they are still shown as invalid)
    #[arg(long)]
    pub forward_invalid: bool,

    /// How long to wait for the app's answer before answering 504 (the store waits 10s)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub timeout: Duration,

    /// Largest body accepted (413 past it): bytes or with a unit, e.g. `32MiB`, `5MB`
    #[arg(long, value_name = "SIZE", default_value = "32MiB", value_parser = parse_size)]
    pub max_body: u64,

    /// Accept any TLS certificate from an https:// app (self-signed development certificates)
    #[arg(short = 'k', long)]
    pub insecure: bool,

    /// Also trust the CA certificates in this PEM file for an https:// app
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,

    /// Stop after N deliveries have been answered
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_events: Option<u64>,

    /// Stop after this long, e.g. `30s`, `5m`
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub duration: Option<Duration>,

    /// Exit 1 at the end if any delivery got 401/413/502/503/504 or a non-2xx answer from the app
    #[arg(long)]
    pub fail_on_error: bool,
}

/// One `-H 'Name: value'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderArg(pub HeaderName, pub HeaderValue);

/// The resolved settings of a listener.
#[derive(Debug, Clone)]
pub struct Options {
    /// Address to bind (an IP address or a name).
    pub host: String,
    /// 0 picks a free port.
    pub port: u16,
    /// `None`: inspect mode.
    pub forward: Option<Target>,
    /// Extra headers for the app.
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// Empty: signatures are not checked.
    pub secrets: Vec<NamedSecret>,
    /// Lets a failed signature be diagnosed as "signed with the API key".
    pub api_key: Option<Secret>,
    /// `--events` patterns, one per entry; empty forwards everything.
    pub events: Vec<String>,
    pub forward_invalid: bool,
    pub timeout: Duration,
    pub max_body: u64,
    /// Request bodies held in memory at once; past it, 503 with `Retry-After`.
    pub memory_budget: u64,
    pub insecure: bool,
    pub cacert: Option<PathBuf>,
    pub max_events: Option<u64>,
    pub duration: Option<Duration>,
}

/// The store's own answer deadline, and `--timeout`'s default.
pub const STORE_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_PORT: u16 = 4242;
pub const DEFAULT_MAX_BODY: u64 = 32 * 1024 * 1024;
pub const DEFAULT_MEMORY_BUDGET: u64 = 256 * 1024 * 1024;

impl Default for Options {
    /// Inspect mode on 127.0.0.1:4242, no secret, the documented limits.
    fn default() -> Self {
        Options {
            host: "127.0.0.1".into(),
            port: DEFAULT_PORT,
            forward: None,
            headers: Vec::new(),
            secrets: Vec::new(),
            api_key: None,
            events: Vec::new(),
            forward_invalid: false,
            timeout: STORE_TIMEOUT,
            max_body: DEFAULT_MAX_BODY,
            memory_budget: DEFAULT_MEMORY_BUDGET,
            insecure: false,
            cacert: None,
            max_events: None,
            duration: None,
        }
    }
}

impl Options {
    /// Checks the flags and reads the secrets (SPEC §3 precedence).
    ///
    /// # Errors
    ///
    /// Usage errors (exit 2): a bad `--forward`, an `--events` pattern that names no event
    /// type, an unreadable secret file or config.
    pub fn from_args(ctx: &Ctx, args: &Args) -> anyhow::Result<Options> {
        let forward = args.forward.as_deref().map(Target::parse).transpose()?;
        let events: Vec<String> = args
            .events
            .iter()
            .flat_map(|e| e.split(','))
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(str::to_string)
            .collect();
        crate::events::expand_patterns(&events).map_err(Error::from)?;
        let https = forward.as_ref().is_some_and(|t| t.https);
        if (args.insecure || args.cacert.is_some()) && !https {
            ctx.out
                .warn("`--insecure` and `--cacert` only apply to an https:// `--forward` target");
        }
        let flags = SecretFlags {
            secrets: &args.secrets.secrets,
            files: &args.secrets.secret_files,
            webhooks: &args.webhooks,
        };
        let secrets = ctx.secrets(&flags)?;
        // Only to recognise "signed with the API key"; a broken config is not listen's concern.
        let api_key = ctx
            .config()
            .ok()
            .and_then(|c| c.api_key.map(|(key, _)| key));
        Ok(Options {
            host: args.host.clone(),
            port: args.port,
            forward,
            headers: args
                .headers
                .iter()
                .map(|h| (h.0.clone(), h.1.clone()))
                .collect(),
            secrets,
            api_key,
            events,
            forward_invalid: args.forward_invalid,
            timeout: args.timeout,
            max_body: args.max_body,
            memory_budget: DEFAULT_MEMORY_BUDGET.max(args.max_body),
            insecure: args.insecure,
            cacert: args.cacert.clone(),
            max_events: args.max_events,
            duration: args.duration,
        })
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let mut options = Options::from_args(ctx, &args)?;
    // Signal handlers go in before the ready line: a SIGTERM right after it must be caught.
    let mut signals = Signals::new()?;
    let session = match &args.register_url {
        Some(url) => {
            let events = crate::events::expand_patterns(&options.events).map_err(Error::from)?;
            let session = SessionWebhook::register(ctx, url, &events).await?;
            let explicit = !(args.secrets.secrets.is_empty()
                && args.secrets.secret_files.is_empty()
                && args.webhooks.is_empty());
            if !explicit {
                // The session's own secret replaces the env/profile default.
                options.secrets.clear();
            }
            options.secrets.push(session.named_secret());
            ctx.out.status(&format!(
                "cheese: registered webhook {} for {} for this session (deleted when listen stops)",
                crate::sanitize::escape(&session.id),
                crate::sanitize::escape(&session.url)
            ));
            Some(session)
        }
        None => None,
    };
    let result = serve(ctx, options, args.fail_on_error, &mut signals).await;
    if let Some(session) = session {
        session.delete(ctx).await;
    }
    result
}

/// Starts the listener, waits for a signal or a limit, finishes and reports.
async fn serve(
    ctx: &Ctx,
    options: Options,
    fail_on_error: bool,
    signals: &mut Signals,
) -> anyhow::Result<()> {
    let handle = start(options, ctx.out.clone()).await?;
    let color = ctx.out.stderr_color();
    if handle.secret_source().is_none() {
        ctx.out.warn(
            "no webhook secret: signatures are not checked (pass `--secret`, set `CHEESE_WEBHOOK_SECRET` or run `cheese config set webhook_secret whsec_…`)",
        );
    }
    crate::output::eprintln_safe(&ready_line(&handle));

    tokio::select! {
        () = signals.recv() => {}
        () = handle.stopped() => {}
    }
    let summary = tokio::select! {
        summary = handle.finish() => summary,
        () = signals.recv() => {
            return Err(Error::interrupted("interrupted again while finishing in-flight deliveries").into());
        }
    };
    ctx.out.status(summary.render(color).trim_end());
    if ctx.out.is_json() {
        #[derive(serde::Serialize)]
        struct Record<'a> {
            kind: &'static str,
            #[serde(flatten)]
            summary: &'a Summary,
        }
        let record = Record {
            kind: "summary",
            summary: &summary,
        };
        if let Err(e) = ctx.out.json_line(&record) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                return Err(anyhow::Error::new(e).context("writing the summary"));
            }
        }
    }
    if fail_on_error && summary.errors > 0 {
        let noun = if summary.deliveries == 1 {
            "delivery"
        } else {
            "deliveries"
        };
        return Err(Error::failure(format!(
            "{} of {} {noun} failed (`--fail-on-error`)",
            summary.errors, summary.deliveries
        ))
        .into());
    }
    Ok(())
}

/// `cheese: listening on http://127.0.0.1:4242, forwarding to http://localhost:3000, secret from --secret (Ctrl-C to stop)`.
fn ready_line(handle: &Handle) -> String {
    let target = match handle.forward() {
        Some(url) => format!("forwarding to {url}"),
        None => "inspect mode (answering 200 itself, forwarding nowhere)".to_string(),
    };
    let secret = match handle.secret_source() {
        Some(source) => format!("secret from {source}"),
        None => "signatures not checked".to_string(),
    };
    // Plain text even on a terminal: scripts and tests read the address from this line.
    format!(
        "cheese: listening on {}, {target}, {secret} (Ctrl-C to stop)",
        handle.url()
    )
}

/// Ctrl-C and SIGTERM, registered up front.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    fn new() -> anyhow::Result<Signals> {
        #[cfg(unix)]
        {
            use anyhow::Context as _;
            use tokio::signal::unix::{signal, SignalKind};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt()).context("handling Ctrl-C")?,
                terminate: signal(SignalKind::terminate()).context("handling SIGTERM")?,
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    async fn recv(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Parses `-H 'Name: value'`. Hop-by-hop and framing headers are refused: cheese sets those.
fn parse_header(text: &str) -> Result<HeaderArg, String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not `Name: value`"))?;
    let name = HeaderName::from_bytes(name.trim().as_bytes())
        .map_err(|_| format!("`{}` is not a valid header name", name.trim()))?;
    let forbidden = [
        header::CONNECTION,
        header::TE,
        header::TRAILER,
        header::TRANSFER_ENCODING,
        header::UPGRADE,
        header::CONTENT_LENGTH,
    ];
    if forbidden.contains(&name) || name == "keep-alive" || name.as_str().starts_with("proxy-") {
        return Err(format!(
            "`{name}` is set by cheese itself (hop-by-hop or framing) and cannot be given with -H"
        ));
    }
    let value = HeaderValue::from_str(value.trim())
        .map_err(|_| format!("the value of `{name}` has characters a header cannot carry"))?;
    Ok(HeaderArg(name, value))
}

/// Parses a humantime duration (`10s`, `300ms`, `5m`).
fn parse_duration(text: &str) -> Result<Duration, String> {
    let d = humantime::parse_duration(text.trim())
        .map_err(|e| format!("{e} (try `10s` or `300ms`)"))?;
    if d.is_zero() {
        return Err("must be more than zero".into());
    }
    Ok(d)
}

/// Parses a size: bytes, or a number with `KB`/`MB`/`GB` (powers of 1000) or
/// `K`/`M`/`G`/`KiB`/`MiB`/`GiB` (powers of 1024), any case.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    if number.is_empty() {
        return Err(format!(
            "`{text}` is not a size (e.g. `32MiB`, `5MB`, `1048576`)"
        ));
    }
    let unit = unit.trim().to_ascii_lowercase();
    let factor: u64 = match unit.as_str() {
        "" | "b" => 1,
        "kb" => 1000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown unit `{other}` (use bytes, KB, MB, GB, KiB, MiB or GiB)"
            ))
        }
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size (e.g. `32MiB`, `5MB`, `1048576`)"))?;
    let bytes = (value * factor as f64).round();
    if !(1.0..=(u64::MAX as f64)).contains(&bytes) {
        return Err("must be at least one byte".into());
    }
    Ok(bytes as u64)
}

/// `32 MiB`, `5 MB`, `1000 bytes`.
pub fn format_size(bytes: u64) -> String {
    for (factor, unit) in [
        (1u64 << 30, "GiB"),
        (1 << 20, "MiB"),
        (1 << 10, "KiB"),
        (1_000_000_000, "GB"),
        (1_000_000, "MB"),
        (1_000, "KB"),
    ] {
        if bytes >= factor && bytes % factor == 0 {
            return format!("{} {unit}", bytes / factor);
        }
    }
    format!("{bytes} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("32MiB"), Ok(32 << 20));
        assert_eq!(parse_size("5MB"), Ok(5_000_000));
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("1.5 kib"), Ok(1536));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert!(parse_size("0").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("MB").is_err());
        assert_eq!(format_size(32 << 20), "32 MiB");
        assert_eq!(format_size(5_000_000), "5 MB");
        assert_eq!(format_size(1234), "1234 bytes");
    }

    #[test]
    fn headers() {
        let h = parse_header("X-Token:  abc def ").expect("header");
        assert_eq!(h.0.as_str(), "x-token");
        assert_eq!(h.1, "abc def");
        assert!(parse_header("Host: example.test").is_ok());
        assert!(parse_header("no colon").is_err());
        assert!(parse_header("Connection: close").is_err());
        assert!(parse_header("Proxy-Authorization: x").is_err());
        assert!(parse_header("Bad Name: x").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("300ms"), Ok(Duration::from_millis(300)));
        assert_eq!(parse_duration("10s"), Ok(STORE_TIMEOUT));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
