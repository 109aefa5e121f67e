//! Where every byte a command prints goes (SPEC §7).
//!
//! stdout carries results only; notices, warnings, progress and errors go to stderr. Color
//! is decided once per stream (just's color.rs): `--color always` wins, `never` loses, and
//! `auto` needs a terminal, an empty or unset `NO_COLOR` and a `TERM` other than `dumb`.
//! `CHEESE_FORCE_TTY=1` makes tests see the terminal layout (tables, blocks) without ever
//! prompting.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use serde::Serialize;

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Human or JSON results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// The output settings of one run. Cheap to clone; `Send + Sync` so `listen` can share it.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub verbose: u8,
    stdout_tty: bool,
    stderr_tty: bool,
    stdin_tty: bool,
    stdout_color: bool,
    stderr_color: bool,
}

/// What the environment says about terminals and color, read once.
#[derive(Debug, Clone, Copy)]
pub struct Env {
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub stdin_tty: bool,
    pub force_tty: bool,
    pub no_color: bool,
    pub term_dumb: bool,
}

impl Env {
    pub fn detect() -> Self {
        let non_empty = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Env {
            stdout_tty: io::stdout().is_terminal(),
            stderr_tty: io::stderr().is_terminal(),
            stdin_tty: io::stdin().is_terminal(),
            force_tty: std::env::var_os("CHEESE_FORCE_TTY").is_some_and(|v| v == "1"),
            no_color: non_empty("NO_COLOR"),
            term_dumb: std::env::var_os("TERM").is_some_and(|v| v == "dumb"),
        }
    }
}

impl Output {
    pub fn new(json: bool, quiet: bool, verbose: u8, color: ColorChoice, env: Env) -> Self {
        let stdout_tty = env.stdout_tty || env.force_tty;
        let stderr_tty = env.stderr_tty || env.force_tty;
        let auto = |tty: bool| tty && !env.no_color && !env.term_dumb;
        let decide = |tty: bool| match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => auto(tty),
        };
        Output {
            format: if json { Format::Json } else { Format::Human },
            quiet,
            verbose,
            stdout_tty,
            stderr_tty,
            // Forcing the terminal layout never makes a prompt possible.
            stdin_tty: env.stdin_tty && env.stderr_tty && !env.force_tty,
            // Never color JSON on stdout.
            stdout_color: !json && decide(env.stdout_tty || env.force_tty),
            stderr_color: decide(env.stderr_tty || env.force_tty),
        }
    }

    /// An output for library use and tests: human, no color, no terminal.
    pub fn plain() -> Self {
        Output {
            format: Format::Human,
            quiet: false,
            verbose: 0,
            stdout_tty: false,
            stderr_tty: false,
            stdin_tty: false,
            stdout_color: false,
            stderr_color: false,
        }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }
    /// stdout is (or is forced to look like) a terminal: use tables and blocks.
    pub fn stdout_is_tty(&self) -> bool {
        self.stdout_tty
    }
    /// stderr is (or is forced to look like) a terminal: progress bars and spinners allowed.
    pub fn stderr_is_tty(&self) -> bool {
        self.stderr_tty
    }
    /// A prompt can be answered: stdin and stderr are real terminals.
    pub fn interactive(&self) -> bool {
        self.stdin_tty
    }
    pub fn stdout_color(&self) -> bool {
        self.stdout_color
    }
    pub fn stderr_color(&self) -> bool {
        self.stderr_color
    }

    /// Writes one result line to stdout.
    pub fn data(&self, line: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(line.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush())
            .map_err(stdout_error)
    }

    /// Writes raw text to stdout as it is (the caller supplies newlines).
    pub fn data_raw(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(stdout_error)
    }

    /// Writes a JSON result: pretty on a terminal, compact when piped.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let text = if self.stdout_tty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(io::Error::other)?;
        self.data(&text)
    }

    /// Writes one JSON object on one line (`listen --json` records), whatever stdout is.
    pub fn json_line<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let text = serde_json::to_string(value).map_err(io::Error::other)?;
        self.data(&text)
    }

    /// A notice on stderr ("✓ saved …"); silenced by `--quiet`.
    pub fn status(&self, line: &str) {
        if !self.quiet {
            eprintln_safe(line);
        }
    }

    /// A `cheese: warning: …` line on stderr; shown even with `--quiet`.
    pub fn warn(&self, message: &str) {
        let prefix = crate::ui::paint_warning("cheese: warning:", self.stderr_color);
        eprintln_safe(&format!("{prefix} {message}"));
    }

    /// A `-v` log line on stderr.
    pub fn debug(&self, line: &str) {
        if self.verbose > 0 {
            eprintln_safe(&format!("cheese: {line}"));
        }
    }
}

/// Names stdout in a write error ("No space left on device" alone does not say where), keeping
/// its kind so that a closed pipe is still recognised and exits 0 quietly.
fn stdout_error(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("writing to standard output: {e}"))
}

/// Writes a line to stderr, ignoring a closed stderr (nothing better can be done with it).
pub fn eprintln_safe(line: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(line.as_bytes());
    let _ = err.write_all(b"\n");
    let _ = err.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(tty: bool) -> Env {
        Env {
            stdout_tty: tty,
            stderr_tty: tty,
            stdin_tty: tty,
            force_tty: false,
            no_color: false,
            term_dumb: false,
        }
    }

    #[test]
    fn color_rules() {
        let o = Output::new(false, false, 0, ColorChoice::Auto, env(true));
        assert!(o.stdout_color() && o.stderr_color());
        let o = Output::new(false, false, 0, ColorChoice::Auto, env(false));
        assert!(!o.stdout_color() && !o.stderr_color());
        let o = Output::new(
            false,
            false,
            0,
            ColorChoice::Auto,
            Env {
                no_color: true,
                ..env(true)
            },
        );
        assert!(!o.stdout_color() && !o.stderr_color());
        let o = Output::new(
            false,
            false,
            0,
            ColorChoice::Auto,
            Env {
                term_dumb: true,
                ..env(true)
            },
        );
        assert!(!o.stderr_color());
        let o = Output::new(
            false,
            false,
            0,
            ColorChoice::Always,
            Env {
                no_color: true,
                ..env(false)
            },
        );
        assert!(o.stdout_color() && o.stderr_color());
        let o = Output::new(true, false, 0, ColorChoice::Always, env(true));
        assert!(!o.stdout_color(), "JSON on stdout is never colored");
        let o = Output::new(false, false, 0, ColorChoice::Never, env(true));
        assert!(!o.stdout_color() && !o.stderr_color());
    }

    #[test]
    fn forced_tty_never_prompts() {
        let o = Output::new(
            false,
            false,
            0,
            ColorChoice::Auto,
            Env {
                force_tty: true,
                ..env(false)
            },
        );
        assert!(o.stdout_is_tty() && !o.interactive());
    }
}
