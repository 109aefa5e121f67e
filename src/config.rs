//! Configuration: `config.toml`, profiles, and where every value came from (SPEC §7).
//!
//! Precedence is flag > environment (`CHEESE_*`) > the active profile in the file > default.
//! The file lives in the platform config dir (`CHEESE_CONFIG_DIR` overrides it), is edited
//! with toml_edit so a user's comments survive, and is written atomically (temp file in the
//! same dir, then rename) with mode 0600 in a 0700 dir. A malformed file is an error naming
//! the path, line and column, and is never overwritten.

use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use toml_edit::{DocumentMut, Item, Table};

use crate::error::Error;
use crate::secret::Secret;
use crate::signature::NamedSecret;

pub const DEFAULT_API_BASE: &str = "https://api.cheesestore.com";
pub const DEFAULT_PROFILE: &str = "default";
pub const FILE_NAME: &str = "config.toml";

/// Where a resolved value came from; `config show` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    /// The active profile in the config file (`profiles.<name>.<key>`).
    File(String),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::File(key) => write!(f, "config {key}"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A problem with the config file: exit 2, never silently replaced by defaults.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
    /// 1-based line and column, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(
                f,
                "invalid config file {}:{line}:{col}: {}",
                self.path.display(),
                self.message
            ),
            None => write!(f, "config file {}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    pub fn hints(&self) -> Vec<String> {
        vec![format!(
            "fix or remove {} (cheese never overwrites a file it cannot read)",
            self.path.display()
        )]
    }
}

/// The directory that holds `config.toml`.
pub fn config_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CHEESE_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "Cheese Store", "cheese")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or_else(|| {
            Error::usage("cannot find a home directory for the config file")
                .hint("set `CHEESE_CONFIG_DIR` to a directory cheese may write to")
                .into()
        })
}

/// The directory for data such as the listen journal (`CHEESE_DATA_DIR` overrides it).
pub fn data_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CHEESE_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "Cheese Store", "cheese")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::usage("cannot find a home directory for cheese's data")
                .hint("set `CHEESE_DATA_DIR`")
                .into()
        })
}

/// The config file as a document that keeps comments and layout.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub exists: bool,
    doc: DocumentMut,
}

/// The keys `cheese config get|set` takes.
pub const KEYS: &[&str] = &[
    "api_key",
    "api_base",
    "webhook_secret",
    "webhook_secrets.<wh_id>",
    "default_profile",
];

impl ConfigFile {
    /// Loads `config.toml` from [`config_dir`]; a missing file is an empty one.
    pub fn load() -> anyhow::Result<Self> {
        Self::load_from(&config_dir()?.join(FILE_NAME))
    }

    pub fn load_from(path: &Path) -> anyhow::Result<Self> {
        let text = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(ConfigFile {
                    path: path.to_path_buf(),
                    exists: false,
                    doc: DocumentMut::new(),
                })
            }
            Err(e) => {
                return Err(ConfigError {
                    path: path.to_path_buf(),
                    message: format!("cannot read it: {e}"),
                    position: None,
                }
                .into())
            }
        };
        let text = String::from_utf8(text).map_err(|e| {
            let (line, col) = line_col(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
            ConfigError {
                path: path.to_path_buf(),
                message: "the file is not valid UTF-8".into(),
                position: Some((line, col)),
            }
        })?;
        // Parsed with spans first (a `DocumentMut` drops them), so a value of the wrong type
        // can be reported with its line and column too.
        let parsed = toml_edit::Document::parse(text.as_str()).map_err(|e| {
            let position = e
                .span()
                .map(|span| line_col(&text.as_bytes()[..span.start.min(text.len())]));
            ConfigError {
                path: path.to_path_buf(),
                message: e.message().trim().to_string(),
                position,
            }
        })?;
        check_shape(path, &parsed, &text)?;
        Ok(ConfigFile {
            path: path.to_path_buf(),
            exists: true,
            doc: parsed.into_mut(),
        })
    }

    pub fn default_profile(&self) -> Option<&str> {
        self.doc.get("default_profile").and_then(Item::as_str)
    }

    pub fn has_profile(&self, name: &str) -> bool {
        self.profile_table(name).is_some()
    }

    pub fn profiles(&self) -> Vec<String> {
        self.doc
            .get("profiles")
            .and_then(Item::as_table_like)
            .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
            .unwrap_or_default()
    }

    fn profile_table(&self, name: &str) -> Option<&dyn toml_edit::TableLike> {
        self.doc
            .get("profiles")
            .and_then(|p| p.get(name))
            .and_then(Item::as_table_like)
    }

    /// A key of a profile: `api_key`, `api_base`, `webhook_secret` or `webhook_secrets.<id>`.
    pub fn get(&self, profile: &str, key: &str) -> Option<&str> {
        let table = self.profile_table(profile)?;
        match key.split_once('.') {
            Some(("webhook_secrets", id)) => table
                .get("webhook_secrets")
                .and_then(|t| t.get(id))
                .and_then(Item::as_str),
            Some(_) => None,
            None => table.get(key).and_then(Item::as_str),
        }
    }

    /// The saved webhook secrets of a profile, by webhook id.
    pub fn webhook_secrets(&self, profile: &str) -> Vec<(String, String)> {
        self.profile_table(profile)
            .and_then(|t| t.get("webhook_secrets"))
            .and_then(Item::as_table_like)
            .map(|t| {
                t.iter()
                    .filter_map(|(k, v)| Some((k.to_string(), v.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn profile_table_mut(&mut self, name: &str) -> &mut Table {
        let profiles = self.doc.entry("profiles").or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        let profiles = table_mut(profiles);
        profiles.set_implicit(true);
        let profile = profiles
            .entry(name)
            .or_insert_with(|| Item::Table(Table::new()));
        table_mut(profile)
    }

    /// Creates an empty profile if it does not exist.
    pub fn ensure_profile(&mut self, profile: &str) {
        self.profile_table_mut(profile);
    }

    /// Sets a key in a profile (or `default_profile` at the top).
    pub fn set(&mut self, profile: &str, key: &str, value: &str) -> anyhow::Result<()> {
        check_key(key)?;
        if key == "default_profile" {
            self.doc["default_profile"] = toml_edit::value(value);
            return Ok(());
        }
        let table = self.profile_table_mut(profile);
        match key.split_once('.') {
            Some(("webhook_secrets", id)) => {
                let secrets = table
                    .entry("webhook_secrets")
                    .or_insert_with(|| Item::Table(Table::new()));
                table_mut(secrets).insert(id, toml_edit::value(value));
            }
            _ => {
                table.insert(key, toml_edit::value(value));
            }
        }
        Ok(())
    }

    /// Removes a key from a profile; returns whether it was there.
    pub fn remove(&mut self, profile: &str, key: &str) -> bool {
        if key == "default_profile" {
            return self.doc.remove("default_profile").is_some();
        }
        if !self.has_profile(profile) {
            return false;
        }
        let table = self.profile_table_mut(profile);
        match key.split_once('.') {
            Some(("webhook_secrets", id)) => table
                .get_mut("webhook_secrets")
                .and_then(Item::as_table_like_mut)
                .is_some_and(|t| t.remove(id).is_some()),
            _ => table.remove(key).is_some(),
        }
    }

    /// Writes the file atomically: a 0600 temp file in the same directory, fsync, rename.
    /// The directory is made (or tightened to) 0700.
    pub fn save(&self) -> anyhow::Result<()> {
        let dir = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let tmp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let result = (|| -> anyhow::Result<()> {
            fs::create_dir_all(&dir)
                .with_context(|| format!("creating directory {}", dir.display()))?;
            restrict(&dir, 0o700)?;
            let mut file =
                open_private(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
            file.write_all(self.doc.to_string().as_bytes())
                .and_then(|()| file.sync_all())
                .with_context(|| format!("writing {}", tmp.display()))?;
            fs::rename(&tmp, &self.path)
                .with_context(|| format!("replacing {}", self.path.display()))?;
            Ok(())
        })();
        // A config file that cannot be written is a configuration problem: exit 2 (SPEC §7).
        result.map_err(|e| {
            let _ = fs::remove_file(&tmp);
            Error::usage(format!(
                "cannot save config file {}: {e:#}",
                self.path.display()
            ))
            .hint(format!(
                "check that you own {} and may write to it, or point `CHEESE_CONFIG_DIR` at a directory you own",
                dir.display()
            ))
            .into()
        })
    }

    /// The file's text as it would be written.
    pub fn to_text(&self) -> String {
        self.doc.to_string()
    }
}

/// `item` as a table to edit. An inline table (`profiles = { default = { … } }`) becomes a
/// regular one with every entry kept; replacing it would silently delete the user's keys.
/// Anything else cannot be here after `check_shape`, and is replaced by an empty table.
fn table_mut(item: &mut Item) -> &mut Table {
    if !item.is_table() {
        *item = Item::Table(std::mem::take(item).into_table().unwrap_or_default());
    }
    item.as_table_mut().expect("made a table above")
}

/// Every value cheese reads must be a string; say where one is not.
fn check_shape(path: &Path, doc: &Table, text: &str) -> Result<(), ConfigError> {
    let err = |key: &str, item: &Item, what: &str| ConfigError {
        path: path.to_path_buf(),
        message: format!("`{key}` must be {what}"),
        position: item
            .span()
            .map(|s| line_col(&text.as_bytes()[..s.start.min(text.len())])),
    };
    if let Some(item) = doc.get("default_profile") {
        if item.as_str().is_none() {
            return Err(err("default_profile", item, "a string"));
        }
    }
    if let Some(profiles) = doc.get("profiles") {
        let Some(profiles) = profiles.as_table_like() else {
            return Err(err("profiles", profiles, "a table"));
        };
        for (name, profile) in profiles.iter() {
            let Some(table) = profile.as_table_like() else {
                return Err(err(&format!("profiles.{name}"), profile, "a table"));
            };
            for (key, item) in table.iter() {
                let full = format!("profiles.{name}.{key}");
                if key == "webhook_secrets" {
                    let Some(secrets) = item.as_table_like() else {
                        return Err(err(&full, item, "a table"));
                    };
                    for (id, value) in secrets.iter() {
                        if value.as_str().is_none() {
                            return Err(err(&format!("{full}.{id}"), value, "a string"));
                        }
                    }
                } else if item.as_str().is_none() {
                    return Err(err(&full, item, "a string"));
                }
            }
        }
    }
    Ok(())
}

/// Refuses a key `cheese config get|set|unset` does not know (exit 2).
pub fn check_key(key: &str) -> anyhow::Result<()> {
    let ok = match key.split_once('.') {
        Some(("webhook_secrets", id)) => !id.is_empty() && !id.contains('.'),
        Some(_) => false,
        None => matches!(
            key,
            "api_key" | "api_base" | "webhook_secret" | "default_profile"
        ),
    };
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("unknown config key `{key}`"))
            .hint(format!("keys: {}", KEYS.join(", ")))
            .into())
    }
}

#[cfg(unix)]
fn open_private(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

#[cfg(unix)]
pub fn restrict(path: &Path, mode: u32) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .with_context(|| format!("setting permissions of {}", path.display()))
}

#[cfg(not(unix))]
pub fn restrict(_path: &Path, _mode: u32) -> anyhow::Result<()> {
    Ok(())
}

fn line_col(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

/// Refuses a secret with a control character (it is almost always a copy-paste accident),
/// naming the position. See SPEC §3.
pub fn check_secret(value: &str, what: &str) -> anyhow::Result<()> {
    if let Some((pos, c)) = value.chars().enumerate().find(|(_, c)| c.is_control()) {
        return Err(Error::usage(format!(
            "{what} contains a control character ({}) at position {}",
            crate::sanitize::escape(&c.to_string()),
            pos + 1
        ))
        .hint("webhook secrets and API keys are printable text: check for a stray newline, tab or escape")
        .into());
    }
    Ok(())
}

/// Removes one trailing `\n` or `\r\n`, as read from a file, stdin or the environment.
pub fn strip_one_newline(value: &str) -> &str {
    value
        .strip_suffix("\r\n")
        .or_else(|| value.strip_suffix('\n'))
        .unwrap_or(value)
}

/// Values given on the command line that take part in resolution.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub api_key: Option<String>,
    pub api_base: Option<String>,
}

/// The resolved configuration of one run.
#[derive(Debug, Clone)]
pub struct Config {
    pub file: ConfigFile,
    pub profile: String,
    pub profile_source: Source,
    pub api_key: Option<(Secret, Source)>,
    pub api_base: (String, Source),
    pub webhook_secret: Option<(Secret, Source)>,
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Config {
    /// Resolves flag > env > file > default. `create_profile` lets `login` and `config set`
    /// name a profile that does not exist yet.
    pub fn load(overrides: &Overrides, create_profile: bool) -> anyhow::Result<Self> {
        let file = ConfigFile::load()?;
        Self::resolve(file, overrides, create_profile)
    }

    pub fn resolve(
        file: ConfigFile,
        overrides: &Overrides,
        create_profile: bool,
    ) -> anyhow::Result<Self> {
        let (profile, profile_source) = if let Some(p) = &overrides.profile {
            (p.clone(), Source::Flag("--profile"))
        } else if let Some(p) = env_nonempty("CHEESE_PROFILE") {
            (p, Source::Env("CHEESE_PROFILE"))
        } else if let Some(p) = file.default_profile() {
            (p.to_string(), Source::File("default_profile".into()))
        } else {
            (DEFAULT_PROFILE.to_string(), Source::Default)
        };
        // The default profile always exists, even before it has a section in the file.
        if !create_profile && profile != DEFAULT_PROFILE && !file.has_profile(&profile) {
            let known = file.profiles();
            let mut err = Error::usage(format!("unknown profile `{profile}` ({profile_source})"));
            if profile_source == Source::File("default_profile".into()) {
                err = err.hint(format!(
                    "`default_profile` in {} names a profile that does not exist: run `cheese config unset default_profile`",
                    file.path.display()
                ));
            }
            err = if known.is_empty() {
                err.hint(format!(
                    "create it with `cheese --profile {profile} login` or `cheese --profile {profile} config set KEY VALUE`"
                ))
            } else {
                err.hint(format!(
                    "profiles in {}: {}",
                    file.path.display(),
                    known.join(", ")
                ))
            };
            return Err(err.into());
        }
        let from_file = |key: &str| {
            file.get(&profile, key).map(|v| {
                (
                    v.to_string(),
                    Source::File(format!("profiles.{profile}.{key}")),
                )
            })
        };

        let api_key = if let Some(k) = &overrides.api_key {
            Some((k.clone(), Source::Flag("--api-key")))
        } else if let Some(k) = env_nonempty("CHEESE_API_KEY") {
            Some((
                strip_one_newline(&k).to_string(),
                Source::Env("CHEESE_API_KEY"),
            ))
        } else {
            from_file("api_key")
        };
        // Checked when used (`require_api_key`, `resolve_secrets`), not here: a bad value must
        // not stop the commands that do not need it, least of all `cheese config set` fixing it.
        let api_key = api_key.map(|(k, src)| (Secret::new(k), src));

        let api_base = if let Some(b) = &overrides.api_base {
            (b.clone(), Source::Flag("--api-base"))
        } else if let Some(b) = env_nonempty("CHEESE_API_BASE") {
            (b, Source::Env("CHEESE_API_BASE"))
        } else {
            from_file("api_base").unwrap_or_else(|| (DEFAULT_API_BASE.to_string(), Source::Default))
        };

        let webhook_secret = if let Some(s) = env_nonempty("CHEESE_WEBHOOK_SECRET") {
            Some((
                strip_one_newline(&s).to_string(),
                Source::Env("CHEESE_WEBHOOK_SECRET"),
            ))
        } else {
            from_file("webhook_secret")
        };
        let webhook_secret = webhook_secret.map(|(s, src)| (Secret::new(s), src));

        Ok(Config {
            file,
            profile,
            profile_source,
            api_key,
            api_base,
            webhook_secret,
        })
    }

    /// The API key, or exit 4 naming the ways to give one.
    pub fn require_api_key(&self) -> anyhow::Result<&Secret> {
        let hint = "pass `--api-key`, set `CHEESE_API_KEY`, or run `cheese login`";
        let Some((key, source)) = &self.api_key else {
            return Err(Error::auth("no API key").hint(hint).into());
        };
        if key.expose().is_empty() {
            return Err(Error::auth(format!("the API key ({source}) is empty"))
                .hint(hint)
                .into());
        }
        check_secret(key.expose(), &format!("the API key ({source})"))?;
        Ok(key)
    }

    /// The secret saved for a webhook by `webhooks register`.
    pub fn saved_webhook_secret(&self, webhook_id: &str) -> Option<Secret> {
        self.file
            .get(&self.profile, &format!("webhook_secrets.{webhook_id}"))
            .map(Secret::new)
    }
}

/// Secret sources given on the command line of `sign`, `verify`, `listen` and `trigger`.
#[derive(Debug, Clone, Default)]
pub struct SecretFlags<'a> {
    pub secrets: &'a [String],
    pub files: &'a [PathBuf],
    pub webhooks: &'a [String],
}

impl SecretFlags<'_> {
    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty() && self.files.is_empty() && self.webhooks.is_empty()
    }
}

/// Resolves webhook secrets (SPEC §3): every `--secret`, `--secret-file` and `--webhook`
/// given, together; only when none is given, `CHEESE_WEBHOOK_SECRET`, then the profile's
/// `webhook_secret`. `config` is only consulted when it is needed (so a corrupt config file
/// does not stop `cheese sign --secret …`). Returns an empty list when there is no secret.
pub fn resolve_secrets(
    flags: &SecretFlags<'_>,
    config: impl FnOnce() -> anyhow::Result<Config>,
) -> anyhow::Result<Vec<NamedSecret>> {
    let mut out = Vec::new();
    let numbered = |flag: &str, i: usize, n: usize| {
        if n > 1 {
            format!("{flag} #{}", i + 1)
        } else {
            flag.to_string()
        }
    };
    for (i, s) in flags.secrets.iter().enumerate() {
        let label = numbered("--secret", i, flags.secrets.len());
        if s.is_empty() {
            // `--secret "$WEBHOOK_SECRET"` with the variable unset: signing with an empty key
            // would "work" and hide the mistake.
            return Err(Error::usage(format!("the secret from {label} is empty"))
                .hint("is the variable you passed set? a webhook secret looks like `whsec_…`")
                .into());
        }
        check_secret(s, &format!("the secret from {label}"))?;
        out.push(NamedSecret {
            label,
            secret: Secret::new(s.clone()),
        });
    }
    for path in flags.files {
        // `what` names the source in "is empty" / "is not UTF-8 text", `inner` the secret in
        // the control character message.
        let (bytes, label, what, inner) = if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| {
                Error::usage(format!("reading the secret from standard input: {e}"))
            })?;
            let what = "the secret from standard input".to_string();
            (bytes, "--secret-file -".to_string(), what.clone(), what)
        } else {
            // A secret file that cannot be read is a configuration problem (exit 2), like
            // one that is empty or not text.
            let bytes = fs::read(path).map_err(|e| {
                Error::usage(format!("reading secret file {}: {e}", path.display()))
            })?;
            (
                bytes,
                format!("--secret-file {}", path.display()),
                format!("the secret file {}", path.display()),
                format!("the secret in {}", path.display()),
            )
        };
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::usage(format!("{what} is not UTF-8 text")))?;
        let value = strip_one_newline(&text);
        check_secret(value, &inner)?;
        if value.is_empty() {
            return Err(Error::usage(format!("{what} is empty")).into());
        }
        out.push(NamedSecret {
            label,
            secret: Secret::new(value),
        });
    }
    if flags.webhooks.is_empty() && !out.is_empty() {
        return Ok(out);
    }
    let config = config()?;
    for id in flags.webhooks {
        let secret = config.saved_webhook_secret(id).ok_or_else(|| {
            Error::usage(format!(
                "no saved secret for webhook `{id}` in profile `{}`",
                config.profile
            ))
            .hint(format!(
                "`cheese webhooks register` saves it; or pass `--secret`, or run `cheese config set webhook_secrets.{id} whsec_…`"
            ))
        })?;
        check_config_secret(
            &secret,
            &format!("the saved secret of {id}"),
            &format!("webhook_secrets.{id}"),
        )?;
        out.push(NamedSecret {
            label: format!("--webhook {id}"),
            secret,
        });
    }
    if out.is_empty() {
        if let Some((secret, source)) = config.webhook_secret {
            check_config_secret(
                &secret,
                &format!("the webhook secret ({source})"),
                "webhook_secret",
            )?;
            out.push(NamedSecret {
                label: source.to_string(),
                secret,
            });
        }
    }
    Ok(out)
}

/// A secret from the environment or the config file: not empty, no control character. `key`
/// names it for `cheese config set|unset` in the hint.
fn check_config_secret(secret: &Secret, what: &str, key: &str) -> anyhow::Result<()> {
    if secret.expose().is_empty() {
        return Err(Error::usage(format!("{what} is empty"))
            .hint(format!(
                "set it with `cheese config set {key} whsec_…`, or remove it with `cheese config unset {key}`"
            ))
            .into());
    }
    check_secret(secret.expose(), what)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> (tempfile::TempDir, ConfigFile) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        fs::write(&path, text).expect("write");
        let f = ConfigFile::load_from(&path).expect("load");
        (dir, f)
    }

    #[test]
    fn malformed_file_names_line_and_column() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        fs::write(
            &path,
            "[profiles.default]\napi_key = \"ck_test_1\"\napi_base = nope\n",
        )
        .expect("write");
        let err = ConfigFile::load_from(&path).expect_err("must fail");
        let ce = err.downcast_ref::<ConfigError>().expect("a ConfigError");
        assert_eq!(ce.position.map(|p| p.0), Some(3));
        assert!(err.to_string().contains(&format!("{}:3:", path.display())));
        assert_eq!(crate::error::exit_code(&err), 2);
    }

    #[test]
    fn wrong_type_is_reported_with_its_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        fs::write(&path, "[profiles.default]\n\napi_key = 42\n").expect("write");
        let err = ConfigFile::load_from(&path).expect_err("must fail");
        assert!(
            err.to_string().contains(":3:") && err.to_string().contains("must be a string"),
            "{err}"
        );
    }

    #[test]
    fn set_keeps_comments_and_uses_dotted_tables() {
        let (_d, mut f) =
            file("# my settings\n[profiles.default]\napi_base = \"http://x\" # local\n");
        f.set("default", "api_key", "ck_test_abc").expect("set");
        f.set("work", "webhook_secrets.wh_1", "whsec_1")
            .expect("set");
        let text = f.to_text();
        assert!(text.contains("# my settings"));
        assert!(text.contains("# local"));
        assert!(text.contains("[profiles.work.webhook_secrets]"), "{text}");
        assert!(!text.contains("[profiles]\n"), "{text}");
        assert_eq!(f.get("work", "webhook_secrets.wh_1"), Some("whsec_1"));
        assert!(f.set("default", "nope", "x").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn save_is_0600_in_0700_even_over_a_loose_file() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, mut f) = file("");
        fs::set_permissions(&f.path, fs::Permissions::from_mode(0o644)).expect("chmod");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
        f.set("default", "api_key", "ck_test_1").expect("set");
        f.save().expect("save");
        f.set("default", "api_base", "http://127.0.0.1:1")
            .expect("set");
        f.save().expect("save");
        let mode = fs::metadata(&f.path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let mode = fs::metadata(dir.path()).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        let again = ConfigFile::load_from(&f.path).expect("load");
        assert_eq!(again.get("default", "api_base"), Some("http://127.0.0.1:1"));
    }

    #[cfg(unix)]
    #[test]
    fn save_failure_is_a_configuration_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let blocker = dir.path().join("file");
        fs::write(&blocker, "").expect("write");
        let sub = blocker.join("sub");
        let f = ConfigFile {
            path: sub.join(FILE_NAME),
            exists: false,
            doc: DocumentMut::new(),
        };
        let err = f.save().expect_err("the parent is a file");
        assert_eq!(crate::error::exit_code(&err), 2);
        assert_eq!(
            crate::error::render(&err),
            format!(
                "cheese: error: cannot save config file {path}: creating directory {sub}: Not a directory (os error 20)\nhint: check that you own {sub} and may write to it, or point `CHEESE_CONFIG_DIR` at a directory you own\n",
                path = f.path.display(),
                sub = sub.display()
            )
        );
    }

    #[test]
    fn strip_and_check() {
        assert_eq!(strip_one_newline("a\r\n"), "a");
        assert_eq!(strip_one_newline("a\n\n"), "a\n");
        assert!(check_secret("whsec_ok", "x").is_ok());
        let err = check_secret("whsec\tbad", "the secret").expect_err("tab");
        assert!(err.to_string().contains("position 6"), "{err}");
    }
}
