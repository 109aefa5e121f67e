//! `cheese events`: the list (piped, terminal, `--json`), the sample envelopes (order.shipped is
//! byte-identical to the store's documented example) and unknown types (exit 2, "did you mean").

use indoc::indoc;
use serde_json::Value;

use crate::support::{assert_no_escape, data, run, Home};

const PIPED_LIST: &str = indoc! {"
    order.placed\tA customer placed an order
    order.confirmed\tPayment went through and the order was confirmed
    order.shipped\tThe order left the cellar with a carrier and a tracking number
    order.delivered\tThe carrier delivered the order
    order.cancelled\tAn order was cancelled, with the reason and the refund
    cheese.back_in_stock\tA sold-out cheese is available again
    cheese.low_stock\tA cheese's stock fell below its threshold
    cheese.out_of_stock\tA cheese sold out
    cheese.new_arrival\tA new cheese was added to the catalog
    customer.created\tA customer account was created
    customer.updated\tA customer changed their account details
    customer.subscription_changed\tA customer switched to another cheese subscription plan
    webhook.test\tA test delivery sent on request to check an endpoint
    api_key.expiring\tAn API key expires soon and should be rotated
"};

#[test]
fn list_piped_is_tab_separated() {
    let home = Home::new();
    for args in [&["events"][..], &["events", "list"][..]] {
        let r = run(home.cmd().args(args), b"");
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (0, PIPED_LIST, "")
        );
    }
}

#[test]
fn list_on_a_terminal_is_aligned() {
    let home = Home::new();
    let r = run(home.cmd_tty().env("NO_COLOR", "1").arg("events"), b"");
    assert_eq!(r.code, 0);
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        indoc! {"
            TYPE                           SUMMARY
            order.placed                   A customer placed an order
            order.confirmed                Payment went through and the order was confirmed
            order.shipped                  The order left the cellar with a carrier and a tracking number
            order.delivered                The carrier delivered the order
            order.cancelled                An order was cancelled, with the reason and the refund
            cheese.back_in_stock           A sold-out cheese is available again
            cheese.low_stock               A cheese's stock fell below its threshold
            cheese.out_of_stock            A cheese sold out
            cheese.new_arrival             A new cheese was added to the catalog
            customer.created               A customer account was created
            customer.updated               A customer changed their account details
            customer.subscription_changed  A customer switched to another cheese subscription plan
            webhook.test                   A test delivery sent on request to check an endpoint
            api_key.expiring               An API key expires soon and should be rotated
        "}
    );
    assert_no_escape(&r);
}

#[test]
fn list_json() {
    let home = Home::new();
    let r = run(home.cmd().args(["--json", "events"]), b"");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout.lines().count(), 1, "compact when piped");
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    let expected: Vec<Value> = PIPED_LIST
        .lines()
        .map(|line| {
            let (name, summary) = line.split_once('\t').expect("tab");
            serde_json::json!({"name": name, "summary": summary})
        })
        .collect();
    assert_eq!(v, Value::Array(expected));
}

#[test]
fn sample_order_shipped_is_the_documented_envelope() {
    let home = Home::new();
    for args in [
        &["events", "sample", "order.shipped"][..],
        &["--json", "events", "sample", "order.shipped"][..],
    ] {
        let r = run(home.cmd().args(args), b"");
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{args:?}");
        assert_eq!(
            r.stdout_bytes,
            data("envelope-order-shipped.json"),
            "{args:?}"
        );
    }
    // A terminal gets the same bytes (no color in the envelope).
    let r = run(
        home.cmd_tty().args(["events", "sample", "order.shipped"]),
        b"",
    );
    assert_eq!(r.stdout_bytes, data("envelope-order-shipped.json"));
}

#[test]
fn every_sample_is_an_envelope_of_its_type() {
    let home = Home::new();
    for line in PIPED_LIST.lines() {
        let (name, _) = line.split_once('\t').expect("tab");
        let r = run(home.cmd().args(["events", "sample", name]), b"");
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{name}");
        let v: Value = serde_json::from_str(&r.stdout).expect("json");
        let keys: Vec<&str> = v
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["id", "type", "created_at", "data"], "{name}");
        assert_eq!(v["type"], name);
        assert!(v["id"].as_str().is_some_and(|id| id.starts_with("evt_")));
        assert!(r.stdout.ends_with("}\n"));
    }
}

#[test]
fn sample_of_an_unknown_type_suggests_one() {
    let home = Home::new();
    let r = run(home.cmd().args(["events", "sample", "order.shiped"]), b"");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: unknown event type `order.shiped`
            hint: did you mean `order.shipped`?
            hint: run `cheese events` to list the 14 event types
        "}
    );
}

#[test]
fn sample_of_a_pattern_asks_for_one_type() {
    let home = Home::new();
    let r = run(home.cmd().args(["events", "sample", "cheese.*"]), b"");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: `cheese events sample` prints one event type, but `cheese.*` names 4
            hint: pick one of: `cheese.back_in_stock`, `cheese.low_stock`, `cheese.out_of_stock`, `cheese.new_arrival`
        "}
    );
}

#[test]
fn sample_of_a_blank_name_asks_for_one_type() {
    let home = Home::new();
    for blank in ["", " ", ","] {
        let r = run(home.cmd().args(["events", "sample", blank]), b"");
        assert_eq!(r.code, 2, "{blank:?}");
        assert_eq!(r.stdout, "", "{blank:?}");
        assert_eq!(
            r.stderr,
            indoc! {"
                cheese: error: no event type given
                hint: name one, e.g. `cheese events sample order.shipped`; `cheese events` lists them
            "},
            "{blank:?}"
        );
    }
}

#[test]
fn help_has_examples() {
    let home = Home::new();
    let r = run(home.cmd().args(["events", "--help"]), b"");
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("Examples:\n  cheese events\n  cheese events sample order.shipped\n"),
        "{}",
        r.stdout
    );
}
