use crate::catalog::string_keyed;
use crate::okta::ErrorCode;

include!(concat!(env!("OUT_DIR"), "/okta_login_failure.rs"));

define_login_failure! {
    /// Why an Okta sign-in failed: the outcome reason of a failed sign-in in Okta's System Log,
    /// such as `LOCKED_OUT`.
    ///
    /// The 12 reasons of Okta's "Common Okta Login Failures" article, each with the API error
    /// code the article links to it, its description and its troubleshooting steps.
    ///
    /// `Display`, `FromStr` and serde use the reason string.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorCode, LoginFailure};
    ///
    /// let reason: LoginFailure = "LOCKED_OUT".parse().unwrap();
    /// assert_eq!(reason.error_code(), Some(ErrorCode::E0000069));
    /// ```
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    #[non_exhaustive]
    pub enum LoginFailure
}

impl LoginFailure {
    /// Every reason, in the article's order.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert_eq!(LoginFailure::ALL.len(), 12);
    /// ```
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact reason string; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert_eq!(LoginFailure::from_reason("UNKNOWN_USER"), Some(LoginFailure::UnknownUser));
    /// assert_eq!(LoginFailure::from_reason("unknown_user"), None);
    /// ```
    pub fn from_reason(reason: &str) -> Option<Self> {
        lookup(reason)
    }

    /// The reason string, such as `"LOCKED_OUT"`.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert_eq!(LoginFailure::LockedOut.as_str(), "LOCKED_OUT");
    /// ```
    pub const fn as_str(self) -> &'static str {
        REASONS[self as usize]
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

    /// What the reason means, as the article words it.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert_eq!(LoginFailure::InvalidCredentials.description(), "The provided credentials were incorrect");
    /// ```
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }

    /// The article's basic troubleshooting steps; lines are separated by `\n`.
    ///
    /// ```
    /// use identity_errors::okta::LoginFailure;
    ///
    /// assert!(LoginFailure::VerificationError.troubleshooting().starts_with("• Verify"));
    /// ```
    pub const fn troubleshooting(self) -> &'static str {
        TROUBLESHOOTING[self as usize]
    }
}

string_keyed!(LoginFailure, "Okta sign-in failure", as_str, from_reason);
