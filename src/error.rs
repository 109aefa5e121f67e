//! Errors that decide an exit code or a hint, and the one place that maps them (SPEC §7).
//!
//! Commands return `anyhow::Result`; where the exit code or the hint depends on what went
//! wrong they return an [`Error`] (or an [`crate::api::ApiError`]), and `main` finds it by
//! downcasting, never by matching strings (as xh's error_reporting.rs does).

use std::fmt;
use std::io;

/// Exit codes, documented in the README and `cheese --help`.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 4;
    pub const INTERRUPTED: u8 = 130;
}

/// What kind of failure, which picks the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Exit 1: the operation failed (network, I/O, mismatch, bind).
    Failure,
    /// Exit 2: bad flags, bad input given by the user, or a configuration problem.
    Usage,
    /// Exit 4: no credentials, or the store refused them.
    Auth,
    /// Exit 130: interrupted or a cancelled prompt.
    Interrupted,
}

/// A user-facing error: one message line and zero or more hints.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hints: Vec<String>,
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hints: Vec::new(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(Kind::Auth, message)
    }
    pub fn interrupted(message: impl Into<String>) -> Self {
        Self::new(Kind::Interrupted, message)
    }
    /// Adds a `hint:` line.
    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The command already said everything it had to say (for example `verify` printed
/// "invalid" and its reasons); only the exit code is left.
#[derive(Debug)]
pub struct Exit(pub u8);

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit status {}", self.0)
    }
}

impl std::error::Error for Exit {}

/// True when the error is a write to a closed pipe (`cheese … | head -1`): exit 0 quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The exit code for an error, by type.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if is_broken_pipe(err) {
        return exit::OK;
    }
    for cause in err.chain() {
        if let Some(Exit(code)) = cause.downcast_ref::<Exit>() {
            return *code;
        }
        if let Some(e) = cause.downcast_ref::<Error>() {
            return match e.kind {
                Kind::Failure => exit::FAILURE,
                Kind::Usage => exit::USAGE,
                Kind::Auth => exit::AUTH,
                Kind::Interrupted => exit::INTERRUPTED,
            };
        }
        if let Some(e) = cause.downcast_ref::<crate::api::ApiError>() {
            return e.exit_code();
        }
        if let Some(e) = cause.downcast_ref::<crate::config::ConfigError>() {
            let _ = e;
            return exit::USAGE;
        }
    }
    exit::FAILURE
}

/// The `hint:` lines for an error, by type.
pub fn hints(err: &anyhow::Error) -> Vec<String> {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            return e.hints.clone();
        }
        if let Some(e) = cause.downcast_ref::<crate::api::ApiError>() {
            return e.hints();
        }
        if let Some(e) = cause.downcast_ref::<crate::config::ConfigError>() {
            return e.hints();
        }
    }
    Vec::new()
}

/// Renders the error the way `main` prints it: `cheese: error: …` then `hint: …` lines.
/// Causes are joined on the one line (`{:#}`), and control characters are escaped because
/// messages may carry text from the network.
pub fn render(err: &anyhow::Error) -> String {
    let mut out = format!(
        "cheese: error: {}\n",
        crate::sanitize::escape(&format!("{err:#}"))
    );
    for hint in hints(err) {
        out.push_str("hint: ");
        out.push_str(&crate::sanitize::escape(&hint));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_by_kind() {
        let e: anyhow::Error = Error::usage("bad flag").into();
        assert_eq!(exit_code(&e), 2);
        let e: anyhow::Error = Error::auth("no key").into();
        assert_eq!(exit_code(&e), 4);
        let e: anyhow::Error = Error::interrupted("stop").into();
        assert_eq!(exit_code(&e), 130);
        let e: anyhow::Error = Exit(1).into();
        assert_eq!(exit_code(&e), 1);
        let e = anyhow::anyhow!("plain");
        assert_eq!(exit_code(&e), 1);
    }

    #[test]
    fn context_keeps_the_code_and_hints() {
        let e: anyhow::Error = Error::auth("no API key")
            .hint("pass `--api-key` or set `CHEESE_API_KEY`")
            .into();
        let e = e.context("listing webhooks");
        assert_eq!(exit_code(&e), 4);
        assert_eq!(
            render(&e),
            "cheese: error: listing webhooks: no API key\nhint: pass `--api-key` or set `CHEESE_API_KEY`\n"
        );
    }

    #[test]
    fn broken_pipe_is_quiet_success() {
        let e: anyhow::Error = io::Error::from(io::ErrorKind::BrokenPipe).into();
        assert_eq!(exit_code(&e), 0);
    }
}
