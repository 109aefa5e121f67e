//! The clap command tree: `Cli`, the global flags and the `Command` enum. No logic here;
//! each command's own flags live in its module (`commands::<name>::Args`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands;
use crate::output::ColorChoice;

const EXIT_CODES: &str = "\
Exit codes:
  0    success (also `listen` stopped with Ctrl-C, and a closed output pipe)
  1    failure: API error, network or I/O error, signature mismatch, failed delivery, bind failure
  2    usage or configuration error (bad flags, unreadable or malformed config file)
  4    authentication: no API key, or the store refused it (401/403)
  130  interrupted, or a prompt was cancelled

Environment:
  CHEESE_API_KEY, CHEESE_API_BASE, CHEESE_WEBHOOK_SECRET, CHEESE_PROFILE, CHEESE_CONFIG_DIR,
  CHEESE_DATA_DIR, CHEESE_FORCE_TTY=1 (terminal layout in tests), NO_COLOR";

/// The command-line tool for Cheese Store webhooks
///
/// Receive, verify and forward webhook deliveries to your local app (`listen`), fire realistic
/// signed events (`trigger`), compute and debug signatures (`sign`, `verify`), and manage your
/// endpoints through the store's API (`webhooks`).
#[derive(Debug, Parser)]
#[command(name = "cheese", version, propagate_version = true, after_long_help = EXIT_CODES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Print results as JSON on stdout (one object per line for `listen`)
    #[arg(long, global = true)]
    pub json: bool,

    /// When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Configuration profile to use [env: CHEESE_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// API key for the store's API [env: CHEESE_API_KEY]
    #[arg(long, global = true, value_name = "KEY", hide_env_values = true)]
    pub api_key: Option<String>,

    /// Base URL of the store's API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]
    #[arg(long, global = true, value_name = "URL")]
    pub api_base: Option<String>,

    /// Log requests and other details on stderr (secrets are never shown)
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    /// Print only results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// Where webhook secrets come from, for the commands that sign or verify.
#[derive(Debug, Clone, Default, Args)]
pub struct SecretArgs {
    /// Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]
    #[arg(long = "secret", value_name = "SECRET")]
    pub secrets: Vec<String>,

    /// Read the webhook secret from a file (one trailing newline is ignored)
    #[arg(long = "secret-file", value_name = "FILE")]
    pub secret_files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Listen(commands::listen::Args),
    Trigger(commands::trigger::Args),
    Events(commands::events::Args),
    Demo(commands::demo::Args),
    Sign(commands::sign::Args),
    Verify(commands::verify::Args),
    Webhooks(commands::webhooks::Args),
    Login(commands::login::Args),
    Logout(commands::login::LogoutArgs),
    Config(commands::config::Args),
    Completions(commands::completions::Args),
    /// Print the man page (roff) on stdout
    #[command(hide = true)]
    Man,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
