//! The only user of colored, indicatif and dialoguer: the palette, progress bars and prompts.
//!
//! colored's own switch is global, so `main` forces it on and every function here takes the
//! per-stream decision made by [`crate::output::Output`].

use colored::{ColoredString, Colorize};
use indicatif::{ProgressBar, ProgressStyle};

use crate::error::Error;
use crate::output::Output;

fn paint(text: &str, enabled: bool, f: impl Fn(&str) -> ColoredString) -> String {
    if enabled {
        f(text).to_string()
    } else {
        text.to_string()
    }
}

pub fn paint_error(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.red().bold())
}
pub fn paint_warning(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.yellow().bold())
}
pub fn good(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.green())
}
pub fn bad(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.red())
}
pub fn warn(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.yellow())
}
pub fn dim(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.dimmed())
}
pub fn bold(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.bold())
}
pub fn key(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.blue())
}
pub fn string(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.green())
}
pub fn number(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.cyan())
}
pub fn accent(text: &str, enabled: bool) -> String {
    paint(text, enabled, |t| t.magenta())
}

/// A progress bar on stderr when it is a real terminal; hidden otherwise (never in a pipe).
pub fn progress(out: &Output, len: u64, what: &str) -> ProgressBar {
    if !out.stderr_is_tty() || out.quiet || std::env::var_os("CHEESE_FORCE_TTY").is_some() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_string());
    bar
}

/// A spinner on stderr around a slow call; hidden when stderr is not a real terminal.
pub fn spinner(out: &Output, what: &str) -> ProgressBar {
    if !out.stderr_is_tty() || out.quiet || std::env::var_os("CHEESE_FORCE_TTY").is_some() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_message(what.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(100));
    bar
}

/// Asks yes/no on a terminal. Without one, `flag` (e.g. `--yes`) is required: exit 2 naming it.
pub fn confirm(out: &Output, question: &str, flag: &str) -> anyhow::Result<bool> {
    if !out.interactive() {
        return Err(Error::usage(format!(
            "`{flag}` is required when not running interactively"
        ))
        .into());
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(prompt_error)
}

/// A hidden input on a terminal (API keys). Without a terminal, `flag` is required.
pub fn password(out: &Output, prompt: &str, flag: &str) -> anyhow::Result<String> {
    if !out.interactive() {
        return Err(Error::usage(format!(
            "no terminal to prompt on: pass `{flag}` to read the value from standard input"
        ))
        .into());
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .interact()
        .map_err(prompt_error)
}

/// A multi-select on a terminal. Without one, `flag` is required.
pub fn multi_select(
    out: &Output,
    prompt: &str,
    items: &[&str],
    flag: &str,
) -> anyhow::Result<Vec<usize>> {
    if !out.interactive() {
        return Err(Error::usage(format!(
            "`{flag}` is required when not running interactively"
        ))
        .into());
    }
    dialoguer::MultiSelect::new()
        .with_prompt(prompt)
        .items(items)
        .interact()
        .map_err(prompt_error)
}

fn prompt_error(err: dialoguer::Error) -> anyhow::Error {
    match err {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            Error::interrupted("prompt cancelled").into()
        }
        dialoguer::Error::IO(e) => anyhow::Error::new(e).context("reading from the terminal"),
    }
}
