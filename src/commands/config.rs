//! `cheese config path|show|get|set|unset`: read and change `config.toml`.

use clap::Subcommand;
use serde_json::json;

use crate::config::{Config, ConfigFile, Source, DEFAULT_PROFILE};
use crate::context::Ctx;
use crate::error::Error;
use crate::sanitize;
use crate::secret::Secret;
use crate::ui;

/// Show or change the configuration
///
/// Values resolve flag > environment > the active profile in config.toml > default.
/// Keys: api_key, api_base, webhook_secret, webhook_secrets.<wh_id>, default_profile.
///
/// Examples:
///   cheese config path
///   cheese config show
///   cheese config set api_base http://127.0.0.1:8080
///   cheese --profile staging config set api_key ck_test_…
///   cheese config get webhook_secret
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Print the path of the config file
    Path,
    /// Show every resolved value and where it came from (secrets masked)
    Show,
    /// Print one value of the active profile, unmasked (for scripts)
    Get {
        /// api_key, api_base, webhook_secret, webhook_secrets.<wh_id> or default_profile
        key: String,
    },
    /// Set one value in the active profile (creates the file and the profile)
    Set {
        /// api_key, api_base, webhook_secret, webhook_secrets.<wh_id> or default_profile
        key: String,
        /// The value
        value: String,
    },
    /// Remove one value from the active profile
    Unset {
        /// api_key, api_base, webhook_secret, webhook_secrets.<wh_id> or default_profile
        key: String,
    },
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let out = &ctx.out;
    match args.action {
        Action::Path => {
            let path = crate::config::config_dir()?.join(crate::config::FILE_NAME);
            if out.is_json() {
                out.json(&json!({ "path": path.display().to_string() }))?;
            } else {
                out.data(&path.display().to_string())?;
            }
        }
        Action::Show => show(ctx, &ctx.config()?)?,
        Action::Get { key } => {
            crate::config::check_key(&key)?;
            // `default_profile` is read from the file as it is: it must be readable even
            // when it names a profile that does not exist.
            let (value, profile, path) = if key == "default_profile" {
                let file = ConfigFile::load()?;
                let value = file.default_profile().map(str::to_string);
                (value, None, file.path)
            } else {
                let config = ctx.config()?;
                let value = config.file.get(&config.profile, &key).map(str::to_string);
                (value, Some(config.profile), config.file.path)
            };
            match value {
                Some(v) if out.is_json() => out.json(&json!({ "key": key, "value": v }))?,
                Some(v) => out.data(&v)?,
                None => {
                    let place = match profile {
                        Some(profile) => format!("in profile `{profile}` of"),
                        None => "in".to_string(),
                    };
                    return Err(Error::failure(format!(
                        "`{key}` is not set {place} {}",
                        path.display()
                    ))
                    .into());
                }
            }
        }
        Action::Set { key, value } => {
            crate::config::check_key(&key)?;
            check_value(&key, &value)?;
            if key == "default_profile" {
                return set_default_profile(ctx, &value);
            }
            let config = ctx.config_creating_profile()?;
            let mut file = config.file;
            file.set(&config.profile, &key, &value)?;
            file.save()?;
            out.status(&format!(
                "{} set `{key}` in profile `{}` of {}",
                ui::good("✓", out.stderr_color()),
                config.profile,
                file.path.display()
            ));
        }
        Action::Unset { key } => {
            crate::config::check_key(&key)?;
            // Like `get`: a `default_profile` naming a missing profile must be removable.
            let (mut file, profile) = if key == "default_profile" {
                (ConfigFile::load()?, None)
            } else {
                let config = ctx.config()?;
                (config.file, Some(config.profile))
            };
            let place = match &profile {
                Some(profile) => format!("profile `{profile}`"),
                None => file.path.display().to_string(),
            };
            if file.remove(profile.as_deref().unwrap_or_default(), &key) {
                file.save()?;
                out.status(&format!("removed `{key}` from {place}"));
            } else {
                out.status(&format!("`{key}` was not set in {place}"));
            }
        }
    }
    Ok(())
}

/// Refuses a value that would only fail later: an empty or control-character secret (use
/// `unset` to remove one), an API base that is not an http(s) URL, an empty profile name.
fn check_value(key: &str, value: &str) -> anyhow::Result<()> {
    let what = format!("the value of `{key}`");
    if value.is_empty() {
        return Err(Error::usage(format!("{what} is empty"))
            .hint(format!("to remove it, run `cheese config unset {key}`"))
            .into());
    }
    match key {
        "api_base" => {
            let url = reqwest::Url::parse(value)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host());
            if url.is_none() || value.chars().any(char::is_control) {
                return Err(Error::usage(format!(
                    "{what} is not an http(s) URL: `{}`",
                    sanitize::escape(value)
                ))
                .hint("it looks like `https://api.cheesestore.com` or `http://127.0.0.1:8080`")
                .into());
            }
            Ok(())
        }
        _ => crate::config::check_secret(value, &what),
    }
}

/// `config set default_profile NAME`: only to a profile that exists (or `default`), or every
/// later command would stop with "unknown profile".
fn set_default_profile(ctx: &Ctx, name: &str) -> anyhow::Result<()> {
    let out = &ctx.out;
    let mut file = ConfigFile::load()?;
    if name != DEFAULT_PROFILE && !file.has_profile(name) {
        let mut err = Error::usage(format!(
            "there is no profile `{name}` in {}",
            file.path.display()
        ))
        .hint(format!(
            "create it first, e.g. `cheese --profile {name} config set api_key ck_test_…` or `cheese --profile {name} login`"
        ));
        let known = file.profiles();
        if !known.is_empty() {
            err = err.hint(format!("profiles: {}", known.join(", ")));
        }
        return Err(err.into());
    }
    file.set(DEFAULT_PROFILE, "default_profile", name)?;
    file.save()?;
    out.status(&format!(
        "{} set `default_profile` to `{name}` in {}",
        ui::good("✓", out.stderr_color()),
        file.path.display()
    ));
    Ok(())
}

fn show(ctx: &Ctx, config: &Config) -> anyhow::Result<()> {
    let out = &ctx.out;
    let secret = |v: &Option<(Secret, Source)>| {
        v.as_ref()
            .map(|(s, src)| (Some(s.masked()), src.to_string()))
            .unwrap_or((None, "not set".to_string()))
    };
    let (key, key_src) = secret(&config.api_key);
    let (whs, whs_src) = secret(&config.webhook_secret);
    let saved: Vec<(String, String)> = config
        .file
        .webhook_secrets(&config.profile)
        .into_iter()
        .map(|(id, s)| (id, Secret::new(s).masked()))
        .collect();
    if out.is_json() {
        let saved: serde_json::Map<String, serde_json::Value> =
            saved.into_iter().map(|(k, v)| (k, json!(v))).collect();
        out.json(&json!({
            "config_file": config.file.path.display().to_string(),
            "config_file_exists": config.file.exists,
            "profile": { "value": config.profile, "source": config.profile_source.to_string() },
            "api_key": { "value": key, "source": key_src },
            "api_base": { "value": config.api_base.0, "source": config.api_base.1.to_string() },
            "webhook_secret": { "value": whs, "source": whs_src },
            "webhook_secrets": saved,
        }))?;
        return Ok(());
    }
    let file_note = if config.file.exists {
        ""
    } else {
        " (not created yet)"
    };
    let rows = [
        (
            "config file".to_string(),
            format!("{}{file_note}", config.file.path.display()),
            String::new(),
        ),
        (
            "profile".to_string(),
            config.profile.clone(),
            config.profile_source.to_string(),
        ),
        (
            "api_key".to_string(),
            key.unwrap_or_else(|| "-".into()),
            key_src,
        ),
        (
            "api_base".to_string(),
            config.api_base.0.clone(),
            config.api_base.1.to_string(),
        ),
        (
            "webhook_secret".to_string(),
            whs.unwrap_or_else(|| "-".into()),
            whs_src,
        ),
    ];
    let saved_rows = saved.into_iter().map(|(id, masked)| {
        (
            format!("webhook_secrets.{id}"),
            masked,
            format!("config profiles.{}.webhook_secrets.{id}", config.profile),
        )
    });
    // The file is the user's, but a value may hold anything (an escape sequence pasted into
    // `api_base`): escape it before it reaches a terminal, as `get` is the raw way out.
    let all: Vec<(String, String, String)> = rows
        .into_iter()
        .chain(saved_rows)
        .map(|(name, value, source)| {
            (
                sanitize::escape(&name),
                sanitize::escape(&value),
                sanitize::escape(&source),
            )
        })
        .collect();
    let width = all.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let vwidth = all.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    for (name, value, source) in all {
        if out.stdout_is_tty() {
            let source = if source.is_empty() {
                String::new()
            } else {
                format!("  {}", ui::dim(&format!("({source})"), out.stdout_color()))
            };
            out.data(format!("{name:<width$}  {value:<vwidth$}{source}").trim_end())?;
        } else {
            out.data(&format!("{name}\t{value}\t{source}"))?;
        }
    }
    Ok(())
}
