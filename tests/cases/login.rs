//! `cheese login` / `cheese logout`, and API keys given without a login (`--api-key`,
//! `CHEESE_API_KEY`), against the fake store.

use std::time::{Duration, Instant};

use crate::support::fake_store::{FakeStore, TEST_KEY};
use crate::support::{run, Home};

/// `cheese login` pointed at the store, with no key in the environment.
fn login_cmd(home: &Home, store: &FakeStore) -> assert_cmd::Command {
    let mut c = home.cmd();
    c.env("CHEESE_API_BASE", store.url())
        .timeout(Duration::from_secs(30))
        .arg("login");
    c
}

fn config_text(home: &Home) -> String {
    std::fs::read_to_string(home.config_file()).expect("config file")
}

#[test]
fn api_key_stdin_checks_then_saves_the_key_0600() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = run(
        login_cmd(&home, &store).arg("--api-key-stdin"),
        format!("{TEST_KEY}\n").as_bytes(),
    );
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    assert_eq!(
        config_text(&home),
        format!("[profiles.default]\napi_key = \"{TEST_KEY}\"\n")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.config_file())
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let reqs = store.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].method, "GET");
    assert_eq!(reqs[0].path, "/v2/webhooks?limit=1");
    assert_eq!(
        reqs[0].header("authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
    assert_eq!(
        reqs[0].header("user-agent"),
        Some(concat!("cheese-cli/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(reqs[0].header("idempotency-key"), None);

    // The saved key now works with no key in the environment.
    let mut list = home.cmd();
    list.env("CHEESE_API_BASE", store.url())
        .args(["webhooks", "list"]);
    let r = run(&mut list, b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "no webhooks found\n")
    );
}

#[test]
fn login_on_a_terminal_says_where_the_key_went() {
    let home = Home::new();
    let store = FakeStore::start();
    let mut c = login_cmd(&home, &store);
    c.env("CHEESE_FORCE_TTY", "1").env("NO_COLOR", "1").args([
        "--profile",
        "staging",
        "--api-key-stdin",
    ]);
    let r = run(&mut c, TEST_KEY.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "✓ logged in to {} (test key ck_test_****0000); saved to profile `staging` in {}\n",
            store.url(),
            home.config_file().display()
        )
    );
    assert_eq!(
        config_text(&home),
        format!("[profiles.staging]\napi_key = \"{TEST_KEY}\"\n")
    );
}

#[test]
fn login_json() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = run(
        login_cmd(&home, &store).args(["--api-key-stdin", "--json"]),
        TEST_KEY.as_bytes(),
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(
        v,
        serde_json::json!({
            "profile": "default",
            "api_base": store.url(),
            "api_key": "ck_test_****0000",
            "mode": "test",
            "path": home.config_file().display().to_string(),
        })
    );
}

#[test]
fn a_refused_key_exits_4_and_saves_nothing() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = run(
        login_cmd(&home, &store).arg("--api-key-stdin"),
        b"ck_test_wrong\n",
    );
    assert_eq!(r.code, 4);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "cheese: error: the store refused this API key; nothing was saved (the store answered 401 authentication_error: Invalid API key provided [request id req_0001])\n\
             hint: check that you copied the whole key and that it is for {} (`--api-base`)\n",
            store.url()
        )
    );
    assert!(!home.config_file().exists());
}

#[test]
fn a_store_failure_saves_nothing_and_names_the_request_id() {
    let home = Home::new();
    let store = FakeStore::start();
    store.fail_next(3, 500);
    let r = run(
        login_cmd(&home, &store).arg("--api-key-stdin"),
        TEST_KEY.as_bytes(),
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "cheese: error: could not check the API key; nothing was saved: the store answered 500 api_error: Something went wrong on our end [request id req_0003; gave up after 3 attempts]\n\
         hint: the store had a problem; quote request id req_0003 if it persists\n"
    );
    assert!(!home.config_file().exists());
}

#[test]
fn no_terminal_and_no_flag_exits_2_naming_the_flag() {
    let home = Home::new();
    let store = FakeStore::start();
    let started = Instant::now();
    let r = run(&mut login_cmd(&home, &store), b"");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cheese: error: no terminal to prompt on: pass `--api-key-stdin` to read the value from standard input\n"
    );
    assert!(store.requests().is_empty());
    // A forced terminal layout never prompts either.
    let r = run(login_cmd(&home, &store).env("CHEESE_FORCE_TTY", "1"), b"");
    assert_eq!(r.code, 2);
}

#[test]
fn empty_stdin_and_webhook_secrets_are_refused() {
    let home = Home::new();
    let store = FakeStore::start();
    let r = run(login_cmd(&home, &store).arg("--api-key-stdin"), b"\n");
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            2,
            "cheese: error: the API key from standard input is empty\n"
        )
    );
    let r = run(
        login_cmd(&home, &store).arg("--api-key-stdin"),
        b"whsec_abcdef\n",
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "cheese: error: that is a webhook secret (`whsec_…`), not an API key\n\
         hint: API keys start with `ck_live_` or `ck_test_`; find them in the store's dashboard\n"
    );
    assert!(store.requests().is_empty());
}

#[test]
fn a_key_that_is_not_utf8_is_a_usage_error() {
    // It used to exit 1 as an I/O error ("stream did not contain valid UTF-8").
    let home = Home::new();
    let store = FakeStore::start();
    let r = run(
        login_cmd(&home, &store).arg("--api-key-stdin"),
        b"ck_test_\xff\xfe\n",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cheese: error: the API key from standard input is not UTF-8 text\n\
         hint: API keys look like `ck_live_…` or `ck_test_…`\n"
    );
    assert!(store.requests().is_empty());
    assert!(!home.config_file().exists());
}

#[test]
fn logout_removes_the_key_and_keeps_the_rest() {
    let home = Home::new();
    home.write_config(&format!(
        "# mine\n[profiles.default]\napi_key = \"{TEST_KEY}\"\n\n[profiles.default.webhook_secrets]\nwh_1 = \"whsec_1\"\n"
    ));
    let r = run(
        home.cmd()
            .env("CHEESE_FORCE_TTY", "1")
            .env("NO_COLOR", "1")
            .arg("logout"),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "✓ removed the API key from profile `default`\n")
    );
    assert_eq!(
        config_text(&home),
        "# mine\n[profiles.default]\n\n[profiles.default.webhook_secrets]\nwh_1 = \"whsec_1\"\n"
    );
    let r = run(home.cmd().args(["logout", "--json"]), b"");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(
        v,
        serde_json::json!({"profile": "default", "removed": false})
    );
}

#[test]
fn logout_warns_when_the_environment_still_has_a_key() {
    let home = Home::new();
    let r = run(
        home.cmd().env("CHEESE_API_KEY", TEST_KEY).arg("logout"),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "",
            "cheese: warning: `CHEESE_API_KEY` is still set and keeps providing a key\n"
        )
    );
}

#[test]
fn keys_work_without_login_from_the_flag_and_the_environment() {
    let home = Home::new();
    let store = FakeStore::start();
    let w = store.insert_webhook("https://example.com/h", &["order.placed"]);
    let r = run(
        home.cmd().args([
            "--api-base",
            &store.url(),
            "--api-key",
            TEST_KEY,
            "webhooks",
            "list",
        ]),
        b"",
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(r.stdout.starts_with(&format!("{}\t", w.id)), "{}", r.stdout);
    let r = run(store.cmd(&home).args(["webhooks", "list"]), b"");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        !home.config_file().exists(),
        "nothing is written without a login"
    );
}

#[test]
fn no_key_anywhere_exits_4_at_once() {
    let home = Home::new();
    let store = FakeStore::start();
    for args in [
        &["webhooks", "list"][..],
        &["webhooks", "get", "wh_1"],
        &[
            "webhooks",
            "register",
            "--url",
            "https://e.example/h",
            "--events",
            "order.*",
        ],
        &["webhooks", "delete", "wh_1", "--yes"],
        &["webhooks", "test", "wh_1"],
        &["webhooks", "replay", "wh_1", "--all-dead"],
        &["webhooks", "deliveries", "wh_1"],
    ] {
        let started = Instant::now();
        // stdin closed: nothing may wait for input that cannot come.
        let r = run(
            home.cmd()
                .env("CHEESE_API_BASE", store.url())
                .timeout(Duration::from_secs(10))
                .args(args),
            b"",
        );
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{args:?} took {:?}",
            started.elapsed()
        );
        assert_eq!(r.code, 4, "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "");
        assert_eq!(
            r.stderr,
            "cheese: error: no API key\nhint: pass `--api-key`, set `CHEESE_API_KEY`, or run `cheese login`\n",
            "{args:?}"
        );
    }
    assert!(store.requests().is_empty());
}
