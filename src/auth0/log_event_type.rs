use std::fmt;
use std::str::FromStr;

// `LogEventType` (its documentation is log_event_type.md), the column tables (CODES, EVENTS, ..)
// and `lookup` are generated from data/auth0_log_event_types.tsv into
// generated/log_event_type.rs by identity-errors-codegen.
include!("generated/log_event_type.rs");

/// The name an unknown code is reported under.
const NAME: &str = "Auth0 log event type";

impl LogEventType {
    /// Every code, in the order of the page.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact code; `None` for one the table lacks.
    ///
    /// ```
    /// use identity_errors::auth0::LogEventType;
    ///
    /// assert_eq!(LogEventType::from_code("fp"), Some(LogEventType::Fp));
    /// assert_eq!(LogEventType::from_code("FP"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The code, such as `"fp"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The page's Event cell, as written, such as `"Failed Login (Incorrect Password)"`.
    pub const fn event(self) -> &'static str {
        EVENTS[self as usize]
    }

    /// The page's Event Description cell, as written; `None` where the page leaves it empty.
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// The description of the code's schema in Auth0's tenant logs schema; `None` for the five
    /// codes it has no schema for (`fc`, ..).
    pub const fn schema_description(self) -> Option<&'static str> {
        SCHEMA_DESCRIPTIONS[self as usize]
    }
}

impl fmt::Display for LogEventType {
    /// Writes the code (padding and alignment flags apply).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl FromStr for LogEventType {
    type Err = crate::UnknownCode;

    /// Looks up the code exactly.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| crate::UnknownCode::new(NAME, s))
    }
}

impl serde::Serialize for LogEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for LogEventType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::catalog::deserialize_str(deserializer, NAME, Self::from_code)
    }
}
