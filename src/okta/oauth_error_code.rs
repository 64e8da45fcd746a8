use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `OAuthErrorCode` (its documentation is oauth_error_code.md), the column tables (CODES,
// TITLES, ..) and `lookup` are generated from data/okta_oauth_errors.tsv into
// generated/oauth_error_code.rs by identity-errors-codegen.
include!("generated/oauth_error_code.rs");

impl OAuthErrorCode {
    /// Every error: the page's 11 first, then the table's others.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::from_code("access_denied"), Some(OAuthErrorCode::AccessDenied));
    /// assert_eq!(OAuthErrorCode::from_code("ACCESS_DENIED"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The wire value, such as `"invalid_client"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The title in Okta's OAuth error table, such as `"Invalid client"`.
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// What the error means, as Okta words it.
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }

    /// The error as Okta puts it on the wire: itself, except `user_canceled_request`, which
    /// Okta's OAuth table files as an internal code sent as `access_denied` (with this error's
    /// status and description). A client never receives `user_canceled_request`; it receives
    /// `access_denied`.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::UserCanceledRequest.sent_as(), OAuthErrorCode::AccessDenied);
    /// assert_eq!(OAuthErrorCode::InvalidClient.sent_as(), OAuthErrorCode::InvalidClient);
    /// ```
    pub const fn sent_as(self) -> Self {
        SENT_AS[self as usize]
    }

    /// The HTTP status Okta's table gives the error when it is answered directly (not through a
    /// redirect). Okta sends some errors with other statuses in specific cases (`access_denied`
    /// also as 400 or 401); this is the status of the table's row for the error itself.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }
}

catalog!(
    OAuthErrorCode, Okta, "Okta OAuth error", str,
    description: |error| Some(error.description()),
    status: |error| Some(error.status()),
);
