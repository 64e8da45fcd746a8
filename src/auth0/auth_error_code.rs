use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `AuthErrorCode` (its documentation is auth_error_code.md), the column tables (CODES,
// ENDPOINTS, ..) and `lookup` are generated from data/auth0_auth_errors.tsv into
// generated/auth_error_code.rs by identity-errors-codegen.
include!("generated/auth_error_code.rs");

impl AuthErrorCode {
    /// Every error value, in the order the page first shows it.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::auth0::AuthErrorCode;
    ///
    /// assert_eq!(AuthErrorCode::from_code("bad.authParams"), Some(AuthErrorCode::BadAuthParams));
    /// assert_eq!(AuthErrorCode::from_code("bad.authparams"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The wire value, such as `"invalid_user_password"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The endpoint heading the value first stands under on the page (`"/oauth/ro"` or
    /// `"/passwordless/start"`).
    pub const fn endpoint(self) -> &'static str {
        ENDPOINTS[self as usize]
    }

    /// The HTTP status of the page's `*HTTP nnn*` heading the value stands under (every row of
    /// a value has the same one). A client reads the status it received.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// The `error_description` of the value's first row on the page, as written (`"..."` where
    /// the page gives none, placeholders such as `<INVALID_PARAMETER_VALUE>` kept).
    pub const fn example(self) -> &'static str {
        EXAMPLES[self as usize]
    }

    /// The page's Description cell of the value's first row, as written (Markdown kept), such
    /// as `"The user is blocked."` (Auth0 gives no title of its own).
    pub const fn title(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }
}

catalog!(
    AuthErrorCode, Auth0, "Auth0 Authentication API error", str,
    description: |_| None,
    status: |error| Some(error.status()),
);
