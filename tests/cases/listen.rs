//! `cheese listen`: the real binary between a raw sender and a real local app. Every test
//! asserts the exit code, stdout and stderr (times, durations, ages and ports normalised) and
//! what the app and the sender got, byte for byte.

use indoc::{formatdoc, indoc};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::support::app::{App, Reply};
use crate::support::listener::{deliver, post, send_raw, Listener};
use crate::support::{data, Home};

const SECRET: &str = "whsec_test";

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Replaces what changes from run to run: the ports given, `HH:MM:SS` at the start of a line,
/// and the numbers of durations and ages (`4 ms`, `<1 ms`, `0.3 s` at a line end, `993 d ago`).
fn normalize(text: &str, ports: &[(u16, &str)]) -> String {
    let mut text = text.to_string();
    for (port, name) in ports {
        text = text.replace(&format!(":{port}"), &format!(":{name}"));
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let b = line.as_bytes();
            let clock = b.len() >= 10
                && [0, 1, 3, 4, 6, 7].iter().all(|&i| b[i].is_ascii_digit())
                && b[2] == b':'
                && b[5] == b':';
            let line = if clock {
                format!("HH:MM:SS{}", &line[8..])
            } else {
                line.to_string()
            };
            numbers_before_units(&line.replace("<1 ms", "N ms"))
        })
        .collect();
    lines.join("\n")
}

fn numbers_before_units(line: &str) -> String {
    const UNITS: [&str; 5] = [" ms", " d ago", " h ago", " min ago", " s ago"];
    let mut out = String::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if starts {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                j += 1;
            }
            let rest: String = chars[j..].iter().collect();
            let unit = UNITS.iter().any(|u| rest.starts_with(u))
                || (rest == " s" && line.starts_with("summary:"));
            if unit {
                out.push('N');
                i = j;
                continue;
            }
            out.extend(&chars[i..j]);
            i = j;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn ready(listener: &Listener, rest: &str) -> String {
    format!(
        "cheese: listening on http://127.0.0.1:{}, {rest} (Ctrl-C to stop)\n",
        listener.port
    )
}

fn envelope(id: &str, kind: &str, created_at: &str) -> Vec<u8> {
    format!(r#"{{"id":"{id}","type":"{kind}","created_at":"{created_at}","data":{{}}}}"#)
        .into_bytes()
}

#[test]
fn documented_envelope_arrives_byte_identical() {
    let home = Home::new();
    let app = App::start(|_| Reply::new(200, "thanks").header("X-App", "yes"));
    let target = app.url("");
    let l = Listener::start(&home, &["--forward", &target, "--secret", SECRET]);
    let body = data("envelope-order-shipped.json");

    let r = deliver(l.port, "/webhooks", &body, Some(SECRET));
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), "thanks");
    assert_eq!(r.header("x-app"), Some("yes"));
    assert_eq!(
        r.header("x-cheese-listen"),
        None,
        "the app's answer is not marked"
    );

    let got = app.requests();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].sha256, sha(&body));
    assert_eq!(got[0].body, body);
    assert_eq!(
        (got[0].method.as_str(), got[0].path.as_str()),
        ("POST", "/webhooks")
    );

    let port = l.port;
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let ports = [(port, "PORT"), (app.port(), "APP")];
    assert_eq!(
        normalize(&done.stdout, &ports),
        indoc! {r#"
            HH:MM:SS  POST /webhooks  order.shipped  evt_cheddar_7a8b9c
              signature  valid (--secret)
              created    2024-03-15T14:30:00Z (N d ago)
              {
                "id": "evt_cheddar_7a8b9c",
                "type": "order.shipped",
                "created_at": "2024-03-15T14:30:00Z",
                "data": {
                  "order_id": "ord_gouda_4d5e6f",
                  "tracking_number": "1Z999AA10123456784",
                  "carrier": "CheeseExpress",
                  "estimated_delivery": "2024-03-17T12:00:00Z"
                }
              }
              → 200 OK  http://127.0.0.1:APP/webhooks  N ms

        "#}
    );
    assert_eq!(
        normalize(&done.stderr, &ports),
        indoc! {"
            cheese: listening on http://127.0.0.1:PORT, forwarding to http://127.0.0.1:APP, secret from --secret (Ctrl-C to stop)
            summary: 1 delivery in N s
              types      order.shipped 1
              signature  1 valid
              answers    1 from the app, 0 app unreachable/timeout (status 200×1)
              latency    p50 N ms, p99 N ms
        "}
    );
}

#[test]
fn paths_and_queries_are_joined() {
    let home = Home::new();
    let app = App::ok();
    let target = format!("127.0.0.1:{}/api?v=2", app.port());
    let l = Listener::start(&home, &["--forward", &target, "--quiet"]);
    for path in ["/webhooks?x=%2F&y", "/", "/webhooks/", "/a%2Fb"] {
        assert_eq!(post(l.port, path, &[], b"{}").status, 200);
    }
    let target = format!("http://127.0.0.1:{}/api/", app.port());
    let l2 = Listener::start(&home, &["--forward", &target, "--quiet"]);
    assert_eq!(post(l2.port, "/", &[], b"{}").status, 200);
    assert_eq!(post(l2.port, "/webhooks", &[], b"{}").status, 200);

    let paths: Vec<String> = app.requests().into_iter().map(|g| g.path).collect();
    assert_eq!(
        paths,
        [
            "/api/webhooks?v=2&x=%2F&y",
            "/api?v=2",
            "/api/webhooks/?v=2",
            "/api/a%2Fb?v=2",
            "/api/",
            "/api/webhooks",
        ]
    );
    for l in [l, l2] {
        let done = l.terminate();
        assert_eq!((done.code, done.stdout.as_str()), (0, ""));
        let lines: Vec<&str> = done.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "--quiet: no summary: {lines:?}");
        assert!(
            lines[0].starts_with("cheese: warning: no webhook secret"),
            "{lines:?}"
        );
        assert!(lines[1].starts_with("cheese: listening on "), "{lines:?}");
    }
}

#[test]
fn headers_are_forwarded_exactly() {
    let home = Home::new();
    let app = App::ok();
    let target = app.url("");
    let l = Listener::start(
        &home,
        &[
            "--forward",
            &target,
            "--secret",
            SECRET,
            "-H",
            "X-Extra: added",
            "-H",
            "X-Replace: from-flag",
            "--quiet",
        ],
    );
    let body = br#"{"id":"evt_h"}"#;
    let sig = cheese::signature::sign_hex(SECRET.as_bytes(), body);
    let request = formatdoc! {"
        POST /webhooks HTTP/1.1\r
        Host: 127.0.0.1:{port}\r
        Content-Type: application/json\r
        User-Agent: CheeseStore-Webhooks/2.0\r
        X-Cheese-Signature: {sig}\r
        X-Repeat: one\r
        X-Repeat: two\r
        Connection: keep-alive, X-Hop\r
        X-Hop: drop me\r
        Keep-Alive: timeout=5\r
        Proxy-Authorization: Basic Zm9vOmJhcg==\r
        TE: trailers\r
        Upgrade: websocket\r
        X-Replace: from-sender\r
        Content-Length: {len}\r
        \r
        ",
        port = l.port,
        len = body.len(),
    };
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    let r = send_raw(l.port, &bytes);
    assert_eq!(r.status, 200);

    // A `Host` given with -H wins.
    let l2 = Listener::start(
        &home,
        &["--forward", &target, "-H", "Host: example.test", "--quiet"],
    );
    assert_eq!(post(l2.port, "/", &[("X-A", "1")], b"").status, 200);

    let got = app.requests();
    let headers: Vec<(&str, &str)> = got[0]
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let host = format!("127.0.0.1:{}", app.port());
    assert_eq!(
        headers,
        [
            ("host", host.as_str()),
            ("content-type", "application/json"),
            ("user-agent", "CheeseStore-Webhooks/2.0"),
            ("x-cheese-signature", sig.as_str()),
            ("x-repeat", "one"),
            ("x-repeat", "two"),
            ("x-replace", "from-flag"),
            ("content-length", "14"),
            ("x-extra", "added"),
        ]
    );
    assert_eq!(got[0].body, body);
    assert_eq!(
        got[1].headers,
        [
            ("host".to_string(), "example.test".to_string()),
            ("x-a".into(), "1".into()),
            ("content-length".into(), "0".into()),
        ]
    );
    for l in [l, l2] {
        let done = l.terminate();
        assert_eq!((done.code, done.stdout.as_str()), (0, ""));
    }
}

#[test]
fn chunked_body_is_forwarded_with_a_length() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(
        &home,
        &["--forward", &app.url(""), "--secret", SECRET, "--quiet"],
    );
    let sig = cheese::signature::sign_hex(SECRET.as_bytes(), b"hello world");
    let request = format!(
        "POST /hook HTTP/1.1\r\nHost: x\r\nX-Cheese-Signature: {sig}\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
    );
    let r = send_raw(l.port, request.as_bytes());
    assert_eq!(r.status, 200);
    let got = app.requests();
    assert_eq!(got[0].body, b"hello world");
    assert_eq!(got[0].header_values("content-length"), ["11"]);
    assert!(got[0].header_values("transfer-encoding").is_empty());
    let done = l.terminate();
    assert_eq!((done.code, done.stdout.as_str()), (0, ""));
}

#[test]
fn app_down_then_up() {
    let home = Home::new();
    let mut app = App::ok();
    let port = app.port();
    app.stop();
    // `localhost`: both ::1 and 127.0.0.1 are tried; the app only listens on 127.0.0.1.
    let target = format!("localhost:{port}");
    let l = Listener::start(&home, &["--forward", &target]);
    let body = envelope("evt_down", "order.placed", "2024-03-15T14:30:00Z");

    let r = deliver(l.port, "/webhooks", &body, None);
    assert_eq!(r.status, 502);
    assert_eq!(r.header("x-cheese-listen"), Some("unreachable"));
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    let text = r.text();
    assert!(
        text.starts_with("cheese listen: app unreachable: "),
        "{text}"
    );
    assert!(text.contains(&format!("127.0.0.1:{port}")), "{text}");
    assert!(text.contains(&format!("[::1]:{port}")), "{text}");
    assert!(text.ends_with("; is your app running?\n"), "{text}");

    app.restart();
    let r = deliver(l.port, "/webhooks", &body, None);
    assert_eq!((r.status, r.text().as_str()), (200, "ok"));
    assert_eq!(app.requests().len(), 1);
    let r = deliver(l.port, "/webhooks", &body, None);
    assert_eq!(r.status, 200, "the address that answered is reused");

    let lport = l.port;
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let out = normalize(&done.stdout, &[(lport, "PORT"), (port, "APP")]);
    let blocks: Vec<&str> = out.split("\n\n").collect();
    assert_eq!(blocks.len(), 4, "{out}");
    let first: Vec<&str> = blocks[0].lines().collect();
    assert_eq!(first[0], "HH:MM:SS  POST /webhooks  order.placed  evt_down");
    assert_eq!(first[1], "  signature  not checked (no secret)");
    assert_eq!(
        first[first.len() - 2],
        "  → 502 Bad Gateway  http://localhost:APP/webhooks  N ms"
    );
    assert!(
        first[first.len() - 1].starts_with("    app unreachable: "),
        "{out}"
    );
    assert!(
        blocks[1].contains("  ! 2nd delivery of evt_down\n"),
        "{out}"
    );
    assert!(
        blocks[1].ends_with("  → 200 OK  http://localhost:APP/webhooks  N ms"),
        "{out}"
    );
    assert!(
        blocks[2].contains("  ! 3rd delivery of evt_down\n"),
        "{out}"
    );
    let err = normalize(&done.stderr, &[(lport, "PORT"), (port, "APP")]);
    assert_eq!(
        err,
        indoc! {"
            cheese: warning: no webhook secret: signatures are not checked (pass `--secret`, set `CHEESE_WEBHOOK_SECRET` or run `cheese config set webhook_secret whsec_…`)
            cheese: listening on http://127.0.0.1:PORT, forwarding to http://localhost:APP, signatures not checked (Ctrl-C to stop)
            summary: 3 deliveries in N s
              types      order.placed 3
              signature  3 not checked
              answers    2 from the app, 1 app unreachable/timeout (status 200×2, 502×1)
              latency    p50 N ms, p99 N ms
        "}
    );
}

#[test]
fn slow_app_gets_a_504() {
    let home = Home::new();
    let app = App::start(|_| Reply::ok().delay(std::time::Duration::from_secs(5)));
    let l = Listener::start(
        &home,
        &["--forward", &app.url(""), "--timeout", "300ms", "--json"],
    );
    let r = deliver(l.port, "/", b"{}", None);
    assert_eq!(r.status, 504);
    assert_eq!(r.header("x-cheese-listen"), Some("timeout"));
    assert_eq!(
        r.text(),
        "cheese listen: timeout: no answer from the app within 300ms (`--timeout`; the store's own limit is 10s, then it retries)\n"
    );
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let records = json_lines(&done.stdout);
    assert_eq!(records.len(), 3);
    let d = &records[1];
    assert_eq!(d["answered"], 504);
    assert_eq!(d["by"], "cheese");
    assert_eq!(d["forward"]["url"], app.url("/"));
    assert!(d["forward"]["error"]
        .as_str()
        .is_some_and(|e| e.starts_with("timeout:")));
    assert!(d["forward"].get("status").is_none());
    assert_eq!(records[2]["failed"], 1);
    assert!(
        done.stderr
            .contains("  answers    0 from the app, 1 app unreachable/timeout (status 504×1)\n"),
        "{}",
        done.stderr
    );
}

#[test]
fn app_status_headers_and_body_are_relayed() {
    let home = Home::new();
    let app = App::start(|got| match got.path.as_str() {
        "/nothing" => Reply::new(204, ""),
        "/missing" => Reply::new(404, "no such hook").header("X-App", "404"),
        "/moved" => Reply::new(302, "").header("Location", "https://example.test/new"),
        _ => Reply::new(500, "boom")
            .header("Set-Cookie", "a=1")
            .header("Set-Cookie", "b=2"),
    });
    let l = Listener::start(&home, &["--forward", &app.url("")]);
    let r = post(l.port, "/nothing", &[], b"{}");
    assert_eq!((r.status, r.body.len()), (204, 0));
    let r = post(l.port, "/missing", &[], b"{}");
    assert_eq!(
        (r.status, r.text().as_str(), r.header("x-app")),
        (404, "no such hook", Some("404"))
    );
    let r = post(l.port, "/boom", &[], b"{}");
    assert_eq!((r.status, r.text().as_str()), (500, "boom"));
    let cookies: Vec<&str> = r
        .headers
        .iter()
        .filter(|(k, _)| k == "set-cookie")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(cookies, ["a=1", "b=2"]);
    let r = post(l.port, "/moved", &[], b"{}");
    assert_eq!(
        (r.status, r.header("location")),
        (302, Some("https://example.test/new"))
    );
    assert_eq!(app.requests().len(), 4, "the redirect is not followed");

    let lport = l.port;
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let out = normalize(&done.stdout, &[(lport, "PORT"), (app.port(), "APP")]);
    let results: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("  → ") || l.starts_with("    "))
        .collect();
    assert_eq!(
        results,
        [
            "  → 204 No Content  http://127.0.0.1:APP/nothing  N ms",
            "  → 404 Not Found  http://127.0.0.1:APP/missing  N ms",
            "  → 500 Internal Server Error  http://127.0.0.1:APP/boom  N ms",
            "  → 302 Found  http://127.0.0.1:APP/moved  N ms",
            "    Location: https://example.test/new (redirect relayed to the sender, not followed: point `--forward` at the final URL)",
        ]
    );
    assert!(
        done.stderr
            .contains("  answers    4 from the app, 0 app unreachable/timeout (status 204×1, 302×1, 404×1, 500×1)\n"),
        "{}",
        done.stderr
    );
}

#[test]
fn bad_missing_and_malformed_signatures_get_401() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(&home, &["--forward", &app.url(""), "--secret", SECRET]);
    let body = envelope("evt_sig", "order.placed", "2024-03-15T14:30:00Z");

    let r = deliver(l.port, "/", &body, Some("whsec_wrong"));
    assert_eq!(
        (r.status, r.header("x-cheese-listen")),
        (401, Some("bad-signature"))
    );
    assert_eq!(
        r.text(),
        "cheese listen: bad signature: the signature matches none of the configured secrets (mismatch); not forwarded\n"
    );
    let r = deliver(l.port, "/", &body, None);
    assert_eq!(
        (r.status, r.header("x-cheese-listen")),
        (401, Some("missing-signature"))
    );
    assert!(
        r.text()
            .starts_with("cheese listen: missing signature: no X-Cheese-Signature header"),
        "{}",
        r.text()
    );
    let r = post(l.port, "/", &[("X-Cheese-Signature", "sha1=abc")], &body);
    assert_eq!(
        (r.status, r.header("x-cheese-listen")),
        (401, Some("bad-signature"))
    );
    assert!(
        r.text().contains("malformed signature `sha1=abc`"),
        "{}",
        r.text()
    );
    assert!(r.text().contains("(unsupported_algorithm)"), "{}", r.text());
    // Signed over the body with a final newline: the log names the mistake.
    let mut with_newline = body.clone();
    with_newline.push(b'\n');
    let sig = cheese::signature::sign_hex(SECRET.as_bytes(), &with_newline);
    let r = post(l.port, "/", &[("X-Cheese-Signature", &sig)], &body);
    assert_eq!(r.status, 401);
    assert!(app.requests().is_empty(), "nothing is forwarded");

    let done = l.terminate();
    assert_eq!(done.code, 0);
    let verdicts: Vec<&str> = done
        .stdout
        .lines()
        .filter(|l| l.starts_with("  signature") || l.starts_with("  diagnosis"))
        .collect();
    assert_eq!(verdicts.len(), 5, "{}", done.stdout);
    assert_eq!(
        verdicts[0],
        "  signature  invalid: the signature matches none of the configured secrets (mismatch)"
    );
    assert!(
        verdicts[1].starts_with("  signature  missing: no X-Cheese-Signature header"),
        "{verdicts:?}"
    );
    assert!(
        verdicts[2].starts_with("  signature  malformed: malformed signature `sha1=abc`"),
        "{verdicts:?}"
    );
    assert_eq!(
        verdicts[3],
        "  signature  invalid: the signature matches none of the configured secrets (mismatch)"
    );
    assert!(
        verdicts[4].starts_with(
            "  diagnosis  the signature matches this body with a trailing newline added"
        ),
        "{verdicts:?}"
    );
    assert!(verdicts[4].ends_with("(trailing_newline)"), "{verdicts:?}");
    assert_eq!(
        done.stdout
            .lines()
            .filter(|l| l.starts_with("  → 401 Unauthorized  "))
            .count(),
        4
    );
    assert!(
        done.stderr
            .contains("  signature  2 invalid, 2 malformed\n"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains(
            "  answers    0 from the app, 0 app unreachable/timeout, 4 rejected (status 401×4)\n"
        ),
        "{}",
        done.stderr
    );

    // `--forward-invalid` forwards them anyway, still shown as invalid.
    let l = Listener::start(
        &home,
        &[
            "--forward",
            &app.url(""),
            "--secret",
            SECRET,
            "--forward-invalid",
            "--json",
        ],
    );
    let r = deliver(l.port, "/", &body, Some("whsec_wrong"));
    assert_eq!((r.status, r.text().as_str()), (200, "ok"));
    assert_eq!(app.requests().len(), 1);
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let records = json_lines(&done.stdout);
    assert_eq!(records[1]["signature"]["verdict"], "invalid");
    assert_eq!(records[1]["signature"]["reason"], "mismatch");
    assert_eq!(records[1]["by"], "app");
}

#[test]
fn non_json_and_large_bodies_are_forwarded_unchanged() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(&home, &["--forward", &app.url(""), "--secret", SECRET]);
    let odd = b"plain \xff\x00 text\x1b[31m\nsecond line".to_vec();
    let sig = cheese::signature::sign_hex(SECRET.as_bytes(), &odd);
    let r = post(
        l.port,
        "/raw",
        &[("Content-Type", "text/plain"), ("X-Cheese-Signature", &sig)],
        &odd,
    );
    assert_eq!(r.status, 200);
    let big: Vec<u8> = (0..5 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    let r = deliver(l.port, "/big", &big, Some(SECRET));
    assert_eq!(r.status, 200);
    let got = app.requests();
    assert_eq!(got[0].sha256, sha(&odd));
    assert_eq!(got[1].sha256, sha(&big));
    assert_eq!(got[1].header_values("content-length"), ["5242880"]);

    let lport = l.port;
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let out = normalize(&done.stdout, &[(lport, "PORT"), (app.port(), "APP")]);
    assert!(!out.contains('\x1b'));
    assert!(
        out.starts_with(indoc! {r"
            HH:MM:SS  POST /raw
              signature  valid (--secret)
              (not JSON, 30 bytes)
              plain \xff\x00 text\x1b[31m
              second line
              → 200 OK  http://127.0.0.1:APP/raw  N ms

            HH:MM:SS  POST /big
              signature  valid (--secret)
              (5242880 bytes, the first 4096 shown)
        "}),
        "{out}"
    );
    assert!(
        out.ends_with("  … (5242880 bytes)\n  → 200 OK  http://127.0.0.1:APP/big  N ms\n\n"),
        "{out}"
    );
}

#[test]
fn gzip_bodies_are_forwarded_as_they_came() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(
        &home,
        &["--forward", &app.url(""), "--secret", SECRET, "--quiet"],
    );
    // The signature covers the compressed bytes (SPEC §3); nothing is decoded.
    let gzipped = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xabV\xcaL\x01\x00".to_vec();
    let sig = cheese::signature::sign_hex(SECRET.as_bytes(), &gzipped);
    let headers = [
        ("Content-Type", "application/json"),
        ("Content-Encoding", "gzip"),
        ("X-Cheese-Signature", sig.as_str()),
    ];
    assert_eq!(post(l.port, "/", &headers, &gzipped).status, 200);
    let got = app.requests();
    assert_eq!(got[0].body, gzipped);
    assert_eq!(got[0].header_values("content-encoding"), ["gzip"]);
    let done = l.terminate();
    assert_eq!((done.code, done.stdout.as_str()), (0, ""));
}

#[test]
fn secrets_from_the_environment_and_rotation() {
    let home = Home::new();
    let body = envelope("evt_env", "order.placed", "2024-03-15T14:30:00Z");
    let l = Listener::start_with(&home, &[], &[("CHEESE_WEBHOOK_SECRET", "whsec_env\n")]);
    assert_eq!(deliver(l.port, "/", &body, Some("whsec_env")).status, 200);
    let port = l.port;
    let done = l.terminate();
    assert_eq!(done.code, 0);
    assert!(
        done.stderr.starts_with(&format!(
            "cheese: listening on http://127.0.0.1:{port}, inspect mode (answering 200 itself, forwarding nowhere), secret from env CHEESE_WEBHOOK_SECRET (Ctrl-C to stop)\n"
        )),
        "{}",
        done.stderr
    );
    assert!(
        done.stdout
            .contains("  signature  valid (env CHEESE_WEBHOOK_SECRET)\n"),
        "{}",
        done.stdout
    );

    // Two secrets during a rotation: either verifies, and the block says which. Flags win over
    // the environment.
    let l = Listener::start_with(
        &home,
        &["--secret", "whsec_old", "--secret", "whsec_new", "--json"],
        &[("CHEESE_WEBHOOK_SECRET", "whsec_env")],
    );
    assert_eq!(deliver(l.port, "/", &body, Some("whsec_new")).status, 200);
    assert_eq!(deliver(l.port, "/", &body, Some("whsec_old")).status, 200);
    assert_eq!(deliver(l.port, "/", &body, Some("whsec_env")).status, 401);
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let records = json_lines(&done.stdout);
    assert_eq!(records[0]["secret_source"], "--secret #1, --secret #2");
    let verdicts: Vec<&str> = records[1..4]
        .iter()
        .map(|r| r["signature"]["verdict"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(verdicts, ["valid", "valid", "invalid"]);
}

#[test]
fn over_max_body_gets_413() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(
        &home,
        &["--forward", &app.url(""), "--max-body", "1KB", "--json"],
    );
    let r = deliver(l.port, "/", &vec![b'a'; 4000], None);
    assert_eq!(
        (r.status, r.header("x-cheese-listen")),
        (413, Some("too-large"))
    );
    assert_eq!(
        r.text(),
        "cheese listen: too large: the body is over `--max-body` (1 KB); not forwarded\n"
    );
    // Chunked, without a declared length.
    let chunk = "a".repeat(600);
    let request = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n{chunk}\r\n258\r\n{chunk}\r\n0\r\n\r\n"
    );
    let r = send_raw(l.port, request.as_bytes());
    assert_eq!(r.status, 413);
    assert!(app.requests().is_empty());
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let records = json_lines(&done.stdout);
    assert_eq!(records[1]["answered"], 413);
    assert_eq!(records[1]["body_bytes"], 4000);
    assert_eq!(records[1]["forward"], Value::Null);
    assert_eq!(records[2]["body_bytes"], 1200);
}

#[test]
fn duplicates_and_out_of_order_are_flagged() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(&home, &["--forward", &app.url(""), "--secret", SECRET]);
    let a = envelope("evt_a", "order.placed", "2024-03-15T14:30:10Z");
    let b = envelope("evt_b", "order.placed", "2024-03-15T14:30:00Z");
    for body in [&a, &b, &a] {
        assert_eq!(deliver(l.port, "/", body, Some(SECRET)).status, 200);
    }
    assert_eq!(
        app.requests().len(),
        3,
        "flagged deliveries are still forwarded"
    );
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let flags: Vec<&str> = done
        .stdout
        .lines()
        .filter(|l| l.starts_with("  ! "))
        .collect();
    assert_eq!(
        flags,
        [
            "  ! out of order: created 10 s before evt_a",
            "  ! 2nd delivery of evt_a"
        ]
    );
}

#[test]
fn events_filter_skips_other_types() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(
        &home,
        &[
            "--forward",
            &app.url(""),
            "--events",
            "order.*,cheese.low_stock",
            "--events",
            "webhook.test",
        ],
    );
    let t = "2024-03-15T14:30:00Z";
    let r = deliver(l.port, "/", &envelope("evt_1", "order.shipped", t), None);
    assert_eq!((r.status, r.header("x-cheese-listen")), (200, None));
    let r = deliver(l.port, "/", &envelope("evt_2", "customer.created", t), None);
    assert_eq!(
        (r.status, r.header("x-cheese-listen")),
        (200, Some("filtered"))
    );
    assert_eq!(
        r.text(),
        "cheese listen: skipped: customer.created is not in `--events`; not forwarded\n"
    );
    let r = deliver(l.port, "/", &envelope("evt_3", "webhook.test", t), None);
    assert_eq!((r.status, r.header("x-cheese-listen")), (200, None));
    let r = post(l.port, "/", &[], b"not an envelope");
    assert_eq!(r.header("x-cheese-listen"), Some("filtered"));
    let ids: Vec<String> = app
        .requests()
        .iter()
        .map(|g| String::from_utf8_lossy(&g.body)[7..12].to_string())
        .collect();
    assert_eq!(ids, ["evt_1", "evt_3"]);
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let results: Vec<&str> = done
        .stdout
        .lines()
        .filter(|l| l.starts_with("  → 200 OK  skipped"))
        .collect();
    assert_eq!(
        results,
        [
            "  → 200 OK  skipped: customer.created is not in `--events`; not forwarded",
            "  → 200 OK  skipped: (no type) is not in `--events`; not forwarded",
        ]
    );
    assert!(
        done.stderr.contains(
            "  answers    2 from the app, 0 app unreachable/timeout, 2 filtered (status 200×4)\n"
        ),
        "{}",
        done.stderr
    );
}

#[test]
fn unknown_events_pattern_is_a_usage_error() {
    let home = Home::new();
    let r = crate::support::run(home.cmd().args(["listen", "--events", "order.shiped"]), b"");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cheese: error: unknown event type `order.shiped`\nhint: did you mean `order.shipped`?\nhint: run `cheese events` to list the 14 event types\n"
    );
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l:?}")))
        .collect()
}

#[test]
fn json_records_follow_the_spec() {
    let home = Home::new();
    let app = App::ok();
    let l = Listener::start(
        &home,
        &["--forward", &app.url("/in"), "--secret", SECRET, "--json"],
    );
    let body = data("envelope-order-shipped.json");
    assert_eq!(
        deliver(l.port, "/hook?a=1", &body, Some(SECRET)).status,
        200
    );
    assert_eq!(
        deliver(l.port, "/hook?a=1", &body, Some(SECRET)).status,
        200
    );
    assert_eq!(deliver(l.port, "/hook", &body, None).status, 401);
    let lport = l.port;
    let done = l.terminate();
    assert_eq!(done.code, 0);
    let mut records = json_lines(&done.stdout);
    assert_eq!(records.len(), 5);
    assert_eq!(
        records[0],
        json!({"kind": "ready", "listen": format!("http://127.0.0.1:{lport}"), "forward": app.url("/in"), "secret_source": "--secret"})
    );
    for r in &mut records[1..4] {
        let received = r["received_at"].take();
        assert!(
            received
                .as_str()
                .is_some_and(|t| t.ends_with('Z') && t.len() >= 20),
            "{received}"
        );
        if let Some(ms) = r["forward"].get_mut("duration_ms") {
            assert!(ms.take().is_f64());
        }
    }
    let delivery = |duplicate: bool| {
        json!({
            "kind": "delivery", "received_at": null, "method": "POST", "path": "/hook?a=1",
            "id": "evt_cheddar_7a8b9c", "type": "order.shipped", "created_at": "2024-03-15T14:30:00Z",
            "signature": {"verdict": "valid"},
            "duplicate": duplicate, "out_of_order": false, "filtered": false,
            "body_bytes": body.len(), "body_sha256": sha(&body),
            "forward": {"url": app.url("/in/hook?a=1"), "status": 200, "duration_ms": null},
            "answered": 200, "by": "app"
        })
    };
    assert_eq!(records[1], delivery(false));
    assert_eq!(records[2], delivery(true));
    assert_eq!(
        records[3],
        json!({
            "kind": "delivery", "received_at": null, "method": "POST", "path": "/hook",
            "id": "evt_cheddar_7a8b9c", "type": "order.shipped", "created_at": "2024-03-15T14:30:00Z",
            "signature": {"verdict": "malformed", "reason": "missing"},
            "duplicate": false, "out_of_order": false, "filtered": false,
            "body_bytes": body.len(), "body_sha256": sha(&body),
            "forward": null, "answered": 401, "by": "cheese"
        })
    );
    let summary = &mut records[4];
    assert!(summary["elapsed_ms"].take().is_f64());
    assert!(summary["latency_ms"]["p50"].take().is_f64());
    assert!(summary["latency_ms"]["p99"].take().is_f64());
    assert_eq!(
        *summary,
        json!({
            "kind": "summary", "deliveries": 3,
            "by_type": {"order.shipped": 3},
            "by_verdict": {"valid": 2, "invalid": 0, "malformed": 1, "not_checked": 0},
            "by_status": {"200": 2, "401": 1},
            "forwarded": 2, "failed": 0, "rejected": 1, "filtered": 0, "inspected": 0, "errors": 1,
            "latency_ms": {"p50": null, "p99": null}, "elapsed_ms": null, "not_shown": 0
        })
    );
    assert!(
        done.stderr.starts_with(&ready_prefix(lport)),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("summary: 3 deliveries in "),
        "{}",
        done.stderr
    );
}

fn ready_prefix(port: u16) -> String {
    format!("cheese: listening on http://127.0.0.1:{port}, ")
}

#[test]
fn max_events_stops_with_a_summary() {
    let home = Home::new();
    let l = Listener::start(&home, &["--max-events", "2", "--secret", SECRET]);
    let body = envelope("evt_m", "cheese.low_stock", "2024-03-15T14:30:00Z");
    let r = deliver(l.port, "/", &body, Some(SECRET));
    assert_eq!(
        (r.status, r.header("x-cheese-listen")),
        (200, Some("inspect"))
    );
    assert_eq!(
        r.text(),
        "cheese listen: inspect mode: received, not forwarded\n"
    );
    assert_eq!(deliver(l.port, "/", &body, Some(SECRET)).status, 200);
    let expected_ready = ready(
        &l,
        "inspect mode (answering 200 itself, forwarding nowhere), secret from --secret",
    );
    let done = l.wait();
    assert_eq!(done.code, 0);
    assert_eq!(
        done.stdout
            .matches("  → 200 OK  inspect mode: received, not forwarded\n")
            .count(),
        2
    );
    assert_eq!(
        normalize(&done.stderr, &[]),
        format!(
            "{expected_ready}{}",
            indoc! {"
                summary: 2 deliveries in N s
                  types      cheese.low_stock 2
                  signature  2 valid
                  answers    0 from the app, 0 app unreachable/timeout, 2 inspected (status 200×2)
            "}
        )
    );
}

#[test]
fn duration_stops_an_idle_listener() {
    let home = Home::new();
    let l = Listener::start(&home, &["--duration", "200ms", "--json"]);
    let port = l.port;
    let done = l.wait();
    assert_eq!(done.code, 0);
    let records = json_lines(&done.stdout);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["secret_source"], Value::Null);
    assert_eq!(records[0]["forward"], Value::Null);
    assert_eq!(
        (
            records[1]["kind"].as_str(),
            records[1]["deliveries"].as_u64()
        ),
        (Some("summary"), Some(0))
    );
    assert_eq!(
        normalize(&done.stderr, &[(port, "PORT")]),
        indoc! {"
            cheese: warning: no webhook secret: signatures are not checked (pass `--secret`, set `CHEESE_WEBHOOK_SECRET` or run `cheese config set webhook_secret whsec_…`)
            cheese: listening on http://127.0.0.1:PORT, inspect mode (answering 200 itself, forwarding nowhere), signatures not checked (Ctrl-C to stop)
            summary: 0 deliveries in N s
        "}
    );
}

#[test]
fn sigterm_finishes_in_flight_deliveries() {
    let home = Home::new();
    let app = App::start(|_| Reply::new(202, "later").delay(std::time::Duration::from_millis(300)));
    let l = Listener::start(&home, &["--forward", &app.url(""), "--quiet"]);
    let port = l.port;
    let sender = std::thread::spawn(move || deliver(port, "/", b"{}", None));
    // Once the app has the request, the delivery is in flight.
    app.wait_requests(1);
    let done = l.terminate();
    let r = sender.join().expect("sender");
    assert_eq!((r.status, r.text().as_str()), (202, "later"));
    assert_eq!((done.code, done.stdout.as_str()), (0, ""));
    assert_eq!(done.stderr.lines().count(), 2, "{}", done.stderr);
}

#[test]
fn fail_on_error_exits_1() {
    let home = Home::new();
    let app = App::start(|_| Reply::new(500, "nope"));
    let l = Listener::start(
        &home,
        &["--forward", &app.url(""), "--fail-on-error", "--quiet"],
    );
    assert_eq!(deliver(l.port, "/", b"{}", None).status, 500);
    let done = l.terminate();
    assert_eq!(done.code, 1);
    assert_eq!(done.stdout, "");
    assert!(
        done.stderr
            .ends_with("cheese: error: 1 of 1 delivery failed (`--fail-on-error`)\n"),
        "{}",
        done.stderr
    );
    // All 2xx: exit 0.
    let ok = App::ok();
    let l = Listener::start(
        &home,
        &["--forward", &ok.url(""), "--fail-on-error", "--quiet"],
    );
    assert_eq!(deliver(l.port, "/", b"{}", None).status, 200);
    let done = l.terminate();
    assert_eq!((done.code, done.stdout.as_str()), (0, ""));
}

#[test]
fn human_output_has_no_escape_bytes_without_color() {
    let home = Home::new();
    let body = b"{\"id\":\"evt_\\u001b[31mred\",\"type\":\"order.placed\"}\x1b[2J";
    for env in [&[("NO_COLOR", "1"), ("CHEESE_FORCE_TTY", "1")][..], &[][..]] {
        let l = Listener::start_with(&home, &[], env);
        assert_eq!(deliver(l.port, "/\x1b", body, None).status, 400);
        assert_eq!(deliver(l.port, "/", body, None).status, 200);
        let done = l.terminate();
        assert_eq!(done.code, 0);
        assert!(!done.stdout.contains('\x1b'), "{:?}", done.stdout);
        assert!(!done.stderr.contains('\x1b'), "{:?}", done.stderr);
        assert!(done.stdout.contains("\\x1b[2J"), "{}", done.stdout);
    }
    // With a terminal and no NO_COLOR there is color (so the check above means something).
    let l = Listener::start_with(&home, &[], &[("CHEESE_FORCE_TTY", "1")]);
    assert_eq!(deliver(l.port, "/", br#"{"id":"evt_c"}"#, None).status, 200);
    let done = l.terminate();
    assert!(done.stdout.contains('\x1b'), "{:?}", done.stdout);
}

#[test]
fn port_in_use_exits_1_with_a_hint() {
    let home = Home::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let r = crate::support::run(home.cmd().args(["listen", "--port", &port]), b"");
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "cheese: error: cannot listen on 127.0.0.1:{port}: address already in use\n\
             hint: another program (another `cheese listen`?) uses port {port}: pick another one with `--port`, or `--port 0` for any free port\n"
        )
    );
}

#[test]
fn bad_flags_are_usage_errors() {
    let home = Home::new();
    let r = crate::support::run(home.cmd().args(["listen", "--forward", "ftp://x"]), b"");
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert_eq!(
        r.stderr,
        "cheese: error: `--forward`: only http:// and https:// URLs can receive deliveries: `ftp://x`\n\
         hint: write `--forward 3000`, `--forward localhost:3000/webhooks` or `--forward http://127.0.0.1:3000/webhooks`\n"
    );
    let r = crate::support::run(home.cmd().args(["listen", "-H", "Connection: close"]), b"");
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(
        r.stderr.contains("`connection` is set by cheese itself"),
        "{}",
        r.stderr
    );
    let r = crate::support::run(home.cmd().args(["listen", "--max-body", "lots"]), b"");
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.contains("`lots` is not a size"), "{}", r.stderr);
}

#[test]
fn help_has_examples() {
    let home = Home::new();
    let r = crate::support::run(home.cmd().args(["listen", "--help"]), b"");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        r.stdout
            .contains("Examples:\n  cheese listen --forward localhost:3000/webhooks"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("--max-events <N>"), "{}", r.stdout);
}
