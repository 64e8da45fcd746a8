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
        let bytes = match code.as_bytes().first_chunk::<8>() {
            Some(bytes) if code.len() == 8 && bytes[0] == b'E' => *bytes,
            _ => return None,
        };
        // The eight bytes as one word, the `E` read as a leading `0`, parsed as eight digits at
        // once: every byte must be 0x30-0x39 (high nibble 3, and still 3 after adding 6).
        const HIGH: u64 = 0xF0F0_F0F0_F0F0_F0F0;
        const ZEROS: u64 = 0x3030_3030_3030_3030;
        let word = (u64::from_le_bytes(bytes) & !0xFF) | 0x30;
        if word & HIGH != ZEROS || word.wrapping_add(0x0606_0606_0606_0606) & HIGH != ZEROS {
            return None;
        }
        // Pairwise: digits to 2-digit, 4-digit, then 8-digit numbers.
        let mut n = word & 0x0F0F_0F0F_0F0F_0F0F;
        n = (n.wrapping_mul(10) + (n >> 8)) & 0x00FF_00FF_00FF_00FF;
        n = (n.wrapping_mul(100) + (n >> 16)) & 0x0000_FFFF_0000_FFFF;
        n = (n.wrapping_mul(10_000) + (n >> 32)) & 0xFFFF_FFFF;
        lookup(n as u32)
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

    /// The summary template split into text and placeholders, for filling.
    pub(crate) const fn pieces(self) -> &'static [crate::template::Piece] {
        PIECES[self as usize]
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
