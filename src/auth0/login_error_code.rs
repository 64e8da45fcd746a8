use super::AuthErrorCode;
use crate::catalog::catalog;
use crate::{Kind, Retry};

// `LoginErrorCode` (its documentation is login_error_code.md), the column tables (CODES,
// AUTH_ERRORS, ..) and `lookup` are generated from data/auth0_login_errors.tsv into
// generated/login_error_code.rs by identity-errors-codegen.
include!("generated/login_error_code.rs");

impl LoginErrorCode {
    /// Every code, in the order of the page.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact code; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::auth0::LoginErrorCode;
    ///
    /// assert_eq!(LoginErrorCode::from_code("mfa_required"), Some(LoginErrorCode::MfaRequired));
    /// assert_eq!(
    ///     LoginErrorCode::from_code("PasswordStrengthError"),
    ///     Some(LoginErrorCode::PasswordStrengthError)
    /// );
    /// assert_eq!(LoginErrorCode::from_code("password_strength_error"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The code, such as `"mfa_required"` or `"PasswordStrengthError"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The same value among the Authentication API's `error` values, where its errors page has
    /// it (`too_many_attempts`); this code's kind and retry are then that code's.
    ///
    /// ```
    /// use identity_errors::auth0::{AuthErrorCode, LoginErrorCode};
    ///
    /// assert_eq!(LoginErrorCode::TooManyAttempts.auth_error(), Some(AuthErrorCode::TooManyAttempts));
    /// assert_eq!(LoginErrorCode::MfaRequired.auth_error(), None);
    /// ```
    pub const fn auth_error(self) -> Option<AuthErrorCode> {
        AUTH_ERRORS[self as usize]
    }

    /// The page's Description cell, as written (its Markdown links and one HTML `<Tooltip>`
    /// kept), such as `"The account is blocked due to too many attempts to sign in"`.
    pub const fn title(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }
}

catalog!(
    LoginErrorCode, Auth0, "Auth0 login error", str,
    description: |_| None,
    status: |_| None,
);
