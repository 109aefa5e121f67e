//! Unit tests for the event catalog.

use super::*;
use std::collections::HashSet;
use time::macros::datetime;

const SEED: &[u8] = include_bytes!("../../tests/data/envelope-order-shipped.json");

fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn catalog_has_the_14_types_in_spec_order() {
    let names: Vec<&str> = CATALOG.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "order.placed",
            "order.confirmed",
            "order.shipped",
            "order.delivered",
            "order.cancelled",
            "cheese.back_in_stock",
            "cheese.low_stock",
            "cheese.out_of_stock",
            "cheese.new_arrival",
            "customer.created",
            "customer.updated",
            "customer.subscription_changed",
            "webhook.test",
            "api_key.expiring",
        ]
    );
    assert_eq!(names.iter().collect::<HashSet<_>>().len(), 14);
}

#[test]
fn summaries_are_one_line_sentence_case_without_period() {
    for t in CATALOG {
        assert!(!t.summary.is_empty(), "{}", t.name);
        assert!(!t.summary.contains('\n'), "{}", t.name);
        assert!(!t.summary.ends_with('.'), "{}", t.name);
        assert!(
            t.summary.starts_with(|c: char| c.is_uppercase()),
            "{}",
            t.name
        );
    }
}

#[test]
fn every_sample_is_a_well_formed_envelope() {
    let mut ids = HashSet::new();
    for t in CATALOG {
        let text = sample_envelope(t.name).unwrap();
        assert!(text.ends_with("}\n"), "{}", t.name);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            keys(&value),
            ["id", "type", "created_at", "data"],
            "{}",
            t.name
        );
        assert_eq!(value["type"], t.name);
        let id = value["id"].as_str().unwrap();
        assert!(id.starts_with("evt_"), "{id}");
        assert!(ids.insert(id.to_owned()), "duplicate sample id {id}");
        let created_at = value["created_at"].as_str().unwrap();
        time::OffsetDateTime::parse(created_at, &time::format_description::well_known::Rfc3339)
            .unwrap();
        assert!(created_at.ends_with('Z'), "{created_at}");
        assert!(value["data"].as_object().is_some_and(|d| !d.is_empty()));
        // The layout is the documented one: re-rendering changes nothing.
        assert_eq!(render(&value), text, "{}", t.name);
    }
}

#[test]
fn sample_data_follows_the_spec_conventions() {
    fn walk(key: &str, value: &Value, event: &str) {
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(k, v, event)),
            Value::Array(items) => items.iter().for_each(|v| walk(key, v, event)),
            Value::String(s) => {
                let prefix = match key {
                    "order_id" => "ord_",
                    "customer_id" => "cus_",
                    "cheese_id" => "chz_",
                    "webhook_id" => "wh_",
                    "key_id" => "key_",
                    _ => "",
                };
                assert!(s.starts_with(prefix), "{event}: {key} = {s}");
                if key.ends_with("_at") || key == "estimated_delivery" {
                    assert!(
                        time::OffsetDateTime::parse(
                            s,
                            &time::format_description::well_known::Rfc3339
                        )
                        .is_ok()
                            && s.ends_with('Z'),
                        "{event}: {key} = {s}"
                    );
                }
                if matches!(key, "total" | "unit_price" | "price" | "refund_amount") {
                    let (units, cents) = s.split_once('.').unwrap();
                    assert!(units.parse::<u32>().is_ok() && cents.len() == 2, "{s}");
                }
                if key == "email" {
                    assert!(s.ends_with("@example.com"), "{s}");
                }
            }
            Value::Number(_) => assert!(
                !matches!(key, "total" | "unit_price" | "price" | "refund_amount"),
                "{event}: amounts are decimal strings"
            ),
            _ => {}
        }
    }
    for t in CATALOG {
        let data = t.sample_data();
        walk("data", &data, t.name);
        let has_amount = ["total", "price", "refund_amount"]
            .iter()
            .any(|k| data.get(k).is_some());
        assert_eq!(has_amount, data.get("currency").is_some(), "{}", t.name);
    }
}

#[test]
fn order_shipped_sample_is_byte_identical_to_the_documented_envelope() {
    assert_eq!(SEED.last(), Some(&b'\n'));
    assert_eq!(sample_envelope("order.shipped").unwrap().as_bytes(), SEED);
}

#[test]
fn order_lifecycle_samples_tell_one_story() {
    for name in ORDER_LIFECYCLE {
        let data = find(name).unwrap().sample_data();
        assert_eq!(data["order_id"], "ord_gouda_4d5e6f", "{name}");
    }
    let created: Vec<String> = ORDER_LIFECYCLE
        .iter()
        .map(|n| {
            let v: Value = serde_json::from_str(&sample_envelope(n).unwrap()).unwrap();
            v["created_at"].as_str().unwrap().to_owned()
        })
        .collect();
    assert!(created.windows(2).all(|w| w[0] < w[1]), "{created:?}");
}

#[test]
fn find_is_exact() {
    assert_eq!(find("order.shipped").unwrap().name, "order.shipped");
    assert!(find("Order.Shipped").is_none());
    assert!(find("order.*").is_none());
    assert!(find("").is_none());
    assert!(sample_envelope("nope").is_none());
    assert!(fresh_envelope("nope", OffsetDateTime::now_utc()).is_none());
}

#[test]
fn new_event_ids_are_well_formed_and_unique() {
    let ids: HashSet<String> = (0..1000).map(|_| new_event_id()).collect();
    assert_eq!(ids.len(), 1000);
    for id in &ids {
        let rest = id.strip_prefix("evt_").unwrap();
        assert_eq!(rest.len(), 24, "{id}");
        assert!(
            rest.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
            "{id}"
        );
    }
}

#[test]
fn created_at_is_utc_with_z_and_whole_seconds() {
    assert_eq!(
        format_created_at(datetime!(2024-03-15 14:30:00.987654 UTC)),
        "2024-03-15T14:30:00Z"
    );
    assert_eq!(
        format_created_at(datetime!(2024-03-15 16:30:05 +02:00)),
        "2024-03-15T14:30:05Z"
    );
    assert_eq!(
        format_created_at(datetime!(2024-01-01 00:30:00 +01:00)),
        "2023-12-31T23:30:00Z"
    );
}

#[test]
fn fresh_envelope_has_a_new_id_now_and_the_sample_data() {
    let now = datetime!(2025-06-01 08:09:10.5 +02:00);
    let a = fresh_envelope("order.shipped", now).unwrap();
    let b = fresh_envelope("order.shipped", now).unwrap();
    assert_ne!(a, b);
    let value: Value = serde_json::from_str(&a).unwrap();
    assert_eq!(keys(&value), ["id", "type", "created_at", "data"]);
    assert_ne!(value["id"], "evt_cheddar_7a8b9c");
    assert_eq!(value["id"].as_str().unwrap().len(), 28);
    assert_eq!(value["type"], "order.shipped");
    assert_eq!(value["created_at"], "2025-06-01T06:09:10Z");
    assert_eq!(value["data"], find("order.shipped").unwrap().sample_data());
    assert_eq!(render(&value), a);
}

#[test]
fn render_envelope_keeps_the_given_data_order() {
    let text = render_envelope(
        "evt_x",
        "custom.type",
        "2024-03-15T14:30:00Z",
        json!({"z": 1, "a": "é"}),
    );
    assert_eq!(
        text,
        "{\n  \"id\": \"evt_x\",\n  \"type\": \"custom.type\",\n  \"created_at\": \"2024-03-15T14:30:00Z\",\n  \"data\": {\n    \"z\": 1,\n    \"a\": \"é\"\n  }\n}\n"
    );
}

#[test]
fn expand_patterns_families_all_and_exact_names() {
    assert_eq!(
        expand_patterns(&["order.*"]).unwrap(),
        [
            "order.placed",
            "order.confirmed",
            "order.shipped",
            "order.delivered",
            "order.cancelled"
        ]
    );
    assert_eq!(expand_patterns(&["*"]).unwrap().len(), 14);
    assert_eq!(expand_patterns(&["cheese.*"]).unwrap().len(), 4);
    assert_eq!(expand_patterns(&["customer.*"]).unwrap().len(), 3);
    // Deduplicated, in catalog order, commas split, blanks ignored.
    assert_eq!(
        expand_patterns(&["cheese.low_stock, order.shipped", "order.shipped", " "]).unwrap(),
        ["order.shipped", "cheese.low_stock"]
    );
    assert_eq!(
        expand_patterns(&["*.created".to_owned()]).unwrap(),
        ["customer.created"]
    );
    assert_eq!(expand_patterns::<&str>(&[]).unwrap(), Vec::<&str>::new());
}

#[test]
fn expand_patterns_rejects_unknown_names_with_a_suggestion() {
    let err = expand_patterns(&["order.*", "order.shiped"]).unwrap_err();
    assert_eq!(
        err,
        UnknownEvent {
            name: "order.shiped".into(),
            suggestion: Some("order.shipped")
        }
    );
    assert_eq!(err.to_string(), "unknown event type `order.shiped`");
    assert_eq!(
        err.hints(),
        [
            "did you mean `order.shipped`?",
            "run `cheese events` to list the 14 event types"
        ]
    );

    let err = expand_patterns(&["orders.*"]).unwrap_err();
    assert_eq!(err.to_string(), "no event type matches `orders.*`");
    assert_eq!(err.suggestion, Some("order.*"));

    let err = expand_patterns(&["order"]).unwrap_err();
    assert_eq!(err.suggestion, Some("order.*"));

    // Exact names are case-sensitive, as the store compares them.
    let err = expand_patterns(&["Order.Shipped"]).unwrap_err();
    assert_eq!(err.suggestion, Some("order.shipped"));

    let err = expand_patterns(&["invoice.paid"]).unwrap_err();
    assert_eq!(err.suggestion, None);
    assert_eq!(
        err.hints(),
        ["run `cheese events` to list the 14 event types"]
    );
}

#[test]
fn unknown_event_becomes_a_usage_error_with_hints() {
    let err: crate::error::Error = expand_patterns(&["order_shipped"]).unwrap_err().into();
    assert_eq!(err.kind, crate::error::Kind::Usage);
    assert_eq!(err.message, "unknown event type `order_shipped`");
    assert_eq!(err.hints[0], "did you mean `order.shipped`?");
}

#[test]
fn matches_pattern_globs() {
    let cases = [
        ("*", "order.shipped", true),
        ("*", "", true),
        ("order.*", "order.shipped", true),
        ("order.*", "order.", true),
        ("order.*", "order", false),
        ("order.*", "orders.shipped", false),
        ("order.*", "cheese.low_stock", false),
        ("order.shipped", "order.shipped", true),
        ("order.shipped", "order.shipped.late", false),
        ("order.shipped", "order.ship", false),
        ("*.low_stock", "cheese.low_stock", true),
        ("*stock", "cheese.out_of_stock", true),
        ("*stock", "cheese.new_arrival", false),
        ("customer.*changed", "customer.subscription_changed", true),
        ("customer.*changed", "customer.updated", false),
        ("*.*", "invoice.paid", true),
        ("*.*", "invoice", false),
        ("a*a", "a", false),
        ("a*a", "aa", true),
        ("a*b*a", "abba", true),
        ("a*b*a", "abb", false),
        ("**", "anything", true),
        ("future.*", "future.thing", true),
    ];
    for (pattern, event_type, expected) in cases {
        assert_eq!(
            matches_pattern(pattern, event_type),
            expected,
            "{pattern} vs {event_type}"
        );
    }
}

#[test]
fn suggest_handles_typos_separators_and_prefixes() {
    let cases = [
        ("order.ship", Some("order.shipped")),
        ("order_shipped", Some("order.shipped")),
        ("order-shipped", Some("order.shipped")),
        ("ORDER.SHIPPED", Some("order.shipped")),
        ("order.shiped", Some("order.shipped")),
        ("ordr.shipped", Some("order.shipped")),
        ("order.canceled", Some("order.cancelled")),
        ("cheese.lowstock", Some("cheese.low_stock")),
        ("cheese.low-stock", Some("cheese.low_stock")),
        ("cheese.back_in_stok", Some("cheese.back_in_stock")),
        ("low_stock", Some("cheese.low_stock")),
        ("shipped", Some("order.shipped")),
        (
            "subscription_changed",
            Some("customer.subscription_changed"),
        ),
        (
            "customer.subscription",
            Some("customer.subscription_changed"),
        ),
        ("apikey.expiring", Some("api_key.expiring")),
        ("webhook.tset", Some("webhook.test")),
        ("webhook", Some("webhook.test")),
        ("order.shipped", Some("order.shipped")),
        ("order", None),
        ("created", Some("customer.created")),
        ("invoice.paid", None),
        ("xyz", None),
        ("", None),
        ("...", None),
    ];
    for (input, expected) in cases {
        assert_eq!(suggest(input), expected, "{input:?}");
    }
}

#[test]
fn levenshtein_basics() {
    assert_eq!(levenshtein("", ""), 0);
    assert_eq!(levenshtein("abc", ""), 3);
    assert_eq!(levenshtein("", "abc"), 3);
    assert_eq!(levenshtein("kitten", "sitting"), 3);
    assert_eq!(levenshtein("comté", "comte"), 1);
}

const SHIPPED: &str = r#"{"id":"evt_1","type":"order.shipped","created_at":"2024-03-15T14:30:00Z","data":{"order_id":"ord_1","carrier":"CheeseExpress"}}"#;

fn set(assignment: &str) -> Value {
    serde_json::from_str(&set_path(SHIPPED, assignment).unwrap()).unwrap()
}

#[test]
fn set_path_replaces_in_place_and_keeps_key_order() {
    let text = set_path(SHIPPED, "data.order_id=ord_gouda_4d5e6f").unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(keys(&value), ["id", "type", "created_at", "data"]);
    assert_eq!(keys(&value["data"]), ["order_id", "carrier"]);
    assert_eq!(value["data"]["order_id"], "ord_gouda_4d5e6f");
    // Re-serialized in the documented layout.
    assert_eq!(render(&value), text);
    assert!(text.starts_with("{\n  \"id\": \"evt_1\",\n"));
}

#[test]
fn set_path_on_the_seed_is_the_seed_when_nothing_changes() {
    let seed = sample_envelope("order.shipped").unwrap();
    assert_eq!(set_path(&seed, "data.carrier=CheeseExpress").unwrap(), seed);
}

#[test]
fn set_path_appends_new_keys_and_creates_missing_objects() {
    let value = set("data.tracking_number=1Z999AA10123456784");
    assert_eq!(
        keys(&value["data"]),
        ["order_id", "carrier", "tracking_number"]
    );
    assert_eq!(value["data"]["tracking_number"], "1Z999AA10123456784");

    let value = set("data.shipment.box.size=large");
    assert_eq!(value["data"]["shipment"], json!({"box": {"size": "large"}}));

    let value = set("metadata.source=cli");
    assert_eq!(
        keys(&value),
        ["id", "type", "created_at", "data", "metadata"]
    );

    assert_eq!(set("id=evt_custom")["id"], "evt_custom");
}

#[test]
fn set_path_parses_json_values_and_falls_back_to_strings() {
    let cases = [
        ("3", json!(3)),
        ("-7", json!(-7)),
        ("2.5", json!(2.5)),
        ("true", json!(true)),
        ("false", json!(false)),
        ("null", json!(null)),
        (r#""quoted""#, json!("quoted")),
        (r#""42""#, json!("42")),
        (r#"{"a":1,"b":[true]}"#, json!({"a": 1, "b": [true]})),
        ("[1,2]", json!([1, 2])),
        ("hello world", json!("hello world")),
        ("", json!("")),
        ("a=b", json!("a=b")),
        ("{not json", json!("{not json")),
        // Numbers JSON would rewrite stay exactly as typed.
        ("42.50", json!("42.50")),
        ("007", json!("007")),
        ("1e3", json!("1e3")),
        (" 3", json!(" 3")),
        (
            "123456789012345678901234567890",
            json!("123456789012345678901234567890"),
        ),
        ("Comté", json!("Comté")),
    ];
    for (raw, expected) in cases {
        assert_eq!(
            set(&format!("data.x={raw}"))["data"]["x"],
            expected,
            "{raw:?}"
        );
    }
}

#[test]
fn set_path_errors() {
    assert_eq!(
        set_path(SHIPPED, "data.carrier"),
        Err(SetError::MissingEquals("data.carrier".into()))
    );
    assert_eq!(
        set_path(SHIPPED, "=x"),
        Err(SetError::EmptyPath("=x".into()))
    );
    assert_eq!(
        set_path(SHIPPED, "data..carrier=x"),
        Err(SetError::EmptyPath("data..carrier=x".into()))
    );
    assert_eq!(
        set_path(SHIPPED, "data.=x"),
        Err(SetError::EmptyPath("data.=x".into()))
    );
    let err = set_path(SHIPPED, "data.carrier.name=x").unwrap_err();
    assert_eq!(
        err,
        SetError::NotAnObject {
            path: "data.carrier.name".into(),
            parent: "data.carrier".into(),
            found: "a string"
        }
    );
    assert_eq!(
        err.to_string(),
        "cannot set `data.carrier.name`: `data.carrier` is a string, not an object"
    );
    assert!(matches!(
        set_path("[1]", "a=1"),
        Err(SetError::InvalidEnvelope(_))
    ));
    assert!(matches!(
        set_path("not json", "a=1"),
        Err(SetError::InvalidEnvelope(_))
    ));
}

#[test]
fn set_error_becomes_a_usage_error() {
    let err: crate::error::Error = set_path(SHIPPED, "nope").unwrap_err().into();
    assert_eq!(err.kind, crate::error::Kind::Usage);
    assert_eq!(err.message, "`--set`: expected PATH=VALUE, got `nope`");
    assert_eq!(err.hints.len(), 1);
}
