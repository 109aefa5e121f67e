//! `cheese webhooks register`: create an endpoint, print its secret once and save it.
//!
//! The secret is in the store's answer to this one call only, so it is printed before anything
//! else can fail, then saved in the profile under `webhook_secrets.<id>` so that
//! `cheese listen --webhook wh_…` can verify deliveries without pasting it.

use crate::api::types::NewWebhook;
use crate::api::ApiClient;
use crate::context::Ctx;
use crate::error::Error;
use crate::events::CATALOG;
use crate::output::Output;
use crate::sanitize;
use crate::ui;

use super::{check_url, expand_events, notice};

/// Register a webhook endpoint and save its secret
///
/// The store POSTs the chosen events to URL. The answer holds the endpoint's signing secret,
/// shown only this once: cheese prints it and saves it in the profile (webhook_secrets.<id>),
/// so `cheese listen --webhook <id>` verifies deliveries without it being pasted.
/// Piped, stdout is `<id><TAB><secret>`.
///
/// Examples:
///   cheese webhooks register --url https://example.com/hooks --events 'order.*'
///   cheese webhooks register --url https://example.com/hooks \
///       --events order.shipped,cheese.low_stock
///   read -r id secret < <(cheese webhooks register --url "$URL" \
///       --events '*' --no-save-secret)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The URL the store POSTs deliveries to
    #[arg(long, value_name = "URL")]
    pub url: String,

    /// Event types to receive, comma-separated or repeated; `order.*` patterns expand
    /// (asked interactively on a terminal when omitted)
    #[arg(long, value_name = "LIST")]
    pub events: Option<Vec<String>>,

    /// A note to recognise the endpoint by
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Do not save the secret in the profile (it is printed either way)
    #[arg(long)]
    pub no_save_secret: bool,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let out = &ctx.out;
    check_url(&args.url)?;
    let events = match &args.events {
        Some(values) => Some(expand_events(values)?),
        None if !out.interactive() => return Err(Error::usage(
            "`--events` is required when not running interactively",
        )
        .hint("e.g. `--events 'order.*,cheese.low_stock'`; `cheese events` lists the types")
        .into()),
        None => None,
    };
    let mut config = ctx.config()?;
    let client = ApiClient::from_config(&config, out)?;
    let events = match events {
        Some(events) => events,
        None => pick_events(out)?,
    };

    let spinner = ui::spinner(out, "registering the webhook");
    let created = client
        .create_webhook(&NewWebhook {
            url: &args.url,
            events: &events,
            description: args.description.as_deref(),
        })
        .await;
    spinner.finish_and_clear();
    let webhook = created.map_err(|e| e.context("registering the webhook"))?;
    let secret = webhook.secret.clone();
    if secret.is_none() {
        out.warn("the store's answer holds no `secret`; find it in the store's dashboard");
    }

    // Save first (so the block can say where), but never lose the secret: a failure to save
    // is a warning after the secret has been printed.
    let saved = match (&secret, args.no_save_secret) {
        (Some(secret), false) => {
            let key = format!("webhook_secrets.{}", webhook.id);
            let result = config
                .file
                .set(&config.profile, &key, secret.expose())
                .and_then(|()| config.file.save());
            Some(result.map(|()| key))
        }
        _ => None,
    };

    if out.is_json() {
        out.json(&webhook.json)?;
    } else if out.stdout_is_tty() {
        let color = out.stdout_color();
        let id = sanitize::escape(&webhook.id);
        let mut text = format!(
            "{} registered webhook {}\n",
            ui::good("✓", color),
            ui::bold(&id, color)
        );
        text.push_str(&format!(
            "  {}     {}\n",
            ui::dim("url", color),
            sanitize::escape(&webhook.url)
        ));
        text.push_str(&format!(
            "  {}  {}\n",
            ui::dim("events", color),
            sanitize::escape(&webhook.events.join(", "))
        ));
        if let Some(secret) = &secret {
            text.push_str(&format!(
                "  {}  {}\n",
                ui::dim("secret", color),
                ui::accent(&sanitize::escape(secret.expose()), color)
            ));
        }
        text.push('\n');
        match &saved {
            Some(Ok(key)) => text.push_str(&format!(
                "The secret is shown only this once; it is saved in profile `{}` as {key}.\n\
                 Verify deliveries with: cheese listen --webhook {id} --forward localhost:3000\n",
                config.profile
            )),
            _ => text.push_str("The secret is shown only this once: keep it somewhere safe.\n"),
        }
        out.data_raw(&text)?;
    } else {
        let secret = secret
            .as_ref()
            .map(|s| sanitize::escape(s.expose()))
            .unwrap_or_default();
        out.data(&format!("{}\t{secret}", sanitize::escape(&webhook.id)))?;
    }

    match saved {
        Some(Err(e)) => out.warn(&format!(
            "could not save the secret ({e:#}); copy it from the output above"
        )),
        Some(Ok(_)) if !out.stdout_is_tty() => notice(
            out,
            &format!("saved the secret in profile `{}`", config.profile),
        ),
        _ => {}
    }
    Ok(())
}

/// The interactive choice of event types (only called on a terminal).
fn pick_events(out: &Output) -> anyhow::Result<Vec<&'static str>> {
    let width = CATALOG.iter().map(|t| t.name.len()).max().unwrap_or(0);
    let items: Vec<String> = CATALOG
        .iter()
        .map(|t| format!("{:width$}  {}", t.name, t.summary))
        .collect();
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    let chosen = ui::multi_select(
        out,
        "Events to receive (space to select, enter to confirm)",
        &refs,
        "--events",
    )?;
    let events: Vec<&'static str> = chosen
        .into_iter()
        .filter_map(|i| CATALOG.get(i).map(|t| t.name))
        .collect();
    if events.is_empty() {
        return Err(Error::usage("no event types selected")
            .hint("select with space, then press enter; or pass `--events`")
            .into());
    }
    Ok(events)
}
