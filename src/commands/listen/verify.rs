//! Checks one delivery's `X-Cheese-Signature` with [`crate::signature`] and turns the result
//! into what `listen` needs: a verdict to show, the reason and diagnosis for a refusal, and the
//! `X-Cheese-Listen` tag of the 401.
//!
//! Large bodies are hashed on the blocking pool so one 30 MiB delivery does not stall the
//! others; a failed delivery is diagnosed (a few dozen more HMACs) the same way.

use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue};

use crate::secret::Secret;
use crate::signature::{self, Diagnosis, NamedSecret, Reason, TokenReason, Verdict};

/// Bodies above this size are verified off the async workers.
const BLOCKING_ABOVE: usize = 256 * 1024;

/// The secrets and the API key (to recognise `api_key_as_secret`), shared by every delivery.
#[derive(Debug, Default)]
pub struct Keys {
    pub secrets: Vec<NamedSecret>,
    pub api_key: Option<Secret>,
}

/// The signature verdict of one delivery.
#[derive(Debug, Clone)]
pub enum Check {
    /// No secret is configured.
    NotChecked,
    /// A token matched the secret at this index.
    Valid { secret: usize },
    /// Nothing matched: `verdict` is `Invalid` or `Malformed`.
    Failed {
        verdict: Verdict,
        reasons: Vec<TokenReason>,
        diagnosis: Vec<Diagnosis>,
    },
}

impl Check {
    /// Whether the delivery may go on (valid, or nothing to check).
    pub fn passed(&self) -> bool {
        !matches!(self, Check::Failed { .. })
    }

    /// `valid`, `invalid`, `malformed` or `not_checked`, as in the `--json` record.
    pub fn verdict_code(&self) -> &'static str {
        match self {
            Check::NotChecked => "not_checked",
            Check::Valid { .. } => "valid",
            Check::Failed { verdict, .. } => verdict.as_str(),
        }
    }

    /// Whether the header was missing altogether (the 401 says `missing-signature`).
    pub fn missing(&self) -> bool {
        match self {
            Check::Failed { reasons, .. } => {
                reasons.len() == 1 && reasons[0].reason == Reason::Missing
            }
            _ => false,
        }
    }

    /// The stable reason code: the first malformed token's, or `mismatch` for a well-formed
    /// signature that no secret produces.
    pub fn reason_code(&self) -> Option<&'static str> {
        match self {
            Check::Failed {
                verdict, reasons, ..
            } => Some(match (verdict, reasons.first()) {
                (Verdict::Malformed, Some(r)) => r.reason.code(),
                _ => "mismatch",
            }),
            _ => None,
        }
    }

    /// One line saying why the delivery was refused (for the 401 body and the log).
    pub fn reason_text(&self) -> String {
        match self {
            Check::Failed {
                verdict: Verdict::Malformed,
                reasons,
                ..
            } => {
                let Some(first) = reasons.first() else {
                    return "malformed signature".into();
                };
                if first.reason == Reason::Missing {
                    return first.reason.message().to_string();
                }
                let token = crate::sanitize::escape(&first.token);
                let more = match reasons.len() {
                    1 => String::new(),
                    n => format!(" (and {} more malformed tokens)", n - 1),
                };
                format!(
                    "malformed signature `{token}`: {} ({}){more}",
                    first.reason.message(),
                    first.reason.code()
                )
            }
            Check::Failed { .. } => {
                "the signature matches none of the configured secrets (mismatch)".into()
            }
            Check::Valid { .. } => "valid".into(),
            Check::NotChecked => "not checked".into(),
        }
    }
}

/// Verifies the delivery and, when `diagnose` (the delivery will be shown), diagnoses a
/// failure: a flood of bad deliveries the display skips costs one HMAC per secret each, not
/// dozens of re-serializations. Never fails: any header bytes are fine.
pub async fn check(keys: &Arc<Keys>, headers: &HeaderMap, body: &Bytes, diagnose: bool) -> Check {
    if keys.secrets.is_empty() {
        return Check::NotChecked;
    }
    if body.len() > BLOCKING_ABOVE {
        let values: Vec<HeaderValue> = headers.get_all(signature::HEADER).iter().cloned().collect();
        let keys = Arc::clone(keys);
        let body = body.clone();
        let work = move || {
            let refs: Vec<&[u8]> = values.iter().map(HeaderValue::as_bytes).collect();
            check_now(&keys, &refs, &body, diagnose)
        };
        if let Ok(check) = tokio::task::spawn_blocking(work).await {
            return check;
        }
        // The blocking pool is shutting down: check here instead.
    }
    let refs: Vec<&[u8]> = headers
        .get_all(signature::HEADER)
        .iter()
        .map(HeaderValue::as_bytes)
        .collect();
    check_now(keys, &refs, body, diagnose)
}

fn check_now(keys: &Keys, refs: &[&[u8]], body: &[u8], diagnose: bool) -> Check {
    let verification = signature::verify(refs, body, &keys.secrets);
    if let Some(m) = verification.matched {
        return Check::Valid {
            secret: m.secret_index,
        };
    }
    let diagnosis = if diagnose {
        signature::diagnose(refs, body, &keys.secrets, keys.api_key.as_ref())
    } else {
        Vec::new()
    };
    Check::Failed {
        verdict: verification.verdict,
        reasons: verification.reasons,
        diagnosis,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Arc<Keys> {
        Arc::new(Keys {
            secrets: vec![
                NamedSecret::new("--secret #1", Secret::new("whsec_old")),
                NamedSecret::new("--secret #2", Secret::new("whsec_new")),
            ],
            api_key: None,
        })
    }

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(
                signature::HEADER,
                http::HeaderValue::from_str(v).expect("value"),
            );
        }
        h
    }

    #[tokio::test]
    async fn verdicts() {
        let body = Bytes::from_static(b"{\"id\":\"evt_1\"}");
        let sig = signature::sign_hex(b"whsec_new", &body);
        let c = check(&keys(), &headers(&[&sig]), &body, true).await;
        assert!(matches!(c, Check::Valid { secret: 1 }), "{c:?}");

        let c = check(&keys(), &headers(&[]), &body, true).await;
        assert!(c.missing() && !c.passed());
        assert_eq!(c.reason_code(), Some("missing"));

        let c = check(&keys(), &headers(&["abc"]), &body, true).await;
        assert_eq!(
            (c.verdict_code(), c.reason_code()),
            ("malformed", Some("wrong_length"))
        );
        assert!(c.reason_text().contains("`abc`"), "{}", c.reason_text());

        let wrong = signature::sign_hex(b"whsec_other", &body);
        let c = check(&keys(), &headers(&[&wrong]), &body, true).await;
        assert_eq!(
            (c.verdict_code(), c.reason_code()),
            ("invalid", Some("mismatch"))
        );

        // Signed over the body with a trailing newline: diagnosed.
        let nl = signature::sign_hex(b"whsec_new", b"{\"id\":\"evt_1\"}\n");
        let c = check(&keys(), &headers(&[&nl]), &body, true).await;
        let Check::Failed { diagnosis, .. } = c else {
            panic!("must fail")
        };
        assert_eq!(diagnosis.first().map(|d| d.code), Some("trailing_newline"));
        // Not shown: the verdict and reason only, no diagnosis work.
        let c = check(&keys(), &headers(&[&nl]), &body, false).await;
        let Check::Failed {
            diagnosis, reasons, ..
        } = c
        else {
            panic!("must fail")
        };
        assert!(diagnosis.is_empty() && reasons.is_empty());

        let none = Arc::new(Keys::default());
        assert!(matches!(
            check(&none, &headers(&[]), &body, true).await,
            Check::NotChecked
        ));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn large_bodies_are_checked_off_the_workers() {
        let body = Bytes::from(vec![b'x'; BLOCKING_ABOVE + 1]);
        let sig = signature::sign_hex(b"whsec_old", &body);
        let c = check(&keys(), &headers(&[&sig]), &body, true).await;
        assert!(matches!(c, Check::Valid { secret: 0 }));
    }
}
