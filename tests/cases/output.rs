//! Output hygiene that holds for every command: no ESC byte when piped or with NO_COLOR,
//! `--json` parses, clap errors exit 2, `--help` lists exit codes.

use crate::support::{assert_no_escape, run, Home};

#[test]
fn no_escape_bytes_when_piped_or_no_color() {
    let home = Home::new();
    home.write_config("[profiles.default]\napi_key = \"ck_test_abcdefghijkl\"\n");
    for args in [
        &["config", "show"][..],
        &["config", "get", "nope"][..],
        &["--profile", "x", "config", "show"][..],
    ] {
        let r = run(home.cmd().args(args), b"");
        assert_no_escape(&r);
        let r = run(home.cmd_tty().env("NO_COLOR", "1").args(args), b"");
        assert_no_escape(&r);
    }
}

#[test]
fn color_always_colors_a_terminal_layout() {
    let home = Home::new();
    let r = run(
        home.cmd_tty()
            .args(["--color", "always", "config", "set", "api_base", "http://a"]),
        b"",
    );
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains('\x1b'), "{:?}", r.stderr);
}

#[test]
fn json_output_parses() {
    let home = Home::new();
    let r = run(home.cmd().args(["--json", "config", "show"]), b"");
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["profile"]["value"], "default");
    let r = run(home.cmd().args(["--json", "config", "path"]), b"");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(
        v["path"].as_str(),
        Some(home.config_file().display().to_string().as_str())
    );
}

#[test]
fn usage_errors_exit_2() {
    let home = Home::new();
    let r = run(home.cmd().args(["config", "frobnicate"]), b"");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .starts_with("error: unrecognized subcommand 'frobnicate'"),
        "{}",
        r.stderr
    );
}

#[test]
fn help_documents_exit_codes() {
    let home = Home::new();
    let r = run(home.cmd().arg("--help"), b"");
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Exit codes:\n  0    success"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("  4    authentication"));
    assert_eq!(r.stderr, "");
}

#[test]
fn version_prints_the_crate_version() {
    let home = Home::new();
    let r = run(home.cmd().arg("--version"), b"");
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, format!("cheese {}\n", env!("CARGO_PKG_VERSION")));
}
