//! Serde models of the store's API resources (SPEC §2).
//!
//! Every object the client returns is an [`Object`]: the parsed fields the human renderers need,
//! plus the JSON exactly as the store sent it, so `--json` prints the API's own objects unchanged
//! in shape (key order and unknown fields included). Fields the renderers can do without are
//! optional, so a store that adds or omits a field never breaks a command.

use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::secret::Secret;

/// A parsed resource and the JSON it came from. `Debug` shows only the parsed fields (the raw
/// JSON of a registration holds the secret).
#[derive(Clone)]
pub struct Object<T> {
    /// The object as the store sent it (for `--json`).
    pub json: Value,
    /// The fields cheese reads.
    pub parsed: T,
}

impl<T: std::fmt::Debug> std::fmt::Debug for Object<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.parsed.fmt(f)
    }
}

impl<T> Deref for Object<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.parsed
    }
}

impl<T: for<'de> Deserialize<'de>> Object<T> {
    /// Parses `json` as a `T`, keeping the original value.
    pub fn from_json(json: Value) -> Result<Self, serde_json::Error> {
        let parsed = T::deserialize(&json)?;
        Ok(Object { json, parsed })
    }
}

/// `"active"` or `"disabled"`.
pub const STATUS_ACTIVE: &str = "active";
pub const STATUS_DISABLED: &str = "disabled";

/// A webhook endpoint: `{"id": "wh_…", "url", "events", "status", "description", "created_at",
/// "updated_at"}`, plus `"secret"` in the answer to `POST /v2/webhooks` only.
#[derive(Debug, Clone, Deserialize)]
pub struct Webhook {
    pub id: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Only in the answer to a registration; redacted in `Debug`.
    #[serde(default, deserialize_with = "secret")]
    pub secret: Option<Secret>,
}

fn secret<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Secret>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.map(Secret::new))
}

/// One page of a list: `{"data": [...], "has_more": bool}`.
#[derive(Debug, Clone, Deserialize)]
pub struct Page {
    pub data: Vec<Value>,
    #[serde(default)]
    pub has_more: bool,
}

/// The answer to `POST /v2/webhooks/{id}/test`.
#[derive(Debug, Clone, Deserialize)]
pub struct TestResult {
    #[serde(default)]
    pub event_id: Option<String>,
    pub delivery: TestDelivery,
}

/// What the endpoint did with the test event.
#[derive(Debug, Clone, Deserialize)]
pub struct TestDelivery {
    pub success: bool,
    #[serde(default)]
    pub status_code: Option<u16>,
    #[serde(default)]
    pub duration_ms: Option<u64>,
    #[serde(default)]
    pub error: Option<String>,
}

/// The answer to `POST /v2/webhooks/{id}/replay`.
#[derive(Debug, Clone, Deserialize)]
pub struct ReplayResult {
    #[serde(default)]
    pub replayed: Vec<Replayed>,
    #[serde(default)]
    pub count: Option<u64>,
}

/// One replayed event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Replayed {
    pub event_id: String,
    #[serde(default)]
    pub status: String,
}

/// One event's delivery to one webhook, from `GET /v2/webhooks/{id}/deliveries`.
#[derive(Debug, Clone, Deserialize)]
pub struct Delivery {
    pub event_id: String,
    #[serde(default, rename = "type")]
    pub event_type: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub last_status_code: Option<u16>,
    #[serde(default)]
    pub next_attempt_at: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
}

/// The body of `POST /v2/webhooks`.
#[derive(Debug, Clone, Serialize)]
pub struct NewWebhook<'a> {
    pub url: &'a str,
    pub events: &'a [&'a str],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'a str>,
}

/// The body of `PATCH /v2/webhooks/{id}`: only the fields being changed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WebhookPatch<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'a str>,
}

impl WebhookPatch<'_> {
    pub fn is_empty(&self) -> bool {
        self.url.is_none()
            && self.events.is_none()
            && self.description.is_none()
            && self.status.is_none()
    }
}

/// Delivery states for `deliveries --status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeliveryStatus {
    Pending,
    Succeeded,
    Retrying,
    Dead,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Succeeded => "succeeded",
            DeliveryStatus::Retrying => "retrying",
            DeliveryStatus::Dead => "dead",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_the_original_json_and_redacts_the_secret() {
        let v = json!({"secret": "whsec_x", "id": "wh_1", "url": "https://e.x/h",
                       "events": ["order.placed"], "status": "active", "extra": 1});
        let o: Object<Webhook> = Object::from_json(v.clone()).expect("parse");
        assert_eq!(o.id, "wh_1");
        assert_eq!(o.json, v);
        assert_eq!(
            serde_json::to_string(&o.json).expect("json"),
            r#"{"secret":"whsec_x","id":"wh_1","url":"https://e.x/h","events":["order.placed"],"status":"active","extra":1}"#
        );
        assert!(!format!("{o:?}").contains("whsec_x"));
        assert_eq!(o.secret.as_ref().map(Secret::expose), Some("whsec_x"));
    }

    #[test]
    fn tolerates_missing_optional_fields() {
        let d: Delivery = serde_json::from_value(json!({"event_id": "evt_1"})).expect("parse");
        assert_eq!(d.attempts, 0);
        assert!(Object::<Webhook>::from_json(json!({"url": "x"})).is_err());
    }

    #[test]
    fn patch_sends_only_what_changes() {
        let p = WebhookPatch {
            status: Some(STATUS_DISABLED),
            ..WebhookPatch::default()
        };
        assert_eq!(
            serde_json::to_value(&p).expect("json"),
            json!({"status": "disabled"})
        );
        assert!(WebhookPatch::default().is_empty());
    }
}
