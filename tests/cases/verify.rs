//! `cheese verify`: every shared signature case through the binary (verdict on stdout, reasons
//! and diagnosis on stderr, exit 0/1), the SPEC §8 `--json` object, rotation, several header
//! lines, the API key diagnosis, escaping of untrusted tokens, and usage errors (exit 2).

use indoc::indoc;
use serde_json::{json, Value};

use crate::support::{assert_no_escape, data, run, Home, Run};

const HELLO_SECRET: &str = "It's a Secret to Everybody";
const HELLO_SIG: &str = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

fn cases() -> Vec<Value> {
    serde_json::from_slice(&data("signature-cases.json")).expect("signature-cases.json")
}

fn field<'a>(case: &'a Value, key: &str) -> &'a str {
    case[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} in {case}"))
}

/// The shared files name diagnoses in words; cheese reports stable codes.
fn diagnosis_code(label: &str) -> &'static str {
    match label {
        "body re-serialized" => "reserialized",
        "trailing newline" => "trailing_newline",
        "API key used as secret" => "api_key_as_secret",
        other => panic!("unknown diagnosis label {other:?}"),
    }
}

fn verify_case(home: &Home, case: &Value, json: bool) -> Run {
    let body = hex::decode(field(case, "body_hex")).expect("body_hex");
    let mut cmd = home.cmd();
    cmd.args(["verify", "--secret", field(case, "secret")])
        .args(["--signature", field(case, "header")]);
    if json {
        cmd.arg("--json");
    }
    run(&mut cmd, &body)
}

#[test]
fn every_signature_case() {
    let home = Home::new();
    for case in cases() {
        let name = field(&case, "name");
        let expect = field(&case, "expect");
        let r = verify_case(&home, &case, false);
        assert_eq!(r.stdout, format!("{expect}\n"), "{name}");
        assert_no_escape(&r);
        if expect == "valid" {
            assert_eq!(r.code, 0, "{name}");
            assert!(
                r.stderr
                    .starts_with("✓ signature valid: matches the secret from --secret ("),
                "{name}: {}",
                r.stderr
            );
            assert_eq!(r.stderr.lines().count(), 1, "{name}: {}", r.stderr);
            continue;
        }
        assert_eq!(r.code, 1, "{name}");
        assert!(
            r.stderr
                .starts_with(&format!("cheese: error: signature {expect}: ")),
            "{name}: {}",
            r.stderr
        );
        if let Some(label) = case["diagnosis"].as_str() {
            let second = r.stderr.lines().nth(1).unwrap_or_default();
            assert!(
                second.starts_with(&format!("hint: {}: ", diagnosis_code(label))),
                "{name}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn every_signature_case_json() {
    let home = Home::new();
    for case in cases() {
        let name = field(&case, "name");
        let expect = field(&case, "expect");
        let r = verify_case(&home, &case, true);
        assert_eq!(r.code, if expect == "valid" { 0 } else { 1 }, "{name}");
        let json: Value = serde_json::from_str(&r.stdout).expect("one JSON object on stdout");
        assert_eq!(json["verdict"], expect, "{name}");
        let keys: Vec<&str> = json
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        if expect == "valid" {
            assert_eq!(
                keys,
                ["verdict", "matched", "reasons", "diagnosis"],
                "{name}"
            );
            assert_eq!(json["matched"]["secret_source"], "--secret", "{name}");
        } else {
            assert_eq!(keys, ["verdict", "reasons", "diagnosis"], "{name}");
        }
        if expect == "malformed" {
            assert!(
                !json["reasons"].as_array().expect("array").is_empty(),
                "{name}"
            );
        }
        if let Some(label) = case["diagnosis"].as_str() {
            assert_eq!(
                json["diagnosis"][0]["code"],
                diagnosis_code(label),
                "{name}"
            );
        }
    }
}

#[test]
fn valid_names_the_secret_and_form() {
    let home = Home::new();
    let r = run(
        home.cmd().args([
            "verify",
            "--secret",
            HELLO_SECRET,
            "--signature",
            &format!("sha256={}", HELLO_SIG.to_uppercase()),
        ]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "valid\n",
            "✓ signature valid: matches the secret from --secret (sha256= prefix, uppercase hex)\n"
        )
    );
    // --quiet keeps only the result.
    let r = run(
        home.cmd()
            .args(["verify", "-q", "--secret", HELLO_SECRET, "-s", HELLO_SIG]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "valid\n", "")
    );
}

#[test]
fn trailing_newline_is_explained() {
    let home = Home::new();
    let r = run(
        home.cmd()
            .args(["verify", "--secret", HELLO_SECRET, "-s", HELLO_SIG]),
        b"Hello, World!\n",
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "invalid\n");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: signature invalid: no secret matches (tried --secret)
            hint: trailing_newline: the signature matches this body without its trailing newline: a newline was added after signing (an editor, `echo`, or a file saved with a final newline); verify the exact bytes received
        "}
    );
}

#[test]
fn reserialized_body_is_explained() {
    let home = Home::new();
    let case = cases()
        .into_iter()
        .find(|c| c["diagnosis"] == "body re-serialized")
        .expect("a re-serialized case");
    let r = verify_case(&home, &case, false);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "invalid\n");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: signature invalid: no secret matches (tried --secret)
            hint: reserialized: the signature matches this body re-serialized as compact JSON: the signed bytes were parsed and re-encoded along the way (key order / spacing / escapes); verify the raw request bytes, not parsed-and-re-encoded JSON
        "}
    );
}

#[test]
fn api_key_used_as_secret() {
    let home = Home::new();
    // The secret looks like an API key.
    let r = run(
        home.cmd().args([
            "verify",
            "--secret",
            "ck_test_9Qz4LmN2pR7vX1",
            "-s",
            HELLO_SIG,
        ]),
        b"Hello, World!",
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "invalid\n");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: signature invalid: no secret matches (tried --secret)
            hint: api_key_as_secret: the configured secret (--secret) looks like an API key (ck_test_…): webhooks are signed with the webhook secret (whsec_…)
        "}
    );
    // The signer used the configured API key (CHEESE_API_KEY) instead of the webhook secret.
    let sig = cheese::signature::sign_hex(b"ck_live_abc123", b"Hello, World!");
    let r = run(
        home.cmd()
            .args(["verify", "--secret", "whsec_real", "-s", &sig, "--json"])
            .env("CHEESE_API_KEY", "ck_live_abc123"),
        b"Hello, World!",
    );
    assert_eq!(r.code, 1);
    let json: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        json,
        json!({
            "verdict": "invalid",
            "reasons": [],
            "diagnosis": [{
                "code": "api_key_as_secret",
                "message": "the signature matches when your API key is used as the secret — use the webhook secret (whsec_…) instead",
            }],
        })
    );
}

#[test]
fn malformed_tokens_each_get_a_reason() {
    let home = Home::new();
    let r = run(
        home.cmd().args([
            "verify",
            "--secret",
            HELLO_SECRET,
            "-s",
            "sha1=2c76, abc",
            "-s",
            "dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=",
        ]),
        b"Hello, World!",
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "malformed\n");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: signature malformed: `sha1=2c76`: unsupported_algorithm (another algorithm's prefix: only `sha256=` (HMAC-SHA256) is supported); `abc`: wrong_length (not 64 hex characters: an HMAC-SHA256 signature is exactly 64); `dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=`: base64 (a base64-encoded digest; decoded, it matches: send it as 64 lowercase hex characters)
            hint: base64: the signature is the right HMAC, but base64-encoded: the header must carry it as 64 lowercase hex characters
        "}
    );
}

#[test]
fn json_is_the_spec_shape() {
    let home = Home::new();
    let r = run(
        home.cmd().args([
            "verify",
            "--json",
            "--secret",
            HELLO_SECRET,
            "-s",
            "v1=abc",
            "-s",
            "",
        ]),
        b"Hello, World!\n",
    );
    assert_eq!(r.code, 1);
    let json: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        json,
        json!({
            "verdict": "malformed",
            "reasons": [{"token": "v1=abc", "reason": "unsupported_algorithm"}],
            "diagnosis": [],
        })
    );
    // The explanation still goes to stderr.
    assert!(r.stderr.starts_with("cheese: error: signature malformed: "));

    let r = run(
        home.cmd().args([
            "verify",
            "--json",
            "--secret",
            "whsec_old",
            "--secret",
            HELLO_SECRET,
            "-s",
            &format!("sha256={HELLO_SIG}"),
        ]),
        b"Hello, World!",
    );
    assert_eq!(r.code, 0);
    let json: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        json,
        json!({
            "verdict": "valid",
            "matched": {"secret_source": "--secret #2", "form": "sha256_prefix"},
            "reasons": [],
            "diagnosis": [],
        })
    );
}

#[test]
fn missing_header_value() {
    let home = Home::new();
    let r = run(
        home.cmd()
            .args(["verify", "--secret", HELLO_SECRET, "-s", ""]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            1,
            "malformed\n",
            "cheese: error: signature malformed: missing (no X-Cheese-Signature header, or an empty one)\n"
        )
    );
}

#[test]
fn several_header_lines_and_rotation() {
    let home = Home::new();
    let old = cheese::signature::sign_hex(b"whsec_old", b"Hello, World!");
    let r = run(
        home.cmd().args([
            "verify",
            "--secret",
            "whsec_new",
            "--secret",
            "whsec_old",
            "-s",
            "sha256=",
            "-s",
            &old,
        ]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "valid\n",
            "✓ signature valid: matches the secret from --secret #2 (sha256= prefix, lowercase hex)\n"
        )
    );
}

#[test]
fn untrusted_tokens_are_escaped() {
    let home = Home::new();
    for mut cmd in [home.cmd(), {
        let mut c = home.cmd_tty();
        c.env("NO_COLOR", "1");
        c
    }] {
        let r = run(
            cmd.args(["verify", "--secret", "s", "-s", "\x1b[2J\u{202e}evil"]),
            b"body",
        );
        assert_eq!(r.code, 1);
        assert_eq!(r.stdout, "malformed\n");
        assert_no_escape(&r);
        assert!(
            r.stderr.contains(r"`\x1b[2J\u{202e}evil`: non_hex"),
            "{}",
            r.stderr
        );
    }
    // No color on a forced terminal with NO_COLOR, on success either.
    let mut cmd = home.cmd_tty();
    cmd.env("NO_COLOR", "1");
    let r = run(
        cmd.args(["verify", "--secret", HELLO_SECRET, "-s", HELLO_SIG]),
        b"Hello, World!",
    );
    assert_eq!(r.code, 0);
    assert_no_escape(&r);
}

#[test]
fn payload_from_a_file() {
    let home = Home::new();
    let body = data("envelope-order-shipped.json");
    let file = home.file("envelope.json", &body);
    let sig = "caa83b9db25938fa746045c0c01c8c269ad515cd875bbd3f7905c34ab725e280";
    let r = run(
        home.cmd()
            .arg("verify")
            .arg(&file)
            .args(["--secret", "whsec_test_cheese", "-s", sig]),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, "valid\n"));

    // Non-UTF-8 bodies are fine: only bytes are signed.
    let file = home.file("binary.bin", b"\xff\x00\xfe");
    let sig = cheese::signature::sign_hex(b"k", b"\xff\x00\xfe");
    let r = run(
        home.cmd()
            .arg("verify")
            .arg(&file)
            .args(["--secret", "k", "-s", &sig]),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, "valid\n"));

    let missing = home.path().join("missing.json");
    let r = run(
        home.cmd()
            .arg("verify")
            .arg(&missing)
            .args(["--secret", "k", "-s", &sig]),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
    assert!(
        r.stderr.starts_with(&format!(
            "cheese: error: reading payload file {}: ",
            missing.display()
        )),
        "{}",
        r.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    let home = Home::new();
    // No --signature.
    let r = run(home.cmd().args(["verify", "--secret", "s"]), b"body");
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.contains("--signature <VALUE>"), "{}", r.stderr);
    // No secret anywhere.
    let r = run(home.cmd().args(["verify", "-s", HELLO_SIG]), b"body");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            indoc! {"
                cheese: error: no webhook secret given
                hint: pass `--secret whsec_…` or `--secret-file FILE`, set `CHEESE_WEBHOOK_SECRET`, or run `cheese config set webhook_secret whsec_…`
            "}
        )
    );
    // A control character in the secret.
    let r = run(
        home.cmd()
            .args(["verify", "-s", HELLO_SIG])
            .env("CHEESE_WEBHOOK_SECRET", "whsec\tx"),
        b"body",
    );
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.contains("at position 6"), "{}", r.stderr);
}

/// Runs `cheese verify` with its stdout already closed by the reader (`… | head -c0`): the
/// payload comes on stdin, so the verdict is written only after the pipe is gone.
fn verify_into_closed_pipe(home: &Home, args: &[&str], body: &[u8]) -> (i32, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("cheese"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("CHEESE_") {
            cmd.env_remove(&key);
        }
    }
    let mut child = cmd
        .env("CHEESE_CONFIG_DIR", home.config_dir())
        .env("HOME", home.path())
        .env_remove("NO_COLOR")
        .arg("verify")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cheese");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(body).expect("write body");
    drop(stdin);
    let output = child.wait_with_output().expect("wait");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn closed_stdout_never_turns_a_mismatch_into_success() {
    let home = Home::new();
    let bad = "0".repeat(64);
    assert_eq!(
        verify_into_closed_pipe(
            &home,
            &["--secret", HELLO_SECRET, "-s", &bad],
            b"Hello, World!"
        ),
        (
            1,
            "cheese: error: signature invalid: no secret matches (tried --secret)\nhint: no usual mistake explains it: check that the secret is this endpoint's webhook secret and that the body is the exact bytes received\n".to_string()
        )
    );
    assert_eq!(
        verify_into_closed_pipe(
            &home,
            &["--json", "--secret", HELLO_SECRET, "-s", "abc"],
            b"Hello, World!"
        ),
        (
            1,
            "cheese: error: signature malformed: `abc`: wrong_length (not 64 hex characters: an HMAC-SHA256 signature is exactly 64)\n".to_string()
        )
    );
    // A valid signature with a closed stdout is a quiet success, as for every command.
    assert_eq!(
        verify_into_closed_pipe(
            &home,
            &["--secret", HELLO_SECRET, "-s", HELLO_SIG],
            b"Hello, World!"
        ),
        (0, String::new())
    );
}

#[test]
fn api_key_diagnosis_uses_the_environment_when_the_config_is_broken() {
    let home = Home::new();
    home.write_config("[profiles.default\n");
    let sig = cheese::signature::sign_hex(b"ck_test_abc123", b"Hello, World!");
    let r = run(
        home.cmd()
            .args(["verify", "--secret", "whsec_real", "-s", &sig])
            .env("CHEESE_API_KEY", "ck_test_abc123"),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            1,
            "invalid\n",
            indoc! {"
                cheese: error: signature invalid: no secret matches (tried --secret)
                hint: api_key_as_secret: the signature matches when your API key is used as the secret — use the webhook secret (whsec_…) instead
            "}
        )
    );
}

#[test]
fn secret_errors_are_usage_errors() {
    let home = Home::new();
    let r = run(
        home.cmd().args(["verify", "--secret", "", "-s", HELLO_SIG]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "cheese: error: the secret from --secret is empty\nhint: is the variable you passed set? a webhook secret looks like `whsec_…`\n"
        )
    );
    let r = run(
        home.cmd()
            .args(["verify", "--secret-file", "-", "-s", HELLO_SIG]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "cheese: error: the payload and `--secret-file -` cannot both read standard input\nhint: give the payload as a FILE argument, or the secret with `--secret-file FILE`\n"
        )
    );
    let body = home.file("body", b"Hello, World!");
    let r = run(
        home.cmd()
            .arg("verify")
            .arg(&body)
            .args(["--secret-file", "-", "-s", HELLO_SIG]),
        format!("{HELLO_SECRET}\r\n").as_bytes(),
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "valid\n",
            "✓ signature valid: matches the secret from --secret-file - (lowercase hex)\n"
        )
    );
}
