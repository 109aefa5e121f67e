//! `cheese config`: precedence, profiles, file modes, malformed files.

use crate::support::{run, Home};

#[test]
fn path_prints_the_private_config_dir() {
    let home = Home::new();
    let r = run(home.cmd().args(["config", "path"]), b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{}\n", home.config_file().display()));
    assert_eq!(r.stderr, "");
}

#[test]
fn precedence_flag_over_env_over_file_over_default() {
    let home = Home::new();
    let get = |home: &Home, extra: &[&str], env: Option<&str>| {
        let mut c = home.cmd();
        c.args(extra).args(["--json", "config", "show"]);
        if let Some(v) = env {
            c.env("CHEESE_API_BASE", v);
        }
        let r = run(&mut c, b"");
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        (
            v["api_base"]["value"].as_str().expect("value").to_string(),
            v["api_base"]["source"]
                .as_str()
                .expect("source")
                .to_string(),
        )
    };
    assert_eq!(
        get(&home, &[], None),
        ("https://api.cheesestore.com".into(), "default".into())
    );
    home.write_config("[profiles.default]\napi_base = \"http://file.example\"\n");
    assert_eq!(
        get(&home, &[], None),
        (
            "http://file.example".into(),
            "config profiles.default.api_base".into()
        )
    );
    assert_eq!(
        get(&home, &[], Some("http://env.example")),
        ("http://env.example".into(), "env CHEESE_API_BASE".into())
    );
    assert_eq!(
        get(
            &home,
            &["--api-base", "http://flag.example"],
            Some("http://env.example")
        ),
        ("http://flag.example".into(), "flag --api-base".into())
    );
}

#[test]
fn profile_selection_and_unknown_profile() {
    let home = Home::new();
    home.write_config(
        "default_profile = \"work\"\n[profiles.default]\napi_key = \"ck_test_default0000\"\n[profiles.work]\napi_key = \"ck_test_work00000000\"\n",
    );
    let r = run(home.cmd().args(["config", "get", "api_key"]), b"");
    assert_eq!((r.code, r.stdout.as_str()), (0, "ck_test_work00000000\n"));
    let r = run(
        home.cmd()
            .args(["--profile", "default", "config", "get", "api_key"]),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, "ck_test_default0000\n"));
    let r = run(
        home.cmd()
            .env("CHEESE_PROFILE", "default")
            .args(["config", "get", "api_key"]),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, "ck_test_default0000\n"));
    let r = run(
        home.cmd()
            .args(["--profile", "nope", "config", "get", "api_key"]),
        b"",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "cheese: error: unknown profile `nope` (flag --profile)\nhint: profiles in {}: default, work\n",
            home.config_file().display()
        )
    );
}

#[test]
fn show_masks_secrets_and_names_sources() {
    let home = Home::new();
    home.write_config(
        "[profiles.default]\napi_key = \"ck_test_abcdefghijkl\"\nwebhook_secret = \"whsec_0123456789abcdef\"\n[profiles.default.webhook_secrets]\nwh_1 = \"whsec_zyxwvutsrqponm\"\n",
    );
    let r = run(home.cmd().args(["config", "show"]), b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "config file\t{}\t\nprofile\tdefault\tdefault\napi_key\tck_test_****ijkl\tconfig profiles.default.api_key\napi_base\thttps://api.cheesestore.com\tdefault\nwebhook_secret\twhsec_****cdef\tconfig profiles.default.webhook_secret\nwebhook_secrets.wh_1\twhsec_****ponm\tconfig profiles.default.webhook_secrets.wh_1\n",
            home.config_file().display()
        )
    );
    assert!(!r.stdout.contains("abcdefghijkl"));
    let r = run(
        home.cmd()
            .env("CHEESE_API_KEY", "ck_live_fromtheenv99")
            .args(["config", "show"]),
        b"",
    );
    assert!(
        r.stdout
            .contains("api_key\tck_live_****nv99\tenv CHEESE_API_KEY\n"),
        "{}",
        r.stdout
    );
}

#[cfg(unix)]
#[test]
fn set_twice_leaves_0600_file_in_0700_dir() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    home.write_config("# keep me\n[profiles.default]\napi_base = \"http://x.example\"\n");
    std::fs::set_permissions(home.config_file(), std::fs::Permissions::from_mode(0o644))
        .expect("chmod");
    for (k, v) in [
        ("api_key", "ck_test_one111111111"),
        ("webhook_secret", "whsec_two"),
    ] {
        let r = run(home.cmd().args(["config", "set", k, v]), b"");
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout, "");
        assert_eq!(
            r.stderr,
            format!(
                "✓ set `{k}` in profile `default` of {}\n",
                home.config_file().display()
            )
        );
    }
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&home.config_file()), 0o600);
    assert_eq!(mode(&home.config_dir()), 0o700);
    let text = std::fs::read_to_string(home.config_file()).expect("read");
    assert_eq!(
        text,
        "# keep me\n[profiles.default]\napi_base = \"http://x.example\"\napi_key = \"ck_test_one111111111\"\nwebhook_secret = \"whsec_two\"\n"
    );
}

#[test]
fn set_creates_a_named_profile() {
    let home = Home::new();
    let r = run(
        home.cmd().args([
            "--profile",
            "staging",
            "config",
            "set",
            "api_base",
            "http://s.example",
        ]),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(home.config_file()).expect("read");
    assert_eq!(
        text,
        "[profiles.staging]\napi_base = \"http://s.example\"\n"
    );
}

#[test]
fn malformed_file_is_exit_2_with_line_and_column_and_kept() {
    let home = Home::new();
    let bad = "[profiles.default]\napi_key = \"ck_test_x\"\napi_base = http://oops\n";
    home.write_config(bad);
    for args in [
        &["config", "show"][..],
        &["config", "set", "api_key", "ck_test_new"][..],
    ] {
        let r = run(home.cmd().args(args), b"");
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "");
        let first = r.stderr.lines().next().unwrap_or_default().to_string();
        assert!(
            first.starts_with(&format!(
                "cheese: error: invalid config file {}:3:",
                home.config_file().display()
            )),
            "{}",
            r.stderr
        );
        assert_eq!(
            r.stderr.lines().nth(1),
            Some(
                format!(
                    "hint: fix or remove {} (cheese never overwrites a file it cannot read)",
                    home.config_file().display()
                )
                .as_str()
            )
        );
    }
    assert_eq!(
        std::fs::read_to_string(home.config_file()).expect("read"),
        bad
    );
}

#[test]
fn unknown_key_and_control_characters_are_usage_errors() {
    let home = Home::new();
    let r = run(home.cmd().args(["config", "set", "colour", "red"]), b"");
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "cheese: error: unknown config key `colour`\nhint: keys: api_key, api_base, webhook_secret, webhook_secrets.<wh_id>, default_profile\n"
    );
    let r = run(
        home.cmd()
            .args(["config", "set", "webhook_secret", "whsec_a\u{1b}b"]),
        b"",
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with(
            "cheese: error: the value of `webhook_secret` contains a control character (\\x1b) at position 8\n"
        ),
        "{}",
        r.stderr
    );
    assert!(!home.config_file().exists());
}

#[test]
fn get_of_an_unset_key_fails() {
    let home = Home::new();
    let r = run(home.cmd().args(["config", "get", "webhook_secret"]), b"");
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "cheese: error: `webhook_secret` is not set in profile `default` of {}\n",
            home.config_file().display()
        )
    );
}

#[test]
fn wrong_type_names_line_and_column() {
    let home = Home::new();
    home.write_config("[profiles.default]\napi_key = 5\n");
    let r = run(home.cmd().args(["config", "show"]), b"");
    let path = home.config_file().display().to_string();
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            format!(
                "cheese: error: invalid config file {path}:2:11: `profiles.default.api_key` must be a string\nhint: fix or remove {path} (cheese never overwrites a file it cannot read)\n"
            )
            .as_str()
        )
    );
}

#[test]
fn set_and_unset_keep_the_entries_of_inline_tables() {
    let home = Home::new();
    home.write_config(
        "profiles = { default = { api_key = \"ck_test_inline000\", webhook_secrets = { wh_0 = \"whsec_0\" } } }\n",
    );
    let path = home.config_file().display().to_string();
    let r = run(
        home.cmd()
            .args(["config", "set", "webhook_secrets.wh_1", "whsec_1"]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "",
            format!("✓ set `webhook_secrets.wh_1` in profile `default` of {path}\n").as_str()
        )
    );
    let r = run(
        home.cmd().args(["config", "unset", "webhook_secrets.wh_0"]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "",
            "removed `webhook_secrets.wh_0` from profile `default`\n"
        )
    );
    assert_eq!(
        std::fs::read_to_string(home.config_file()).expect("read"),
        "[profiles.default]\napi_key = \"ck_test_inline000\"\n\n[profiles.default.webhook_secrets]\nwh_1 = \"whsec_1\"\n"
    );
}

#[test]
fn a_default_profile_naming_a_missing_profile_can_be_fixed() {
    let home = Home::new();
    home.write_config("default_profile = \"nope\"\n");
    let path = home.config_file().display().to_string();
    let r = run(home.cmd().args(["config", "show"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            format!(
                "cheese: error: unknown profile `nope` (config default_profile)\nhint: `default_profile` in {path} names a profile that does not exist: run `cheese config unset default_profile`\nhint: create it with `cheese --profile nope login` or `cheese --profile nope config set KEY VALUE`\n"
            )
            .as_str()
        )
    );
    let r = run(home.cmd().args(["config", "get", "default_profile"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "nope\n", "")
    );
    let r = run(home.cmd().args(["config", "unset", "default_profile"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "",
            format!("removed `default_profile` from {path}\n").as_str()
        )
    );
    let r = run(home.cmd().args(["config", "get", "default_profile"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            1,
            "",
            format!("cheese: error: `default_profile` is not set in {path}\n").as_str()
        )
    );
}

#[test]
fn set_default_profile_only_to_an_existing_profile() {
    let home = Home::new();
    let path = home.config_file().display().to_string();
    let r = run(
        home.cmd()
            .args(["config", "set", "default_profile", "stagign"]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            format!(
                "cheese: error: there is no profile `stagign` in {path}\nhint: create it first, e.g. `cheese --profile stagign config set api_key ck_test_…` or `cheese --profile stagign login`\n"
            )
            .as_str()
        )
    );
    assert!(!home.config_file().exists());
    // `default` always exists, with or without a section in the file.
    let r = run(
        home.cmd()
            .args(["config", "set", "default_profile", "default"]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "",
            format!("✓ set `default_profile` to `default` in {path}\n").as_str()
        )
    );
    assert_eq!(
        std::fs::read_to_string(home.config_file()).expect("read"),
        "default_profile = \"default\"\n"
    );
    let r = run(home.cmd().args(["config", "get", "api_base"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            1,
            "",
            format!("cheese: error: `api_base` is not set in profile `default` of {path}\n")
                .as_str()
        )
    );
    let r = run(
        home.cmd()
            .args(["--profile", "default", "--json", "config", "show"]),
        b"",
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(
        v["profile"],
        serde_json::json!({"value": "default", "source": "flag --profile"})
    );
}

#[test]
fn set_refuses_values_that_would_only_fail_later() {
    let home = Home::new();
    for (key, value, stderr) in [
        (
            "api_key",
            "",
            "cheese: error: the value of `api_key` is empty\nhint: to remove it, run `cheese config unset api_key`\n",
        ),
        (
            "webhook_secret",
            "",
            "cheese: error: the value of `webhook_secret` is empty\nhint: to remove it, run `cheese config unset webhook_secret`\n",
        ),
        (
            "default_profile",
            "",
            "cheese: error: the value of `default_profile` is empty\nhint: to remove it, run `cheese config unset default_profile`\n",
        ),
        (
            "api_base",
            "not a url",
            "cheese: error: the value of `api_base` is not an http(s) URL: `not a url`\nhint: it looks like `https://api.cheesestore.com` or `http://127.0.0.1:8080`\n",
        ),
        (
            "api_base",
            "http://a\u{1b}[31m",
            "cheese: error: the value of `api_base` is not an http(s) URL: `http://a\\x1b[31m`\nhint: it looks like `https://api.cheesestore.com` or `http://127.0.0.1:8080`\n",
        ),
        (
            "api_base",
            "ftp://files.example",
            "cheese: error: the value of `api_base` is not an http(s) URL: `ftp://files.example`\nhint: it looks like `https://api.cheesestore.com` or `http://127.0.0.1:8080`\n",
        ),
    ] {
        let r = run(home.cmd().args(["config", "set", key, value]), b"");
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (2, "", stderr),
            "{key} = {value:?}"
        );
    }
    assert!(!home.config_file().exists());
}

#[test]
fn get_and_unset_refuse_unknown_keys() {
    let home = Home::new();
    for args in [
        &["config", "unset", "colour"][..],
        &["config", "get", "colour"][..],
        &["config", "get", "webhook_secrets."][..],
    ] {
        let r = run(home.cmd().args(args), b"");
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (
                2,
                "",
                format!(
                    "cheese: error: unknown config key `{}`\nhint: keys: api_key, api_base, webhook_secret, webhook_secrets.<wh_id>, default_profile\n",
                    args[2]
                )
                .as_str()
            ),
            "{args:?}"
        );
    }
}

#[test]
fn a_bad_api_key_in_the_file_can_be_replaced_with_config_set() {
    let home = Home::new();
    home.write_config(
        "[profiles.default]\napi_key = \"ck_test_\\u0007bell\"\nwebhook_secret = \"It's a Secret to Everybody\"\n",
    );
    let path = home.config_file().display().to_string();
    // Commands that do not use the key are not stopped by it.
    let r = run(home.cmd().arg("sign"), b"Hello, World!");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\n",
            ""
        )
    );
    // The commands that use it say what is wrong with it.
    let r = run(
        home.cmd()
            .args(["webhooks", "list", "--api-base", "http://127.0.0.1:9"]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "cheese: error: the API key (config profiles.default.api_key) contains a control character (\\x07) at position 9\nhint: webhook secrets and API keys are printable text: check for a stray newline, tab or escape\n"
        )
    );
    let r = run(
        home.cmd()
            .args(["config", "set", "api_key", "ck_test_good0000000"]),
        b"",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "",
            format!("✓ set `api_key` in profile `default` of {path}\n").as_str()
        )
    );
    let r = run(home.cmd().args(["config", "get", "api_key"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "ck_test_good0000000\n", "")
    );
}

#[test]
fn an_empty_secret_in_the_file_is_refused_with_the_fix() {
    let home = Home::new();
    home.write_config("[profiles.default]\nwebhook_secret = \"\"\n");
    let r = run(home.cmd().arg("sign"), b"body");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "cheese: error: the webhook secret (config profiles.default.webhook_secret) is empty\nhint: set it with `cheese config set webhook_secret whsec_…`, or remove it with `cheese config unset webhook_secret`\n"
        )
    );
}
