//! `cheese webhooks test|replay|deliveries`: what the store delivered, and doing it again.

use anyhow::Context as _;
use serde_json::{json, Value};

use crate::api::types::{DeliveryStatus, Replayed};
use crate::api::REPLAY_BATCH;
use crate::context::Ctx;
use crate::error::Error;
use crate::sanitize;
use crate::ui;

use super::{check_id, none_found, notice, Paint, Table};

/// Ask the store to send a test event to an endpoint now
///
/// Shows what the endpoint answered. Exits 1 when the endpoint failed (no 2xx within 10 s),
/// so it works as a CI smoke check. Piped, stdout is one tab-separated line: event id,
/// succeeded|failed, status code, duration in ms, error.
///
/// Examples:
///   cheese webhooks test wh_123
///   cheese webhooks test wh_123 --type order.shipped
///   cheese webhooks test wh_123 --json | jq .delivery.status_code
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct TestArgs {
    /// The webhook id (wh_…)
    pub id: String,

    /// The event type to send [default: webhook.test]
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
}

/// Deliver failed events again
///
/// Replays the given events, or with `--all-dead` everything in the endpoint's dead letter
/// queue. Ids are sent in batches of 100.
///
/// Examples:
///   cheese webhooks replay wh_123 --all-dead
///   cheese webhooks replay wh_123 evt_abc evt_def
///   cheese webhooks deliveries wh_123 --status dead --json \
///     | jq -r '.[].event_id' \
///     | xargs cheese webhooks replay wh_123
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ReplayArgs {
    /// The webhook id (wh_…)
    pub id: String,

    /// Event ids to deliver again (evt_…)
    #[arg(value_name = "EVENT_ID", conflicts_with = "all_dead")]
    pub event_ids: Vec<String>,

    /// Replay everything in the dead letter queue
    #[arg(long)]
    pub all_dead: bool,
}

/// Show the delivery attempts of an endpoint
///
/// One row per event: id, type, status, attempts, last status code, next attempt, created.
/// Follows pagination to the end.
///
/// Examples:
///   cheese webhooks deliveries wh_123
///   cheese webhooks deliveries wh_123 --status dead
///   cheese webhooks deliveries wh_123 --status retrying --json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct DeliveriesArgs {
    /// The webhook id (wh_…)
    pub id: String,

    /// Only deliveries in this state
    #[arg(long, value_enum)]
    pub status: Option<DeliveryStatus>,
}

pub async fn test(ctx: &Ctx, args: TestArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_id(&args.id)?;
    if let Some(t) = &args.event_type {
        check_event_type(t)?;
    }
    let client = ctx.api()?;
    let spinner = ui::spinner(out, "sending a test event");
    let result = client
        .test_webhook(&args.id, args.event_type.as_deref())
        .await;
    spinner.finish_and_clear();
    let result = result.with_context(|| format!("testing webhook `{}`", args.id))?;
    let d = &result.delivery;
    let event_id = result.event_id.as_deref().unwrap_or("");
    let event_type = args.event_type.as_deref().unwrap_or("webhook.test");
    let answer = match (d.status_code, &d.error) {
        (Some(code), _) => format!("answered {code}"),
        (None, Some(_)) => "gave no answer".to_string(),
        (None, None) => "answered".to_string(),
    };
    let took = d
        .duration_ms
        .map(|ms| format!(" in {ms} ms"))
        .unwrap_or_default();

    if out.is_json() {
        out.json(&result.json)?;
    } else if out.stdout_is_tty() {
        let color = out.stdout_color();
        let mut text = if d.success {
            format!("{} the endpoint {answer}{took}\n", ui::good("✓", color))
        } else {
            format!(
                "{} the endpoint failed: it {answer}{took}\n",
                ui::bad("✗", color)
            )
        };
        text.push_str(&format!(
            "  {}  {} ({event_type})\n",
            ui::dim("event", color),
            sanitize::escape(event_id)
        ));
        if let Some(error) = &d.error {
            text.push_str(&format!(
                "  {}  {}\n",
                ui::dim("error", color),
                sanitize::escape(error)
            ));
        }
        out.data_raw(&text)?;
    } else {
        out.data(&format!(
            "{}\t{}\t{}\t{}\t{}",
            sanitize::escape(event_id),
            if d.success { "succeeded" } else { "failed" },
            d.status_code.map(|c| c.to_string()).unwrap_or_default(),
            d.duration_ms.map(|c| c.to_string()).unwrap_or_default(),
            sanitize::escape(d.error.as_deref().unwrap_or(""))
        ))?;
    }
    if d.success {
        return Ok(());
    }
    let why = match (&d.error, d.status_code) {
        (Some(e), _) => e.clone(),
        (None, Some(code)) => format!("the endpoint answered {code}"),
        (None, None) => "the endpoint did not accept it".to_string(),
    };
    Err(Error::failure(format!(
        "the test delivery to webhook `{}` failed: {why}",
        args.id
    ))
    .hint("the endpoint must accept POST and answer 2xx within 10 s")
    .into())
}

/// `--type` takes one exact event type.
fn check_event_type(t: &str) -> anyhow::Result<()> {
    if t.contains('*') || t.contains(',') {
        return Err(Error::usage(format!(
            "`--type` takes one event type, not `{}`",
            sanitize::escape(t)
        ))
        .hint("run `cheese events` to list them")
        .into());
    }
    crate::events::expand_patterns(&[t]).map_err(Error::from)?;
    Ok(())
}

pub async fn replay(ctx: &Ctx, args: ReplayArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_id(&args.id)?;
    if !args.all_dead && args.event_ids.is_empty() {
        return Err(
            Error::usage("nothing to replay: pass event ids or `--all-dead`")
                .hint(format!(
                    "`cheese webhooks deliveries {} --status dead` lists the failed events",
                    args.id
                ))
                .into(),
        );
    }
    let mut ids: Vec<String> = Vec::with_capacity(args.event_ids.len());
    for id in args.event_ids {
        if id.is_empty() || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(
                Error::usage(format!("`{}` is not an event id", sanitize::escape(&id))).into(),
            );
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let client = ctx.api()?;

    let (items, count, raw) = if args.all_dead {
        let spinner = ui::spinner(out, "replaying the dead letter queue");
        let result = client.replay(&args.id, None).await;
        spinner.finish_and_clear();
        let result = result
            .with_context(|| format!("replaying the dead events of webhook `{}`", args.id))?;
        let count = result.count.unwrap_or(result.replayed.len() as u64);
        (result.replayed.clone(), count, Some(result.json))
    } else {
        let batches: Vec<&[String]> = ids.chunks(REPLAY_BATCH).collect();
        let bar = if batches.len() > 1 {
            ui::progress(out, ids.len() as u64, "replaying")
        } else {
            indicatif::ProgressBar::hidden()
        };
        let mut items: Vec<Replayed> = Vec::new();
        let mut raw_items: Vec<Value> = Vec::new();
        let mut count = 0;
        let single = batches.len() == 1;
        let mut raw_single = None;
        for (n, batch) in batches.iter().enumerate() {
            let result = client.replay(&args.id, Some(batch)).await;
            let result = match result {
                Ok(r) => r,
                Err(e) => {
                    bar.abandon();
                    return Err(e.context(format!(
                        "replaying events of webhook `{}` (batch {} of {}; {} events replayed before it)",
                        args.id,
                        n + 1,
                        batches.len(),
                        count
                    )));
                }
            };
            bar.inc(batch.len() as u64);
            count += result.count.unwrap_or(result.replayed.len() as u64);
            items.extend(result.replayed.iter().cloned());
            if let Some(list) = result.json.get("replayed").and_then(Value::as_array) {
                raw_items.extend(list.iter().cloned());
            }
            if single {
                raw_single = Some(result.json);
            }
        }
        bar.finish_and_clear();
        // Several batches are shown as one answer of the same shape.
        let raw = raw_single.or_else(|| Some(json!({ "replayed": raw_items, "count": count })));
        (items, count, raw)
    };

    if out.is_json() {
        return Ok(out.json(&raw.unwrap_or(Value::Null))?);
    }
    if items.is_empty() && count == 0 {
        if args.all_dead {
            none_found(out, "dead events");
        } else {
            none_found(out, "events to replay");
        }
        return Ok(());
    }
    let mut table = Table::new(&["EVENT_ID", "STATUS"]);
    for r in &items {
        table.row(vec![
            (&r.event_id, Paint::Plain),
            (&r.status, Paint::Status),
        ]);
    }
    notice(
        out,
        &format!(
            "replayed {count} event{} to webhook {}",
            if count == 1 { "" } else { "s" },
            sanitize::escape(&args.id)
        ),
    );
    Ok(out.data_raw(&table.render(out))?)
}

pub async fn deliveries(ctx: &Ctx, args: DeliveriesArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_id(&args.id)?;
    let client = ctx.api()?;
    let spinner = ui::spinner(out, "listing deliveries");
    let list = client.list_deliveries(&args.id, args.status).await;
    spinner.finish_and_clear();
    let list = list.with_context(|| format!("listing deliveries of webhook `{}`", args.id))?;
    if out.is_json() {
        let items: Vec<&Value> = list.iter().map(|d| &d.json).collect();
        return Ok(out.json(&items)?);
    }
    if list.is_empty() {
        match args.status {
            Some(s) => none_found(out, &format!("{} deliveries", s.as_str())),
            None => none_found(out, "deliveries"),
        }
        return Ok(());
    }
    let blank = if out.stdout_is_tty() { "-" } else { "" };
    let mut table = Table::new(&[
        "EVENT_ID",
        "TYPE",
        "STATUS",
        "ATTEMPTS",
        "LAST_CODE",
        "NEXT_ATTEMPT",
        "CREATED",
    ]);
    for d in &list {
        let attempts = d.attempts.to_string();
        let code = d
            .last_status_code
            .map_or_else(|| blank.to_string(), |c| c.to_string());
        table.row(vec![
            (&d.event_id, Paint::Plain),
            (&d.event_type, Paint::Plain),
            (&d.status, Paint::Status),
            (&attempts, Paint::Plain),
            (&code, Paint::Plain),
            (d.next_attempt_at.as_deref().unwrap_or(blank), Paint::Dim),
            (d.created_at.as_deref().unwrap_or(blank), Paint::Dim),
        ]);
    }
    Ok(out.data_raw(&table.render(out))?)
}
