//! `cheese demo`: runs listen, the sample app and the sequence in one process on loopback, exits
//! 0, and shows every step (including the failed `order.shipped` and its retry): human output
//! piped and on a terminal without color, and `--json` lines.

use serde_json::Value;

use crate::support::{assert_no_escape, run, Home};

/// Replaces event ids, ports and the store's timings, which change from run to run.
fn normalize(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut line = replace_runs(line, "evt_", 24, |c| c.is_ascii_alphanumeric(), "evt_ID");
        line = replace_runs(
            &line,
            "127.0.0.1:",
            1,
            |c| c.is_ascii_digit(),
            "127.0.0.1:PORT",
        );
        if line.starts_with("store: delivered") {
            if let Some((head, _)) = line.rsplit_once(" in ") {
                line = format!("{head} in T");
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Replaces `prefix` followed by at least `min` chars matching `keep` with `with`.
fn replace_runs(
    line: &str,
    prefix: &str,
    min: usize,
    keep: fn(char) -> bool,
    with: &str,
) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find(prefix) {
        out.push_str(&rest[..at]);
        let after = &rest[at + prefix.len()..];
        let run = after.chars().take_while(|c| keep(*c)).count();
        if run >= min {
            out.push_str(with);
        } else {
            out.push_str(&rest[at..at + prefix.len() + run]);
        }
        rest = &after[run..];
    }
    out.push_str(rest);
    out
}

const NARRATION: &str = "\
demo: a sample app listens on http://127.0.0.1:PORT/webhooks; it verifies X-Cheese-Signature with whsec_demo_2f7c9a4e8b1d6035
demo: cheese listen runs on http://127.0.0.1:PORT, forwarding to the app, checking signatures with the same secret
demo: playing the store: 6 events to http://127.0.0.1:PORT/webhooks, signed, with the store's headers
app: verified signature, handled customer.created (evt_ID)
store: delivered customer.created (evt_ID): 200 OK in T
app: verified signature, handled order.placed (evt_ID)
store: delivered order.placed (evt_ID): 200 OK in T
app: verified signature, handled order.confirmed (evt_ID)
store: delivered order.confirmed (evt_ID): 200 OK in T
app: verified signature, handled cheese.low_stock (evt_ID)
store: delivered cheese.low_stock (evt_ID): 200 OK in T
app: verified signature, but order.shipped failed (evt_ID): answered 500 on purpose
store: delivered order.shipped (evt_ID): 500 Internal Server Error in T
store: retrying in 1 s (the store would wait 1 min)
app: verified signature, handled order.shipped (evt_ID, attempt 2)
store: delivered order.shipped (evt_ID, attempt 2): 200 OK in T
app: verified signature, handled order.delivered (evt_ID)
store: delivered order.delivered (evt_ID): 200 OK in T
summary: 7 deliveries in ";

const NEXT: &str = "demo: next: run `cheese listen --forward localhost:3000/webhooks` next to your app, then `cheese trigger order.placed` (`cheese events` lists every type)\n";

fn assert_narration(stderr: &str) {
    let stderr = normalize(stderr);
    assert!(stderr.starts_with(NARRATION), "{stderr}");
    assert!(stderr.ends_with(NEXT), "{stderr}");
    assert!(
        stderr.contains("\n  signature  7 valid\n"),
        "listen's summary: {stderr}"
    );
    assert!(
        stderr.contains(
            "\n  answers    7 from the app, 0 app unreachable/timeout (status 200×6, 500×1)\n"
        ),
        "{stderr}"
    );
}

#[test]
fn runs_the_whole_flow_and_exits_0() {
    let home = Home::new();
    let r = run(home.cmd().arg("demo"), b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_no_escape(&r);
    assert_narration(&r.stderr);
    // stdout: listen's blocks, one per delivery, then the demo's result.
    let stdout = normalize(&r.stdout);
    let heads: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("  POST /webhooks  "))
        .map(|l| l.split("  ").nth(2).unwrap_or_default())
        .collect();
    assert_eq!(
        heads,
        [
            "customer.created",
            "order.placed",
            "order.confirmed",
            "cheese.low_stock",
            "order.shipped",
            "order.shipped",
            "order.delivered"
        ]
    );
    assert_eq!(
        stdout
            .matches("  signature  valid (the demo secret)\n")
            .count(),
        7
    );
    assert_eq!(
        stdout
            .matches("  → 200 OK  http://127.0.0.1:PORT/webhooks  ")
            .count(),
        6
    );
    assert_eq!(
        stdout
            .matches("  → 500 Internal Server Error  http://127.0.0.1:PORT/webhooks  ")
            .count(),
        1
    );
    assert!(stdout.contains("  ! 2nd delivery of evt_ID\n"), "{stdout}");
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("demo complete: 6 events in 7 deliveries (1 retried) in "),
        "{last}"
    );
    assert!(
        last.ends_with(" s: 7 signatures verified by the app, 6 events handled"),
        "{last}"
    );
}

#[test]
fn no_color_on_a_terminal_layout() {
    let home = Home::new();
    let r = run(home.cmd_tty().env("NO_COLOR", "1").arg("demo"), b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_no_escape(&r);
    assert_narration(&r.stderr);
}

#[test]
fn json_lines_only_on_stdout() {
    let home = Home::new();
    let r = run(home.cmd().args(["--json", "demo"]), b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_no_escape(&r);
    assert_narration(&r.stderr);
    let records: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let kinds: Vec<&str> = records.iter().filter_map(|v| v["kind"].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "ready", "delivery", "delivery", "delivery", "delivery", "delivery", "delivery",
            "delivery", "summary", "demo"
        ]
    );
    let deliveries: Vec<&Value> = records.iter().filter(|v| v["kind"] == "delivery").collect();
    let answered: Vec<u64> = deliveries
        .iter()
        .filter_map(|v| v["answered"].as_u64())
        .collect();
    assert_eq!(answered, [200, 200, 200, 200, 500, 200, 200]);
    for d in &deliveries {
        assert_eq!(d["signature"]["verdict"], "valid", "{d}");
        assert_eq!(d["path"], "/webhooks");
        assert_eq!(d["by"], "app");
    }
    assert_eq!(
        deliveries[5]["duplicate"], true,
        "the retry has the same id"
    );
    assert_eq!(deliveries[5]["id"], deliveries[4]["id"]);
    let demo = &records[9];
    assert_eq!(demo["events"], 6);
    assert_eq!(demo["deliveries"], 7);
    assert_eq!(demo["retried"], 1);
    assert_eq!(
        demo["app"],
        serde_json::json!({"verified": 7, "rejected": 0, "handled": 6, "failed": 1})
    );
    assert_eq!(records[8]["deliveries"], 7);
}
