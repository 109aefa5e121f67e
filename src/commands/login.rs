//! `cheese login` and `cheese logout`: store or remove the API key of a profile (SPEC §6).
//!
//! The key never has to be on argv: it comes from a hidden prompt on a terminal or from
//! standard input with `--api-key-stdin` (like gh's `--with-token`). It is checked with the
//! store (`GET /v2/webhooks?limit=1`) before anything is written, so a bad key is never saved.

use std::io::Read as _;

use anyhow::Context as _;
use serde_json::json;

use crate::api::ApiClient;
use crate::config::{self, Source};
use crate::context::Ctx;
use crate::error::Error;
use crate::secret::Secret;
use crate::ui;

/// Save an API key to the profile after checking it with the store
///
/// Prompts for the key (hidden) on a terminal; scripts pipe it in with `--api-key-stdin`.
/// The key is checked with the store before it is saved to config.toml (mode 0600). Commands
/// also take a key from `--api-key` or CHEESE_API_KEY without any login.
///
/// Examples:
///   cheese login
///   printf '%s' "$CHEESE_KEY" | cheese login --api-key-stdin
///   cheese --profile staging --api-base https://staging.example.com login
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Read the API key from standard input (one trailing newline is ignored)
    #[arg(long)]
    pub api_key_stdin: bool,
}

/// Remove the API key from the profile
///
/// Saved webhook secrets stay. A key in CHEESE_API_KEY is not affected.
///
/// Examples:
///   cheese logout
///   cheese --profile staging logout
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct LogoutArgs {}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let out = &ctx.out;
    let mut config = ctx.config_creating_profile()?;
    let key = read_key(ctx, &args)?;
    check_shape(&key)?;

    let client = ApiClient::new(&config.api_base.0, key.clone(), out)
        .with_context(|| format!("API base URL from {}", config.api_base.1))?;
    let spinner = ui::spinner(out, "checking the API key");
    let checked = client.check_key().await;
    spinner.finish_and_clear();
    if let Err(err) = checked {
        let refused = err
            .chain()
            .filter_map(|c| c.downcast_ref::<crate::api::ApiError>())
            .find(|e| matches!(e.status, 401 | 403))
            .cloned();
        return Err(match refused {
            Some(api) => Error::auth(format!(
                "the store refused this API key; nothing was saved ({api})"
            ))
            .hint(format!(
                "check that you copied the whole key and that it is for {} (`--api-base`)",
                client.base()
            ))
            .into(),
            None => err.context("could not check the API key; nothing was saved"),
        });
    }

    config.file.set(&config.profile, "api_key", key.expose())?;
    config.file.save()?;
    let path = config.file.path.display().to_string();
    let mode = if key.expose().starts_with("ck_live_") {
        "live"
    } else if key.expose().starts_with("ck_test_") {
        "test"
    } else {
        "unknown"
    };
    if out.is_json() {
        out.json(&json!({
            "profile": config.profile,
            "api_base": client.base(),
            "api_key": key.masked(),
            "mode": mode,
            "path": path,
        }))?;
    } else if out.stderr_is_tty() {
        out.status(&format!(
            "{} logged in to {} ({mode} key {}); saved to profile `{}` in {path}",
            ui::good("✓", out.stderr_color()),
            client.base(),
            key.masked(),
            config.profile
        ));
    }
    if std::env::var_os("CHEESE_API_KEY").is_some_and(|v| !v.is_empty()) {
        out.warn("`CHEESE_API_KEY` is set and takes precedence over the saved key");
    }
    Ok(())
}

/// The key from stdin, the `--api-key` flag, or a prompt; never a prompt without a terminal.
fn read_key(ctx: &Ctx, args: &Args) -> anyhow::Result<Secret> {
    let (raw, what) = if args.api_key_stdin {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading the API key from standard input")?;
        // Bad input, like an empty key or a stray control character: a usage error (exit 2).
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::usage("the API key from standard input is not UTF-8 text")
                .hint("API keys look like `ck_live_…` or `ck_test_…`")
        })?;
        (
            config::strip_one_newline(&text).to_string(),
            "the API key from standard input",
        )
    } else if let Some(key) = &ctx.global.api_key {
        // An explicit `--api-key` is a clear request to save that key.
        (key.clone(), "the API key from `--api-key`")
    } else {
        let key = ui::password(
            &ctx.out,
            "API key (ck_live_… or ck_test_…)",
            "--api-key-stdin",
        )?;
        (key.trim().to_string(), "the API key")
    };
    if raw.is_empty() {
        return Err(Error::usage(format!("{what} is empty")).into());
    }
    config::check_secret(&raw, what)?;
    Ok(Secret::new(raw))
}

/// Refuses the usual paste mistake before asking the store.
fn check_shape(key: &Secret) -> anyhow::Result<()> {
    if key.expose().starts_with("whsec_") {
        return Err(Error::usage("that is a webhook secret (`whsec_…`), not an API key")
            .hint("API keys start with `ck_live_` or `ck_test_`; find them in the store's dashboard")
            .into());
    }
    Ok(())
}

pub fn logout(ctx: &Ctx, _args: LogoutArgs) -> anyhow::Result<()> {
    let out = &ctx.out;
    let mut config = ctx.config_creating_profile()?;
    let removed = config.file.remove(&config.profile, "api_key");
    if removed {
        config.file.save()?;
    }
    if out.is_json() {
        out.json(&json!({ "profile": config.profile, "removed": removed }))?;
    } else if out.stderr_is_tty() {
        out.status(&if removed {
            format!(
                "{} removed the API key from profile `{}`",
                ui::good("✓", out.stderr_color()),
                config.profile
            )
        } else {
            format!(
                "no API key saved in profile `{}`; nothing to do",
                config.profile
            )
        });
    }
    if let Some((_, Source::Env(var))) = &config.api_key {
        out.warn(&format!("`{var}` is still set and keeps providing a key"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_webhook_secret() {
        let err = check_shape(&Secret::new("whsec_abc")).expect_err("refused");
        assert_eq!(crate::error::exit_code(&err), 2);
        assert!(check_shape(&Secret::new("ck_test_abc")).is_ok());
    }
}
