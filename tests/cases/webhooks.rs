//! `cheese webhooks register|list|get|update|delete|test|replay|deliveries` against the fake
//! store: the request the store received (method, path, headers, JSON body) and the exact
//! output and exit code, on a terminal (forced) and piped, human and `--json`; error mapping
//! (401 → 4, 404 → 1 naming the id, 429 retried, 5xx naming the request id); the delivery
//! engine's retries, dead letter queue and replay.

use std::time::{Duration, Instant};

use indoc::indoc;
use serde_json::{json, Value};

use crate::support::api_server::{api_server, Reply};
use crate::support::fake_store::{App, Failure, FakeStore, Options, STORE_USER_AGENT, TEST_KEY};
use crate::support::{run, Home, Run};

const UA: &str = concat!("cheese-cli/", env!("CARGO_PKG_VERSION"));

fn cheese(store: &FakeStore, home: &Home, args: &[&str]) -> Run {
    run(store.cmd(home).args(args), b"")
}

fn cheese_tty(store: &FakeStore, home: &Home, args: &[&str]) -> Run {
    run(store.cmd_tty(home).args(args), b"")
}

fn parse(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {:?}", r.stdout))
}

/// Every request carries the key and the user agent; POSTs an idempotency key (a UUID v4).
fn assert_common_headers(req: &crate::support::api_server::Req) {
    assert_eq!(
        req.header("authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
    assert_eq!(req.header("user-agent"), Some(UA));
    if req.method == "POST" {
        let key = req
            .header("idempotency-key")
            .expect("Idempotency-Key on POST");
        let uuid = uuid::Uuid::parse_str(key).expect("a UUID");
        assert_eq!(uuid.get_version_num(), 4);
        assert_eq!(req.header("content-type"), Some("application/json"));
    } else {
        assert_eq!(req.header("idempotency-key"), None);
    }
}

/// Replaces every `<digits> ms` with `N ms` (durations vary from run to run).
fn normalize_ms(text: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            if c == ' ' && rest.starts_with("ms") {
                out.push('N');
            } else {
                out.push_str(&digits);
            }
            digits.clear();
        }
        out.push(c);
    }
    out.push_str(&digits);
    out
}

fn two_webhooks(store: &FakeStore) {
    store.insert_webhook(
        "https://example.com/hooks",
        &["order.placed", "order.shipped"],
    );
    store.insert_webhook("https://shop.example/cheese", &["cheese.low_stock"]);
}

// ---- register ----------------------------------------------------------------------------------

#[test]
fn register_piped_prints_id_tab_secret_and_saves_the_secret() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://example.com/hooks",
            "--events",
            "order.*,cheese.low_stock",
            "--description",
            "Orders",
        ],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let w = store.webhook("wh_0001").expect("created");
    assert_eq!(r.stdout, format!("wh_0001\t{}\n", w.secret));
    assert!(w.secret.starts_with("whsec_"));

    let reqs = store.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].path.as_str()),
        ("POST", "/v2/webhooks")
    );
    assert_common_headers(&reqs[0]);
    assert_eq!(
        reqs[0].json(),
        Some(json!({
            "url": "https://example.com/hooks",
            "events": ["order.placed", "order.confirmed", "order.shipped", "order.delivered",
                       "order.cancelled", "cheese.low_stock"],
            "description": "Orders",
        }))
    );
    assert_eq!(
        std::fs::read_to_string(home.config_file()).expect("config"),
        format!(
            "[profiles.default]\n\n[profiles.default.webhook_secrets]\nwh_0001 = \"{}\"\n",
            w.secret
        )
    );
}

#[test]
fn register_on_a_terminal_prints_a_friendly_block() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese_tty(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://example.com/hooks",
            "--events",
            "order.shipped,order.delivered",
        ],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let secret = store.webhook("wh_0001").expect("created").secret;
    assert_eq!(
        r.stdout,
        format!(
            indoc! {"
                ✓ registered webhook wh_0001
                  url     https://example.com/hooks
                  events  order.shipped, order.delivered
                  secret  {secret}

                The secret is shown only this once; it is saved in profile `default` as webhook_secrets.wh_0001.
                Verify deliveries with: cheese listen --webhook wh_0001 --forward localhost:3000
            "},
            secret = secret
        )
    );
}

#[test]
fn register_json_is_the_api_object_with_the_secret() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://example.com/hooks",
            "--events",
            "customer.created",
            "--json",
            "--no-save-secret",
        ],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let w = store.webhook("wh_0001").expect("created");
    let mut expected = w.to_json();
    expected["secret"] = json!(w.secret);
    assert_eq!(parse(&r), expected);
    // Compact when piped, keys in the store's order.
    assert!(
        r.stdout.starts_with("{\"id\":\"wh_0001\",\"url\":"),
        "{}",
        r.stdout
    );
    assert!(
        !home.config_file().exists(),
        "--no-save-secret writes nothing"
    );
}

#[test]
fn register_validates_events_and_url_before_any_request() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://example.com/h",
            "--events",
            "order.shiped",
        ],
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "cheese: error: unknown event type `order.shiped`\n\
         hint: did you mean `order.shipped`?\n\
         hint: run `cheese events` to list the 14 event types\n"
    );
    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "example.com/h",
            "--events",
            "order.*",
        ],
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "cheese: error: `--url example.com/h` is not a usable endpoint URL: relative URL without a base\n\
         hint: give the full URL the store should POST to, e.g. `https://example.com/webhooks`\n"
    );
    assert!(store.requests().is_empty());
}

#[test]
fn register_without_events_needs_the_flag_when_not_interactive() {
    let home = Home::new();
    let store = FakeStore::start();
    let expected = "cheese: error: `--events` is required when not running interactively\n\
                    hint: e.g. `--events 'order.*,cheese.low_stock'`; `cheese events` lists the types\n";
    let args = ["webhooks", "register", "--url", "https://example.com/h"];
    let r = cheese(&store, &home, &args);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (2, "", expected)
    );
    // A forced terminal layout is still not a terminal to prompt on.
    let r = cheese_tty(&store, &home, &args);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (2, "", expected)
    );
    assert!(store.requests().is_empty());
}

#[test]
fn a_retried_post_reuses_its_idempotency_key_and_acts_once() {
    let home = Home::new();
    let store = FakeStore::start();
    // The store creates the webhook, but the answer is lost (a 502 comes back instead).
    store.fail_next_with(Failure::status(502).after_processing());
    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://example.com/h",
            "--events",
            "order.placed",
        ],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        store.webhooks().len(),
        1,
        "a retried POST must not act twice"
    );
    let reqs = store.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        reqs[0].header("idempotency-key"),
        reqs[1].header("idempotency-key")
    );
    assert_eq!(reqs[0].body, reqs[1].body);
    let w = &store.webhooks()[0];
    assert_eq!(r.stdout, format!("{}\t{}\n", w.id, w.secret));

    // A new command is a new logical request: a new key.
    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://example.com/h2",
            "--events",
            "order.placed",
        ],
    );
    assert_eq!(r.code, 0);
    let reqs = store.requests();
    assert_ne!(
        reqs[1].header("idempotency-key"),
        reqs[2].header("idempotency-key")
    );
}

// ---- list --------------------------------------------------------------------------------------

#[test]
fn list_piped_is_tab_separated_rows_without_header() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    let r = cheese(&store, &home, &["webhooks", "list"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        "wh_0001\thttps://example.com/hooks\tactive\torder.placed,order.shipped\t2024-03-15T14:30:00Z\n\
         wh_0002\thttps://shop.example/cheese\tactive\tcheese.low_stock\t2024-03-15T14:31:00Z\n"
    );
    let reqs = store.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].path.as_str()),
        ("GET", "/v2/webhooks?limit=100")
    );
    assert_common_headers(&reqs[0]);
    assert!(reqs[0].body.is_empty());
}

#[test]
fn list_on_a_terminal_is_an_aligned_table() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    let r = cheese_tty(&store, &home, &["webhooks", "list"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        indoc! {"
            ID       URL                          STATUS  EVENTS                      CREATED
            wh_0001  https://example.com/hooks    active  order.placed,order.shipped  2024-03-15T14:30:00Z
            wh_0002  https://shop.example/cheese  active  cheese.low_stock            2024-03-15T14:31:00Z
        "}
    );
}

#[test]
fn list_on_a_color_terminal_colors_the_status() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    let r = run(
        store
            .cmd(&home)
            .env("CHEESE_FORCE_TTY", "1")
            .args(["webhooks", "list"]),
        b"",
    );
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("\x1b[32mactive\x1b[0m"), "{:?}", r.stdout);
    // Piped: never an escape code.
    let r = cheese(&store, &home, &["--color", "auto", "webhooks", "list"]);
    crate::support::assert_no_escape(&r);
}

#[test]
fn list_json_is_the_array_of_api_objects() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    let expected: Vec<Value> = store.webhooks().iter().map(|w| w.to_json()).collect();
    let r = cheese(&store, &home, &["webhooks", "list", "--json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(parse(&r), Value::Array(expected.clone()));
    assert_eq!(r.stdout.lines().count(), 1, "compact when piped");
    let r = cheese_tty(&store, &home, &["webhooks", "list", "--json"]);
    assert_eq!(parse(&r), Value::Array(expected));
    assert!(r.stdout.lines().count() > 1, "pretty on a terminal");
}

#[test]
fn list_follows_pagination() {
    let home = Home::new();
    let store = FakeStore::start();
    for i in 0..205 {
        store.insert_webhook(&format!("https://example.com/{i}"), &["order.placed"]);
    }
    let r = cheese(&store, &home, &["webhooks", "list", "--json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let items = parse(&r);
    let ids: Vec<&str> = items
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|w| w["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 205);
    assert_eq!((ids[0], ids[204]), ("wh_0001", "wh_0205"));
    let paths: Vec<String> = store.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/v2/webhooks?limit=100",
            "/v2/webhooks?limit=100&starting_after=wh_0100",
            "/v2/webhooks?limit=100&starting_after=wh_0200",
        ]
    );
}

#[test]
fn an_empty_list_says_so_on_stderr_and_exits_0() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(&store, &home, &["webhooks", "list"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "no webhooks found\n")
    );
    let r = cheese(&store, &home, &["webhooks", "list", "--json"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "[]\n", "")
    );
}

// ---- errors and retries ------------------------------------------------------------------------

#[test]
fn a_refused_key_exits_4_with_the_login_hint() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = run(
        store
            .cmd(&home)
            .env("CHEESE_API_KEY", "ck_test_revoked")
            .args(["webhooks", "list"]),
        b"",
    );
    assert_eq!(r.code, 4);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cheese: error: listing webhooks: the store answered 401 authentication_error: Invalid API key provided [request id req_0001]\n\
         hint: the API key was refused: run `cheese login` or check `CHEESE_API_KEY`\n"
    );
    assert_eq!(store.requests().len(), 1, "a 401 is not retried");
}

#[test]
fn a_403_exits_4() {
    let home = Home::new();
    let server = api_server(|_| {
        Reply::error(403, "permission_error", "This key cannot manage webhooks")
            .header("x-request-id", "req_perm")
    });
    let r = run(
        home.cmd().env("CHEESE_API_KEY", TEST_KEY).args([
            "--api-base",
            &server.url(),
            "webhooks",
            "get",
            "wh_1",
        ]),
        b"",
    );
    assert_eq!(r.code, 4);
    assert_eq!(
        r.stderr,
        "cheese: error: getting webhook `wh_1`: the store answered 403 permission_error: This key cannot manage webhooks [request id req_perm]\n\
         hint: the API key lacks permission for this call\n"
    );
}

#[test]
fn not_found_exits_1_naming_the_id() {
    let home = Home::new();
    let store = FakeStore::start();
    let hint = "hint: check the id: `cheese webhooks list` shows yours\n";
    let cases: [(&[&str], &str); 6] = [
        (&["webhooks", "get", "wh_nope"], "getting webhook `wh_nope`"),
        (
            &["webhooks", "update", "wh_nope", "--disable"],
            "updating webhook `wh_nope`",
        ),
        (
            &["webhooks", "delete", "wh_nope", "--yes"],
            "deleting webhook `wh_nope`",
        ),
        (
            &["webhooks", "test", "wh_nope"],
            "testing webhook `wh_nope`",
        ),
        (
            &["webhooks", "replay", "wh_nope", "--all-dead"],
            "replaying the dead events of webhook `wh_nope`",
        ),
        (
            &["webhooks", "deliveries", "wh_nope"],
            "listing deliveries of webhook `wh_nope`",
        ),
    ];
    for (i, (args, context)) in cases.iter().enumerate() {
        let r = cheese(&store, &home, args);
        assert_eq!(r.code, 1, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert_eq!(
            r.stderr,
            format!(
                "cheese: error: {context}: the store answered 404 invalid_request_error: No such webhook: 'wh_nope' (param `id`) [request id req_{:04}]\n{hint}",
                i + 1
            ),
            "{args:?}"
        );
    }
}

#[test]
fn a_429_is_retried_then_succeeds() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    store.fail_next(1, 429);
    let r = cheese(&store, &home, &["webhooks", "list"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout.lines().count(), 2);
    assert_eq!(store.requests().len(), 2);
}

#[test]
fn retry_after_is_honoured() {
    let home = Home::new();
    let hits = std::sync::atomic::AtomicUsize::new(0);
    let server = api_server(move |_| {
        if hits.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            Reply::error(429, "rate_limit_error", "slow down")
                .header("retry-after", "1")
                .header("x-request-id", "req_a")
        } else {
            Reply::json(200, &json!({"data": [], "has_more": false}))
                .header("x-request-id", "req_b")
        }
    });
    let started = Instant::now();
    let r = run(
        home.cmd().env("CHEESE_API_KEY", TEST_KEY).args([
            "--api-base",
            &server.url(),
            "webhooks",
            "list",
            "--json",
        ]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "[]\n", "")
    );
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.hits(), 2);
}

#[test]
fn three_500s_exit_1_naming_the_request_id() {
    let home = Home::new();
    let store = FakeStore::start();
    store.fail_next(3, 500);
    let started = Instant::now();
    let r = cheese(&store, &home, &["webhooks", "list"]);
    // Backoff 200 ms then 400 ms.
    assert!(started.elapsed() >= Duration::from_millis(600));
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cheese: error: listing webhooks: the store answered 500 api_error: Something went wrong on our end [request id req_0003; gave up after 3 attempts]\n\
         hint: the store had a problem; quote request id req_0003 if it persists\n"
    );
    assert_eq!(store.requests().len(), 3, "at most 3 attempts");
}

#[test]
fn a_non_json_error_body_still_gives_a_clear_message() {
    let home = Home::new();
    let server = api_server(|_| {
        Reply::text(
            502,
            "text/html",
            "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>\n",
        )
    });
    let r = run(
        home.cmd().env("CHEESE_API_KEY", TEST_KEY).args([
            "--api-base",
            &server.url(),
            "webhooks",
            "get",
            "wh_1",
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "cheese: error: getting webhook `wh_1`: the store answered 502: bad gateway (the answer is not the API's JSON error: <html> <body><h1>502 Bad Gateway</h1></body> </html>) [no request id; gave up after 3 attempts]\n\
         hint: the store had a problem; try again later\n"
    );
    assert_eq!(server.hits(), 3);
}

#[test]
fn an_unexpected_success_body_is_a_clear_failure() {
    let home = Home::new();
    let server = api_server(|_| {
        Reply::text(200, "text/html", "<html>login page</html>").header("x-request-id", "req_x")
    });
    let r = run(
        home.cmd().env("CHEESE_API_KEY", TEST_KEY).args([
            "--api-base",
            &server.url(),
            "webhooks",
            "get",
            "wh_1",
        ]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "cheese: error: getting webhook `wh_1`: unexpected answer to GET /v2/webhooks/wh_1: expected value at line 1 column 1 [request id req_x]\n\
         hint: is `--api-base` pointing at the Cheese Store API?\n"
    );
}

#[test]
fn an_unreachable_store_names_the_base_url() {
    let home = Home::new();
    // A port nobody listens on: bind, note it, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let r = run(
        home.cmd()
            .env("CHEESE_API_KEY", TEST_KEY)
            .args(["--api-base", &base, "webhooks", "list"]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.starts_with(&format!(
            "cheese: error: listing webhooks: cannot reach the store at {base}: "
        )),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("(3 attempts)\n"), "{}", r.stderr);
    assert!(
        r.stderr.ends_with(&format!(
            "hint: check your network connection, or `--api-base` / `CHEESE_API_BASE` (now {base})\n"
        )),
        "{}",
        r.stderr
    );
}

#[test]
fn verbose_logs_requests_but_never_the_key() {
    let home = Home::new();
    let store = FakeStore::start();
    store.fail_next(1, 503);
    let r = cheese(&store, &home, &["-v", "webhooks", "list"]);
    assert_eq!(r.code, 0);
    let url = store.url();
    assert_eq!(
        normalize_ms(&r.stderr),
        format!(
            "cheese: GET {url}/v2/webhooks?limit=100 → 503 Service Unavailable in N ms (request id req_0001)\n\
             cheese: retrying in N ms (attempt 2 of 3)\n\
             cheese: GET {url}/v2/webhooks?limit=100 → 200 OK in N ms (request id req_0002)\n\
             no webhooks found\n"
        )
    );
    assert!(!r.stderr.contains(TEST_KEY));
}

#[test]
fn server_text_is_escaped_before_reaching_a_terminal() {
    let home = Home::new();
    let store = FakeStore::start();
    store.insert_webhook("https://evil.example/\u{1b}[2J\u{202e}x", &["order.placed"]);
    let r = cheese_tty(&store, &home, &["webhooks", "get", "wh_0001"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("https://evil.example/\\x1b[2J\\u{202e}x"),
        "{}",
        r.stdout
    );
    crate::support::assert_no_escape(&r);
}

// ---- get / update / delete ---------------------------------------------------------------------

#[test]
fn get_piped_tty_and_json() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    let r = cheese(&store, &home, &["webhooks", "get", "wh_0001"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        "id\twh_0001\nurl\thttps://example.com/hooks\nstatus\tactive\nevents\torder.placed,order.shipped\n\
         description\t\ncreated_at\t2024-03-15T14:30:00Z\nupdated_at\t2024-03-15T14:30:00Z\n"
    );
    let req = &store.requests()[0];
    assert_eq!(
        (req.method.as_str(), req.path.as_str()),
        ("GET", "/v2/webhooks/wh_0001")
    );
    assert_common_headers(req);

    let r = cheese_tty(&store, &home, &["webhooks", "get", "wh_0001"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        indoc! {"
            id           wh_0001
            url          https://example.com/hooks
            status       active
            events       order.placed, order.shipped
            description
            created_at   2024-03-15T14:30:00Z
            updated_at   2024-03-15T14:30:00Z
        "}
    );

    let r = cheese(&store, &home, &["webhooks", "get", "wh_0001", "--json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(parse(&r), store.webhook("wh_0001").expect("w").to_json());
}

#[test]
fn update_sends_only_what_changes() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    let r = cheese_tty(
        &store,
        &home,
        &[
            "webhooks",
            "update",
            "wh_0002",
            "--disable",
            "--description",
            "Stock alerts",
            "--events",
            "cheese.*",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "✓ updated webhook wh_0002\n");
    assert_eq!(
        r.stdout,
        indoc! {"
            id           wh_0002
            url          https://shop.example/cheese
            status       disabled
            events       cheese.back_in_stock, cheese.low_stock, cheese.out_of_stock, cheese.new_arrival
            description  Stock alerts
            created_at   2024-03-15T14:31:00Z
            updated_at   2024-03-15T14:32:00Z
        "}
    );
    let req = &store.requests()[0];
    assert_eq!(
        (req.method.as_str(), req.path.as_str()),
        ("PATCH", "/v2/webhooks/wh_0002")
    );
    assert_common_headers(req);
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(
        req.json(),
        Some(json!({
            "events": ["cheese.back_in_stock", "cheese.low_stock", "cheese.out_of_stock", "cheese.new_arrival"],
            "description": "Stock alerts",
            "status": "disabled",
        }))
    );

    let r = cheese(
        &store,
        &home,
        &["webhooks", "update", "wh_0002", "--enable", "--json"],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(parse(&r), store.webhook("wh_0002").expect("w").to_json());
    assert_eq!(parse(&r)["status"], "active");
    assert_eq!(
        store.requests()[1].json(),
        Some(json!({"status": "active"}))
    );

    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "update",
            "wh_0002",
            "--url",
            "https://new.example/h",
        ],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        r.stdout
            .starts_with("id\twh_0002\nurl\thttps://new.example/h\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn update_needs_something_to_change() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(&store, &home, &["webhooks", "update", "wh_1"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "cheese: error: nothing to update\n\
         hint: pass at least one of `--url`, `--events`, `--enable`, `--disable`, `--description`\n"
    );
    let r = cheese(
        &store,
        &home,
        &["webhooks", "update", "wh_1", "--enable", "--disable"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cannot be used with"), "{}", r.stderr);
    assert!(store.requests().is_empty());
}

#[test]
fn delete_needs_yes_when_not_interactive() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    for mut c in [store.cmd(&home), store.cmd_tty(&home)] {
        let r = run(c.args(["webhooks", "delete", "wh_0001"]), b"y\n");
        assert_eq!(r.code, 2);
        assert_eq!(r.stdout, "");
        assert_eq!(
            r.stderr,
            "cheese: error: `--yes` is required when not running interactively\n\
             hint: run `cheese webhooks delete wh_0001 --yes`\n"
        );
    }
    assert!(store.requests().is_empty());
    assert_eq!(store.webhooks().len(), 2);
}

#[test]
fn delete_with_yes_deletes_and_forgets_the_saved_secret() {
    let home = Home::new();
    let store = FakeStore::start();
    two_webhooks(&store);
    home.write_config(
        "[profiles.default.webhook_secrets]\nwh_0001 = \"whsec_a\"\nwh_0002 = \"whsec_b\"\n",
    );
    let r = cheese_tty(&store, &home, &["webhooks", "delete", "wh_0001", "--yes"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "✓ deleted webhook wh_0001 and its saved secret\n")
    );
    let req = &store.requests()[0];
    assert_eq!(
        (req.method.as_str(), req.path.as_str()),
        ("DELETE", "/v2/webhooks/wh_0001")
    );
    assert_common_headers(req);
    assert_eq!(
        std::fs::read_to_string(home.config_file()).expect("config"),
        "[profiles.default.webhook_secrets]\nwh_0002 = \"whsec_b\"\n"
    );
    assert!(store.webhook("wh_0001").is_none());

    let r = cheese(&store, &home, &["webhooks", "delete", "wh_0002", "-y"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    store.insert_webhook("https://example.com/3", &["order.placed"]);
    let r = cheese(
        &store,
        &home,
        &["webhooks", "delete", "wh_0003", "--yes", "--json"],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(parse(&r), json!({"id": "wh_0003", "deleted": true}));
    assert!(store.webhooks().is_empty());
}

// ---- test --------------------------------------------------------------------------------------

#[test]
fn test_shows_the_endpoint_answer() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::start();
    let w = store.insert_webhook(&format!("{}/hooks", app.url()), &["order.placed"]);

    let r = cheese(&store, &home, &["webhooks", "test", &w.id]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let sent = store.sent();
    let event_id = &sent[0].event_id;
    let fields: Vec<&str> = r
        .stdout
        .strip_suffix('\n')
        .expect("one line")
        .split('\t')
        .collect();
    assert_eq!(fields.len(), 5, "{:?}", r.stdout);
    assert_eq!(
        (fields[0], fields[1], fields[2], fields[4]),
        (event_id.as_str(), "succeeded", "200", "")
    );
    assert!(
        fields[3].parse::<u64>().is_ok(),
        "duration in ms: {:?}",
        r.stdout
    );
    let req = &store.requests()[0];
    assert_eq!(
        (req.method.as_str(), req.path.as_str()),
        ("POST", "/v2/webhooks/wh_0001/test")
    );
    assert_common_headers(req);
    assert_eq!(req.json(), Some(json!({})));

    // What the app got: exactly what the store sends.
    let got = &app.received()[0];
    assert_eq!((got.method.as_str(), got.path.as_str()), ("POST", "/hooks"));
    assert_eq!(got.header("content-type"), Some("application/json"));
    assert_eq!(got.header("user-agent"), Some(STORE_USER_AGENT));
    assert_eq!(
        got.header("x-cheese-signature"),
        Some(cheese::signature::sign_hex(w.secret.as_bytes(), &got.body).as_str())
    );
    let envelope: Value = serde_json::from_slice(&got.body).expect("envelope");
    assert_eq!(envelope["type"], "webhook.test");
    assert_eq!(envelope["id"], json!(event_id));

    let r = cheese_tty(
        &store,
        &home,
        &["webhooks", "test", &w.id, "--type", "order.shipped"],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let event_id = &store.sent()[1].event_id;
    assert_eq!(
        normalize_ms(&r.stdout),
        format!("✓ the endpoint answered 200 in N ms\n  event  {event_id} (order.shipped)\n")
    );
    assert_eq!(
        store.requests()[1].json(),
        Some(json!({"type": "order.shipped"}))
    );

    let r = cheese(&store, &home, &["webhooks", "test", &w.id, "--json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let v = parse(&r);
    assert_eq!(v["event_id"], json!(store.sent()[2].event_id));
    assert_eq!(v["delivery"]["success"], json!(true));
    assert_eq!(v["delivery"]["status_code"], json!(200));
}

#[test]
fn test_exits_1_when_the_endpoint_fails() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::script(&[], 500);
    let w = store.insert_webhook(&app.url(), &["order.placed"]);
    let r = cheese_tty(&store, &home, &["webhooks", "test", &w.id]);
    assert_eq!(r.code, 1);
    let event_id = &store.sent()[0].event_id;
    assert_eq!(
        normalize_ms(&r.stdout),
        format!(
            "✗ the endpoint failed: it answered 500 in N ms\n  event  {event_id} (webhook.test)\n"
        )
    );
    assert_eq!(
        r.stderr,
        "cheese: error: the test delivery to webhook `wh_0001` failed: the endpoint answered 500\n\
         hint: the endpoint must accept POST and answer 2xx within 10 s\n"
    );

    // Nobody listening: the store reports the connection error.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let w = store.insert_webhook(&format!("http://127.0.0.1:{port}/"), &["order.placed"]);
    let r = cheese(&store, &home, &["webhooks", "test", &w.id]);
    assert_eq!(r.code, 1);
    let fields: Vec<&str> = r.stdout.trim_end_matches('\n').split('\t').collect();
    assert_eq!(fields.len(), 5, "{:?}", r.stdout);
    assert_eq!((fields[1], fields[2]), ("failed", ""));
    assert!(fields[4].starts_with("connection failed: "), "{}", r.stdout);
    assert!(
        r.stderr.starts_with(
            "cheese: error: the test delivery to webhook `wh_0002` failed: connection failed: "
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn test_refuses_an_unknown_type_before_any_request() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(
        &store,
        &home,
        &["webhooks", "test", "wh_1", "--type", "order.shiped"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("cheese: error: unknown event type `order.shiped`\nhint: did you mean `order.shipped`?\n"), "{}", r.stderr);
    let r = cheese(
        &store,
        &home,
        &["webhooks", "test", "wh_1", "--type", "order.*"],
    );
    assert_eq!(r.code, 2);
    assert!(store.requests().is_empty());
}

// ---- deliveries, retries, dead letter queue, replay --------------------------------------------

#[test]
fn an_app_failing_twice_then_succeeding_shows_three_attempts() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::script(&[500, 503], 200);
    let w = store.insert_webhook(&app.url(), &["order.placed", "order.shipped"]);
    let event_id = store.publish("order.shipped");
    let d = store.wait_for_delivery(&w.id, &event_id, "succeeded", Duration::from_secs(10));
    assert_eq!(d.attempts, 3);
    assert_eq!(
        d.log.iter().map(|a| a.status_code).collect::<Vec<_>>(),
        [Some(500), Some(503), Some(200)]
    );
    // The same bytes and signature on every attempt.
    let got = app.received();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|g| g.body == d.body.as_ref()));
    let signature = cheese::signature::sign_hex(w.secret.as_bytes(), &d.body);
    assert!(got
        .iter()
        .all(|g| g.header("x-cheese-signature") == Some(signature.as_str())));

    let r = cheese(&store, &home, &["webhooks", "deliveries", &w.id]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        format!(
            "{event_id}\torder.shipped\tsucceeded\t3\t200\t\t{}\n",
            d.created_at
        )
    );
    let req = &store.requests()[0];
    assert_eq!(
        (req.method.as_str(), req.path.as_str()),
        ("GET", "/v2/webhooks/wh_0001/deliveries?limit=100")
    );
    assert_common_headers(req);

    let r = cheese_tty(&store, &home, &["webhooks", "deliveries", &w.id]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        format!(
            "EVENT_ID                      TYPE           STATUS     ATTEMPTS  LAST_CODE  NEXT_ATTEMPT  CREATED\n\
             {event_id}  order.shipped  succeeded  3         200        -             {}\n",
            d.created_at
        )
    );

    let r = cheese(&store, &home, &["webhooks", "deliveries", &w.id, "--json"]);
    assert_eq!(
        parse(&r),
        json!([{
            "event_id": event_id, "type": "order.shipped", "status": "succeeded", "attempts": 3,
            "last_status_code": 200, "next_attempt_at": null, "created_at": d.created_at,
        }])
    );

    let r = cheese(
        &store,
        &home,
        &["webhooks", "deliveries", &w.id, "--status", "dead"],
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "no dead deliveries found\n")
    );
    assert_eq!(
        store.requests().last().map(|r| r.path.clone()).as_deref(),
        Some("/v2/webhooks/wh_0001/deliveries?status=dead&limit=100")
    );
}

#[test]
fn an_app_always_failing_ends_in_the_dead_letter_queue_and_replay_delivers_it() {
    let home = Home::new();
    let store = FakeStore::with_options(Options {
        minute: Duration::from_millis(1),
        ..Options::default()
    });
    let app = App::script(&[], 500);
    let w = store.insert_webhook(&app.url(), &["order.placed"]);
    let started = Instant::now();
    let event_id = store.publish("order.placed");
    let other = store.publish("order.placed");
    let d = store.wait_for_delivery(&w.id, &event_id, "dead", Duration::from_secs(20));
    store.wait_for_delivery(&w.id, &other, "dead", Duration::from_secs(20));
    // 1 + 5 + 30 + 120 + 720 store minutes of waiting, compressed.
    assert!(started.elapsed() >= Duration::from_millis(876));
    assert_eq!(d.attempts, 6);
    assert_eq!(d.last_status_code, Some(500));
    assert_eq!(app.received().len(), 12);

    let r = cheese(
        &store,
        &home,
        &[
            "webhooks",
            "deliveries",
            &w.id,
            "--status",
            "dead",
            "--json",
        ],
    );
    assert_eq!(r.code, 0);
    let dead: Vec<String> = parse(&r)
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["event_id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(dead, [event_id.clone(), other.clone()]);

    // The app is fixed: replay everything in the dead letter queue.
    app.set_status(200);
    let r = cheese_tty(&store, &home, &["webhooks", "replay", &w.id, "--all-dead"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "✓ replayed 2 events to webhook wh_0001\n");
    assert_eq!(
        r.stdout,
        format!("EVENT_ID                      STATUS\n{event_id}  queued\n{other}  queued\n")
    );
    let req = store.requests().pop().expect("request");
    assert_eq!(
        (req.method.as_str(), req.path.as_str()),
        ("POST", "/v2/webhooks/wh_0001/replay")
    );
    assert_common_headers(&req);
    assert_eq!(req.json(), Some(json!({})));
    let d = store.wait_for_delivery(&w.id, &event_id, "succeeded", Duration::from_secs(10));
    assert_eq!(d.attempts, 7);
    store.wait_for_delivery(&w.id, &other, "succeeded", Duration::from_secs(10));

    // Nothing left.
    let r = cheese(&store, &home, &["webhooks", "replay", &w.id, "--all-dead"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "no dead events found\n")
    );
    let r = cheese(
        &store,
        &home,
        &["webhooks", "replay", &w.id, "--all-dead", "--json"],
    );
    assert_eq!(parse(&r), json!({"replayed": [], "count": 0}));
}

#[test]
fn replay_by_id_piped_and_json() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::start();
    let w = store.insert_webhook(&app.url(), &["order.placed"]);
    let e1 = store.publish("order.placed");
    store.wait_for_delivery(&w.id, &e1, "succeeded", Duration::from_secs(10));
    let r = cheese(
        &store,
        &home,
        &["webhooks", "replay", &w.id, &e1, "evt_unknown", &e1],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout, format!("{e1}\tqueued\nevt_unknown\tnot_found\n"));
    let req = &store.requests()[0];
    assert_eq!(req.json(), Some(json!({"event_ids": [e1, "evt_unknown"]})));
    assert_common_headers(req);
    let d = store.wait_for_delivery(&w.id, &e1, "succeeded", Duration::from_secs(10));
    assert_eq!(d.attempts, 2);

    let r = cheese(&store, &home, &["webhooks", "replay", &w.id, &e1, "--json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let v = parse(&r);
    assert_eq!(v["count"], json!(1));
    assert_eq!(v["replayed"][0]["event_id"], json!(e1));
}

#[test]
fn replay_sends_batches_of_100() {
    let home = Home::new();
    let store = FakeStore::start();
    let w = store.insert_webhook("https://example.com/h", &["order.placed"]);
    let ids: Vec<String> = (0..250).map(|i| format!("evt_{i:04}")).collect();
    let mut args = vec!["webhooks", "replay", &w.id, "--json"];
    args.extend(ids.iter().map(String::as_str));
    let r = cheese(&store, &home, &args);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let reqs = store.requests();
    let sizes: Vec<usize> = reqs
        .iter()
        .map(|r| {
            r.json()
                .map_or(0, |v| v["event_ids"].as_array().map_or(0, Vec::len))
        })
        .collect();
    assert_eq!(sizes, [100, 100, 50]);
    let keys: std::collections::HashSet<_> = reqs
        .iter()
        .map(|r| r.header("idempotency-key").map(str::to_string))
        .collect();
    assert_eq!(keys.len(), 3, "each batch is its own request");
    let v = parse(&r);
    assert_eq!(v["count"], json!(0));
    assert_eq!(v["replayed"].as_array().map(Vec::len), Some(250));
    assert_eq!(
        v["replayed"][249],
        json!({"event_id": "evt_0249", "status": "not_found"})
    );
}

#[test]
fn replay_needs_ids_or_all_dead() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = cheese(&store, &home, &["webhooks", "replay", "wh_1"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "cheese: error: nothing to replay: pass event ids or `--all-dead`\n\
         hint: `cheese webhooks deliveries wh_1 --status dead` lists the failed events\n"
    );
    let r = cheese(
        &store,
        &home,
        &["webhooks", "replay", "wh_1", "evt_1", "--all-dead"],
    );
    assert_eq!(r.code, 2);
    assert!(store.requests().is_empty());
}

#[test]
fn deliveries_follow_pagination() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::start();
    let w = store.insert_webhook(&app.url(), &["cheese.low_stock"]);
    let ids: Vec<String> = (0..120)
        .map(|_| store.publish("cheese.low_stock"))
        .collect();
    for id in &ids {
        store.wait_for_delivery(&w.id, id, "succeeded", Duration::from_secs(20));
    }
    let r = cheese(
        &store,
        &home,
        &["webhooks", "deliveries", &w.id, "--status", "succeeded"],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let got: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert_eq!(got, ids.iter().map(String::as_str).collect::<Vec<_>>());
    let paths: Vec<String> = store.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/v2/webhooks/wh_0001/deliveries?status=succeeded&limit=100".to_string(),
            format!(
                "/v2/webhooks/wh_0001/deliveries?status=succeeded&limit=100&starting_after={}",
                ids[99]
            ),
        ]
    );
}

#[test]
fn every_help_has_an_example() {
    let home = Home::new();
    for verb in [
        "register",
        "list",
        "get",
        "update",
        "delete",
        "test",
        "replay",
        "deliveries",
    ] {
        let r = run(home.cmd().args(["webhooks", verb, "--help"]), b"");
        assert_eq!(r.code, 0);
        assert!(
            r.stdout
                .contains(&format!("Examples:\n  cheese webhooks {verb}")),
            "{verb}: {}",
            r.stdout
        );
    }
    for cmd in [&["webhooks"][..], &["login"], &["logout"]] {
        let r = run(home.cmd().args(cmd).arg("--help"), b"");
        assert!(
            r.stdout.contains("Examples:\n  cheese "),
            "{cmd:?}: {}",
            r.stdout
        );
    }
}

#[test]
fn replay_examples_are_not_wrapped_mid_command() {
    // The pipeline example was one 117-column line that `--help` wrapped into two broken ones;
    // every example line now fits 80 columns.
    let home = Home::new();
    let r = run(home.cmd().args(["webhooks", "replay", "--help"]), b"");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let examples = r
        .stdout
        .split_once("Examples:\n")
        .and_then(|(_, rest)| rest.split_once("\n\n"))
        .map(|(block, _)| block)
        .expect("an Examples block");
    assert_eq!(
        examples.lines().collect::<Vec<_>>(),
        [
            "  cheese webhooks replay wh_123 --all-dead",
            "  cheese webhooks replay wh_123 evt_abc evt_def",
            "  cheese webhooks deliveries wh_123 --status dead --json \\",
            "    | jq -r '.[].event_id' \\",
            "    | xargs cheese webhooks replay wh_123",
        ]
    );
}

// ---- end to end: store → `cheese listen` → the developer's app -----------------------------------

/// Registers a webhook for `events` through the CLI; returns (id, secret) from the piped output.
fn register(store: &FakeStore, home: &Home, events: &str) -> (String, String) {
    let r = cheese(
        store,
        home,
        &[
            "webhooks",
            "register",
            "--url",
            "https://placeholder.example/hooks",
            "--events",
            events,
        ],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let (id, secret) = r.stdout.trim_end().split_once('\t').expect("id<TAB>secret");
    (id.to_string(), secret.to_string())
}

/// Points the webhook at the running listener (its port is known only once it runs).
fn point_at(store: &FakeStore, home: &Home, id: &str, url: &str) {
    let r = cheese(store, home, &["webhooks", "update", id, "--url", url]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
}

/// The `{"kind":"delivery"}` records `listen --json` printed so far.
fn delivery_records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["kind"] == "delivery")
        .collect()
}

#[test]
fn e2e_the_stores_test_event_reaches_the_app_byte_identical() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::start();
    let (id, _secret) = register(&store, &home, "order.*");
    let listener = crate::support::listener::Listener::start(
        &home,
        &["--forward", &app.url(), "--webhook", &id, "--json"],
    );
    point_at(&store, &home, &id, &listener.url("/hooks"));

    let r = cheese(&store, &home, &["webhooks", "test", &id]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(r.stdout.contains("\tsucceeded\t200\t"), "{}", r.stdout);

    let sent = store.sent();
    assert_eq!(sent.len(), 1);
    let got = app.received();
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].body,
        sent[0].body.as_ref(),
        "forwarded byte for byte"
    );
    assert_eq!(got[0].path, "/hooks");
    for name in ["content-type", "user-agent", "x-cheese-signature"] {
        let from_store = sent[0]
            .headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str());
        assert_eq!(got[0].header(name), from_store, "{name}");
    }
    assert_eq!(got[0].header("user-agent"), Some(STORE_USER_AGENT));

    let out = listener.wait_stdout(|s| !delivery_records(s).is_empty());
    let records = delivery_records(&out);
    assert_eq!(records[0]["id"], json!(sent[0].event_id));
    assert_eq!(records[0]["type"], "webhook.test");
    assert_eq!(records[0]["signature"]["verdict"], "valid");
    assert_eq!(records[0]["answered"], json!(200));
    let finished = listener.terminate();
    assert_eq!(finished.code, 0, "{}", finished.stderr);
    assert!(
        finished
            .stderr
            .contains(&format!("secret from --webhook {id} (Ctrl-C to stop)")),
        "{}",
        finished.stderr
    );
}

#[test]
fn e2e_an_app_failing_twice_then_succeeding_shows_three_attempts() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::script(&[500, 500], 200);
    let (id, _secret) = register(&store, &home, "order.shipped");
    let listener = crate::support::listener::Listener::start(
        &home,
        &["--forward", &app.url(), "--webhook", &id, "--json"],
    );
    point_at(&store, &home, &id, &listener.url("/"));

    let event_id = store.publish("order.shipped");
    store.wait_for_delivery(&id, &event_id, "succeeded", Duration::from_secs(20));

    // The app's real answers went back to the store through listen.
    let r = cheese(&store, &home, &["webhooks", "deliveries", &id, "--json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let list = parse(&r);
    assert_eq!(list[0]["event_id"], json!(event_id));
    assert_eq!(list[0]["attempts"], json!(3));
    assert_eq!(list[0]["status"], "succeeded");
    assert_eq!(list[0]["last_status_code"], json!(200));

    let out = listener.wait_stdout(|s| delivery_records(s).len() >= 3);
    let records = delivery_records(&out);
    let answered: Vec<&Value> = records.iter().map(|r| &r["answered"]).collect();
    assert_eq!(answered, [&json!(500), &json!(500), &json!(200)]);
    assert!(records.iter().all(|r| r["id"] == json!(event_id)));
    assert_eq!(
        records
            .iter()
            .map(|r| r["duplicate"].clone())
            .collect::<Vec<_>>(),
        [json!(false), json!(true), json!(true)]
    );
    let got = app.received();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|g| g.body == got[0].body));
    listener.terminate();
}

#[test]
fn e2e_an_app_always_failing_ends_in_the_dead_letter_queue_and_replay_delivers_it() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::script(&[], 503);
    let (id, _secret) = register(&store, &home, "cheese.*");
    let listener = crate::support::listener::Listener::start(
        &home,
        &["--forward", &app.url(), "--webhook", &id, "--json"],
    );
    point_at(&store, &home, &id, &listener.url("/"));

    let event_id = store.publish("cheese.out_of_stock");
    let d = store.wait_for_delivery(&id, &event_id, "dead", Duration::from_secs(20));
    assert_eq!(d.attempts, 6);
    assert_eq!(d.last_status_code, Some(503));
    let r = cheese(
        &store,
        &home,
        &["webhooks", "deliveries", &id, "--status", "dead"],
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        r.stdout.starts_with(&format!(
            "{event_id}\tcheese.out_of_stock\tdead\t6\t503\t\t"
        )),
        "{}",
        r.stdout
    );

    app.set_status(200);
    let r = cheese(&store, &home, &["webhooks", "replay", &id, "--all-dead"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, format!("{event_id}\tqueued\n").as_str(), "")
    );
    let d = store.wait_for_delivery(&id, &event_id, "succeeded", Duration::from_secs(20));
    assert_eq!(d.attempts, 7);

    let out = listener.wait_stdout(|s| delivery_records(s).len() >= 7);
    let records = delivery_records(&out);
    assert_eq!(records.len(), 7);
    assert_eq!(records[6]["answered"], json!(200));
    assert!(records.iter().all(|r| r["signature"]["verdict"] == "valid"));
    let got = app.received();
    assert_eq!(got.len(), 7);
    assert!(got.iter().all(|g| g.body == d.body.as_ref()));
    listener.terminate();
}

#[test]
fn e2e_listen_register_url_registers_for_the_session_and_deletes_on_sigterm() {
    let home = Home::new();
    let store = FakeStore::start();
    let app = App::start();
    // A tunnel would forward its public URL to the listener; here the test points the
    // webhook at the listener once it runs.
    let public = "https://tunnel.example/hooks";
    let listener = crate::support::listener::Listener::start_with(
        &home,
        &[
            "--forward",
            &app.url(),
            "--register-url",
            public,
            "--events",
            "order.*",
            "--json",
        ],
        &[
            ("CHEESE_API_BASE", &store.url()),
            ("CHEESE_API_KEY", TEST_KEY),
        ],
    );
    let hooks = store.webhooks();
    assert_eq!(hooks.len(), 1, "one webhook registered for the session");
    let id = hooks[0].id.clone();
    assert_eq!(hooks[0].url, public);
    assert_eq!(hooks[0].events.len(), 5, "order.* expanded");
    assert!(
        listener.stderr().contains(&format!(
            "cheese: registered webhook {id} for {public} for this session"
        )),
        "{}",
        listener.stderr()
    );

    point_at(&store, &home, &id, &listener.url("/hooks"));
    store.publish("order.placed");
    let out = listener.wait_stdout(|s| !delivery_records(s).is_empty());
    let records = delivery_records(&out);
    assert_eq!(records[0]["type"], "order.placed");
    assert_eq!(records[0]["signature"]["verdict"], "valid");
    assert_eq!(records[0]["answered"], json!(200));
    assert_eq!(app.received().len(), 1);

    let finished = listener.terminate();
    assert_eq!(finished.code, 0, "{}", finished.stderr);
    assert!(
        store.webhooks().is_empty(),
        "the session's webhook is deleted"
    );
    assert!(
        finished
            .stderr
            .contains(&format!("cheese: deleted the session's webhook {id}")),
        "{}",
        finished.stderr
    );
    let deletes: Vec<_> = store
        .requests()
        .into_iter()
        .filter(|r| r.method == "DELETE")
        .collect();
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].path, format!("/v2/webhooks/{id}"));
}

#[test]
fn listen_register_url_without_a_key_exits_4_at_once() {
    let home = Home::new();
    let r = crate::support::run(
        home.cmd().args([
            "listen",
            "--port",
            "0",
            "--register-url",
            "https://t.example/hooks",
        ]),
        b"",
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cheese: error: no API key\nhint: pass `--api-key`, set `CHEESE_API_KEY`, or run `cheese login`\n"
    );
}
