use crate::catalog::catalog;
use crate::{Kind, Retry};

// `ClientCode` (its documentation is client_code.md), the column tables (CODES, CONSTANTS, ..)
// and `lookup` are generated from data/firebase_client_errors.tsv into generated/client_code.rs
// by identity-errors-codegen.
include!("generated/client_code.rs");

impl ClientCode {
    /// Every client code, in the order of the SDK's `AuthErrorCode` enum.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact client code, `auth/` included; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::firebase::ClientCode;
    ///
    /// assert_eq!(ClientCode::from_code("auth/user-not-found"), Some(ClientCode::UserNotFound));
    /// assert_eq!(ClientCode::from_code("user-not-found"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The code as the SDK's errors carry it in `code`, such as `"auth/user-not-found"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The name of the SDK's `AuthErrorCode` member, such as `"USER_DELETED"` for
    /// `auth/user-not-found`.
    pub const fn constant(self) -> &'static str {
        CONSTANTS[self as usize]
    }

    /// The keys of the SDK's public `AuthErrorCodes` map (`AUTH_ERROR_CODES_MAP_DO_NOT_USE_INTERNALLY`)
    /// whose value is this code, in the map's order: two for `auth/invalid-credential`
    /// (`INVALID_IDP_RESPONSE`, `INVALID_LOGIN_CREDENTIALS`), none for the three codes the map
    /// lacks (`auth/login-blocked`, `auth/unsupported-password-policy-schema-version`,
    /// `auth/password-does-not-meet-requirements`).
    ///
    /// ```
    /// use identity_errors::firebase::ClientCode;
    ///
    /// let keys: Vec<&str> = ClientCode::InvalidCredential.public_map_keys().collect();
    /// assert_eq!(keys, ["INVALID_IDP_RESPONSE", "INVALID_LOGIN_CREDENTIALS"]);
    /// assert_eq!(ClientCode::LoginBlocked.public_map_keys().count(), 0);
    /// ```
    pub fn public_map_keys(self) -> impl Iterator<Item = &'static str> {
        PUBLIC_MAP_KEYS[self as usize]
            .into_iter()
            .flat_map(|keys| keys.split(','))
    }

    /// The SDK's debug message for the code, exactly as `_debugErrorMap` writes it (its string
    /// literals joined); `None` where it is empty (`auth/argument-error`,
    /// `auth/user-signed-out`). Its one placeholder, `{$originalMessage}` of
    /// `auth/login-blocked`, is kept as written, unfilled.
    pub const fn debug_message(self) -> Option<&'static str> {
        DEBUG_MESSAGES[self as usize]
    }

    /// The message the SDK shows: the debug message, or `"Error"` where it is empty, as
    /// `@firebase/util`'s `ErrorFactory` writes an error without a template.
    pub const fn title(self) -> &'static str {
        match self.debug_message() {
            Some(message) => message,
            None => "Error",
        }
    }

    /// Whether the kind and retry are the vendor's own words (`auth/too-many-requests`: "Try
    /// again later.") rather than the crate's choice by data/README.md's rule.
    pub const fn is_advice_published(self) -> bool {
        ADVICE_PUBLISHED[self as usize]
    }
}

catalog!(
    ClientCode, Firebase, "Firebase client code", str,
    description: |_| None,
    status: |_| None,
);
