//! What `listen` reads from a delivery's body without trusting it: the envelope's `id`, `type`
//! and `created_at` (any other shape, or no JSON at all, is fine), and the memory of ids and
//! times already seen that flags duplicates and out-of-order events (SPEC §1: at-least-once,
//! unordered).
//!
//! The body is never re-serialized here: forwarding uses the raw bytes.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Longest `id`/`type`/`created_at` kept; longer values are cut (they are untrusted).
const MAX_FIELD: usize = 200;

/// How many ids are remembered for duplicate detection (the oldest are forgotten first), so
/// memory stays bounded in a long session.
const MAX_IDS: usize = 20_000;

/// The envelope fields `listen` shows and tracks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub created_at: Option<String>,
    /// `created_at` when it is valid RFC 3339.
    pub created: Option<OffsetDateTime>,
}

impl Envelope {
    /// Reads the envelope fields; any body (not JSON, not an object, odd types) gives `None`s.
    pub fn parse(body: &[u8]) -> Envelope {
        let Ok(raw) = serde_json::from_slice::<RawEnvelope<'_>>(body) else {
            return Envelope::default();
        };
        let keep = |v: Option<Cow<'_, str>>| v.map(|s| cut(&s).to_string());
        let created_at = keep(raw.created_at.0);
        let created = created_at
            .as_deref()
            .and_then(|s| OffsetDateTime::parse(s, &Rfc3339).ok());
        Envelope {
            id: keep(raw.id.0),
            kind: keep(raw.kind.0),
            created_at,
            created,
        }
    }
}

fn cut(s: &str) -> &str {
    match s.char_indices().nth(MAX_FIELD) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[derive(Deserialize)]
struct RawEnvelope<'a> {
    #[serde(default, borrow)]
    id: MaybeStr<'a>,
    #[serde(default, borrow, rename = "type")]
    kind: MaybeStr<'a>,
    #[serde(default, borrow)]
    created_at: MaybeStr<'a>,
}

/// A string, or `None` for any other JSON value (which is skipped, not an error).
#[derive(Default)]
struct MaybeStr<'a>(Option<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for MaybeStr<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MaybeStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(MaybeStr(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(MaybeStr(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(MaybeStr(Some(Cow::Owned(v))))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_any(V)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(MaybeStr(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(MaybeStr(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// What [`Seen::observe`] found about one delivery.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// `Some(n)` when this is the n-th delivery (n ≥ 2) of the same id.
    pub nth: Option<u32>,
    /// When the event is older than the newest one seen: by how much, and that event's id.
    pub out_of_order: Option<(Duration, String)>,
}

/// Ids and the newest `created_at` seen in this session.
#[derive(Debug, Default)]
pub struct Seen {
    counts: HashMap<Arc<str>, u32>,
    order: VecDeque<Arc<str>>,
    newest: Option<(OffsetDateTime, String)>,
}

impl Seen {
    /// Records a delivery and flags it. A repeated id is a duplicate (and not also called out
    /// of order: it is the same event again); a new event older than the newest one seen is out
    /// of order.
    pub fn observe(&mut self, id: Option<&str>, created: Option<OffsetDateTime>) -> Flags {
        let mut flags = Flags::default();
        if let Some(id) = id {
            if let Some(count) = self.counts.get_mut(id) {
                *count = count.saturating_add(1);
                flags.nth = Some(*count);
                return flags;
            }
            if self.order.len() >= MAX_IDS {
                if let Some(old) = self.order.pop_front() {
                    self.counts.remove(&old);
                }
            }
            let id: Arc<str> = Arc::from(id);
            self.counts.insert(Arc::clone(&id), 1);
            self.order.push_back(id);
        }
        if let Some(created) = created {
            match &self.newest {
                Some((newest, newest_id)) if created < *newest => {
                    let behind = (*newest - created).unsigned_abs();
                    flags.out_of_order = Some((behind, newest_id.clone()));
                }
                _ => self.newest = Some((created, id.unwrap_or("?").to_string())),
            }
        }
        flags
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`…
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A span in one coarse unit: `2 s`, `5 min`, `3 h`, `12 d`.
pub fn span(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..=119 => format!("{s} s"),
        120..=7_199 => format!("{} min", s / 60),
        7_200..=172_799 => format!("{} h", s / 3600),
        _ => format!("{} d", s / 86_400),
    }
}

/// The age of `created` at `now`: `2 s ago`, or `in 5 s` for a clock ahead of ours.
pub fn age(created: OffsetDateTime, now: OffsetDateTime) -> String {
    let diff = now - created;
    if diff.is_negative() {
        format!("in {}", span(diff.unsigned_abs()))
    } else {
        format!("{} ago", span(diff.unsigned_abs()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn parses_what_it_can() {
        let e = Envelope::parse(br#"{"id":"evt_1","type":"order.shipped","created_at":"2024-03-15T14:30:00Z","data":{"a":[1,{"b":null}]}}"#);
        assert_eq!(e.id.as_deref(), Some("evt_1"));
        assert_eq!(e.kind.as_deref(), Some("order.shipped"));
        assert_eq!(e.created, Some(datetime!(2024-03-15 14:30:00 UTC)));
        let e = Envelope::parse(br#"{"id":42,"type":["x"],"created_at":"yesterday","x":"\u00e9"}"#);
        assert_eq!(e.id, None);
        assert_eq!(e.kind, None);
        assert_eq!(e.created_at.as_deref(), Some("yesterday"));
        assert_eq!(e.created, None);
        let e = Envelope::parse(br#"{"id":"evt_\u00e9\n"}"#);
        assert_eq!(e.id.as_deref(), Some("evt_é\n"));
        for junk in [&b"not json"[..], b"[1,2]", b"", b"\xff\xfe", b"{\"id\":"] {
            assert_eq!(Envelope::parse(junk), Envelope::default());
        }
    }

    #[test]
    fn duplicates_and_order() {
        let mut seen = Seen::default();
        let t0 = datetime!(2024-03-15 14:30:00 UTC);
        assert_eq!(seen.observe(Some("evt_a"), Some(t0)), Flags::default());
        let later = t0 + time::Duration::seconds(10);
        assert_eq!(seen.observe(Some("evt_b"), Some(later)), Flags::default());
        let f = seen.observe(Some("evt_a"), Some(t0));
        assert_eq!(f.nth, Some(2));
        assert_eq!(f.out_of_order, None);
        let f = seen.observe(Some("evt_c"), Some(t0 + time::Duration::seconds(7)));
        assert_eq!(
            f.out_of_order,
            Some((Duration::from_secs(3), "evt_b".to_string()))
        );
        assert_eq!(seen.observe(Some("evt_a"), None).nth, Some(3));
        assert_eq!(seen.observe(None, None), Flags::default());
    }

    #[test]
    fn memory_is_bounded() {
        let mut seen = Seen::default();
        for i in 0..MAX_IDS + 10 {
            seen.observe(Some(&format!("evt_{i}")), None);
        }
        assert_eq!(seen.counts.len(), MAX_IDS);
        assert_eq!(seen.observe(Some("evt_0"), None).nth, None);
    }

    #[test]
    fn words() {
        let names: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            names,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
        let now = datetime!(2024-03-15 14:30:00 UTC);
        assert_eq!(age(now - time::Duration::seconds(2), now), "2 s ago");
        assert_eq!(age(now - time::Duration::hours(3), now), "3 h ago");
        assert_eq!(age(now - time::Duration::minutes(5), now), "5 min ago");
        assert_eq!(age(now - time::Duration::days(40), now), "40 d ago");
        assert_eq!(age(now + time::Duration::seconds(5), now), "in 5 s");
    }
}
