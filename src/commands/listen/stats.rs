//! Session counters and the end-of-session [`Summary`]: deliveries by type, by signature verdict
//! and by answer, forwarded and failed, and the forward latency percentiles.
//!
//! Latencies go into a fixed log-linear histogram (about 3 % resolution), so a session of
//! millions of deliveries costs the same few kilobytes as one of ten.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use serde::Serialize;

use crate::ui;

/// Distinct event types counted by name; the rest are counted as `(other)` (types are
/// untrusted input, so the map must not grow without bound).
const MAX_TYPES: usize = 64;

/// How a delivery ended, for the counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The app answered (any status).
    Answered,
    /// 502: the app could not be reached or gave no valid answer.
    Unreachable,
    /// 504: no answer within `--timeout`.
    Timeout,
    /// 401: bad or missing signature, not forwarded.
    Rejected,
    /// 413: over `--max-body`.
    TooLarge,
    /// 503: over the memory budget.
    Busy,
    /// 200: not in `--events`.
    Filtered,
    /// 200: inspect mode (no `--forward`).
    Inspected,
}

/// One delivery, as counted.
#[derive(Debug, Clone, Copy)]
pub struct Counted<'a> {
    pub kind: Option<&'a str>,
    pub verdict: &'static str,
    pub outcome: Outcome,
    /// The status sent back to the sender.
    pub status: u16,
    /// The forward's duration, when the app answered.
    pub latency: Option<Duration>,
}

impl Counted<'_> {
    /// Counts for `--fail-on-error`: cheese's own 401/413/502/503/504, or a non-2xx app answer.
    pub fn is_error(&self) -> bool {
        match self.outcome {
            Outcome::Answered => !(200..300).contains(&self.status),
            Outcome::Unreachable
            | Outcome::Timeout
            | Outcome::Rejected
            | Outcome::TooLarge
            | Outcome::Busy => true,
            Outcome::Filtered | Outcome::Inspected => false,
        }
    }
}

/// The running counters of a session.
#[derive(Debug, Default)]
pub struct Stats {
    summary: Summary,
    histogram: Histogram,
}

impl Stats {
    pub fn record(&mut self, c: &Counted<'_>) {
        let s = &mut self.summary;
        s.deliveries += 1;
        let kind = c.kind.unwrap_or("(no type)");
        if let Some(n) = s.by_type.get_mut(kind) {
            *n += 1;
        } else if s.by_type.len() < MAX_TYPES {
            s.by_type.insert(kind.to_string(), 1);
        } else {
            *s.by_type.entry("(other)".to_string()).or_default() += 1;
        }
        match c.verdict {
            "valid" => s.by_verdict.valid += 1,
            "invalid" => s.by_verdict.invalid += 1,
            "malformed" => s.by_verdict.malformed += 1,
            _ => s.by_verdict.not_checked += 1,
        }
        *s.by_status.entry(c.status).or_default() += 1;
        match c.outcome {
            Outcome::Answered => s.forwarded += 1,
            Outcome::Unreachable | Outcome::Timeout => s.failed += 1,
            Outcome::Rejected | Outcome::TooLarge | Outcome::Busy => s.rejected += 1,
            Outcome::Filtered => s.filtered += 1,
            Outcome::Inspected => s.inspected += 1,
        }
        if c.is_error() {
            s.errors += 1;
        }
        if let Some(latency) = c.latency {
            self.histogram.add(latency);
        }
    }

    /// The summary so far.
    pub fn summary(&self, elapsed: Duration, not_shown: u64) -> Summary {
        let mut s = self.summary.clone();
        s.elapsed_ms = millis(elapsed);
        s.not_shown = not_shown;
        s.latency_ms = Latency {
            p50: self.histogram.quantile(0.50).map(millis),
            p99: self.histogram.quantile(0.99).map(millis),
        };
        s
    }
}

/// Milliseconds, to the microsecond.
fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

/// `0.12 ms`, `4.2 ms`, `130 ms`.
fn ms(value: f64) -> String {
    if value < 1.0 {
        format!("{value:.2} ms")
    } else if value < 100.0 {
        format!("{value:.1} ms")
    } else {
        format!("{value:.0} ms")
    }
}

/// Deliveries by signature verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Verdicts {
    pub valid: u64,
    pub invalid: u64,
    pub malformed: u64,
    pub not_checked: u64,
}

/// Forward latency percentiles in milliseconds (`None` when nothing was forwarded).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Latency {
    pub p50: Option<f64>,
    pub p99: Option<f64>,
}

/// What a `listen` session did: printed at the end, and the `{"kind":"summary"}` record.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Every request answered.
    pub deliveries: u64,
    pub by_type: BTreeMap<String, u64>,
    pub by_verdict: Verdicts,
    /// Statuses sent back to the sender.
    pub by_status: BTreeMap<u16, u64>,
    /// Forwarded and answered by the app (any status).
    pub forwarded: u64,
    /// Forwarded but not answered: 502 unreachable and 504 timeout.
    pub failed: u64,
    /// Refused by cheese: 401, 413 and 503.
    pub rejected: u64,
    /// Answered 200 without forwarding because of `--events`.
    pub filtered: u64,
    /// Answered 200 in inspect mode.
    pub inspected: u64,
    /// What `--fail-on-error` counts: 401/413/502/503/504 and non-2xx answers from the app.
    pub errors: u64,
    pub latency_ms: Latency,
    pub elapsed_ms: f64,
    /// Blocks the human display skipped to keep up.
    pub not_shown: u64,
}

impl Summary {
    /// The summary for stderr.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        let secs = self.elapsed_ms / 1000.0;
        let noun = if self.deliveries == 1 {
            "delivery"
        } else {
            "deliveries"
        };
        let _ = writeln!(
            out,
            "{} {} {noun} in {secs:.1} s",
            ui::bold("summary:", color),
            self.deliveries
        );
        if self.deliveries == 0 {
            return out;
        }
        let types: Vec<String> = self
            .by_type
            .iter()
            .map(|(k, n)| format!("{} {n}", crate::sanitize::escape(k)))
            .collect();
        let _ = writeln!(out, "  types      {}", types.join(", "));
        let v = &self.by_verdict;
        let verdicts: Vec<String> = [
            ("valid", v.valid),
            ("invalid", v.invalid),
            ("malformed", v.malformed),
            ("not checked", v.not_checked),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
        let _ = writeln!(out, "  signature  {}", verdicts.join(", "));
        let mut answers = vec![
            format!("{} from the app", self.forwarded),
            format!("{} app unreachable/timeout", self.failed),
        ];
        for (n, what) in [
            (self.rejected, "rejected"),
            (self.filtered, "filtered"),
            (self.inspected, "inspected"),
        ] {
            if n > 0 {
                answers.push(format!("{n} {what}"));
            }
        }
        let statuses: Vec<String> = self
            .by_status
            .iter()
            .map(|(s, n)| format!("{s}×{n}"))
            .collect();
        let _ = writeln!(
            out,
            "  answers    {} (status {})",
            answers.join(", "),
            statuses.join(", ")
        );
        if let (Some(p50), Some(p99)) = (self.latency_ms.p50, self.latency_ms.p99) {
            let _ = writeln!(out, "  latency    p50 {}, p99 {}", ms(p50), ms(p99));
        }
        if self.not_shown > 0 {
            let _ = writeln!(
                out,
                "  not shown  {} (the display fell behind)",
                self.not_shown
            );
        }
        out
    }
}

/// Log-linear buckets over microseconds: exact below 64 µs, then 32 buckets per power of two.
#[derive(Debug)]
struct Histogram {
    buckets: Vec<u64>,
    count: u64,
}

const SUB: u32 = 32;
const LINEAR: u64 = 64;

impl Default for Histogram {
    fn default() -> Self {
        Histogram {
            buckets: vec![0; (LINEAR + u64::from(SUB) * 58) as usize],
            count: 0,
        }
    }
}

impl Histogram {
    fn index(us: u64) -> usize {
        if us < LINEAR {
            return us as usize;
        }
        let exp = 63 - us.leading_zeros(); // ≥ 6
        let sub = (us >> (exp - 5)) & u64::from(SUB - 1);
        (LINEAR + u64::from(exp - 6) * u64::from(SUB) + sub) as usize
    }

    /// The middle of a bucket's range.
    fn value(index: usize) -> u64 {
        let i = index as u64;
        if i < LINEAR {
            return i;
        }
        let exp = (i - LINEAR) / u64::from(SUB) + 6;
        let sub = (i - LINEAR) % u64::from(SUB);
        let low = (u64::from(SUB) + sub) << (exp - 5);
        low + (1 << (exp - 5)) / 2
    }

    fn add(&mut self, d: Duration) {
        let us = u64::try_from(d.as_micros()).unwrap_or(u64::MAX);
        let i = Self::index(us).min(self.buckets.len() - 1);
        self.buckets[i] += 1;
        self.count += 1;
    }

    fn quantile(&self, q: f64) -> Option<Duration> {
        if self.count == 0 {
            return None;
        }
        let rank = ((self.count as f64) * q).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return Some(Duration::from_micros(Self::value(i)));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_is_within_a_few_percent() {
        let mut h = Histogram::default();
        for us in 1..=10_000u64 {
            h.add(Duration::from_micros(us));
        }
        let p50 = h.quantile(0.5).expect("p50").as_micros() as f64;
        let p99 = h.quantile(0.99).expect("p99").as_micros() as f64;
        assert!((p50 / 5000.0 - 1.0).abs() < 0.04, "{p50}");
        assert!((p99 / 9900.0 - 1.0).abs() < 0.04, "{p99}");
        for us in [0, 1, 63, 64, 65, 1000, 1 << 40, u64::MAX] {
            let i = Histogram::index(us);
            assert!(i < h.buckets.len() || us > 1 << 60, "{us}");
        }
        h.add(Duration::MAX);
        assert_eq!(Histogram::default().quantile(0.5), None);
    }

    #[test]
    fn counts_and_errors() {
        let mut s = Stats::default();
        let c = |outcome, status| Counted {
            kind: Some("order.shipped"),
            verdict: "valid",
            outcome,
            status,
            latency: Some(Duration::from_millis(4)),
        };
        s.record(&c(Outcome::Answered, 200));
        s.record(&c(Outcome::Answered, 500));
        s.record(&c(Outcome::Unreachable, 502));
        s.record(&c(Outcome::Filtered, 200));
        let sum = s.summary(Duration::from_secs(2), 0);
        assert_eq!(
            (sum.deliveries, sum.forwarded, sum.failed, sum.filtered),
            (4, 2, 1, 1)
        );
        assert_eq!(sum.errors, 2);
        assert_eq!(sum.by_type.get("order.shipped"), Some(&4));
        assert_eq!(sum.by_status.get(&200), Some(&2));
        assert_eq!(sum.latency_ms.p50.map(ms).as_deref(), Some("4.0 ms"));
        assert_eq!(ms(0.123), "0.12 ms");
        assert_eq!(ms(250.4), "250 ms");
        let text = sum.render(false);
        assert!(
            text.starts_with("summary: 4 deliveries in 2.0 s\n"),
            "{text}"
        );
        assert!(text.contains("  signature  4 valid\n"), "{text}");
    }
}
