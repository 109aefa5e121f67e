//! `Secret`: a string that never prints itself (Debug and Display are redacted).
//!
//! API keys and webhook secrets live in this type from the moment they are read
//! until the moment their bytes are needed for a header or an HMAC key.

use std::fmt;

/// A credential. `expose()` is the only way to the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The real value, for an HMAC key or an `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A masked form for `config show`: the known prefix and the last four characters.
    pub fn masked(&self) -> String {
        let s = &self.0;
        let prefix_len = ["whsec_", "ck_live_", "ck_test_"]
            .iter()
            .find(|p| s.starts_with(*p))
            .map_or(0, |p| p.len());
        let chars: Vec<char> = s.chars().collect();
        if chars.len() <= prefix_len + 8 {
            return format!("{}****", &s[..prefix_len]);
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("{}****{}", &s[..prefix_len], tail)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_itself() {
        let s = Secret::new("whsec_abcdefghijklmnop");
        assert_eq!(format!("{s}"), "<redacted>");
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert_eq!(s.masked(), "whsec_****mnop");
        assert_eq!(Secret::new("short").masked(), "****");
        assert_eq!(s.expose(), "whsec_abcdefghijklmnop");
    }
}
