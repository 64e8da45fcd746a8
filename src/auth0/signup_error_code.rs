use crate::catalog::catalog;
use crate::{Kind, Retry};

// `SignupErrorCode` (its documentation is signup_error_code.md), the column tables (CODES,
// DESCRIPTIONS, ..) and `lookup` are generated from data/auth0_signup_errors.tsv into
// generated/signup_error_code.rs by identity-errors-codegen.
include!("generated/signup_error_code.rs");

impl SignupErrorCode {
    /// Every code, in the order of the page.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact code; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::auth0::SignupErrorCode;
    ///
    /// assert_eq!(SignupErrorCode::from_code("user_exists"), Some(SignupErrorCode::UserExists));
    /// assert_eq!(SignupErrorCode::from_code("USER_EXISTS"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The code, such as `"user_exists"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The page's Description cell, as written (its Markdown links kept), such as
    /// `"The chosen password is too common"`.
    pub const fn title(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }
}

catalog!(
    SignupErrorCode, Auth0, "Auth0 sign-up error", str,
    description: |_| None,
    status: |_| None,
);
