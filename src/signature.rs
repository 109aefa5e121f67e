//! The `X-Cheese-Signature` scheme: sign, verify and diagnose (SPEC §3). Pure functions, no I/O.
//!
//! - **Sign**: lowercase hex of HMAC-SHA256, keyed with the secret string's UTF-8 bytes exactly as given
//!   (`whsec_` prefix included), over the raw body bytes.
//! - **Verify**: every header line's value is joined with commas, split into tokens at commas and ASCII
//!   whitespace (a bare `sha256=` binds to the token after it), and each token is checked. A token is
//!   well-formed when it is 64 hex characters in any case, with or without a `sha256=` prefix (any case).
//!   The delivery is [`Verdict::Valid`] when any well-formed token matches any secret (rotation),
//!   [`Verdict::Invalid`] when some token is well-formed but none matches, and [`Verdict::Malformed`]
//!   when no token is well-formed; every malformed token gets a [`Reason`] with a stable code.
//!   Digests are compared in constant time on the decoded 32 bytes, and every (secret, token) pair is
//!   compared, so timing reveals neither which byte nor which pair differed.
//! - **Diagnose**: when nothing matches, try the usual mistakes (byte-level changes, JSON
//!   re-serializations, other readings of the secret) and name each one that explains the mismatch.
//!
//! Shared by `cheese sign`, `cheese verify`, `listen` and `trigger`, and by the tests, which sign their
//! payloads with [`sign_hex`].

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde::{Serialize, Serializer};
use serde_json::Value;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::secret::Secret;

/// The header that carries the signature.
pub const HEADER: &str = "X-Cheese-Signature";

/// Bodies larger than this are not copied for the rewriting checks of [`diagnose`] (CRLF, BOM, JSON
/// re-serialization): a failed delivery must not cost unbounded memory or time.
pub const MAX_REWRITE_BYTES: usize = 8 * 1024 * 1024;

/// At most this many malformed tokens are reported (a hostile header may hold thousands).
const MAX_REASONS: usize = 64;

/// Reported tokens are cut to this many characters (plus `…`).
const MAX_TOKEN_CHARS: usize = 100;

/// HMAC-SHA256 of `body` keyed with `secret`.
pub fn sign(secret: &[u8], body: &[u8]) -> [u8; 32] {
    let mut signer = Signer::new(secret);
    signer.update(body);
    signer.finalize()
}

/// HMAC-SHA256 of `body` keyed with `secret`, as 64 lowercase hex characters: the header value.
pub fn sign_hex(secret: &[u8], body: &[u8]) -> String {
    hex::encode(sign(secret, body))
}

/// Streaming HMAC-SHA256, for bodies read in chunks (`cheese sign` on a large file).
#[derive(Clone)]
pub struct Signer(Hmac<Sha256>);

impl Signer {
    /// Start a signature keyed with `secret` (any length).
    pub fn new(secret: &[u8]) -> Self {
        // HMAC hashes long keys and pads short ones, so every key length is accepted; the Result
        // only exists for MACs with fixed-size keys.
        let mac = <Hmac<Sha256> as Mac>::new_from_slice(secret)
            .expect("HMAC-SHA256 accepts keys of any length");
        Signer(mac)
    }

    /// Feed the next bytes of the body.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// The 32-byte HMAC of everything fed so far.
    pub fn finalize(self) -> [u8; 32] {
        self.0.finalize().into_bytes().into()
    }
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer { .. }")
    }
}

/// A secret together with where it came from, so a verdict can say which one matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedSecret {
    /// Where the secret came from: `--secret`, `--secret #2`, `CHEESE_WEBHOOK_SECRET`, `profile default`…
    pub label: String,
    pub secret: Secret,
}

impl NamedSecret {
    pub fn new(label: impl Into<String>, secret: Secret) -> Self {
        NamedSecret {
            label: label.into(),
            secret,
        }
    }
}

/// The outcome of [`verify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A well-formed token matches a secret.
    Valid,
    /// Some token is well-formed, but none matches any secret.
    Invalid,
    /// No token is well-formed (or there is no header at all).
    Malformed,
}

impl Verdict {
    /// `valid`, `invalid` or `malformed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid => "invalid",
            Verdict::Malformed => "malformed",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a token is not a well-formed signature. Serialized as its stable [`Reason::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No `X-Cheese-Signature` header, or only an empty one.
    Missing,
    /// Hex digits, but not 64 of them.
    WrongLength,
    /// Characters that are not hex digits (including non-UTF-8 bytes).
    NonHex,
    /// Another algorithm's prefix: `sha1=`, `sha512=`, `v1=`…
    UnsupportedAlgorithm,
    /// A base64-encoded 32-byte digest instead of hex.
    Base64 {
        /// Whether the decoded digest matches one of the secrets.
        would_match: bool,
    },
}

impl Reason {
    /// The stable code: `missing`, `wrong_length`, `non_hex`, `unsupported_algorithm` or `base64`.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Missing => "missing",
            Reason::WrongLength => "wrong_length",
            Reason::NonHex => "non_hex",
            Reason::UnsupportedAlgorithm => "unsupported_algorithm",
            Reason::Base64 { .. } => "base64",
        }
    }

    /// What the code means, in words.
    pub fn message(self) -> &'static str {
        match self {
            Reason::Missing => "no X-Cheese-Signature header, or an empty one",
            Reason::WrongLength => "not 64 hex characters: an HMAC-SHA256 signature is exactly 64",
            Reason::NonHex => "contains characters that are not hex digits",
            Reason::UnsupportedAlgorithm => {
                "another algorithm's prefix: only `sha256=` (HMAC-SHA256) is supported"
            }
            Reason::Base64 { would_match: true } => {
                "a base64-encoded digest; decoded, it matches: send it as 64 lowercase hex characters"
            }
            Reason::Base64 { would_match: false } => {
                "a base64-encoded digest (the header carries hex); decoded, it does not match either"
            }
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// The shape of the token that matched. Serialized as its [`Form::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// 64 lowercase hex characters: what the store sends.
    Hex,
    HexUppercase,
    HexMixedCase,
    /// `sha256=` followed by lowercase hex.
    Sha256Prefix,
    Sha256PrefixUppercase,
    Sha256PrefixMixedCase,
}

impl Form {
    /// A stable snake_case code, e.g. `sha256_prefix`.
    pub fn code(self) -> &'static str {
        match self {
            Form::Hex => "hex",
            Form::HexUppercase => "hex_uppercase",
            Form::HexMixedCase => "hex_mixed_case",
            Form::Sha256Prefix => "sha256_prefix",
            Form::Sha256PrefixUppercase => "sha256_prefix_uppercase",
            Form::Sha256PrefixMixedCase => "sha256_prefix_mixed_case",
        }
    }

    /// In words, e.g. "sha256= prefix, lowercase hex".
    pub fn describe(self) -> &'static str {
        match self {
            Form::Hex => "lowercase hex",
            Form::HexUppercase => "uppercase hex",
            Form::HexMixedCase => "mixed-case hex",
            Form::Sha256Prefix => "sha256= prefix, lowercase hex",
            Form::Sha256PrefixUppercase => "sha256= prefix, uppercase hex",
            Form::Sha256PrefixMixedCase => "sha256= prefix, mixed-case hex",
        }
    }

    fn new(prefixed: bool, hex: &[u8]) -> Form {
        let upper = hex.iter().any(u8::is_ascii_uppercase);
        let lower = hex.iter().any(u8::is_ascii_lowercase);
        match (prefixed, upper, lower) {
            (false, true, true) => Form::HexMixedCase,
            (false, true, false) => Form::HexUppercase,
            (false, false, _) => Form::Hex,
            (true, true, true) => Form::Sha256PrefixMixedCase,
            (true, true, false) => Form::Sha256PrefixUppercase,
            (true, false, _) => Form::Sha256Prefix,
        }
    }
}

impl Serialize for Form {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// A token that is not a well-formed signature, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenReason {
    /// The token as received (lossy UTF-8, cut after 100 characters; empty for [`Reason::Missing`]).
    /// Untrusted: escape it before it reaches a terminal.
    pub token: String,
    pub reason: Reason,
}

/// Which secret and which token matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// Index into the `secrets` given to [`verify`].
    pub secret_index: usize,
    /// That secret's label.
    pub secret_label: String,
    pub form: Form,
    /// Index of the token among all tokens of the joined header value (after `sha256=` binding).
    pub token_index: usize,
}

/// The result of [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub verdict: Verdict,
    /// Set when the verdict is [`Verdict::Valid`].
    pub matched: Option<Matched>,
    /// Every malformed token (at most 64), in header order. Not empty when the verdict is malformed.
    pub reasons: Vec<TokenReason>,
}

impl Verification {
    pub fn is_valid(&self) -> bool {
        self.verdict == Verdict::Valid
    }
}

/// Check a delivery's `X-Cheese-Signature` header values against one or more secrets.
///
/// `header_values` holds the raw value of every `X-Cheese-Signature` line (none = missing); several
/// lines count as one comma-joined value. Any bytes are accepted: this never panics.
pub fn verify(header_values: &[&[u8]], body: &[u8], secrets: &[NamedSecret]) -> Verification {
    let macs: Vec<[u8; 32]> = secrets
        .iter()
        .map(|s| sign(s.secret.expose().as_bytes(), body))
        .collect();
    evaluate(&parse(header_values), &macs, secrets)
}

/// One explanation for a signature mismatch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    /// Stable code: `base64`, `trailing_newline`, `crlf`, `bom`, `reserialized`,
    /// `secret_without_prefix`, `secret_base64`, `api_key_as_secret` or `secret_stray_newline`.
    pub code: &'static str,
    /// What happened and what to do, in plain words.
    pub message: String,
}

/// Name the usual mistakes that explain why the signature does not verify, best first.
///
/// Returns nothing when the signature is valid. Checks, in order: a base64-encoded but otherwise
/// correct digest (`base64`); byte-level changes to the body (`trailing_newline`, `crlf`, `bom`);
/// JSON re-serializations (`reserialized`); other readings of the secret (`secret_without_prefix`,
/// `secret_base64`, `api_key_as_secret`, `secret_stray_newline`). Each code appears at most once.
///
/// Cost: a few dozen HMACs over the body at most; bodies over [`MAX_REWRITE_BYTES`] skip the checks
/// that need a rewritten copy.
pub fn diagnose(
    header_values: &[&[u8]],
    body: &[u8],
    secrets: &[NamedSecret],
    api_key: Option<&Secret>,
) -> Vec<Diagnosis> {
    let tokens = parse(header_values);
    let macs: Vec<[u8; 32]> = secrets
        .iter()
        .map(|s| sign(s.secret.expose().as_bytes(), body))
        .collect();
    let verification = evaluate(&tokens, &macs, secrets);
    if verification.is_valid() {
        return Vec::new();
    }
    // Every digest the header carries, however it was encoded, is a candidate to explain.
    let candidates: Vec<[u8; 32]> = match &tokens {
        Parsed::Missing => Vec::new(),
        Parsed::Tokens { tokens, .. } => tokens
            .iter()
            .filter_map(|t| match t.kind {
                Kind::WellFormed { digest, .. } | Kind::Base64 { digest, .. } => Some(digest),
                Kind::Bad(_) => None,
            })
            .collect(),
    };
    let keys: Vec<&[u8]> = secrets
        .iter()
        .map(|s| s.secret.expose().as_bytes())
        .collect();
    let mut found = Diagnoses::default();

    if verification
        .reasons
        .iter()
        .any(|r| r.reason == Reason::Base64 { would_match: true })
    {
        found.push(
            "base64",
            "the signature is the right HMAC, but base64-encoded: the header must carry it as 64 \
             lowercase hex characters"
                .to_string(),
        );
    }
    if !candidates.is_empty() && !keys.is_empty() {
        let matches = |parts: &[&[u8]]| {
            keys.iter()
                .any(|key| matches_any(&sign_parts(key, parts), &candidates))
        };
        diagnose_bytes(body, &matches, &mut found);
        diagnose_json(body, &matches, &mut found);
        diagnose_secrets(body, secrets, &candidates, &mut found);
    }
    diagnose_api_key(body, secrets, api_key, &candidates, &mut found);
    if !candidates.is_empty() {
        diagnose_secret_whitespace(body, secrets, &candidates, &mut found);
    }
    found.0
}

/// Diagnoses in order, at most one per code.
#[derive(Default)]
struct Diagnoses(Vec<Diagnosis>);

impl Diagnoses {
    fn push(&mut self, code: &'static str, message: String) {
        if !self.has(code) {
            self.0.push(Diagnosis { code, message });
        }
    }

    fn has(&self, code: &str) -> bool {
        self.0.iter().any(|d| d.code == code)
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn diagnose_bytes(body: &[u8], matches: &dyn Fn(&[&[u8]]) -> bool, found: &mut Diagnoses) {
    // Trailing newline: no copies needed, so any body size.
    let removed = if let Some(rest) = body.strip_suffix(b"\r\n") {
        matches(&[rest]) || matches(&[&body[..body.len() - 1]])
    } else if let Some(rest) = body.strip_suffix(b"\n") {
        matches(&[rest])
    } else {
        false
    };
    if removed {
        found.push(
            "trailing_newline",
            "the signature matches this body without its trailing newline: a newline was added \
             after signing (an editor, `echo`, or a file saved with a final newline); verify the \
             exact bytes received"
                .to_string(),
        );
    } else if matches(&[body, b"\n"]) || matches(&[body, b"\r\n"]) {
        found.push(
            "trailing_newline",
            "the signature matches this body with a trailing newline added: the final newline \
             was stripped after signing (trimmed input, or `$(…)` in a shell); verify the exact \
             bytes received"
                .to_string(),
        );
    }

    if body.len() <= MAX_REWRITE_BYTES {
        if body.windows(2).any(|w| w == b"\r\n") && matches(&[&crlf_to_lf(body)]) {
            found.push(
                "crlf",
                "the signature matches this body with its CRLF line endings turned into LF: line \
                 endings were converted after signing (git autocrlf, a Windows editor, an FTP \
                 transfer); verify the exact bytes received"
                    .to_string(),
            );
        }
        if has_lone_lf(body) && matches(&[&lf_to_crlf(body)]) {
            found.push(
                "crlf",
                "the signature matches this body with its LF line endings turned into CRLF: line \
                 endings were converted after signing (git autocrlf, a Windows editor, an FTP \
                 transfer); verify the exact bytes received"
                    .to_string(),
            );
        }
    }

    // The BOM checks need no copy either.
    if let Some(rest) = body.strip_prefix(BOM) {
        if matches(&[rest]) {
            found.push(
                "bom",
                "the signature matches this body without its UTF-8 byte order mark (BOM): one was \
                 added after signing (often by a Windows editor); verify the exact bytes received"
                    .to_string(),
            );
        }
    } else if matches(&[BOM, body]) {
        found.push(
            "bom",
            "the signature matches this body with a UTF-8 byte order mark (BOM) in front: it was \
             stripped after signing; verify the exact bytes received"
                .to_string(),
        );
    }
}

fn crlf_to_lf(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\r' && body.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(body[i]);
        i += 1;
    }
    out
}

fn has_lone_lf(body: &[u8]) -> bool {
    body.iter()
        .enumerate()
        .any(|(i, &b)| b == b'\n' && (i == 0 || body[i - 1] != b'\r'))
}

fn lf_to_crlf(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + body.len() / 16);
    for (i, &b) in body.iter().enumerate() {
        if b == b'\n' && (i == 0 || body[i - 1] != b'\r') {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

fn diagnose_json(body: &[u8], matches: &dyn Fn(&[&[u8]]) -> bool, found: &mut Diagnoses) {
    if body.len() > MAX_REWRITE_BYTES {
        return;
    }
    let text = body.strip_prefix(BOM).unwrap_or(body);
    let Ok(value) = serde_json::from_slice::<Value>(text) else {
        return;
    };
    // A variant that differs from the body only by a BOM or a final newline is not a
    // re-serialization: the byte-level checks already speak for it.
    let core = text
        .strip_suffix(b"\r\n")
        .or_else(|| text.strip_suffix(b"\n"))
        .unwrap_or(text);
    let non_ascii = !text.is_ascii();
    let has_slash = text.contains(&b'/');
    let layouts: [(usize, bool, &str); 4] = [
        (0, false, "compact JSON"),
        (
            0,
            true,
            "JSON with `, ` and `: ` separators (Python's json.dumps)",
        ),
        (
            2,
            false,
            "2-space pretty JSON (JSON.stringify(obj, null, 2))",
        ),
        (4, false, "4-space pretty JSON"),
    ];
    let mut buf = Vec::with_capacity(body.len() * 2);
    for (indent, spaced, layout) in layouts {
        for sort in [false, true] {
            for ascii in [false, true] {
                if ascii && !non_ascii {
                    continue;
                }
                for escape_slash in [false, true] {
                    if escape_slash && !has_slash {
                        continue;
                    }
                    let style = JsonStyle {
                        indent,
                        spaced,
                        sort,
                        ascii,
                        escape_slash,
                    };
                    buf.clear();
                    write_json(&mut buf, &value, &style, 0);
                    if buf == core {
                        continue;
                    }
                    for newline in [false, true] {
                        let hit = if newline {
                            matches(&[&buf, b"\n"])
                        } else {
                            matches(&[&buf])
                        };
                        if !hit {
                            continue;
                        }
                        let mut what = layout.to_string();
                        if sort {
                            what.push_str(" with sorted keys");
                        }
                        if ascii {
                            what.push_str(", non-ASCII as \\uXXXX escapes");
                        }
                        if escape_slash {
                            what.push_str(", slashes escaped as \\/");
                        }
                        if newline {
                            what.push_str(", plus a trailing newline");
                        }
                        found.push(
                            "reserialized",
                            format!(
                                "the signature matches this body re-serialized as {what}: the \
                                 signed bytes were parsed and re-encoded along the way (key \
                                 order / spacing / escapes); verify the raw request bytes, not \
                                 parsed-and-re-encoded JSON"
                            ),
                        );
                        return;
                    }
                }
            }
        }
    }
}

/// How to re-encode a JSON value, covering what common languages produce by default.
struct JsonStyle {
    /// Spaces per level; 0 = one line.
    indent: usize,
    /// One-line with `, ` and `: ` (Python's default).
    spaced: bool,
    sort: bool,
    /// Non-ASCII as `\uXXXX` (Python's `ensure_ascii`, PHP's default).
    ascii: bool,
    /// `/` as `\/` (PHP's default).
    escape_slash: bool,
}

fn write_json(out: &mut Vec<u8>, value: &Value, style: &JsonStyle, depth: usize) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => write_json_str(out, s, style),
        Value::Array(items) => {
            if items.is_empty() {
                out.extend_from_slice(b"[]");
                return;
            }
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    write_item_separator(out, style);
                }
                write_newline(out, style, depth + 1);
                write_json(out, item, style, depth + 1);
            }
            write_newline(out, style, depth);
            out.push(b']');
        }
        Value::Object(map) => {
            if map.is_empty() {
                out.extend_from_slice(b"{}");
                return;
            }
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            if style.sort {
                entries.sort_by(|a, b| a.0.cmp(b.0));
            }
            out.push(b'{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    write_item_separator(out, style);
                }
                write_newline(out, style, depth + 1);
                write_json_str(out, key, style);
                out.push(b':');
                if style.indent > 0 || style.spaced {
                    out.push(b' ');
                }
                write_json(out, item, style, depth + 1);
            }
            write_newline(out, style, depth);
            out.push(b'}');
        }
    }
}

fn write_item_separator(out: &mut Vec<u8>, style: &JsonStyle) {
    out.push(b',');
    if style.indent == 0 && style.spaced {
        out.push(b' ');
    }
}

fn write_newline(out: &mut Vec<u8>, style: &JsonStyle, depth: usize) {
    if style.indent > 0 {
        out.push(b'\n');
        out.resize(out.len() + style.indent * depth, b' ');
    }
}

fn write_json_str(out: &mut Vec<u8>, s: &str, style: &JsonStyle) {
    out.push(b'"');
    let mut utf8 = [0u8; 4];
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\u{c}' => out.extend_from_slice(b"\\f"),
            '/' if style.escape_slash => out.extend_from_slice(b"\\/"),
            c if (c as u32) < 0x20 || (style.ascii && !c.is_ascii()) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.extend_from_slice(format!("\\u{unit:04x}").as_bytes());
                }
            }
            c => out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes()),
        }
    }
    out.push(b'"');
}

const WHSEC: &str = "whsec_";

fn diagnose_secrets(
    body: &[u8],
    secrets: &[NamedSecret],
    candidates: &[[u8; 32]],
    found: &mut Diagnoses,
) {
    let body_matches = |key: &[u8]| matches_any(&sign(key, body), candidates);
    for named in secrets {
        let secret = named.secret.expose();
        if let Some(rest) = secret.strip_prefix(WHSEC) {
            if !rest.is_empty() && body_matches(rest.as_bytes()) {
                found.push(
                    "secret_without_prefix",
                    format!(
                        "the signature matches the secret ({}) without its `whsec_` prefix: the \
                         key is the whole secret string, `whsec_` included",
                        named.label
                    ),
                );
            }
        } else if body_matches(format!("{WHSEC}{secret}").as_bytes()) {
            found.push(
                "secret_without_prefix",
                format!(
                    "the signature matches the secret ({}) with a `whsec_` prefix in front: \
                     configure the whole secret, `whsec_…` included",
                    named.label
                ),
            );
        }
    }
    for named in secrets {
        let secret = named.secret.expose();
        let encoded = secret.strip_prefix(WHSEC).unwrap_or(secret);
        if decode_base64_any(encoded)
            .iter()
            .any(|key| !key.is_empty() && body_matches(key))
        {
            found.push(
                "secret_base64",
                format!(
                    "the signature matches the secret ({}) base64-decoded after `whsec_`: the key \
                     is the secret string's own UTF-8 bytes, not decoded",
                    named.label
                ),
            );
        }
    }
}

fn diagnose_api_key(
    body: &[u8],
    secrets: &[NamedSecret],
    api_key: Option<&Secret>,
    candidates: &[[u8; 32]],
    found: &mut Diagnoses,
) {
    if let Some(key) = api_key {
        if !candidates.is_empty() && matches_any(&sign(key.expose().as_bytes(), body), candidates) {
            found.push(
                "api_key_as_secret",
                "the signature matches when your API key is used as the secret — use the webhook \
                 secret (whsec_…) instead"
                    .to_string(),
            );
            return;
        }
    }
    for named in secrets {
        let secret = named.secret.expose();
        if let Some(prefix) = ["ck_live_", "ck_test_"]
            .into_iter()
            .find(|p| secret.starts_with(p))
        {
            found.push(
                "api_key_as_secret",
                format!(
                    "the configured secret ({}) looks like an API key ({prefix}…): webhooks are \
                     signed with the webhook secret (whsec_…)",
                    named.label
                ),
            );
            return;
        }
    }
}

fn diagnose_secret_whitespace(
    body: &[u8],
    secrets: &[NamedSecret],
    candidates: &[[u8; 32]],
    found: &mut Diagnoses,
) {
    let body_matches = |key: &[u8]| matches_any(&sign(key, body), candidates);
    for named in secrets {
        let secret = named.secret.expose();
        for (extra, what) in [
            ("\n", "a trailing newline"),
            ("\r\n", "a trailing CRLF"),
            (" ", "a trailing space"),
        ] {
            if body_matches(format!("{secret}{extra}").as_bytes()) {
                found.push(
                    "secret_stray_newline",
                    format!(
                        "the signature matches the secret ({}) with {what}: the signer read the \
                         secret from a file or variable without trimming it",
                        named.label
                    ),
                );
                return;
            }
        }
        let trimmed = secret.trim_end_matches(['\n', '\r', ' ', '\t']);
        if trimmed.len() != secret.len() && body_matches(trimmed.as_bytes()) {
            found.push(
                "secret_stray_newline",
                format!(
                    "the signature matches the secret ({}) without its trailing whitespace: \
                     remove the stray newline or space from the configured secret",
                    named.label
                ),
            );
            return;
        }
    }
}

fn sign_parts(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut signer = Signer::new(key);
    for part in parts {
        signer.update(part);
    }
    signer.finalize()
}

/// Constant-time comparison of `mac` with every candidate; all are compared whatever the outcome.
fn matches_any(mac: &[u8; 32], candidates: &[[u8; 32]]) -> bool {
    let mut any = subtle::Choice::from(0);
    for candidate in candidates {
        any |= mac.ct_eq(candidate);
    }
    any.into()
}

// ---------------------------------------------------------------------------------------------
// Parsing the header

enum Parsed {
    /// No header line, or only empty ones.
    Missing,
    Tokens {
        joined: Vec<u8>,
        tokens: Vec<Token>,
    },
}

struct Token {
    /// Where the token is in the joined value (a bound `sha256= …` spans both parts).
    span: (usize, usize),
    kind: Kind,
}

enum Kind {
    WellFormed {
        digest: [u8; 32],
        form: Form,
    },
    /// A base64 digest. `hex_like`: every character is also a hex digit, so unless it would match,
    /// this is better reported as a hex signature of the wrong length.
    Base64 {
        digest: [u8; 32],
        hex_like: bool,
    },
    Bad(Reason),
}

fn parse(header_values: &[&[u8]]) -> Parsed {
    let mut joined = Vec::new();
    for (i, value) in header_values.iter().enumerate() {
        if i > 0 {
            joined.push(b',');
        }
        joined.extend_from_slice(value);
    }
    let spans = split_tokens(&joined);
    if spans.is_empty() {
        return Parsed::Missing;
    }
    let mut tokens = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let (start, end) = spans[i];
        let raw = &joined[start..end];
        let next_binds = spans
            .get(i + 1)
            .is_some_and(|&(s, e)| bare_prefix(&joined[s..e]).is_none());
        if let (Some(prefix), true) = (bare_prefix(raw), next_binds) {
            // `sha256= abc…`: the prefix binds to the token after it (SPEC §3).
            let (vstart, vend) = spans[i + 1];
            tokens.push(Token {
                span: (start, vend),
                kind: classify(Some(prefix), &joined[vstart..vend]),
            });
            i += 2;
        } else {
            let (prefix, value) = split_prefix(raw);
            tokens.push(Token {
                span: (start, end),
                kind: classify(prefix, value),
            });
            i += 1;
        }
    }
    Parsed::Tokens { joined, tokens }
}

fn split_tokens(joined: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, &b) in joined.iter().enumerate() {
        let separator = b == b',' || b.is_ascii_whitespace();
        match (separator, start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, joined.len()));
    }
    spans
}

/// An algorithm name: a letter, then up to 15 letters, digits, `-` or `_`.
fn is_algorithm_name(name: &[u8]) -> bool {
    name.first().is_some_and(u8::is_ascii_alphabetic)
        && name.len() <= 16
        && name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `sha256=` alone (or any other `name=`, so that `sha1= abc…` is reported as one token).
fn bare_prefix(token: &[u8]) -> Option<&[u8]> {
    token
        .strip_suffix(b"=")
        .filter(|name| is_algorithm_name(name))
}

fn split_prefix(token: &[u8]) -> (Option<&[u8]>, &[u8]) {
    match token.iter().position(|&b| b == b'=') {
        Some(eq) if is_algorithm_name(&token[..eq]) => (Some(&token[..eq]), &token[eq + 1..]),
        _ => (None, token),
    }
}

fn classify(prefix: Option<&[u8]>, value: &[u8]) -> Kind {
    if let Some(name) = prefix {
        if !name.eq_ignore_ascii_case(b"sha256") {
            return Kind::Bad(Reason::UnsupportedAlgorithm);
        }
    }
    let all_hex = value.iter().all(u8::is_ascii_hexdigit);
    if all_hex && value.len() == 64 {
        let mut digest = [0u8; 32];
        if hex::decode_to_slice(value, &mut digest).is_ok() {
            return Kind::WellFormed {
                digest,
                form: Form::new(prefix.is_some(), value),
            };
        }
    }
    if let Some(digest) = decode_base64_digest(value) {
        return Kind::Base64 {
            digest,
            hex_like: all_hex,
        };
    }
    if all_hex {
        Kind::Bad(Reason::WrongLength)
    } else {
        Kind::Bad(Reason::NonHex)
    }
}

/// A 32-byte digest in base64: 44 characters with `=` padding or 43 without, standard or URL-safe.
fn decode_base64_digest(value: &[u8]) -> Option<[u8; 32]> {
    let engines = match value.len() {
        44 => [&STANDARD, &URL_SAFE],
        43 => [&STANDARD_NO_PAD, &URL_SAFE_NO_PAD],
        _ => return None,
    };
    engines.into_iter().find_map(|engine| {
        engine
            .decode(value)
            .ok()
            .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
    })
}

fn decode_base64_any(text: &str) -> Vec<Vec<u8>> {
    let mut keys: Vec<Vec<u8>> = Vec::new();
    for engine in [&STANDARD, &URL_SAFE, &STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
        if let Ok(bytes) = engine.decode(text) {
            if !keys.contains(&bytes) {
                keys.push(bytes);
            }
        }
    }
    keys
}

fn display_token(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    match text.char_indices().nth(MAX_TOKEN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.into_owned(),
    }
}

fn evaluate(parsed: &Parsed, macs: &[[u8; 32]], secrets: &[NamedSecret]) -> Verification {
    let (joined, tokens) = match parsed {
        Parsed::Missing => {
            return Verification {
                verdict: Verdict::Malformed,
                matched: None,
                reasons: vec![TokenReason {
                    token: String::new(),
                    reason: Reason::Missing,
                }],
            }
        }
        Parsed::Tokens { joined, tokens } => (joined, tokens),
    };
    let mut matched = None;
    let mut well_formed = false;
    let mut reasons = Vec::new();
    for (token_index, token) in tokens.iter().enumerate() {
        let reason = match token.kind {
            Kind::WellFormed { digest, form } => {
                well_formed = true;
                // Compare against every secret, matching or not: no early exit.
                for (secret_index, mac) in macs.iter().enumerate() {
                    let equal: bool = mac.ct_eq(&digest).into();
                    if equal && matched.is_none() {
                        matched = Some(Matched {
                            secret_index,
                            secret_label: secrets
                                .get(secret_index)
                                .map(|s| s.label.clone())
                                .unwrap_or_default(),
                            form,
                            token_index,
                        });
                    }
                }
                continue;
            }
            Kind::Base64 { digest, hex_like } => {
                let would_match = matches_any(&digest, macs);
                if hex_like && !would_match {
                    Reason::WrongLength
                } else {
                    Reason::Base64 { would_match }
                }
            }
            Kind::Bad(reason) => reason,
        };
        if reasons.len() < MAX_REASONS {
            reasons.push(TokenReason {
                token: display_token(&joined[token.span.0..token.span.1]),
                reason,
            });
        }
    }
    let verdict = if matched.is_some() {
        Verdict::Valid
    } else if well_formed {
        Verdict::Invalid
    } else {
        Verdict::Malformed
    };
    Verification {
        verdict,
        matched,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    const DEV: &str = "s3cr3t-cheese-dev";
    const OLD: &str = "s3cr3t-cheese-old";
    const COMPACT: &[u8] = br#"{"id":"evt_0001","type":"order.placed","created_at":"2024-05-01T12:00:00Z","data":{"order_id":"ord_42","total":"19.99","currency":"EUR"}}"#;
    const COMPACT_SIG: &str = "2c7661140ef0cd3c885e6393b261597c18635cf0525cf9f03d904e79fe388df6";

    fn named(label: &str, secret: &str) -> NamedSecret {
        NamedSecret::new(label, Secret::new(secret))
    }

    fn dev() -> Vec<NamedSecret> {
        vec![named("--secret", DEV)]
    }

    fn check(header: &str, body: &[u8], secrets: &[NamedSecret]) -> Verification {
        verify(&[header.as_bytes()], body, secrets)
    }

    fn codes(diagnoses: &[Diagnosis]) -> Vec<&'static str> {
        diagnoses.iter().map(|d| d.code).collect()
    }

    fn data_file(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
    }

    fn data_json(name: &str) -> Vec<serde_json::Value> {
        serde_json::from_slice(&data_file(name)).expect("test data is JSON")
    }

    fn field<'a>(case: &'a serde_json::Value, key: &str) -> &'a str {
        case[key]
            .as_str()
            .unwrap_or_else(|| panic!("{key} in {case}"))
    }

    #[test]
    fn hmac_vectors() {
        let vectors = data_json("hmac-vectors.json");
        assert!(vectors.len() >= 8);
        for v in vectors {
            let key = hex::decode(field(&v, "key_hex")).expect("key_hex");
            let data = match v.get("data_file").and_then(|f| f.as_str()) {
                Some(file) => data_file(file),
                None => hex::decode(field(&v, "data_hex")).expect("data_hex"),
            };
            let expected = field(&v, "hmac_sha256_hex");
            assert_eq!(sign_hex(&key, &data), expected, "{}", v["source"]);
            assert_eq!(hex::encode(sign(&key, &data)), expected);
            // Streaming in uneven chunks gives the same answer.
            let mut signer = Signer::new(&key);
            for chunk in data.chunks(7) {
                signer.update(chunk);
            }
            assert_eq!(hex::encode(signer.finalize()), expected);
            if let Some(text) = v.get("key_text").and_then(|t| t.as_str()) {
                let secrets = [named("vector", text)];
                let verification = verify(&[expected.as_bytes()], &data, &secrets);
                assert_eq!(verification.verdict, Verdict::Valid, "{}", v["source"]);
            }
        }
    }

    #[test]
    fn signature_cases() {
        let cases = data_json("signature-cases.json");
        assert!(cases.len() >= 10);
        for case in cases {
            let name = field(&case, "name");
            let body = hex::decode(field(&case, "body_hex")).expect("body_hex");
            let secrets = [named("case", field(&case, "secret"))];
            let header = field(&case, "header");
            let verification = verify(&[header.as_bytes()], &body, &secrets);
            assert_eq!(
                verification.verdict.as_str(),
                field(&case, "expect"),
                "{name}"
            );
            if verification.verdict == Verdict::Malformed {
                assert!(!verification.reasons.is_empty(), "{name}");
            }
            let diagnoses = diagnose(&[header.as_bytes()], &body, &secrets, None);
            match case.get("diagnosis").and_then(|d| d.as_str()) {
                Some(label) => {
                    let code = match label {
                        "body re-serialized" => "reserialized",
                        "trailing newline" => "trailing_newline",
                        "API key used as secret" => "api_key_as_secret",
                        other => panic!("unknown diagnosis label {other:?}"),
                    };
                    assert_eq!(diagnoses.first().map(|d| d.code), Some(code), "{name}");
                }
                None if verification.is_valid() => assert!(diagnoses.is_empty(), "{name}"),
                None => {}
            }
        }
    }

    #[test]
    fn sign_hex_is_lowercase_64() {
        let sig = sign_hex(b"It's a Secret to Everybody", b"Hello, World!");
        assert_eq!(
            sig,
            "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
        );
        assert_eq!(sign_hex(b"", b"").len(), 64);
        assert_eq!(format!("{:?}", Signer::new(b"k")), "Signer { .. }");
    }

    #[test]
    fn forms() {
        let upper = COMPACT_SIG.to_uppercase();
        let mixed = format!("{}{}", &upper[..32], &COMPACT_SIG[32..]);
        let cases = [
            (COMPACT_SIG.to_string(), Form::Hex),
            (upper.clone(), Form::HexUppercase),
            (mixed.clone(), Form::HexMixedCase),
            (format!("sha256={COMPACT_SIG}"), Form::Sha256Prefix),
            (format!("SHA256={upper}"), Form::Sha256PrefixUppercase),
            (format!("Sha256={mixed}"), Form::Sha256PrefixMixedCase),
            (format!("sha256= {COMPACT_SIG}"), Form::Sha256Prefix),
            (format!("SHA256=\t{upper}"), Form::Sha256PrefixUppercase),
        ];
        for (header, form) in cases {
            let v = check(&header, COMPACT, &dev());
            assert_eq!(v.verdict, Verdict::Valid, "{header}");
            let m = v.matched.expect("matched");
            assert_eq!(m.form, form, "{header}");
            assert_eq!(m.secret_label, "--secret");
            assert!(v.reasons.is_empty());
        }
        assert_eq!(
            Form::Sha256Prefix.describe(),
            "sha256= prefix, lowercase hex"
        );
        assert_eq!(
            serde_json::to_value(Form::HexUppercase).ok(),
            Some(json!("hex_uppercase"))
        );
        // All digits: no letters to have a case.
        assert_eq!(Form::new(false, &[b'1'; 64]), Form::Hex);
    }

    #[test]
    fn missing_header() {
        for headers in [&[][..], &[&b""[..]][..], &[&b" , \t"[..], &b""[..]][..]] {
            let v = verify(headers, COMPACT, &dev());
            assert_eq!(v.verdict, Verdict::Malformed);
            assert_eq!(v.matched, None);
            assert_eq!(
                v.reasons,
                vec![TokenReason {
                    token: String::new(),
                    reason: Reason::Missing
                }]
            );
        }
    }

    fn only_reason(header: &str) -> Reason {
        let v = check(header, COMPACT, &dev());
        assert_eq!(v.verdict, Verdict::Malformed, "{header}");
        assert_eq!(v.reasons.len(), 1, "{header}: {:?}", v.reasons);
        v.reasons[0].reason
    }

    #[test]
    fn each_reason() {
        assert_eq!(only_reason(&COMPACT_SIG[..63]), Reason::WrongLength);
        assert_eq!(only_reason(&format!("{COMPACT_SIG}0")), Reason::WrongLength);
        assert_eq!(only_reason("sha256="), Reason::WrongLength);
        assert_eq!(only_reason("abc"), Reason::WrongLength);
        let nonhex = format!("{}zz", &COMPACT_SIG[..62]);
        assert_eq!(only_reason(&nonhex), Reason::NonHex);
        assert_eq!(only_reason("sha256:abc"), Reason::NonHex);
        assert_eq!(only_reason("\"quoted\""), Reason::NonHex);
        for alg in ["sha1", "sha512", "md5", "v1", "SHA1"] {
            assert_eq!(
                only_reason(&format!("{alg}={COMPACT_SIG}")),
                Reason::UnsupportedAlgorithm
            );
            // A bare prefix binds to the token after it, whatever the algorithm.
            assert_eq!(
                only_reason(&format!("{alg}= {COMPACT_SIG}")),
                Reason::UnsupportedAlgorithm
            );
        }
        let digest = sign(DEV.as_bytes(), COMPACT);
        let wrong = sign(b"other", COMPACT);
        for (engine, len) in [
            (&STANDARD, 44),
            (&URL_SAFE, 44),
            (&STANDARD_NO_PAD, 43),
            (&URL_SAFE_NO_PAD, 43),
        ] {
            let good = engine.encode(digest);
            assert_eq!(good.len(), len);
            assert_eq!(only_reason(&good), Reason::Base64 { would_match: true });
            assert_eq!(
                only_reason(&format!("sha256={good}")),
                Reason::Base64 { would_match: true }
            );
            let bad = engine.encode(wrong);
            assert_eq!(only_reason(&bad), Reason::Base64 { would_match: false });
        }
        // The codes are stable.
        let all = [
            Reason::Missing,
            Reason::WrongLength,
            Reason::NonHex,
            Reason::UnsupportedAlgorithm,
            Reason::Base64 { would_match: true },
        ];
        let codes: Vec<&str> = all.iter().map(|r| r.code()).collect();
        assert_eq!(
            codes,
            [
                "missing",
                "wrong_length",
                "non_hex",
                "unsupported_algorithm",
                "base64"
            ]
        );
        for reason in all {
            assert!(!reason.message().is_empty());
            assert_eq!(
                serde_json::to_value(reason).ok(),
                Some(json!(reason.code()))
            );
        }
    }

    #[test]
    fn hex_looking_43_chars_is_wrong_length_unless_it_matches() {
        // 43 hex digits that also decode as base64 to 32 bytes: a truncated hex signature.
        let token = "0".repeat(43);
        assert!(decode_base64_digest(token.as_bytes()).is_some());
        assert_eq!(only_reason(&token), Reason::WrongLength);
    }

    #[test]
    fn non_utf8_header_does_not_panic() {
        let header: &[u8] = b"\xff\xfe\x80abc, sha256=\xc3\x28";
        let v = verify(&[header], COMPACT, &dev());
        assert_eq!(v.verdict, Verdict::Malformed);
        assert_eq!(v.reasons.len(), 2);
        assert!(v.reasons.iter().all(|r| r.reason == Reason::NonHex));
        assert!(v.reasons[0].token.contains('\u{FFFD}'));
    }

    #[test]
    fn invalid_when_well_formed_but_wrong() {
        let wrong = sign_hex(b"nope", COMPACT);
        let v = check(&format!("sha1=abc, {wrong}"), COMPACT, &dev());
        assert_eq!(v.verdict, Verdict::Invalid);
        assert_eq!(v.matched, None);
        // Malformed tokens are still reported alongside well-formed ones.
        assert_eq!(v.reasons.len(), 1);
        assert_eq!(v.reasons[0].token, "sha1=abc");
        assert_eq!(v.reasons[0].reason, Reason::UnsupportedAlgorithm);
    }

    #[test]
    fn rotation_several_secrets() {
        let secrets = [
            named("--secret", OLD),
            named("--secret #2", DEV),
            named("profile default", "whsec_other"),
        ];
        let v = check(COMPACT_SIG, COMPACT, &secrets);
        let m = v.matched.expect("matched");
        assert_eq!(
            (m.secret_index, m.secret_label.as_str()),
            (1, "--secret #2")
        );
        assert_eq!(m.token_index, 0);

        let old = sign_hex(OLD.as_bytes(), COMPACT);
        let v = check(&format!("deadbeef {old}"), COMPACT, &secrets);
        let m = v.matched.expect("matched");
        assert_eq!((m.secret_index, m.token_index), (0, 1));
        assert_eq!(v.reasons.len(), 1);

        let v = check(COMPACT_SIG, COMPACT, &[]);
        assert_eq!(v.verdict, Verdict::Invalid);
    }

    #[test]
    fn several_header_lines_are_one_value() {
        let wrong = sign_hex(b"nope", COMPACT);
        let v = verify(
            &[wrong.as_bytes(), b"sha256=", COMPACT_SIG.as_bytes()],
            COMPACT,
            &dev(),
        );
        assert_eq!(v.verdict, Verdict::Valid);
        let m = v.matched.expect("matched");
        assert_eq!(m.form, Form::Sha256Prefix);
        assert_eq!(m.token_index, 1);
        // Lines are joined with a comma, so tokens never glue across lines.
        let half = COMPACT_SIG.split_at(32);
        let v = verify(&[half.0.as_bytes(), half.1.as_bytes()], COMPACT, &dev());
        assert_eq!(v.verdict, Verdict::Malformed);
        assert_eq!(v.reasons.len(), 2);
    }

    #[test]
    fn long_tokens_are_cut_and_reasons_capped() {
        let long = "z".repeat(10_000);
        let v = check(&long, COMPACT, &dev());
        assert_eq!(v.reasons[0].token.chars().count(), MAX_TOKEN_CHARS + 1);
        let many = "x,".repeat(10_000);
        let v = check(&many, COMPACT, &dev());
        assert_eq!(v.reasons.len(), MAX_REASONS);
    }

    #[test]
    fn diagnose_nothing_when_valid() {
        assert!(diagnose(&[COMPACT_SIG.as_bytes()], COMPACT, &dev(), None).is_empty());
    }

    fn diagnosed(body: &[u8], signed: &[u8], key: &str) -> Vec<&'static str> {
        let header = sign_hex(key.as_bytes(), signed);
        codes(&diagnose(&[header.as_bytes()], body, &dev(), None))
    }

    #[test]
    fn diagnose_byte_level() {
        let with_lf = [COMPACT, b"\n"].concat();
        let with_crlf = [COMPACT, b"\r\n"].concat();
        assert_eq!(diagnosed(&with_lf, COMPACT, DEV), ["trailing_newline"]);
        assert_eq!(diagnosed(&with_crlf, COMPACT, DEV), ["trailing_newline"]);
        assert_eq!(diagnosed(COMPACT, &with_lf, DEV), ["trailing_newline"]);
        assert_eq!(diagnosed(COMPACT, &with_crlf, DEV), ["trailing_newline"]);

        let lf = b"line one\nline two\n";
        let crlf = b"line one\r\nline two\r\n";
        assert_eq!(diagnosed(crlf, lf, DEV), ["crlf"]);
        assert_eq!(diagnosed(lf, crlf, DEV), ["crlf"]);

        let with_bom = [BOM, COMPACT].concat();
        assert_eq!(diagnosed(&with_bom, COMPACT, DEV), ["bom"]);
        assert_eq!(diagnosed(COMPACT, &with_bom, DEV), ["bom"]);

        // An unrelated signature explains nothing.
        assert!(diagnosed(COMPACT, b"something else", DEV).is_empty());
    }

    fn pretty(value: &Value, indent: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let formatter = serde_json::ser::PrettyFormatter::with_indent(indent);
        let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
        value.serialize(&mut ser).expect("serializes");
        out
    }

    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut entries: Vec<_> = map.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.clone(), sorted(v)))
                        .collect(),
                )
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }

    #[test]
    fn json_writer_agrees_with_serde_json() {
        let value: Value = serde_json::from_slice(&data_file("envelope-order-shipped.json"))
            .expect("envelope parses");
        let value = json!({"z": [1, 2.5, {}, [], null, true, "é/\u{1}\"\\\n"], "a": value});
        let style = |indent, sort| JsonStyle {
            indent,
            spaced: false,
            sort,
            ascii: false,
            escape_slash: false,
        };
        let write = |style: &JsonStyle| {
            let mut out = Vec::new();
            write_json(&mut out, &value, style, 0);
            out
        };
        assert_eq!(
            write(&style(0, false)),
            serde_json::to_vec(&value).ok().unwrap_or_default()
        );
        assert_eq!(write(&style(2, false)), pretty(&value, b"  "));
        assert_eq!(write(&style(4, false)), pretty(&value, b"    "));
        assert_eq!(write(&style(4, true)), pretty(&sorted(&value), b"    "));
        let python = JsonStyle {
            indent: 0,
            spaced: true,
            sort: true,
            ascii: true,
            escape_slash: true,
        };
        let mut out = Vec::new();
        write_json(&mut out, &json!({"b": "😀/é", "a": [1, 2]}), &python, 0);
        assert_eq!(
            String::from_utf8_lossy(&out),
            r#"{"a": [1, 2], "b": "\ud83d\ude00\/\u00e9"}"#
        );
    }

    #[test]
    fn diagnose_reserialized() {
        let envelope = data_file("envelope-order-shipped.json");
        let value: Value = serde_json::from_slice(&envelope).expect("envelope parses");
        let compact = serde_json::to_vec(&value).expect("serializes");
        let sorted_compact = serde_json::to_vec(&sorted(&value)).expect("serializes");
        // The store signed the file's bytes; the receiver re-encoded them. (Key order lost to
        // sorting cannot be recovered, so only order-keeping re-encodings are tested this way.)
        for body in [compact.clone(), pretty(&value, b"    ")] {
            assert_eq!(
                diagnosed(&body, &envelope, DEV).first().copied(),
                Some("reserialized")
            );
        }
        // And the other way round: signed compact, received pretty.
        assert_eq!(diagnosed(&envelope, &compact, DEV), ["reserialized"]);
        assert_eq!(diagnosed(&envelope, &sorted_compact, DEV), ["reserialized"]);

        // Non-ASCII: signed with \u escapes (Python), received raw, and back.
        let raw = r#"{"name":"Comté","note":"a/b"}"#.as_bytes();
        let escaped = br#"{"name": "Comt\u00e9", "note": "a\/b"}"#;
        assert_eq!(diagnosed(raw, escaped, DEV), ["reserialized"]);
        assert_eq!(diagnosed(escaped, raw, DEV), ["reserialized"]);

        // Not JSON: no re-serialization is tried.
        assert!(diagnosed(b"not json", b"not json ", DEV).is_empty());
    }

    #[test]
    fn diagnose_secret_readings() {
        let whsec = "whsec_c2VjcmV0LWtleS1ieXRlcw==";
        let secrets = [named("--secret", whsec)];
        let run = |key: &[u8], api_key: Option<&Secret>| {
            let header = sign_hex(key, COMPACT);
            let d = diagnose(&[header.as_bytes()], COMPACT, &secrets, api_key);
            codes(&d)
        };
        assert_eq!(
            run(b"c2VjcmV0LWtleS1ieXRlcw==", None),
            ["secret_without_prefix"]
        );
        assert_eq!(run(b"secret-key-bytes", None), ["secret_base64"]);
        assert_eq!(
            run(format!("{whsec}\n").as_bytes(), None),
            ["secret_stray_newline"]
        );
        assert_eq!(
            run(format!("{whsec} ").as_bytes(), None),
            ["secret_stray_newline"]
        );
        let api_key = Secret::new("ck_live_abcdef");
        assert_eq!(
            run(b"ck_live_abcdef", Some(&api_key)),
            ["api_key_as_secret"]
        );
        assert!(run(b"ck_live_abcdef", None).is_empty());

        // A secret without the prefix, signed with it.
        let plain = [named("CHEESE_WEBHOOK_SECRET", "abc123")];
        let header = sign_hex(b"whsec_abc123", COMPACT);
        let d = diagnose(&[header.as_bytes()], COMPACT, &plain, None);
        assert_eq!(codes(&d), ["secret_without_prefix"]);
        assert!(d[0].message.contains("CHEESE_WEBHOOK_SECRET"));

        // A configured secret with stray whitespace.
        let spaced = [named("profile default", "whsec_abc \n")];
        let header = sign_hex(b"whsec_abc", COMPACT);
        let d = diagnose(&[header.as_bytes()], COMPACT, &spaced, None);
        assert_eq!(codes(&d), ["secret_stray_newline"]);
    }

    #[test]
    fn diagnose_api_key_prefix_without_any_match() {
        let secrets = [named("--secret", "ck_test_9Qz4LmN2pR7vX1")];
        let d = diagnose(&[COMPACT_SIG.as_bytes()], COMPACT, &secrets, None);
        assert_eq!(codes(&d), ["api_key_as_secret"]);
        assert!(d[0].message.contains("ck_test_…"));
        assert!(!d[0].message.contains("9Qz4"), "the secret must not leak");
        // Even with no usable header at all.
        let d = diagnose(&[], COMPACT, &secrets, None);
        assert_eq!(codes(&d), ["api_key_as_secret"]);
    }

    #[test]
    fn diagnose_base64_header() {
        let b64 = STANDARD.encode(sign(DEV.as_bytes(), COMPACT));
        let d = diagnose(&[b64.as_bytes()], COMPACT, &dev(), None);
        assert_eq!(codes(&d), ["base64"]);
        // A base64 digest of the body plus newline is still explained.
        let b64 = STANDARD.encode(sign(DEV.as_bytes(), &[COMPACT, b"\n"].concat()));
        let d = diagnose(&[b64.as_bytes()], COMPACT, &dev(), None);
        assert_eq!(codes(&d), ["trailing_newline"]);
    }

    #[test]
    fn diagnose_lists_all_in_order() {
        // Signed with the API key over the body without its trailing newline: both are named,
        // byte-level first.
        let api_key = Secret::new("ck_test_key");
        let header = sign_hex(b"ck_test_key", COMPACT);
        let body = [COMPACT, b"\n"].concat();
        let secrets = [named("--secret", "ck_test_key")];
        let d = diagnose(&[header.as_bytes()], &body, &secrets, Some(&api_key));
        assert_eq!(codes(&d), ["trailing_newline", "api_key_as_secret"]);
    }

    fn header_strategy() -> impl Strategy<Value = Vec<Vec<u8>>> {
        let token = prop_oneof![
            "[0-9a-fA-F]{60,68}",
            "[0-9a-f]{64}",
            "(sha256|SHA256|sha1|v1)=[0-9a-f]{62,65}",
            "(sha256|sha1)=",
            "[A-Za-z0-9+/_-]{42,44}=?",
            "\\PC{0,80}",
        ];
        let line = prop::collection::vec((token, "[ ,\t]{0,3}"), 0..5).prop_map(|parts| {
            parts
                .into_iter()
                .flat_map(|(t, sep)| [t, sep])
                .collect::<String>()
                .into_bytes()
        });
        prop_oneof![
            prop::collection::vec(line, 0..4),
            prop::collection::vec(prop::collection::vec(any::<u8>(), 0..200), 0..4),
        ]
    }

    proptest! {
        #[test]
        fn malformed_headers_never_panic_and_give_reasons(
            headers in header_strategy(),
            body in prop::collection::vec(any::<u8>(), 0..300),
        ) {
            let refs: Vec<&[u8]> = headers.iter().map(Vec::as_slice).collect();
            let secrets = dev();
            let v = verify(&refs, &body, &secrets);
            match v.verdict {
                Verdict::Malformed => {
                    prop_assert!(!v.reasons.is_empty());
                    prop_assert!(v.matched.is_none());
                }
                Verdict::Invalid => prop_assert!(v.matched.is_none()),
                Verdict::Valid => prop_assert!(v.matched.is_some()),
            }
            let d = diagnose(&refs, &body, &secrets, Some(&Secret::new("ck_test_x")));
            prop_assert!(d.iter().all(|d| !d.message.is_empty()));
        }

        #[test]
        fn sign_then_verify_roundtrips(
            secret in "\\PC{0,40}",
            body in prop::collection::vec(any::<u8>(), 0..300),
            upper in any::<bool>(),
            prefix in any::<bool>(),
        ) {
            let mut header = sign_hex(secret.as_bytes(), &body);
            if upper {
                header = header.to_uppercase();
            }
            if prefix {
                header = format!("sha256={header}");
            }
            let secrets = [named("s", &secret)];
            let v = verify(&[header.as_bytes()], &body, &secrets);
            prop_assert_eq!(v.verdict, Verdict::Valid);
            let mut tampered = body.clone();
            tampered.push(0);
            let v = verify(&[header.as_bytes()], &tampered, &secrets);
            prop_assert_eq!(v.verdict, Verdict::Invalid);
        }
    }
}
