//! `cheese trigger` against a real local app over loopback: exactly the headers and body the
//! store sends (the signature verifies with `cheese::signature`), `--set`, `--data` and
//! `--envelope`, the per-delivery result lines and `--json` records, and the failures (non-2xx,
//! connection refused, timeout: exit 1; unknown type: exit 2).

use std::time::Duration;

use indoc::{formatdoc, indoc};
use serde_json::{json, Value};

use crate::support::app::{App, Got, Reply};
use crate::support::listener::Listener;
use crate::support::{assert_no_escape, run, Home, Run};

const SECRET: &str = "whsec_trigger_test_5f2a";

fn ok_app() -> App {
    App::ok()
}

/// The only value of header `name`.
fn header<'a>(got: &'a Got, name: &str) -> &'a str {
    let values = got.header_values(name);
    assert_eq!(values.len(), 1, "header {name} in {:?}", got.headers);
    values[0]
}

/// The header names, sorted.
fn header_names(got: &Got) -> Vec<&str> {
    let mut names: Vec<&str> = got.headers.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    names
}

/// The tab-separated fields of each stdout line.
fn rows(r: &Run) -> Vec<Vec<String>> {
    r.stdout
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// A result row: a fresh id, the type, the status text and a duration.
fn assert_row(row: &[String], event_type: &str, result: &str) {
    assert_eq!(row.len(), 4, "{row:?}");
    assert!(
        row[0].starts_with("evt_") && row[0].len() == 28,
        "fresh id: {row:?}"
    );
    assert_eq!(row[1], event_type);
    assert_eq!(row[2], result);
    assert!(row[3].ends_with(" ms"), "{row:?}");
}

fn body_json(seen: &Got) -> Value {
    serde_json::from_slice(&seen.body).expect("JSON body")
}

/// The request is exactly what the store sends (SPEC §2), signed with `secret`.
fn assert_store_request(seen: &Got, app: &App, path: &str, secret: Option<&str>) {
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, path);
    let mut expected = vec!["content-length", "content-type", "host", "user-agent"];
    if secret.is_some() {
        expected.push("x-cheese-signature");
    }
    assert_eq!(header_names(seen), expected);
    assert_eq!(header(seen, "content-type"), "application/json");
    assert_eq!(header(seen, "user-agent"), "CheeseStore-Webhooks/2.0");
    assert_eq!(header(seen, "host"), format!("127.0.0.1:{}", app.port()));
    assert_eq!(header(seen, "content-length"), seen.body.len().to_string());
    if let Some(secret) = secret {
        let sig = header(seen, "x-cheese-signature");
        assert_eq!(sig.len(), 64);
        assert!(sig
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
        let secrets = [cheese::signature::NamedSecret::new(
            "test",
            cheese::secret::Secret::new(secret),
        )];
        let v = cheese::signature::verify(&[sig.as_bytes()], &seen.body, &secrets);
        assert!(v.is_valid(), "{v:?}");
    }
}

/// A fresh envelope of `event_type`: documented key order, new id, `created_at` about now,
/// and the sample data.
fn assert_fresh_envelope(seen: &Got, event_type: &str, id: &str) {
    let v = body_json(seen);
    let keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["id", "type", "created_at", "data"]);
    assert_eq!(v["id"], id);
    assert_eq!(v["type"], event_type);
    let created = v["created_at"].as_str().expect("created_at");
    let created =
        time::OffsetDateTime::parse(created, &time::format_description::well_known::Rfc3339)
            .expect("RFC 3339");
    let age = time::OffsetDateTime::now_utc() - created;
    assert!(age.whole_seconds().abs() < 60, "created_at {created}");
    let sample = cheese::events::find(event_type)
        .expect("type")
        .sample_data();
    assert_eq!(v["data"], sample);
    // The documented layout: 2-space pretty JSON with a final newline.
    assert!(seen.body.ends_with(b"}\n"));
    assert!(seen.body.starts_with(b"{\n  \"id\": "));
}

#[test]
fn sends_exactly_what_the_store_sends() {
    let home = Home::new();
    let app = ok_app();
    let url = app.url("/webhooks");
    let r = run(
        home.cmd()
            .args(["trigger", "order.placed", "--to", &url, "--secret", SECRET]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = rows(&r);
    assert_eq!(rows.len(), 1);
    assert_row(&rows[0], "order.placed", "200 OK");
    assert_eq!(
        r.stderr,
        formatdoc! {"
            sending order.placed to {url} (signed with --secret)
              response: ok
        "}
    );
    let seen = app.requests();
    assert_eq!(seen.len(), 1);
    assert_store_request(&seen[0], &app, "/webhooks", Some(SECRET));
    assert_fresh_envelope(&seen[0], "order.placed", &rows[0][0]);
}

#[test]
fn several_types_and_patterns_in_the_order_given() {
    let home = Home::new();
    let app = ok_app();
    let r = run(
        home.cmd().args([
            "trigger",
            "order.shipped",
            "cheese.*",
            "--to",
            &format!("127.0.0.1:{}", app.port()),
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let types = [
        "order.shipped",
        "cheese.back_in_stock",
        "cheese.low_stock",
        "cheese.out_of_stock",
        "cheese.new_arrival",
    ];
    let rows = rows(&r);
    let seen = app.requests();
    assert_eq!((rows.len(), seen.len()), (5, 5));
    for ((row, seen), t) in rows.iter().zip(&seen).zip(types) {
        assert_row(row, t, "200 OK");
        assert_store_request(seen, &app, "/", Some(SECRET));
        assert_fresh_envelope(seen, t, &row[0]);
    }
    let ids: std::collections::HashSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.len(), 5, "every event gets its own id");
    assert!(r.stderr.starts_with(&format!(
        "sending 5 events to {} (signed with --secret)\n",
        app.url("/")
    )));
    assert!(
        r.stderr.ends_with("all 5 deliveries answered 2xx\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn set_changes_fields() {
    let home = Home::new();
    let app = ok_app();
    let r = run(
        home.cmd().args([
            "trigger",
            "order.shipped",
            "--to",
            &app.url("/"),
            "--secret",
            SECRET,
            "--set",
            "data.tracking_number=1Z000TEST",
            "--set",
            "data.parcels=2",
            "--set",
            "data.carrier={\"name\":\"Fromagerie Express\"}",
            "--set",
            "data.address.city=Lyon",
        ]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let seen = app.requests();
    assert_store_request(&seen[0], &app, "/", Some(SECRET));
    let v = body_json(&seen[0]);
    assert_eq!(
        v["data"],
        json!({
            "order_id": "ord_gouda_4d5e6f",
            "tracking_number": "1Z000TEST",
            "carrier": {"name": "Fromagerie Express"},
            "estimated_delivery": "2024-03-17T12:00:00Z",
            "parcels": 2,
            "address": {"city": "Lyon"}
        })
    );
    assert_eq!(v["type"], "order.shipped");
}

#[test]
fn set_errors_are_usage_errors() {
    let home = Home::new();
    let r = run(
        home.cmd()
            .args(["trigger", "order.shipped", "--to", "1", "--set", "tracking"]),
        b"",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: `--set`: expected PATH=VALUE, got `tracking`
            hint: write it as `--set data.tracking_number=1Z999AA10123456784`
        "}
    );
}

#[test]
fn data_replaces_the_data_object() {
    let home = Home::new();
    let app = ok_app();
    let file = home.file("data.json", br#"{"customer_id": "cus_x", "tags": ["vip"]}"#);
    let r = run(
        home.cmd()
            .args([
                "trigger",
                "customer.updated",
                "--to",
                &app.url("/"),
                "--secret",
                SECRET,
                "--data",
            ])
            .arg(&file)
            .args(["--set", "data.name=Ana"]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = body_json(&app.requests()[0]);
    assert_eq!(
        v["data"],
        json!({"customer_id": "cus_x", "tags": ["vip"], "name": "Ana"})
    );
    assert_eq!(v["type"], "customer.updated");

    // From standard input too.
    let r = run(
        home.cmd().args([
            "trigger",
            "webhook.test",
            "--to",
            &app.url("/"),
            "--secret",
            SECRET,
            "--data",
            "-",
        ]),
        b"{\"ping\": true}",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(body_json(&app.requests()[1])["data"], json!({"ping": true}));
}

#[test]
fn data_must_be_json() {
    let home = Home::new();
    let file = home.file("bad.json", b"{nope");
    let r = run(
        home.cmd()
            .args(["trigger", "order.placed", "--to", "1", "--data"])
            .arg(&file),
        b"",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        formatdoc! {"
            cheese: error: `--data`: {} is not valid JSON: key must be a string at line 1 column 2
            hint: `--data` takes the JSON of the envelope's `data` object, e.g. {{\"order_id\": \"ord_1\"}}
        ", file.display()}
    );
}

#[test]
fn a_missing_file_names_its_flag() {
    let home = Home::new();
    let missing = home.path().join("missing.json");
    for args in [vec!["order.placed", "--data"], vec!["--envelope"]] {
        let flag = args[args.len() - 1];
        let r = run(
            home.cmd()
                .arg("trigger")
                .args(&args)
                .arg(&missing)
                .args(["--to", "1"]),
            b"",
        );
        assert_eq!(r.code, 1, "{flag}");
        assert_eq!(r.stdout, "", "{flag}");
        assert_eq!(
            r.stderr,
            format!(
                "cheese: error: `{flag}`: reading {}: No such file or directory (os error 2)\n",
                missing.display()
            )
        );
    }
}

#[test]
fn envelope_sends_the_exact_bytes_re_signed() {
    let home = Home::new();
    let app = ok_app();
    // Compact, CRLF, a BOM-free odd spacing: none of it may change on the way.
    let bytes = b"{\"id\":\"evt_captured_1\",  \"type\":\"order.cancelled\",\"data\":{}}\r\n";
    let file = home.file("captured.json", bytes);
    let r = run(
        home.cmd()
            .args([
                "trigger",
                "--to",
                &app.url("/hooks?x=1"),
                "--secret",
                SECRET,
                "--envelope",
            ])
            .arg(&file),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let seen = app.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].body, bytes);
    assert_store_request(&seen[0], &app, "/hooks?x=1", Some(SECRET));
    assert_eq!(
        header(&seen[0], "x-cheese-signature"),
        cheese::signature::sign_hex(SECRET.as_bytes(), bytes)
    );
    assert_eq!(
        rows(&r)[0][..3],
        ["evt_captured_1", "order.cancelled", "200 OK"]
    );

    // Not even JSON: still sent as is.
    let file = home.file("raw.bin", b"\xffnot json");
    let r = run(
        home.cmd()
            .args([
                "trigger",
                "--to",
                &app.url("/"),
                "--secret",
                SECRET,
                "--envelope",
            ])
            .arg(&file),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(app.requests()[1].body, b"\xffnot json");
    assert_eq!(rows(&r)[0][..3], ["-", "-", "200 OK"]);
}

#[test]
fn non_2xx_exits_1_and_shows_the_answer_escaped() {
    let home = Home::new();
    let app = App::start(|seen| {
        if seen.body.windows(13).any(|w| w == b"order.shipped") {
            Reply::new(500, "boom \x1b[31mred\x1b[0m")
        } else {
            Reply::new(204, "")
        }
    });
    let url = app.url("/");
    let r = run(
        home.cmd().args([
            "trigger",
            "order.placed",
            "order.shipped",
            "order.delivered",
            "--to",
            &url,
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    let rows = rows(&r);
    assert_eq!(rows.len(), 3, "later events are still sent");
    assert_row(&rows[0], "order.placed", "204 No Content");
    assert_row(&rows[1], "order.shipped", "500 Internal Server Error");
    assert_row(&rows[2], "order.delivered", "204 No Content");
    assert_eq!(
        r.stderr,
        formatdoc! {"
            sending 3 events to {url} (signed with --secret)
              response: boom \\x1b[31mred\\x1b[0m
            cheese: error: 1 of 3 deliveries failed; the first, the order.shipped delivery: the app answered 500 Internal Server Error
            hint: the store counts any answer but 2xx as a failure and retries it (after 1 min, 5 min, 30 min, 2 h, 12 h)
        "}
    );
    assert_no_escape(&r);
}

#[test]
fn connection_refused_names_the_target() {
    let home = Home::new();
    // A port nobody listens on: bind one, then free it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let url = format!("http://127.0.0.1:{port}/");
    let r = run(
        home.cmd().args([
            "trigger",
            "order.placed",
            "order.shipped",
            "--to",
            &url,
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    let rows = rows(&r);
    assert_eq!(rows.len(), 1, "stops at the first refused connection");
    assert_row(&rows[0], "order.placed", "connection refused");
    assert_eq!(
        r.stderr,
        formatdoc! {"
            sending 2 events to {url} (signed with --secret)
            not sending the other 1 event
            cheese: error: could not connect to {url}: connection refused
            hint: is your app running and listening on 127.0.0.1:{port}?
        "}
    );
}

#[test]
fn a_connect_error_is_said_once() {
    // https:// to a plain-HTTP app: the TLS handshake fails. The message used to read
    // "could not connect to …: could not connect: …".
    let home = Home::new();
    let app = ok_app();
    let url = format!("https://127.0.0.1:{}/", app.port());
    let r = run(
        home.cmd()
            .args(["trigger", "order.placed", "--to", &url, "--secret", SECRET]),
        b"",
    );
    assert_eq!(r.code, 1);
    let rows = rows(&r);
    assert_eq!(rows.len(), 1);
    let why = "received corrupt message of type InvalidContentType";
    assert_row(
        &rows[0],
        "order.placed",
        &format!("could not connect: {why}"),
    );
    assert_eq!(
        r.stderr,
        formatdoc! {"
            sending order.placed to {url} (signed with --secret)
            cheese: error: could not connect to {url}: {why}
            hint: check the host and port given to `--to`
        "}
    );
}

#[test]
fn connection_refused_at_the_default_address_suggests_listen() {
    if std::net::TcpStream::connect("127.0.0.1:4242").is_ok() {
        eprintln!("skipped: something listens on 127.0.0.1:4242");
        return;
    }
    let home = Home::new();
    let r = run(
        home.cmd()
            .args(["trigger", "order.placed", "--secret", SECRET]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert_row(&rows(&r)[0], "order.placed", "connection refused");
    assert_eq!(
        r.stderr,
        indoc! {"
            sending order.placed to http://127.0.0.1:4242/ (signed with --secret)
            cheese: error: could not connect to http://127.0.0.1:4242/: connection refused
            hint: is `cheese listen` running? start it with `cheese listen`
            hint: or send to your app directly with `--to`, e.g. `--to localhost:3000/webhooks`
        "}
    );
}

#[test]
fn no_answer_within_the_timeout_exits_1() {
    let home = Home::new();
    let app = App::start(|_| Reply::new(200, "late").delay(Duration::from_secs(5)));
    let url = app.url("/");
    let r = run(
        home.cmd().args([
            "trigger",
            "order.placed",
            "--to",
            &url,
            "--secret",
            SECRET,
            "--timeout",
            "200ms",
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert_row(&rows(&r)[0], "order.placed", "no answer within 200ms");
    assert_eq!(
        r.stderr,
        formatdoc! {"
            sending order.placed to {url} (signed with --secret)
            cheese: error: the order.placed delivery failed: no answer within 200ms
            hint: the store waits 10 s: answer 2xx at once and do slow work after answering
        "}
    );
}

#[test]
fn unknown_type_suggests_one() {
    let home = Home::new();
    let r = run(
        home.cmd()
            .args(["trigger", "order.placed", "cheese.lowstock", "--to", "1"]),
        b"",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: unknown event type `cheese.lowstock`
            hint: did you mean `cheese.low_stock`?
            hint: run `cheese events` to list the 14 event types
        "}
    );
}

#[test]
fn a_port_that_is_not_a_number_is_a_usage_error() {
    // `localhost:abc` used to go to port 80 and fail there with "connection refused".
    let home = Home::new();
    for to in [
        "localhost:abc",
        "http://127.0.0.1:0/webhooks",
        "[::1]:70000",
    ] {
        let r = run(
            home.cmd().args(["trigger", "order.placed", "--to", to]),
            b"",
        );
        assert_eq!(r.code, 2, "{to}");
        assert_eq!(r.stdout, "", "{to}");
        assert_eq!(
            r.stderr,
            formatdoc! {"
                cheese: error: `--to`: not a port number (1-65535): `{to}`
                hint: write `--to 3000`, `--to localhost:3000/webhooks` or `--to http://127.0.0.1:3000/webhooks`
            "},
            "{to}"
        );
    }
}

#[test]
fn without_a_secret_deliveries_are_unsigned() {
    let home = Home::new();
    let app = ok_app();
    let url = app.url("/");
    let r = run(
        home.cmd().args(["trigger", "order.placed", "--to", &url]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        formatdoc! {"
            cheese: warning: no webhook secret: sending unsigned deliveries (no X-Cheese-Signature header); pass `--secret` or set `CHEESE_WEBHOOK_SECRET` to sign them
            sending order.placed to {url} (unsigned)
              response: ok
        "}
    );
    assert_store_request(&app.requests()[0], &app, "/", None);
}

#[test]
fn secret_from_the_environment_or_config() {
    let home = Home::new();
    let app = ok_app();
    let url = app.url("/");
    let r = run(
        home.cmd().env("CHEESE_WEBHOOK_SECRET", SECRET).args([
            "--quiet",
            "trigger",
            "order.placed",
            "--to",
            &url,
        ]),
        b"",
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_store_request(&app.requests()[0], &app, "/", Some(SECRET));

    home.write_config("[profiles.default]\nwebhook_secret = \"whsec_from_config\"\n");
    let r = run(
        home.cmd().args(["trigger", "order.placed", "--to", &url]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.starts_with(&format!(
            "sending order.placed to {url} (signed with config profiles.default.webhook_secret)\n"
        )),
        "{}",
        r.stderr
    );
    assert_store_request(&app.requests()[1], &app, "/", Some("whsec_from_config"));
}

#[test]
fn several_secrets_sign_with_the_first() {
    let home = Home::new();
    let app = ok_app();
    let url = app.url("/");
    let r = run(
        home.cmd().args([
            "trigger",
            "order.placed",
            "--to",
            &url,
            "--secret",
            SECRET,
            "--secret",
            "whsec_other",
        ]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        formatdoc! {"
            2 secrets given; signing with the first (--secret #1), as the store signs with one
            sending order.placed to {url} (signed with --secret #1)
              response: ok
        "}
    );
    assert_store_request(&app.requests()[0], &app, "/", Some(SECRET));
}

#[test]
fn json_prints_one_record_per_delivery() {
    let home = Home::new();
    let app = App::start(|seen| {
        if seen.body.windows(12).any(|w| w == b"order.placed") {
            Reply::new(200, "{\"received\":true}")
        } else {
            Reply::new(422, "nope")
        }
    });
    let url = app.url("/in");
    let r = run(
        home.cmd().args([
            "--json",
            "trigger",
            "order.placed",
            "order.cancelled",
            "--to",
            &url,
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    let records: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(records.len(), 2);
    let seen = app.requests();
    for (record, (seen, (t, status, body))) in records.iter().zip(seen.iter().zip([
        ("order.placed", 200, "{\"received\":true}"),
        ("order.cancelled", 422, "nope"),
    ])) {
        let keys: Vec<&str> = record
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "id",
                "type",
                "url",
                "status",
                "duration_ms",
                "response_body"
            ]
        );
        assert_eq!(record["id"], body_json(seen)["id"]);
        assert_eq!(record["type"], t);
        assert_eq!(record["url"], url);
        assert_eq!(record["status"], status);
        assert!(record["duration_ms"].is_u64());
        assert_eq!(record["response_body"], body);
    }
    assert!(r.stderr.ends_with(
        "hint: the store counts any answer but 2xx as a failure and retries it (after 1 min, 5 min, 30 min, 2 h, 12 h)\n"
    ));
    assert!(!r.stderr.contains("response:"), "{}", r.stderr);
}

#[test]
fn json_records_a_connection_error() {
    let home = Home::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let r = run(
        home.cmd().args([
            "--json",
            "trigger",
            "webhook.test",
            "--to",
            &port.to_string(),
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    let v: Value = serde_json::from_str(r.stdout.trim_end()).expect("JSON");
    assert_eq!(v["type"], "webhook.test");
    assert_eq!(v["url"], format!("http://localhost:{port}/"));
    assert_eq!(v["status"], Value::Null);
    assert_eq!(v["error"], "connection refused");
    assert!(v.get("response_body").is_none());
}

#[test]
fn terminal_layout_aligns_columns_without_escapes_under_no_color() {
    let home = Home::new();
    let app = ok_app();
    let r = run(
        home.cmd_tty().env("NO_COLOR", "1").args([
            "trigger",
            "webhook.test",
            "customer.subscription_changed",
            "--to",
            &app.url("/"),
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_no_escape(&r);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    for (line, t) in lines
        .iter()
        .zip(["webhook.test", "customer.subscription_changed"])
    {
        assert!(!line.contains('\t'));
        // id (28) + 2 spaces, type padded to 29 + 2 spaces, then the status.
        assert_eq!(&line[30..30 + t.len()], t, "{line}");
        assert_eq!(&line[30 + 31..30 + 31 + 6], "200 OK", "{line}");
    }
}

#[test]
fn help_has_examples() {
    let home = Home::new();
    let r = run(home.cmd().args(["trigger", "--help"]), b"");
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("Examples:\n  cheese trigger order.placed\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn every_type_verifies_in_the_real_listen() {
    let home = Home::new();
    let app = ok_app();
    let listener = Listener::start(
        &home,
        &["--json", "--secret", SECRET, "--forward", &app.url("/app")],
    );
    let all: Vec<&str> = cheese::events::CATALOG.iter().map(|t| t.name).collect();
    let r = run(
        home.cmd().arg("trigger").args(&all).args([
            "--to",
            &listener.url("/webhooks"),
            "--secret",
            SECRET,
        ]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = rows(&r);
    assert_eq!(rows.len(), 14);
    for (row, t) in rows.iter().zip(&all) {
        assert_row(row, t, "200 OK");
    }
    let finished = listener.terminate();
    assert_eq!(finished.code, 0, "{}", finished.stderr);
    let deliveries: Vec<Value> = finished
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .filter(|v| v["kind"] == "delivery")
        .collect();
    assert_eq!(deliveries.len(), 14);
    for ((record, row), t) in deliveries.iter().zip(&rows).zip(&all) {
        assert_eq!(record["signature"]["verdict"], "valid", "{record}");
        assert_eq!(record["type"], *t);
        assert_eq!(record["id"], row[0].as_str());
        assert_eq!(record["path"], "/webhooks");
        assert_eq!(record["answered"], 200);
        assert_eq!(record["by"], "app");
    }
    // And the app got the same bytes, still verifying.
    let got = app.requests();
    assert_eq!(got.len(), 14);
    for ((request, t), row) in got.iter().zip(&all).zip(&rows) {
        assert_eq!(request.path, "/app/webhooks");
        assert_fresh_envelope(request, t, &row[0]);
        let sig = header(request, "x-cheese-signature");
        assert_eq!(
            sig,
            cheese::signature::sign_hex(SECRET.as_bytes(), &request.body)
        );
    }
}

#[test]
fn a_secret_listen_does_not_know_gets_a_hint() {
    let home = Home::new();
    let listener = Listener::start(&home, &["--secret", "whsec_listen_only"]);
    let url = listener.url("/");
    let r = run(
        home.cmd()
            .args(["trigger", "order.placed", "--to", &url, "--secret", SECRET]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert_row(&rows(&r)[0], "order.placed", "401 Unauthorized");
    // The response line is listen's own wording; the rest is trigger's.
    let (response, rest): (Vec<&str>, Vec<&str>) = r
        .stderr
        .lines()
        .partition(|l| l.starts_with("  response: "));
    assert_eq!(response.len(), 1);
    assert!(
        response[0].starts_with("  response: cheese listen: bad signature"),
        "{}",
        response[0]
    );
    assert_eq!(
        rest,
        [
            format!("sending order.placed to {url} (signed with --secret)").as_str(),
            "cheese: error: the order.placed delivery failed: `cheese listen` answered 401 Unauthorized",
            "hint: `cheese listen` refused the signature: give `trigger` the secret `listen` checks (the same `--secret`, or `CHEESE_WEBHOOK_SECRET` for both)",
            "hint: the store counts any answer but 2xx as a failure and retries it (after 1 min, 5 min, 30 min, 2 h, 12 h)",
        ]
    );
    let finished = listener.terminate();
    assert_eq!(finished.code, 0);
}
