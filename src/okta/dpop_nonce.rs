//! [`DpopNonce`]: the `DPoP-Nonce` an authorization or resource server hands a DPoP client.

use crate::{id, ParseError};
use std::fmt;
use std::str::FromStr;

/// A DPoP nonce (RFC 9449, section 8): one or more `NQCHAR`s, the visible ASCII characters but
/// `"` and `\`, sent in the `DPoP-Nonce` response header and echoed back by the client in the
/// `nonce` claim of its next proof.
///
/// Okta answers a token request whose proof lacks the nonce with `use_dpop_nonce` and this
/// header; [`OAuthErrorBody`](crate::okta::OAuthErrorBody) writes it on that answer (a
/// generated one unless set with
/// [`with_dpop_nonce`](crate::okta::OAuthErrorBody::with_dpop_nonce)) and reads it back in
/// [`from_parts`](crate::okta::OAuthErrorBody::from_parts).
///
/// ```
/// use identity_errors::okta::DpopNonce;
///
/// let nonce: DpopNonce = "eyJ7S_zG.9aBc".parse()?;
/// assert_eq!(nonce.as_str(), "eyJ7S_zG.9aBc");
/// assert!("".parse::<DpopNonce>().is_err());
/// assert!("two words".parse::<DpopNonce>().is_err());
/// assert_ne!(DpopNonce::generate(), DpopNonce::generate());
/// # Ok::<(), identity_errors::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DpopNonce(String);

impl DpopNonce {
    /// A new random nonce: 32 characters of `[A-Za-z0-9_-]` (192 bits from the operating
    /// system's generator), what the crate sends when no nonce was set.
    pub fn generate() -> Self {
        Self(id::dpop_nonce())
    }

    /// Checks `nonce` against RFC 9449's syntax, `1*NQCHAR`; the error says which character is
    /// not allowed and where.
    pub fn new(nonce: impl Into<String>) -> Result<Self, ParseError> {
        let nonce = nonce.into();
        if nonce.is_empty() {
            return Err(ParseError::malformed(WHAT, "it is empty"));
        }
        if let Some((at, c)) = nonce.char_indices().find(|&(_, c)| !is_nqchar(c)) {
            return Err(ParseError::malformed(
                WHAT,
                format!("{c:?} at byte {at} is not allowed (RFC 9449, section 8: visible ASCII but '\"' and '\\')"),
            ));
        }
        Ok(Self(nonce))
    }

    /// The nonce, as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

const WHAT: &str = "a DPoP nonce";

/// `NQCHAR = %x21 / %x23-5B / %x5D-7E` (RFC 9449, section 8.1).
fn is_nqchar(c: char) -> bool {
    matches!(c, '\x21' | '\x23'..='\x5B' | '\x5D'..='\x7E')
}

impl FromStr for DpopNonce {
    type Err = ParseError;

    /// The same as [`DpopNonce::new`].
    fn from_str(nonce: &str) -> Result<Self, ParseError> {
        Self::new(nonce)
    }
}

impl fmt::Display for DpopNonce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for DpopNonce {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<DpopNonce> for String {
    fn from(nonce: DpopNonce) -> Self {
        nonce.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_syntax_is_rfc_9449s() {
        // Every visible ASCII character but '"' and '\' is allowed; space, controls, DEL and
        // anything beyond ASCII are not.
        for byte in 0u8..=127 {
            let text = char::from(byte).to_string();
            let allowed = (0x21..=0x7E).contains(&byte) && byte != b'"' && byte != b'\\';
            assert_eq!(DpopNonce::new(text).is_ok(), allowed, "byte {byte:#x}");
        }
        assert!(DpopNonce::new("é").is_err());
        let error = DpopNonce::new("ab cd").unwrap_err();
        assert_eq!(
            error.to_string(),
            "malformed DPoP nonce: ' ' at byte 2 is not allowed (RFC 9449, section 8: visible ASCII but '\"' and '\\')"
        );
    }

    #[test]
    fn generated_nonces_are_valid() {
        let nonce = DpopNonce::generate();
        assert_eq!(DpopNonce::new(nonce.as_str()).ok(), Some(nonce));
    }
}
