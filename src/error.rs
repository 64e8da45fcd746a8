use std::fmt;

/// A code that the catalog it was looked up in does not list.
///
/// Returned by the `FromStr` and `TryFrom` implementations of the catalog enums. It keeps the
/// code exactly as given, so nothing is lost when reporting it.
///
/// ```
/// use identity_errors::okta;
///
/// let error = "E9999999".parse::<okta::ErrorCode>().unwrap_err();
/// assert_eq!(error.code(), "E9999999");
/// assert_eq!(error.to_string(), "unknown Okta API error code \"E9999999\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {catalog} code {code:?}")]
pub struct UnknownCode {
    catalog: &'static str,
    code: Box<str>,
}

impl UnknownCode {
    pub(crate) fn new(catalog: &'static str, code: impl fmt::Display) -> Self {
        Self {
            catalog,
            code: code.to_string().into_boxed_str(),
        }
    }

    /// The code as it was given (an integer code in decimal).
    ///
    /// ```
    /// use identity_errors::identity_cloud;
    ///
    /// let error = identity_cloud::ErrorCode::try_from(999).unwrap_err();
    /// assert_eq!(error.code(), "999");
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Which catalog lacked the code, for a person: `"Okta API error"`, `"LUSID error"`, ..
    ///
    /// ```
    /// use identity_errors::lusid;
    ///
    /// let error = "12".parse::<lusid::ErrorCode>().unwrap_err();
    /// assert_eq!(error.catalog(), "LUSID error");
    /// ```
    pub fn catalog(&self) -> &'static str {
        self.catalog
    }
}

/// A vendor error body, redirect URL or `WWW-Authenticate` header that could not be read.
///
/// ```
/// use identity_errors::{okta, ParseError};
///
/// let error = okta::ErrorBody::from_slice(b"{\"errorCode\":7}").unwrap_err();
/// assert!(matches!(error, ParseError::Json { .. }));
/// assert_eq!(error.to_string(), "malformed Okta error body");
/// // What is wrong and where is the source, as the standard library asks: never both.
/// let source = std::error::Error::source(&error).unwrap();
/// assert_eq!(source.to_string(), "invalid type: integer `7`, expected a string at line 1 column 14");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The bytes are not JSON of the expected shape: a syntax error, a value of the wrong type,
    /// a missing or repeated field. What is wrong, and where, is the [`source`](Self::Json::source).
    #[error("malformed {}", .what.trim_start_matches("an ").trim_start_matches("a "))]
    Json {
        /// What was being read, such as "an Okta error body".
        what: &'static str,
        /// serde_json's account of what is wrong and where.
        #[source]
        source: serde_json::Error,
    },
    /// The body's bytes are not UTF-8, as JSON text must be (RFC 8259, section 8.1), and
    /// nothing before the first bad byte is wrong. The [`source`](Self::Utf8::source) says where
    /// that byte is, as an offset from the start of the body (counting from 0). A body with a
    /// problem before it (a syntax error, a value of the wrong type, a page that is not JSON) or
    /// one that ends in the middle of a character is a [`Json`](Self::Json) error.
    #[error("malformed {}", .what.trim_start_matches("an ").trim_start_matches("a "))]
    Utf8 {
        /// What was being read, such as "an Okta error body".
        what: &'static str,
        /// Where the bytes stop being UTF-8 (`valid_up_to()`, a byte offset).
        #[source]
        source: std::str::Utf8Error,
    },
    /// A redirect URL or header that is not of the expected form.
    #[error("malformed {}: {reason}", .what.trim_start_matches("an ").trim_start_matches("a "))]
    Malformed {
        /// What was being read, such as "a WWW-Authenticate header".
        what: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}

impl ParseError {
    pub(crate) fn json(what: &'static str, source: serde_json::Error) -> Self {
        Self::Json { what, source }
    }

    pub(crate) fn utf8(what: &'static str, source: std::str::Utf8Error) -> Self {
        Self::Utf8 { what, source }
    }

    pub(crate) fn malformed(what: &'static str, reason: impl Into<String>) -> Self {
        Self::Malformed {
            what,
            reason: reason.into(),
        }
    }
}
