use crate::catalog::catalog;
use crate::okta::ErrorCode;
use crate::{Kind, Retry};

// `LoginFailure` (its documentation is login_failure.md), the column tables (CODES, TITLES, ..)
// and `lookup` are generated from data/okta_login_failures.tsv into
// generated/login_failure.rs by identity-errors-codegen.
include!("generated/login_failure.rs");

impl LoginFailure {
    /// Every reason, in the article's order.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact reason string; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert_eq!(LoginFailure::from_code("UNKNOWN_USER"), Some(LoginFailure::UnknownUser));
    /// assert_eq!(LoginFailure::from_code("unknown_user"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The reason string, such as `"LOCKED_OUT"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// What the reason means: the article's Description column, such as `"The provided
    /// credentials were incorrect"`.
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// What to do about it: the article's Basic troubleshooting steps column; lines are
    /// separated by `\n`.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert!(LoginFailure::VerificationError.description().starts_with("• Verify"));
    /// ```
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }

    /// The Okta API error code the article links to this reason, where it links one.
    ///
    /// The article links `E0000047` to both `MFA_REQUIRED` and `RATE_LIMIT_EXCEEDED`; both are
    /// kept as published.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorCode, LoginFailure};
    ///
    /// assert_eq!(LoginFailure::InvalidCredentials.error_code(), Some(ErrorCode::E0000004));
    /// assert_eq!(LoginFailure::PasswordExpired.error_code(), None);
    /// ```
    pub const fn error_code(self) -> Option<ErrorCode> {
        ERROR_CODES[self as usize]
    }
}

catalog!(
    LoginFailure, Okta, "Okta sign-in failure", str,
    description: |reason| Some(reason.description()),
    status: |_| None,
);
