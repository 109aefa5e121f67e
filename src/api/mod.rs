//! The store's API client (SPEC §2). Commands never speak HTTP to the API themselves.

use std::fmt;

use crate::error::exit;

/// An error answer from the store: HTTP status, the error body's type and message, and the
/// `X-Request-Id` to quote to support.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub error_type: Option<String>,
    pub message: String,
    pub param: Option<String>,
    pub request_id: Option<String>,
    pub retry_after: Option<u64>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the store answered {}", self.status)?;
        if let Some(t) = &self.error_type {
            write!(f, " {t}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(p) = &self.param {
            write!(f, " (param `{p}`)")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    pub fn exit_code(&self) -> u8 {
        match self.status {
            401 | 403 => exit::AUTH,
            _ => exit::FAILURE,
        }
    }

    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        match self.status {
            401 => hints.push(
                "the API key was refused: run `cheese login` or check `CHEESE_API_KEY`".to_string(),
            ),
            403 => hints.push("the API key lacks permission for this call".to_string()),
            404 => hints.push("check the id: `cheese webhooks list` shows yours".to_string()),
            429 => hints.push(match self.retry_after {
                Some(s) => format!("rate limited: wait {s} s and try again"),
                None => "rate limited: wait a moment and try again".to_string(),
            }),
            s if s >= 500 => hints.push(match &self.request_id {
                Some(id) => {
                    format!("the store had a problem; quote request id {id} if it persists")
                }
                None => "the store had a problem; try again later".to_string(),
            }),
            _ => {}
        }
        hints
    }
}
