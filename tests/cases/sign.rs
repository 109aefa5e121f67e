//! `cheese sign`: known-answer vectors through the binary, output forms, where the secret comes
//! from, and the errors (exit 2 for a bad or missing secret, exit 1 for an unreadable payload).

use indoc::indoc;
use serde_json::Value;

use crate::support::{assert_no_escape, data, run, Home};

const HELLO_SECRET: &str = "It's a Secret to Everybody";
const HELLO_SIG: &str = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

fn vectors() -> Vec<Value> {
    serde_json::from_slice(&data("hmac-vectors.json")).expect("hmac-vectors.json")
}

fn hex_field(v: &Value, key: &str) -> Vec<u8> {
    hex::decode(v[key].as_str().expect(key)).expect("hex")
}

#[test]
fn every_hmac_vector() {
    let home = Home::new();
    for v in vectors() {
        let source = v["source"].as_str().expect("source");
        let key = hex_field(&v, "key_hex");
        let expected = v["hmac_sha256_hex"].as_str().expect("hmac");
        let mut cmd = home.cmd();
        cmd.arg("sign");
        let stdin = match v["data_file"].as_str() {
            Some(file) => {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/data")
                    .join(file);
                cmd.arg(path);
                Vec::new()
            }
            None => hex_field(&v, "data_hex"),
        };
        match std::str::from_utf8(&key) {
            // A printable key goes through `--secret` and must give the vector's answer.
            Ok(text) if !text.chars().any(char::is_control) => {
                let r = run(cmd.args(["--secret", text]), &stdin);
                assert_eq!(
                    (r.code, r.stdout.as_str(), r.stderr.as_str()),
                    (0, format!("{expected}\n").as_str(), ""),
                    "{source}"
                );
            }
            // Binary keys (RFC 4231's 0x0b…, 0xaa…) are not webhook secrets: cheese refuses
            // them, naming the problem, rather than signing with something else.
            Ok(text) => {
                let r = run(cmd.args(["--secret", text]), &stdin);
                assert_eq!(r.code, 2, "{source}");
                assert_eq!(r.stdout, "", "{source}");
                assert!(
                    r.stderr.starts_with(
                        "cheese: error: the secret from --secret contains a control character"
                    ),
                    "{source}: {}",
                    r.stderr
                );
            }
            Err(_) => {
                let file = home.file("binary-key", &key);
                let r = run(cmd.arg("--secret-file").arg(&file), &stdin);
                assert_eq!(r.code, 2, "{source}");
                assert_eq!(r.stdout, "", "{source}");
                assert_eq!(
                    r.stderr,
                    format!(
                        "cheese: error: the secret file {} is not UTF-8 text\n",
                        file.display()
                    ),
                    "{source}"
                );
            }
        }
    }
}

#[test]
fn hello_world_example() {
    let home = Home::new();
    let r = run(
        home.cmd().args(["sign", "--secret", HELLO_SECRET]),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\n",
            ""
        )
    );
    // `-` is standard input too.
    let r = run(
        home.cmd().args(["sign", "-", "--secret", HELLO_SECRET]),
        b"Hello, World!",
    );
    assert_eq!(r.stdout, format!("{HELLO_SIG}\n"));
}

#[test]
fn exact_bytes_no_trimming() {
    let home = Home::new();
    let r = run(
        home.cmd().args(["sign", "--secret", HELLO_SECRET]),
        b"Hello, World!\n",
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        format!(
            "{}\n",
            cheese::signature::sign_hex(HELLO_SECRET.as_bytes(), b"Hello, World!\n")
        )
    );
    assert_ne!(r.stdout, format!("{HELLO_SIG}\n"));
}

#[test]
fn header_and_base64_forms() {
    let home = Home::new();
    let sign = |extra: &[&str]| {
        let r = run(
            home.cmd()
                .args(["sign", "--secret", HELLO_SECRET])
                .args(extra),
            b"Hello, World!",
        );
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{extra:?}");
        r.stdout
    };
    assert_eq!(
        sign(&["--header"]),
        format!("X-Cheese-Signature: {HELLO_SIG}\n")
    );
    assert_eq!(
        sign(&["--base64"]),
        "dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=\n"
    );
    assert_eq!(
        sign(&["--header", "--base64"]),
        "X-Cheese-Signature: dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=\n"
    );
}

#[test]
fn json_output() {
    let home = Home::new();
    let r = run(
        home.cmd()
            .args(["sign", "--json", "--secret", HELLO_SECRET]),
        b"Hello, World!",
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let json: Value = serde_json::from_str(&r.stdout).expect("JSON on stdout");
    assert_eq!(
        json,
        serde_json::json!({
            "signature": HELLO_SIG,
            "header": "X-Cheese-Signature",
            "algorithm": "hmac-sha256",
            "bytes": 13,
            "secret_source": "--secret",
        })
    );
}

#[test]
fn secret_from_env_drops_one_trailing_newline() {
    let home = Home::new();
    let r = run(
        home.cmd()
            .arg("sign")
            .env("CHEESE_WEBHOOK_SECRET", format!("{HELLO_SECRET}\n")),
        b"Hello, World!",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, format!("{HELLO_SIG}\n").as_str(), "")
    );
    let r = run(
        home.cmd()
            .args(["sign", "--json"])
            .env("CHEESE_WEBHOOK_SECRET", HELLO_SECRET),
        b"Hello, World!",
    );
    let json: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(json["secret_source"], "env CHEESE_WEBHOOK_SECRET");
}

#[test]
fn secret_from_file_drops_one_trailing_newline() {
    let home = Home::new();
    for content in [
        format!("{HELLO_SECRET}\n"),
        format!("{HELLO_SECRET}\r\n"),
        HELLO_SECRET.to_string(),
    ] {
        let file = home.file("secret.txt", content.as_bytes());
        let r = run(
            home.cmd().arg("sign").arg("--secret-file").arg(&file),
            b"Hello, World!",
        );
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (0, format!("{HELLO_SIG}\n").as_str(), ""),
            "{content:?}"
        );
    }
    // Only one newline is dropped: a second one is a control character in the secret.
    let file = home.file("secret.txt", format!("{HELLO_SECRET}\n\n").as_bytes());
    let r = run(
        home.cmd().arg("sign").arg("--secret-file").arg(&file),
        b"Hello, World!",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("position 27"), "{}", r.stderr);
}

#[test]
fn secret_from_the_profile() {
    let home = Home::new();
    home.write_config(&format!(
        "[profiles.default]\nwebhook_secret = \"{HELLO_SECRET}\"\n"
    ));
    let r = run(home.cmd().arg("sign"), b"Hello, World!");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, format!("{HELLO_SIG}\n").as_str(), "")
    );
    // A flag wins over the profile.
    let r = run(
        home.cmd().args(["sign", "--secret", "other"]),
        b"Hello, World!",
    );
    assert_ne!(r.stdout, format!("{HELLO_SIG}\n"));
}

#[test]
fn control_character_in_secret_is_refused_with_its_position() {
    let home = Home::new();
    let r = run(
        home.cmd().args(["sign", "--secret", "whsec_ab\x1bc"]),
        b"body",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {r"
            cheese: error: the secret from --secret contains a control character (\x1b) at position 9
            hint: webhook secrets and API keys are printable text: check for a stray newline, tab or escape
        "}
    );
    assert_no_escape(&r);
}

#[test]
fn missing_secret_is_a_usage_error_with_a_hint() {
    let home = Home::new();
    let r = run(home.cmd().arg("sign"), b"body");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: no webhook secret given
            hint: pass `--secret whsec_…` or `--secret-file FILE`, set `CHEESE_WEBHOOK_SECRET`, or run `cheese config set webhook_secret whsec_…`
        "}
    );
}

#[test]
fn several_secrets_are_refused() {
    let home = Home::new();
    let r = run(
        home.cmd().args(["sign", "--secret", "a", "--secret", "b"]),
        b"body",
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        indoc! {"
            cheese: error: `cheese sign` signs with one secret, but 2 were given (--secret #1, --secret #2)
            hint: run `cheese sign` once per secret; the signatures go in one header, comma-separated
        "}
    );
}

#[test]
fn nonexistent_file_names_the_path() {
    let home = Home::new();
    let missing = home.path().join("no-such-body.json");
    let r = run(
        home.cmd().arg("sign").arg(&missing).args(["--secret", "s"]),
        b"",
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    let prefix = format!(
        "cheese: error: reading payload file {}: ",
        missing.display()
    );
    assert!(r.stderr.starts_with(&prefix), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn large_file_streams_to_the_same_answer() {
    let home = Home::new();
    // Several read chunks, not a multiple of the chunk size.
    let body: Vec<u8> = (0..(3 << 20) + 5).map(|i: u32| (i % 253) as u8).collect();
    let file = home.file("big.bin", &body);
    let r = run(
        home.cmd()
            .arg("sign")
            .arg(&file)
            .args(["--secret", "whsec_big", "--json"]),
        b"",
    );
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let json: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        json["signature"],
        cheese::signature::sign_hex(b"whsec_big", &body)
    );
    assert_eq!(json["bytes"], body.len());
}

#[test]
fn no_escape_codes_when_piped_or_no_color() {
    let home = Home::new();
    for mut cmd in [home.cmd(), {
        let mut c = home.cmd_tty();
        c.env("NO_COLOR", "1");
        c
    }] {
        let r = run(
            cmd.args(["sign", "--secret", HELLO_SECRET]),
            b"Hello, World!",
        );
        assert_eq!(r.stdout, format!("{HELLO_SIG}\n"));
        assert_no_escape(&r);
        let r = run(home.cmd().arg("sign"), b"x");
        assert_no_escape(&r);
    }
}

#[test]
fn empty_secret_is_refused() {
    // `--secret "$WEBHOOK_SECRET"` with the variable unset must not sign with an empty key.
    let home = Home::new();
    let r = run(home.cmd().args(["sign", "--secret", ""]), b"body");
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "cheese: error: the secret from --secret is empty\nhint: is the variable you passed set? a webhook secret looks like `whsec_…`\n"
        )
    );
}

#[test]
fn unreadable_secret_file_is_a_usage_error() {
    let home = Home::new();
    let missing = home.path().join("no-such-secret");
    let r = run(
        home.cmd().arg("sign").arg("--secret-file").arg(&missing),
        b"body",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            format!(
                "cheese: error: reading secret file {}: No such file or directory (os error 2)\n",
                missing.display()
            )
            .as_str()
        )
    );
}

#[test]
fn secret_file_dash_reads_standard_input() {
    let home = Home::new();
    let body = home.file("body", b"Hello, World!");
    let r = run(
        home.cmd()
            .arg("sign")
            .arg(&body)
            .args(["--secret-file", "-"]),
        format!("{HELLO_SECRET}\n").as_bytes(),
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, format!("{HELLO_SIG}\n").as_str(), "")
    );
    let r = run(
        home.cmd()
            .arg("sign")
            .arg(&body)
            .args(["--secret-file", "-"]),
        b"\n",
    );
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "cheese: error: the secret from standard input is empty\n"
        )
    );
    // The payload cannot come from standard input too.
    let r = run(
        home.cmd().args(["sign", "--secret-file", "-"]),
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
}
