//! The event catalog: the store's 14 event types (SPEC §1), their sample envelopes (SPEC §5),
//! event-type patterns (`order.*`), "did you mean" suggestions and `--set` overrides.
//!
//! Pure data and functions, no I/O. Used by `cheese events`, `trigger`, `demo`,
//! `webhooks register --events` and `listen --events`.
//!
//! Every envelope this module produces has the layout of the store's one documented example
//! (`tests/data/envelope-order-shipped.json`): keys in the order `id`, `type`, `created_at`,
//! `data`, pretty-printed with a 2-space indent, raw UTF-8 and a final newline. The
//! `order.shipped` sample is byte-identical to that file.

use serde_json::{json, Map, Value};
use time::{OffsetDateTime, UtcOffset};

/// One event type the store can send.
#[derive(Debug)]
pub struct EventType {
    /// The `type` field of the envelope, e.g. `order.shipped`.
    pub name: &'static str,
    /// One line for `cheese events` (sentence case, no trailing period).
    pub summary: &'static str,
    sample_id: &'static str,
    sample_created_at: &'static str,
    sample_data: fn() -> Value,
}

impl EventType {
    /// The `data` object of this type's sample, keys in a fixed order.
    pub fn sample_data(&self) -> Value {
        (self.sample_data)()
    }

    /// The sample envelope with its fixed `id` and `created_at` (what `cheese events sample`
    /// prints).
    pub fn sample_envelope(&self) -> String {
        render_envelope(
            self.sample_id,
            self.name,
            self.sample_created_at,
            self.sample_data(),
        )
    }

    /// The sample data in a new envelope: a fresh `evt_` id and `created_at` = `now`
    /// (what `cheese trigger` sends).
    pub fn fresh_envelope(&self, now: OffsetDateTime) -> String {
        render_envelope(
            &new_event_id(),
            self.name,
            &format_created_at(now),
            self.sample_data(),
        )
    }
}

/// Every event type, in the order of SPEC §1.
pub const CATALOG: &[EventType] = &[
    EventType {
        name: "order.placed",
        summary: "A customer placed an order",
        sample_id: "evt_brie_1c2d3e",
        sample_created_at: "2024-03-14T09:12:00Z",
        sample_data: order_placed,
    },
    EventType {
        name: "order.confirmed",
        summary: "Payment went through and the order was confirmed",
        sample_id: "evt_comte_2d3e4f",
        sample_created_at: "2024-03-14T09:15:00Z",
        sample_data: order_confirmed,
    },
    EventType {
        name: "order.shipped",
        summary: "The order left the cellar with a carrier and a tracking number",
        sample_id: "evt_cheddar_7a8b9c",
        sample_created_at: "2024-03-15T14:30:00Z",
        sample_data: order_shipped,
    },
    EventType {
        name: "order.delivered",
        summary: "The carrier delivered the order",
        sample_id: "evt_gruyere_8b9c0d",
        sample_created_at: "2024-03-17T11:42:00Z",
        sample_data: order_delivered,
    },
    EventType {
        name: "order.cancelled",
        summary: "An order was cancelled, with the reason and the refund",
        sample_id: "evt_stilton_9c0d1e",
        sample_created_at: "2024-03-16T08:05:00Z",
        sample_data: order_cancelled,
    },
    EventType {
        name: "cheese.back_in_stock",
        summary: "A sold-out cheese is available again",
        sample_id: "evt_roquefort_3e4f5a",
        sample_created_at: "2024-03-18T07:00:00Z",
        sample_data: cheese_back_in_stock,
    },
    EventType {
        name: "cheese.low_stock",
        summary: "A cheese's stock fell below its threshold",
        sample_id: "evt_manchego_4f5a6b",
        sample_created_at: "2024-03-15T16:20:00Z",
        sample_data: cheese_low_stock,
    },
    EventType {
        name: "cheese.out_of_stock",
        summary: "A cheese sold out",
        sample_id: "evt_epoisses_5a6b7c",
        sample_created_at: "2024-03-16T10:45:00Z",
        sample_data: cheese_out_of_stock,
    },
    EventType {
        name: "cheese.new_arrival",
        summary: "A new cheese was added to the catalog",
        sample_id: "evt_reblochon_6b7c8d",
        sample_created_at: "2024-03-19T09:00:00Z",
        sample_data: cheese_new_arrival,
    },
    EventType {
        name: "customer.created",
        summary: "A customer account was created",
        sample_id: "evt_camembert_0d1e2f",
        sample_created_at: "2024-03-01T18:25:00Z",
        sample_data: customer_created,
    },
    EventType {
        name: "customer.updated",
        summary: "A customer changed their account details",
        sample_id: "evt_halloumi_1e2f3a",
        sample_created_at: "2024-03-10T12:10:00Z",
        sample_data: customer_updated,
    },
    EventType {
        name: "customer.subscription_changed",
        summary: "A customer switched to another cheese subscription plan",
        sample_id: "evt_tomme_2f3a4b",
        sample_created_at: "2024-03-20T15:00:00Z",
        sample_data: customer_subscription_changed,
    },
    EventType {
        name: "webhook.test",
        summary: "A test delivery sent on request to check an endpoint",
        sample_id: "evt_feta_3a4b5c",
        sample_created_at: "2024-03-15T14:00:00Z",
        sample_data: webhook_test,
    },
    EventType {
        name: "api_key.expiring",
        summary: "An API key expires soon and should be rotated",
        sample_id: "evt_emmental_4b5c6d",
        sample_created_at: "2024-03-21T06:00:00Z",
        sample_data: api_key_expiring,
    },
];

/// The one order's whole life, in order, for `trigger --sequence order`: the samples of these
/// types all describe the same order (`ord_gouda_4d5e6f`).
pub const ORDER_LIFECYCLE: [&str; 4] = [
    "order.placed",
    "order.confirmed",
    "order.shipped",
    "order.delivered",
];

// The sample data. Ids are shared across types so a sequence reads as one story: customer
// `cus_brie_1a2b3c` orders `ord_gouda_4d5e6f` (gouda and comté), which ships and arrives.

fn order_placed() -> Value {
    json!({
        "order_id": "ord_gouda_4d5e6f",
        "customer_id": "cus_brie_1a2b3c",
        "items": [
            {
                "cheese_id": "chz_gouda_5b6c7d",
                "name": "Gouda Oplegkaas 24 months",
                "quantity": 2,
                "unit_price": "14.50"
            },
            {
                "cheese_id": "chz_comte_8e9f0a",
                "name": "Comté AOP 18 months",
                "quantity": 1,
                "unit_price": "13.50"
            }
        ],
        "total": "42.50",
        "currency": "EUR"
    })
}

fn order_confirmed() -> Value {
    json!({
        "order_id": "ord_gouda_4d5e6f",
        "customer_id": "cus_brie_1a2b3c",
        "total": "42.50",
        "currency": "EUR",
        "payment_method": "card",
        "confirmed_at": "2024-03-14T09:15:00Z"
    })
}

/// As documented by the store (the seed envelope); do not change a byte.
fn order_shipped() -> Value {
    json!({
        "order_id": "ord_gouda_4d5e6f",
        "tracking_number": "1Z999AA10123456784",
        "carrier": "CheeseExpress",
        "estimated_delivery": "2024-03-17T12:00:00Z"
    })
}

fn order_delivered() -> Value {
    json!({
        "order_id": "ord_gouda_4d5e6f",
        "customer_id": "cus_brie_1a2b3c",
        "tracking_number": "1Z999AA10123456784",
        "delivered_at": "2024-03-17T11:42:00Z",
        "signed_by": "Margot Durand"
    })
}

fn order_cancelled() -> Value {
    json!({
        "order_id": "ord_stilton_7e8f9a",
        "customer_id": "cus_brie_1a2b3c",
        "reason": "customer_request",
        "refund_amount": "18.90",
        "currency": "EUR",
        "cancelled_at": "2024-03-16T08:05:00Z"
    })
}

fn cheese_back_in_stock() -> Value {
    json!({
        "cheese_id": "chz_roquefort_1f2a3b",
        "name": "Roquefort Papillon Black Label",
        "quantity_available": 48,
        "threshold": 10
    })
}

fn cheese_low_stock() -> Value {
    json!({
        "cheese_id": "chz_cheddar_4c5d6e",
        "name": "Montgomery's Cheddar",
        "quantity_available": 6,
        "threshold": 10
    })
}

fn cheese_out_of_stock() -> Value {
    json!({
        "cheese_id": "chz_epoisses_7f8a9b",
        "name": "Époisses de Bourgogne",
        "quantity_available": 0,
        "threshold": 10
    })
}

fn cheese_new_arrival() -> Value {
    json!({
        "cheese_id": "chz_reblochon_0c1d2e",
        "name": "Reblochon de Savoie fermier",
        "origin": "Savoie, France",
        "price": "11.90",
        "currency": "EUR"
    })
}

fn customer_created() -> Value {
    json!({
        "customer_id": "cus_brie_1a2b3c",
        "email": "margot.durand@example.com",
        "name": "Margot Durand"
    })
}

fn customer_updated() -> Value {
    json!({
        "customer_id": "cus_brie_1a2b3c",
        "email": "margot.durand@example.com",
        "name": "Margot Durand",
        "changed_fields": ["email"]
    })
}

fn customer_subscription_changed() -> Value {
    json!({
        "customer_id": "cus_brie_1a2b3c",
        "plan": {
            "from": "monthly_classic",
            "to": "monthly_affineur"
        },
        "effective_at": "2024-04-01T00:00:00Z"
    })
}

fn webhook_test() -> Value {
    json!({
        "webhook_id": "wh_camembert_2b3c4d",
        "message": "This is a test event from Cheese Store. Your endpoint is receiving webhooks."
    })
}

fn api_key_expiring() -> Value {
    json!({
        "key_id": "key_emmental_6a7b8c",
        "expires_at": "2024-03-28T06:00:00Z",
        "days_left": 7
    })
}

/// The event type called exactly `name` (case-sensitive, as the store compares them).
pub fn find(name: &str) -> Option<&'static EventType> {
    CATALOG.iter().find(|t| t.name == name)
}

/// `find(name)` then its sample envelope.
pub fn sample_envelope(name: &str) -> Option<String> {
    find(name).map(EventType::sample_envelope)
}

/// `find(name)` then a fresh envelope of its sample data created at `now`.
pub fn fresh_envelope(name: &str, now: OffsetDateTime) -> Option<String> {
    find(name).map(|t| t.fresh_envelope(now))
}

/// Builds envelope text in the documented layout (see the module doc). For `trigger --data`
/// and the like, where the data does not come from the catalog.
pub fn render_envelope(id: &str, event_type: &str, created_at: &str, data: Value) -> String {
    let mut envelope = Map::new();
    envelope.insert("id".into(), id.into());
    envelope.insert("type".into(), event_type.into());
    envelope.insert("created_at".into(), created_at.into());
    envelope.insert("data".into(), data);
    render(&Value::Object(envelope))
}

/// 2-space pretty JSON plus the final newline the documented envelope has. The alternate
/// `Display` of `Value` is `serde_json`'s pretty printer and, unlike `to_string_pretty`,
/// cannot fail.
fn render(value: &Value) -> String {
    format!("{value:#}\n")
}

/// A new event id: `evt_` and 24 random lowercase letters and digits.
pub fn new_event_id() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    let mut id = String::with_capacity(28);
    id.push_str("evt_");
    for _ in 0..24 {
        id.push(char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]));
    }
    id
}

/// `created_at` as the store writes it: RFC 3339 in UTC with `Z`, whole seconds
/// (`2024-03-15T14:30:00Z`). Written by hand because it cannot fail, unlike `time`'s formatter.
pub fn format_created_at(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

// ---- names, patterns and suggestions --------------------------------------------------------

/// One pattern per event family, suggested for an unknown family (`orders.*` → `order.*`).
const FAMILY_PATTERNS: &[&str] = &[
    "order.*",
    "cheese.*",
    "customer.*",
    "webhook.*",
    "api_key.*",
];

/// A name or pattern that names no event type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEvent {
    /// What the user wrote.
    pub name: String,
    /// The closest type name or family pattern, if any is close enough.
    pub suggestion: Option<&'static str>,
}

impl std::fmt::Display for UnknownEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.name.contains('*') {
            write!(f, "no event type matches `{}`", self.name)
        } else {
            write!(f, "unknown event type `{}`", self.name)
        }
    }
}

impl std::error::Error for UnknownEvent {}

impl UnknownEvent {
    fn new(name: &str) -> Self {
        let suggestion = if name.contains('*') {
            // `ordr.*` → `order.*`; `order.shiped*` → `order.shipped`.
            suggest_family(name).or_else(|| suggest(&name.replace('*', "")))
        } else {
            suggest(name).or_else(|| suggest_family(name))
        };
        UnknownEvent {
            name: name.to_owned(),
            suggestion,
        }
    }

    /// The `hint:` lines for this error.
    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        if let Some(s) = self.suggestion {
            hints.push(format!("did you mean `{s}`?"));
        }
        hints.push(format!(
            "run `cheese events` to list the {} event types",
            CATALOG.len()
        ));
        hints
    }
}

impl From<UnknownEvent> for crate::error::Error {
    fn from(e: UnknownEvent) -> Self {
        e.hints()
            .into_iter()
            .fold(crate::error::Error::usage(e.to_string()), |err, h| {
                err.hint(h)
            })
    }
}

/// Lowercase with the separators `.`, `_`, `-` and spaces removed, so `order_shipped`,
/// `Order.Shipped` and `ordershipped` all compare equal.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '.' | '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Edit distance (insertions, deletions, substitutions) between two strings, by chars.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = substitution.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How far off a name of `len` chars may be and still get a suggestion.
fn max_distance(len: usize) -> usize {
    (len / 3).max(2)
}

/// The event type the user probably meant by `name`, for "did you mean". Tries, in order:
/// the same name apart from case and separators (`order_shipped`, `cheese.lowstock`), an
/// unambiguous prefix (`order.ship`), an unambiguous part after the dot (`low_stock`), then the
/// closest name within a small edit distance (`order.shiped`). `None` when nothing is close.
pub fn suggest(name: &str) -> Option<&'static str> {
    let wanted = normalize(name);
    if wanted.is_empty() {
        return None;
    }
    let names: Vec<(&'static str, String)> = CATALOG
        .iter()
        .map(|t| (t.name, normalize(t.name)))
        .collect();

    if let Some((n, _)) = names.iter().find(|(_, norm)| *norm == wanted) {
        return Some(n);
    }
    if wanted.chars().count() >= 3 {
        if let Some(n) = unique(names.iter().filter(|(_, norm)| norm.starts_with(&wanted))) {
            return Some(n);
        }
    }
    if let Some(n) = unique(names.iter().filter(|(n, _)| {
        n.split_once('.')
            .is_some_and(|(_, action)| normalize(action) == wanted)
    })) {
        return Some(n);
    }
    closest(&wanted, names.iter().map(|(n, norm)| (*n, norm.as_str())))
}

/// The family pattern closest to what the user wrote before the first `.` or `*`.
fn suggest_family(name: &str) -> Option<&'static str> {
    let family = normalize(name.split(['.', '*']).next().unwrap_or_default());
    if family.is_empty() {
        return None;
    }
    let families: Vec<(&'static str, String)> = FAMILY_PATTERNS
        .iter()
        .map(|p| (*p, normalize(p.trim_end_matches(".*"))))
        .collect();
    closest(
        &family,
        families.iter().map(|(p, norm)| (*p, norm.as_str())),
    )
}

/// The one name among `candidates`, or `None` if there are none or several.
fn unique<'a>(
    mut candidates: impl Iterator<Item = &'a (&'static str, String)>,
) -> Option<&'static str> {
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first.0)
}

/// The candidate whose normalized form is nearest to `wanted`, if within `max_distance`.
fn closest<'a>(
    wanted: &str,
    candidates: impl Iterator<Item = (&'static str, &'a str)>,
) -> Option<&'static str> {
    candidates
        .map(|(name, norm)| (levenshtein(wanted, norm), name))
        .min_by_key(|(distance, _)| *distance)
        .filter(|(distance, _)| *distance <= max_distance(wanted.chars().count()))
        .map(|(_, name)| name)
}

/// Whether `event_type` matches `pattern`, where `*` stands for any run of characters
/// (including none and including dots) and everything else must match exactly:
/// `order.*`, `*`, `*.low_stock`, `customer.*changed`. Works on any incoming type, known or not.
pub fn matches_pattern(pattern: &str, event_type: &str) -> bool {
    let mut parts = pattern.split('*');
    let head = parts.next().unwrap_or_default();
    let Some(mut rest) = event_type.strip_prefix(head) else {
        return false;
    };
    let middle_and_tail: Vec<&str> = parts.collect();
    let Some((tail, middle)) = middle_and_tail.split_last() else {
        // No `*`: an exact name.
        return rest.is_empty();
    };
    // With only `*` wildcards, taking each middle part at its leftmost place is never wrong.
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(tail)
}

/// Expands event names and patterns into catalog names, deduplicated, in catalog order.
/// Each item may itself hold several comma-separated entries (`order.*,cheese.low_stock`);
/// blank entries are ignored.
///
/// # Errors
///
/// An exact name must be in the catalog, and a pattern with `*` must match at least one type;
/// the first entry that does not is the error, with a suggestion when one is close.
pub fn expand_patterns<S: AsRef<str>>(patterns: &[S]) -> Result<Vec<&'static str>, UnknownEvent> {
    let mut wanted = [false; CATALOG.len()];
    for entry in patterns
        .iter()
        .flat_map(|p| p.as_ref().split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let mut any = false;
        for (i, t) in CATALOG.iter().enumerate() {
            if matches_pattern(entry, t.name) {
                wanted[i] = true;
                any = true;
            }
        }
        if !any {
            return Err(UnknownEvent::new(entry));
        }
    }
    Ok(CATALOG
        .iter()
        .zip(wanted)
        .filter_map(|(t, w)| w.then_some(t.name))
        .collect())
}

// ---- `--set` ---------------------------------------------------------------------------------

/// Why a `--set PATH=VALUE` could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetError {
    /// No `=` in the assignment.
    #[error("expected PATH=VALUE, got `{0}`")]
    MissingEquals(String),
    /// Nothing before `=`, or an empty part in the dotted path (`data..id`, `.id`).
    #[error("empty path in `{0}`")]
    EmptyPath(String),
    /// A part of the path names something that is not a JSON object, so it cannot go deeper.
    #[error("cannot set `{path}`: `{parent}` is {found}, not an object")]
    NotAnObject {
        path: String,
        parent: String,
        found: &'static str,
    },
    /// The envelope text is not a JSON object.
    #[error("the envelope is not a JSON object: {0}")]
    InvalidEnvelope(String),
}

impl From<SetError> for crate::error::Error {
    fn from(e: SetError) -> Self {
        let err = crate::error::Error::usage(format!("`--set`: {e}"));
        match e {
            SetError::MissingEquals(_) | SetError::EmptyPath(_) => {
                err.hint("write it as `--set data.tracking_number=1Z999AA10123456784`")
            }
            _ => err,
        }
    }
}

/// Applies one `--set PATH=VALUE` to an envelope's JSON text and returns the new text in the
/// documented layout (see the module doc).
///
/// PATH is dotted from the envelope's top (`data.tracking_number`, `id`); missing objects on
/// the way are created, and a key that exists keeps its place. VALUE is read as JSON when it
/// parses (`3`, `true`, `null`, `{"a":1}`, `"quoted"`), otherwise taken as a string
/// (`1Z999AA10123456784`). One exception: a number whose JSON form would not be exactly what was
/// typed (`42.50`, `1e3`, `007`, integers beyond 64 bits) stays a string, so nothing the user
/// typed is silently rewritten; store amounts are decimal strings anyway.
///
/// # Errors
///
/// No `=`, an empty path or path part, a path that goes through something other than an
/// object, or an `envelope` that is not a JSON object.
pub fn set_path(envelope: &str, assignment: &str) -> Result<String, SetError> {
    let (path, raw) = assignment
        .split_once('=')
        .ok_or_else(|| SetError::MissingEquals(assignment.to_owned()))?;
    let keys: Vec<&str> = path.split('.').collect();
    if keys.iter().any(|k| k.is_empty()) {
        return Err(SetError::EmptyPath(assignment.to_owned()));
    }
    let mut root: Value =
        serde_json::from_str(envelope).map_err(|e| SetError::InvalidEnvelope(e.to_string()))?;
    let Value::Object(top) = &mut root else {
        return Err(SetError::InvalidEnvelope(format!(
            "found {}",
            kind_of(&root)
        )));
    };

    let (last, parents) = keys
        .split_last()
        .ok_or_else(|| SetError::EmptyPath(assignment.to_owned()))?;
    let mut object: &mut Map<String, Value> = top;
    for (depth, key) in parents.iter().enumerate() {
        let child = object
            .entry(*key)
            .or_insert_with(|| Value::Object(Map::new()));
        object = match child {
            Value::Object(map) => map,
            other => {
                return Err(SetError::NotAnObject {
                    path: path.to_owned(),
                    parent: keys[..=depth].join("."),
                    found: kind_of(other),
                })
            }
        };
    }
    object.insert((*last).to_owned(), parse_value(raw));
    Ok(render(&root))
}

/// VALUE of `--set`, as documented on [`set_path`].
fn parse_value(raw: &str) -> Value {
    match serde_json::from_str::<Value>(raw) {
        Ok(Value::Number(n)) if n.to_string() != raw => Value::String(raw.to_owned()),
        Ok(value) => value,
        Err(_) => Value::String(raw.to_owned()),
    }
}

/// "a string", "an array"… for error messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests;
