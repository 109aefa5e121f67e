//! A webhook that lives only as long as one `cheese listen --register-url` session (SPEC §4):
//! registered through the API when the session starts, its secret used for verification, and
//! deleted when the session ends, however it ends (Ctrl-C, SIGTERM, `--max-events`, an error).

use crate::api::types::NewWebhook;
use crate::api::ApiClient;
use crate::context::Ctx;
use crate::error::Error;
use crate::events::CATALOG;
use crate::sanitize;
use crate::secret::Secret;
use crate::signature::NamedSecret;

use super::check_url;

/// The temporary webhook of a session. Call [`SessionWebhook::delete`] when the session ends.
#[derive(Debug)]
pub struct SessionWebhook {
    client: ApiClient,
    pub id: String,
    pub url: String,
    secret: Secret,
}

impl SessionWebhook {
    /// Registers `url` for `events` (already expanded; empty means every type). Exit 4 at once
    /// without an API key; exit 2 for a URL the store could not call.
    pub async fn register(ctx: &Ctx, url: &str, events: &[&'static str]) -> anyhow::Result<Self> {
        check_url(url).map_err(|e| e.context("`--register-url`"))?;
        let client = ctx.api()?;
        let all: Vec<&'static str>;
        let events = if events.is_empty() {
            all = CATALOG.iter().map(|t| t.name).collect();
            &all
        } else {
            events
        };
        let webhook = client
            .create_webhook(&NewWebhook {
                url,
                events,
                description: Some("temporary: cheese listen --register-url"),
            })
            .await
            .map_err(|e| e.context("registering the session's webhook (`--register-url`)"))?;
        let Some(secret) = webhook.secret.clone() else {
            // Useless without its secret: do not leave it behind.
            let _ = client.delete_webhook(&webhook.id).await;
            return Err(Error::failure(
                "the store registered the session's webhook but sent no secret to verify with",
            )
            .into());
        };
        Ok(SessionWebhook {
            client,
            id: webhook.id.clone(),
            url: url.to_string(),
            secret,
        })
    }

    /// The secret to verify this session's deliveries with.
    pub fn named_secret(&self) -> NamedSecret {
        NamedSecret::new(
            format!("--register-url ({})", sanitize::escape(&self.id)),
            self.secret.clone(),
        )
    }

    /// Deletes the webhook; a failure is a warning naming the id (the session is over anyway).
    /// Returns whether it was deleted.
    pub async fn delete(self, ctx: &Ctx) -> bool {
        match self.client.delete_webhook(&self.id).await {
            Ok(()) => {
                ctx.out.status(&format!(
                    "cheese: deleted the session's webhook {}",
                    sanitize::escape(&self.id)
                ));
                true
            }
            Err(e) => {
                ctx.out.warn(&format!(
                    "could not delete the session's webhook {} ({e:#}); run `cheese webhooks delete {} --yes`",
                    sanitize::escape(&self.id),
                    sanitize::escape(&self.id)
                ));
                false
            }
        }
    }
}
