use crate::catalog::catalog;
use crate::{Kind, Retry};

// `GuardianErrorCode` (its documentation is guardian_error_code.md), the column tables (CODES,
// DESCRIPTIONS, ..) and `lookup` are generated from data/auth0_guardian_errors.tsv into
// generated/guardian_error_code.rs by identity-errors-codegen.
include!("generated/guardian_error_code.rs");

impl GuardianErrorCode {
    /// Every code, in the order of the page.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact code; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::auth0::GuardianErrorCode;
    ///
    /// assert_eq!(GuardianErrorCode::from_code("invalid_otp"), Some(GuardianErrorCode::InvalidOtp));
    /// assert_eq!(GuardianErrorCode::from_code("INVALID_OTP"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The code, such as `"invalid_otp"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The page's Description cell, as written (its typos kept), such as
    /// `"Provided otp code was not valid"`.
    pub const fn title(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }
}

catalog!(
    GuardianErrorCode, Auth0, "Auth0 Guardian error", str,
    description: |_| None,
    status: |_| None,
);
