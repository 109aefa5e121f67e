//! `cheese webhooks list|get|update|delete`: read and change registered endpoints.

use anyhow::Context as _;

use crate::api::types::{WebhookPatch, STATUS_ACTIVE, STATUS_DISABLED};
use crate::context::Ctx;
use crate::error::Error;
use crate::ui;

use super::{check_id, check_url, expand_events, none_found, notice, render_webhook, Paint, Table};

/// List your webhook endpoints
///
/// Follows pagination to the end. On a terminal: an aligned table. Piped: one tab-separated
/// row per webhook without a header (id, url, status, events comma-joined, created_at).
///
/// Examples:
///   cheese webhooks list
///   cheese webhooks list | cut -f1
///   cheese webhooks list --json | jq -r '.[].url'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {}

/// Show one webhook endpoint
///
/// Piped, each field is one `name<TAB>value` line.
///
/// Examples:
///   cheese webhooks get wh_123
///   cheese webhooks get wh_123 --json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct GetArgs {
    /// The webhook id (wh_…)
    pub id: String,
}

/// Change a webhook endpoint
///
/// Only the fields given are changed.
///
/// Examples:
///   cheese webhooks update wh_123 --url https://example.com/new-hooks
///   cheese webhooks update wh_123 --events 'order.*,customer.created'
///   cheese webhooks update wh_123 --disable
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct UpdateArgs {
    /// The webhook id (wh_…)
    pub id: String,

    /// The new URL the store POSTs deliveries to
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// The new event types, comma-separated or repeated; `order.*` patterns expand
    #[arg(long, value_name = "LIST")]
    pub events: Option<Vec<String>>,

    /// Resume deliveries
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,

    /// Pause deliveries (events are not sent while disabled)
    #[arg(long)]
    pub disable: bool,

    /// The new description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// Delete a webhook endpoint
///
/// Asks for confirmation on a terminal; scripts pass `--yes`. The secret saved for it in the
/// profile is removed too.
///
/// Examples:
///   cheese webhooks delete wh_123
///   cheese webhooks delete wh_123 --yes
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct DeleteArgs {
    /// The webhook id (wh_…)
    pub id: String,

    /// Do not ask for confirmation (required when not running interactively)
    #[arg(long, short)]
    pub yes: bool,
}

pub async fn list(ctx: &Ctx, _args: ListArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    let client = ctx.api()?;
    let spinner = ui::spinner(out, "listing webhooks");
    let webhooks = client.list_webhooks().await;
    spinner.finish_and_clear();
    let webhooks = webhooks.context("listing webhooks")?;
    if out.is_json() {
        let items: Vec<&serde_json::Value> = webhooks.iter().map(|w| &w.json).collect();
        return Ok(out.json(&items)?);
    }
    if webhooks.is_empty() {
        none_found(out, "webhooks");
        return Ok(());
    }
    let mut table = Table::new(&["ID", "URL", "STATUS", "EVENTS", "CREATED"]);
    for w in &webhooks {
        let events = w.events.join(",");
        table.row(vec![
            (&w.id, Paint::Plain),
            (&w.url, Paint::Plain),
            (&w.status, Paint::Status),
            (&events, Paint::Plain),
            (w.created_at.as_deref().unwrap_or(""), Paint::Dim),
        ]);
    }
    Ok(out.data_raw(&table.render(out))?)
}

pub async fn get(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_id(&args.id)?;
    let client = ctx.api()?;
    let spinner = ui::spinner(out, "fetching the webhook");
    let webhook = client.get_webhook(&args.id).await;
    spinner.finish_and_clear();
    let webhook = webhook.with_context(|| format!("getting webhook `{}`", args.id))?;
    if out.is_json() {
        return Ok(out.json(&webhook.json)?);
    }
    Ok(out.data_raw(&render_webhook(out, &webhook))?)
}

pub async fn update(ctx: &Ctx, args: UpdateArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_id(&args.id)?;
    if let Some(url) = &args.url {
        check_url(url)?;
    }
    let events = args.events.as_deref().map(expand_events).transpose()?;
    let patch = WebhookPatch {
        url: args.url.as_deref(),
        events,
        description: args.description.as_deref(),
        status: if args.enable {
            Some(STATUS_ACTIVE)
        } else if args.disable {
            Some(STATUS_DISABLED)
        } else {
            None
        },
    };
    if patch.is_empty() {
        return Err(Error::usage("nothing to update").hint(
            "pass at least one of `--url`, `--events`, `--enable`, `--disable`, `--description`",
        )
        .into());
    }
    let client = ctx.api()?;
    let spinner = ui::spinner(out, "updating the webhook");
    let webhook = client.update_webhook(&args.id, &patch).await;
    spinner.finish_and_clear();
    let webhook = webhook.with_context(|| format!("updating webhook `{}`", args.id))?;
    if out.is_json() {
        return Ok(out.json(&webhook.json)?);
    }
    notice(
        out,
        &format!("updated webhook {}", crate::sanitize::escape(&webhook.id)),
    );
    Ok(out.data_raw(&render_webhook(out, &webhook))?)
}

pub async fn delete(ctx: &Ctx, args: DeleteArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_id(&args.id)?;
    if !args.yes && !out.interactive() {
        return Err(
            Error::usage("`--yes` is required when not running interactively")
                .hint(format!("run `cheese webhooks delete {} --yes`", args.id))
                .into(),
        );
    }
    let mut config = ctx.config()?;
    let client = crate::api::ApiClient::from_config(&config, out)?;
    if !args.yes
        && !ui::confirm(
            out,
            &format!(
                "Delete webhook {}? The store stops delivering to it at once",
                args.id
            ),
            "--yes",
        )?
    {
        return Err(Error::interrupted(format!(
            "cancelled: webhook `{}` was not deleted",
            args.id
        ))
        .into());
    }
    let spinner = ui::spinner(out, "deleting the webhook");
    let deleted = client.delete_webhook(&args.id).await;
    spinner.finish_and_clear();
    deleted.with_context(|| format!("deleting webhook `{}`", args.id))?;

    // The saved secret is useless now; a failure to tidy up is only a warning.
    let key = format!("webhook_secrets.{}", args.id);
    let mut forgot = false;
    if !args.id.contains('.') && config.file.remove(&config.profile, &key) {
        match config.file.save() {
            Ok(()) => forgot = true,
            Err(e) => out.warn(&format!("could not remove the saved secret ({e:#})")),
        }
    }
    if out.is_json() {
        return Ok(out.json(&serde_json::json!({ "id": args.id, "deleted": true }))?);
    }
    notice(
        out,
        &format!(
            "deleted webhook {}{}",
            args.id,
            if forgot { " and its saved secret" } else { "" }
        ),
    );
    Ok(())
}
