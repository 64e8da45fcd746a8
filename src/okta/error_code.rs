use crate::catalog::catalog;
use crate::template::Piece::{self, Arg, Text};
use crate::{template, TemplateError};
use crate::{Kind, Retry};
use http::StatusCode;

// `ErrorCode` (its documentation is error_code.md), the `E0000001`.. constants, the column tables
// (CODES, TITLES, ..) and `lookup` are generated from data/okta_errors.tsv into
// generated/error_code.rs by identity-errors-codegen.
include!("generated/error_code.rs");

impl ErrorCode {
    /// Every code, in code order.
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
        // Every code is `E` and 7 digits (the generator checks), so the number alone finds it.
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
        lookup(n as i64)
    }

    /// The wire code, such as `"E0000007"`; also the `errorLink` Okta sends.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The title in Okta's newest table, such as `"Resource not found exception"`.
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// The longer description Okta publishes for a few codes (`E0000001`, `E0000022`); its
    /// error-code page shows it in place of the summary.
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// The HTTP status Okta answers with.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// The `errorSummary` template, exactly as Okta lists it: `{0}`, `{1}`.. stand for the
    /// per-response details (a placeholder may be used more than once).
    ///
    /// Kept verbatim, including the source's double spaces (`E0000019` has one after `request.`;
    /// a recorded response shows a single space there: see [`sent_summary`](Self::sent_summary)).
    pub const fn summary(self) -> &'static str {
        SUMMARIES[self as usize]
    }

    /// The template as Okta's responses send it, which bodies are built from: the
    /// [`summary`](Self::summary), except where a recorded response shows otherwise
    /// (`E0000019`, one space where the table has two).
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000019.summary(), "Bad request.  Accept and/or Content-Type headers likely do not match supported values.");
    /// assert_eq!(ErrorCode::E0000019.sent_summary(), "Bad request. Accept and/or Content-Type headers likely do not match supported values.");
    /// assert_eq!(ErrorCode::E0000007.sent_summary(), ErrorCode::E0000007.summary());
    /// ```
    pub const fn sent_summary(self) -> &'static str {
        SENT_SUMMARIES[self as usize]
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
    pub const fn since(self) -> &'static str {
        SINCE[self as usize]
    }

    /// Whether Okta's table marks the code `includesExceptionMessage`: real summaries of such a
    /// code may append an exception message to the filled template (a real `E0000148` body
    /// does). Take a parsed [`ErrorBody::summary`](crate::okta::ErrorBody::summary) as text to
    /// show, not as the template filled: it can differ even where the flag is not set (a real
    /// `E0000053` body's summary is not its template either).
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert!(ErrorCode::E0000148.includes_exception_message());
    /// assert!(!ErrorCode::E0000053.includes_exception_message());
    /// ```
    pub const fn includes_exception_message(self) -> bool {
        INCLUDES_EXCEPTION_MESSAGE[self as usize]
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

    /// The template as sent ([`sent_summary`](Self::sent_summary)) filled with `args`, each
    /// inserted verbatim: `{n}` becomes `args[n]`. Fails if the number of arguments is not the
    /// template's [`arity`](Self::arity).
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000007.fill(&["User 00u1"])?, "Not found: User 00u1");
    /// assert!(ErrorCode::E0000007.fill(&[]).is_err());
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn fill(self, args: &[&str]) -> Result<String, TemplateError> {
        let pieces: &[Piece] = PIECES[self as usize];
        template::fill(self.code(), self.sent_summary(), pieces, self.arity(), args)
    }
}

catalog!(
    ErrorCode, Okta, "Okta API error", str,
    description: ErrorCode::description,
    status: |code| Some(code.status()),
);
