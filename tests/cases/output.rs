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
            .starts_with("cheese: error: unrecognized subcommand 'frobnicate'\nhint: usage: cheese config [OPTIONS] <COMMAND>\nhint: see `--help`"),
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

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_names_standard_output() {
    let home = Home::new();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("cheese"))
        .env("CHEESE_CONFIG_DIR", home.config_dir())
        .args(["sign", "--secret", "s", "/dev/null"])
        .stdout(full)
        .output()
        .expect("run cheese");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "cheese: error: writing to standard output: No space left on device (os error 28)\n"
    );
}

#[test]
fn config_show_escapes_control_characters() {
    let home = Home::new();
    home.write_config("[profiles.default]\napi_base = \"http://a\\u001b[31m\"\n");
    let path = home.config_file().display().to_string();
    let r = run(home.cmd().args(["config", "show"]), b"");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            format!(
                "config file\t{path}\t\nprofile\tdefault\tdefault\napi_key\t-\tnot set\napi_base\thttp://a\\x1b[31m\tconfig profiles.default.api_base\nwebhook_secret\t-\tnot set\n"
            )
            .as_str(),
            ""
        )
    );
    // The terminal layout too: the value is escaped, and the columns still line up.
    let r = run(
        home.cmd_tty().args(["--color", "never", "config", "show"]),
        b"",
    );
    let width = path.chars().count().max("http://a\\x1b[31m".len());
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            format!(
                "config file     {path}\nprofile         {:<width$}  (default)\napi_key         {:<width$}  (not set)\napi_base        {:<width$}  (config profiles.default.api_base)\nwebhook_secret  {:<width$}  (not set)\n",
                "default", "-", "http://a\\x1b[31m", "-"
            )
            .as_str(),
            ""
        )
    );
}

#[test]
fn help_keeps_the_example_lines() {
    let home = Home::new();
    for (args, head) in [
        (
            &["config", "--help"][..],
            "Show or change the configuration\n\nValues resolve flag > environment > the active profile in config.toml > default.\nKeys: api_key, api_base, webhook_secret, webhook_secrets.<wh_id>, default_profile.\n\nExamples:\n  cheese config path\n  cheese config show\n  cheese config set api_base http://127.0.0.1:8080\n  cheese --profile staging config set api_key ck_test_…\n  cheese config get webhook_secret\n\nUsage: cheese config [OPTIONS] <COMMAND>\n",
        ),
        (
            &["completions", "--help"][..],
            "Print a shell completion script on stdout\n\nInstallation:\n  bash:  cheese completions bash \\\n           > ~/.local/share/bash-completion/completions/cheese\n  zsh:   cheese completions zsh > ~/.zfunc/_cheese\n         (and `fpath+=~/.zfunc` before compinit in ~/.zshrc)\n  fish:  cheese completions fish > ~/.config/fish/completions/cheese.fish\n  pwsh:  cheese completions powershell >> $PROFILE\n  elvish: cheese completions elvish >> ~/.config/elvish/rc.elv\n\n`./install.sh` installs the bash, zsh and fish scripts for you.\n\nUsage: cheese completions [OPTIONS] <SHELL>\n",
        ),
    ] {
        let r = run(home.cmd().args(args), b"");
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{args:?}");
        // The rest lists the flags, which other commands' work changes; the part above is ours.
        let until_usage = r.stdout.split_inclusive('\n').take_while(|l| !l.starts_with("Usage:")).count();
        let got: String = r.stdout.split_inclusive('\n').take(until_usage + 1).collect();
        assert_eq!(got, head, "{args:?}");
    }
}

/// Every `--help` example fits an 80-column terminal, so none is wrapped mid-command.
#[test]
fn help_examples_fit_80_columns() {
    use clap::CommandFactory;
    fn walk(cmd: &mut clap::Command, path: &str, long: &mut Vec<String>) {
        let name = format!("{path} {}", cmd.get_name()).trim().to_string();
        let help = cmd.render_long_help().to_string();
        for block in help.split("Examples:\n").skip(1) {
            for line in block.lines().take_while(|l| !l.is_empty()) {
                if line.chars().count() > 80 {
                    long.push(format!("{name}: {line}"));
                }
            }
        }
        for sub in cmd.get_subcommands_mut() {
            walk(sub, &name, long);
        }
    }
    let mut cmd = cheese::cli::Cli::command().term_width(1000);
    cmd.build();
    let mut long = Vec::new();
    walk(&mut cmd, "", &mut long);
    assert!(
        long.is_empty(),
        "examples over 80 columns:\n{}",
        long.join("\n")
    );
}
