//! `Ctx`: what every command gets — the output settings, the global flags, and the
//! configuration, loaded only when a command asks for it (so `cheese sign --secret …` works
//! even next to a broken config file).

use crate::api::ApiClient;
use crate::cli::GlobalArgs;
use crate::config::{self, Config, Overrides, SecretFlags};
use crate::output::Output;
use crate::signature::NamedSecret;

pub struct Ctx {
    pub out: Output,
    pub global: GlobalArgs,
}

impl Ctx {
    pub fn new(out: Output, global: GlobalArgs) -> Self {
        Ctx { out, global }
    }

    pub fn overrides(&self) -> Overrides {
        Overrides {
            profile: self.global.profile.clone(),
            api_key: self.global.api_key.clone(),
            api_base: self.global.api_base.clone(),
        }
    }

    /// Loads and resolves the configuration; an unknown profile is an error.
    pub fn config(&self) -> anyhow::Result<Config> {
        Config::load(&self.overrides(), false)
    }

    /// Like [`Ctx::config`], but a named profile that does not exist yet is fine
    /// (`login` and `config set` create it).
    pub fn config_creating_profile(&self) -> anyhow::Result<Config> {
        Config::load(&self.overrides(), true)
    }

    /// An API client for the resolved configuration: exit 4 at once when there is no key.
    pub fn api(&self) -> anyhow::Result<ApiClient> {
        ApiClient::from_config(&self.config()?, &self.out)
    }

    /// The webhook secrets for `sign`, `verify`, `listen` and `trigger` (SPEC §3).
    pub fn secrets(&self, flags: &SecretFlags<'_>) -> anyhow::Result<Vec<NamedSecret>> {
        config::resolve_secrets(flags, || self.config())
    }
}
