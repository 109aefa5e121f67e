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
