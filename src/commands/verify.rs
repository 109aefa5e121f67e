//! `cheese verify`: check an `X-Cheese-Signature` against a payload and explain a mismatch
//! (SPEC §3, §8).
//!
//! stdout carries the verdict word alone (`valid`, `invalid`, `malformed`) or, with `--json`,
//! the SPEC §8 object; the explanation goes to stderr. Exit 0 when valid, 1 when not, 2 on a
//! usage error, so `cheese verify … && deploy` reads naturally in a script.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::SecretArgs;
use crate::commands::sign::{no_secret_error, Input};
use crate::config::SecretFlags;
use crate::context::Ctx;
use crate::error::Error;
use crate::sanitize;
use crate::secret::Secret;
use crate::signature::{self, Diagnosis, NamedSecret, TokenReason, Verdict, Verification};
use crate::ui;

/// Check a signature against a payload and explain a mismatch
///
/// Verifies the X-Cheese-Signature value(s) against the exact bytes of FILE (or standard
/// input) with every configured secret, and prints `valid`, `invalid` or `malformed` on stdout.
/// On stderr it says which secret and form matched, or why nothing did: the reason for each
/// malformed token and the usual mistake that explains a mismatch (a trailing newline, a
/// re-serialized JSON body, the API key used as the secret, …).
///
/// Exit status: 0 when valid, 1 when invalid or malformed, 2 on a usage error.
///
/// Examples:
///   cheese verify body.json --signature 757107ea…
///   cheese verify body.json -s "$SIG" --secret whsec_old --secret whsec_new
///   cheese verify body.json -s "$SIG" --json | jq .diagnosis
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The payload to check; `-` or nothing reads standard input
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// The X-Cheese-Signature value to check (repeat for several header lines)
    #[arg(short = 's', long = "signature", value_name = "VALUE", required = true)]
    pub signatures: Vec<String>,

    #[command(flatten)]
    pub secrets: SecretArgs,

    /// Use the secret saved for this webhook by `cheese webhooks register`
    #[arg(long = "webhook", value_name = "ID")]
    pub webhooks: Vec<String>,
}

/// SPEC §8: `{"verdict", "matched"?, "reasons", "diagnosis"}`.
#[derive(Debug, Serialize)]
struct VerifyJson<'a> {
    verdict: Verdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    matched: Option<MatchedJson<'a>>,
    reasons: &'a [TokenReason],
    diagnosis: &'a [Diagnosis],
}

#[derive(Debug, Serialize)]
struct MatchedJson<'a> {
    secret_source: &'a str,
    form: signature::Form,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let flags = SecretFlags {
        secrets: &args.secrets.secrets,
        files: &args.secrets.secret_files,
        webhooks: &args.webhooks,
    };
    let input = Input::from_arg(args.file.as_deref());
    input.check_stdin_once(&args.secrets.secret_files)?;
    let secrets = ctx.secrets(&flags)?;
    if secrets.is_empty() {
        return Err(no_secret_error().into());
    }
    input.announce(ctx);
    let body = input.read_all()?;

    let headers: Vec<&[u8]> = args.signatures.iter().map(|s| s.as_bytes()).collect();
    let verification = signature::verify(&headers, &body, &secrets);
    let diagnosis = if verification.is_valid() {
        Vec::new()
    } else {
        let api_key = api_key(ctx);
        signature::diagnose(&headers, &body, &secrets, api_key.as_ref())
    };

    let printed = if ctx.out.is_json() {
        ctx.out.json(&VerifyJson {
            verdict: verification.verdict,
            matched: verification.matched.as_ref().map(|m| MatchedJson {
                secret_source: &m.secret_label,
                form: m.form,
            }),
            reasons: &verification.reasons,
            diagnosis: &diagnosis,
        })
    } else {
        ctx.out.data(verification.verdict.as_str())
    };
    // A closed stdout (`cheese verify … | head -c0`) exits 0 quietly, but must never turn a
    // mismatch into a success: the exit status is the verdict too, so go on and report it.
    if let Err(e) = printed {
        if verification.is_valid() || e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }

    if let Some(m) = &verification.matched {
        let check = ui::good("✓", ctx.out.stderr_color());
        ctx.out.status(&format!(
            "{check} signature valid: matches the secret from {} ({})",
            m.secret_label,
            m.form.describe()
        ));
        return Ok(());
    }
    let mut err = Error::failure(failure_message(&verification, &secrets));
    if let Some(first) = diagnosis.first() {
        err = err.hint(format!("{}: {}", first.code, first.message));
        if diagnosis.len() > 1 {
            let others: Vec<&str> = diagnosis[1..].iter().map(|d| d.code).collect();
            err = err.hint(format!(
                "also consistent with: {} (`--json` lists every explanation)",
                others.join(", ")
            ));
        }
    } else if verification.verdict == Verdict::Invalid {
        err = err.hint(
            "no usual mistake explains it: check that the secret is this endpoint's webhook \
             secret and that the body is the exact bytes received",
        );
    }
    // main prints it as `cheese: error: …` and `hint: …` lines, and exits 1.
    Err(err.into())
}

/// One line: the verdict and each malformed token's reason, tokens escaped (untrusted text).
fn failure_message(v: &Verification, secrets: &[NamedSecret]) -> String {
    let reasons: Vec<String> = v
        .reasons
        .iter()
        .map(|r| match r.reason {
            signature::Reason::Missing => format!("{} ({})", r.reason.code(), r.reason.message()),
            reason => format!(
                "`{}`: {} ({})",
                sanitize::escape(&r.token),
                reason.code(),
                reason.message()
            ),
        })
        .collect();
    match v.verdict {
        Verdict::Valid => "signature valid".to_string(),
        Verdict::Invalid => {
            let tried: Vec<&str> = secrets.iter().map(|s| s.label.as_str()).collect();
            let mut message = format!(
                "signature invalid: no secret matches (tried {})",
                tried.join(", ")
            );
            if !reasons.is_empty() {
                message.push_str("; also ");
                message.push_str(&reasons.join("; "));
            }
            message
        }
        Verdict::Malformed => format!("signature malformed: {}", reasons.join("; ")),
    }
}

/// The API key, if one is configured, for the `api_key_as_secret` diagnosis. A config problem
/// is not this command's business (the secrets are already resolved), so it just means the
/// key from the flag or the environment, if any.
fn api_key(ctx: &Ctx) -> Option<Secret> {
    match ctx.config() {
        Ok(config) => config.api_key.map(|(key, _)| key),
        Err(_) => ctx
            .global
            .api_key
            .clone()
            .or_else(|| std::env::var("CHEESE_API_KEY").ok())
            .filter(|key| !key.is_empty())
            .map(|key| Secret::new(crate::config::strip_one_newline(&key))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verification(header: &str, secret: &str) -> (Verification, Vec<NamedSecret>) {
        let secrets = vec![NamedSecret::new("--secret", Secret::new(secret))];
        let v = signature::verify(&[header.as_bytes()], b"body", &secrets);
        (v, secrets)
    }

    #[test]
    fn messages_name_tokens_and_reasons() {
        let (v, s) = verification("sha1=abc \x1b[31mzz", "k");
        assert_eq!(
            failure_message(&v, &s),
            "signature malformed: `sha1=abc`: unsupported_algorithm (another algorithm's prefix: \
             only `sha256=` (HMAC-SHA256) is supported); `\\x1b[31mzz`: non_hex (contains \
             characters that are not hex digits)"
        );
        let (v, s) = verification(&"0".repeat(64), "k");
        assert_eq!(
            failure_message(&v, &s),
            "signature invalid: no secret matches (tried --secret)"
        );
        let (v, s) = verification("", "k");
        assert_eq!(
            failure_message(&v, &s),
            "signature malformed: missing (no X-Cheese-Signature header, or an empty one)"
        );
    }

    #[test]
    fn json_shape() {
        let secrets = vec![NamedSecret::new("--secret", Secret::new("k"))];
        let sig = signature::sign_hex(b"k", b"body");
        let v = signature::verify(&[sig.as_bytes()], b"body", &secrets);
        let json = serde_json::to_value(VerifyJson {
            verdict: v.verdict,
            matched: v.matched.as_ref().map(|m| MatchedJson {
                secret_source: &m.secret_label,
                form: m.form,
            }),
            reasons: &v.reasons,
            diagnosis: &[],
        })
        .expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({
                "verdict": "valid",
                "matched": {"secret_source": "--secret", "form": "hex"},
                "reasons": [],
                "diagnosis": [],
            })
        );
    }
}
