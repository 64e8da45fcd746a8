use crate::catalog::string_keyed;
use http::StatusCode;

include!(concat!(env!("OUT_DIR"), "/okta_error_code.rs"));

define_okta_error_code! {
    /// An Okta API error code: the `errorCode` of an Okta error body, such as `E0000007`.
    ///
    /// One variant per code of Okta's error-code table (release 2026.08.1: 251 codes, none ever
    /// removed). Variant names come from the title and stay fixed when Okta retitles a code; each
    /// code is also an associated constant named after it ([`ErrorCode::E0000007`]), usable in
    /// patterns.
    ///
    /// `Display`, `FromStr` and serde use the wire code.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// let code = ErrorCode::from_code("E0000047").unwrap();
    /// assert_eq!(code, ErrorCode::E0000047);
    /// assert_eq!(code.status().as_u16(), 429);
    /// assert_eq!(code.to_string(), "E0000047");
    /// ```
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    #[non_exhaustive]
    pub enum ErrorCode
}

impl ErrorCode {
    /// Every code, in code order.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::ALL.len(), 251);
    /// assert_eq!(ErrorCode::ALL[0].code(), "E0000001");
    /// ```
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire code; `None` for a code the catalog lacks.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code("E0000011"), Some(ErrorCode::InvalidToken));
    /// assert_eq!(ErrorCode::from_code("E0000106"), None); // a gap in Okta's numbering
    /// assert_eq!(ErrorCode::from_code("e0000011"), None); // wire codes are exact
    /// ```
    pub const fn from_code(code: &str) -> Option<Self> {
        // Every code is `E` and 7 digits (build.rs checks), so the number alone finds it.
        let bytes = code.as_bytes();
        if bytes.len() != 8 || bytes[0] != b'E' {
            return None;
        }
        let mut number = 0u32;
        let mut i = 1;
        while i < bytes.len() {
            let digit = bytes[i].wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            number = number * 10 + digit as u32;
            i += 1;
        }
        lookup(number)
    }

    /// The wire code, such as `"E0000007"`; also the `errorLink` Okta sends.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::ResourceNotFound.code(), "E0000007");
    /// ```
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The title in Okta's newest table, such as `"Resource not found exception"`.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000007.title(), "Resource not found exception");
    /// ```
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// The HTTP status Okta answers with.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000004.status(), http::StatusCode::UNAUTHORIZED);
    /// ```
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// The `errorSummary` template, exactly as Okta lists it: `{0}`, `{1}`.. stand for the
    /// per-response details (a placeholder may be used more than once).
    ///
    /// Kept verbatim, including the source's double spaces (`E0000019` has one after `request.`;
    /// recorded responses show a single space there).
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000007.summary(), "Not found: {0}");
    /// ```
    pub const fn summary(self) -> &'static str {
        SUMMARIES[self as usize]
    }

    /// The longer description Okta publishes for a few codes (`E0000001`, `E0000022`); its
    /// error-code page shows it in place of the summary.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert!(ErrorCode::E0000022.description().is_some());
    /// assert_eq!(ErrorCode::E0000007.description(), None);
    /// ```
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// How many distinct placeholders the summary template has: the number of arguments it takes.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000004.arity(), 0);
    /// assert_eq!(ErrorCode::E0000007.arity(), 1);
    /// assert_eq!(ErrorCode::E0000250.arity(), 4); // {0} appears twice
    /// ```
    pub const fn arity(self) -> usize {
        ARITIES[self as usize] as usize
    }

    /// The oldest Okta release whose table (among those this crate was built from) lists the code.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000007.since(), "2024.08.1");
    /// assert_eq!(ErrorCode::E0000269.since(), "2026.08.1");
    /// ```
    pub const fn since(self) -> &'static str {
        SINCE[self as usize]
    }

    /// The code's title in an older release, where Okta has since retitled it.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000167.former_title(), Some("Deactivate idp in use exception"));
    /// assert_eq!(ErrorCode::E0000007.former_title(), None);
    /// ```
    pub const fn former_title(self) -> Option<&'static str> {
        FORMER_TITLES[self as usize]
    }
}

string_keyed!(ErrorCode, "Okta API error", code, from_code);
