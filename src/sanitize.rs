//! Escaping of untrusted text (webhook payloads, server messages, header values) before it
//! reaches a terminal, so a payload cannot move the cursor, change colors or hide text with
//! bidi overrides (as fd's sanitize does).

use std::fmt::Write;

/// Escapes control characters (except tab and newline when `keep_newlines`) and Unicode
/// bidi/format controls as `\u{…}` or `\xNN`; everything else passes unchanged.
pub fn escape_with(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\t' if keep_newlines => out.push('\t'),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\x7f' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_dangerous(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Escapes every control character, newlines included: for one-line fields.
pub fn escape(text: &str) -> String {
    escape_with(text, false)
}

/// Escapes raw bytes for display: valid UTF-8 runs as text (escaped), other bytes as `\xNN`.
pub fn escape_bytes(bytes: &[u8], keep_newlines: bool) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(&escape_with(chunk.valid(), keep_newlines));
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

fn is_dangerous(c: char) -> bool {
    matches!(c as u32,
        0x80..=0x9f            // C1 controls
        | 0x200b..=0x200f      // zero width, LRM, RLM
        | 0x2028..=0x202e      // separators, bidi embeddings and overrides
        | 0x2060..=0x206f      // word joiner, invisible operators, bidi isolates
        | 0xfeff               // BOM / zero width no-break space
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(escape("a\x1b[31mb"), "a\\x1b[31mb");
        assert_eq!(escape("line\nnext"), "line\\nnext");
        assert_eq!(escape_with("line\nnext", true), "line\nnext");
        assert_eq!(escape("evil\u{202e}txt"), "evil\\u{202e}txt");
        assert_eq!(escape("comté"), "comté");
        assert_eq!(escape_bytes(b"ok\xff\x00", false), "ok\\xff\\x00");
    }
}
