use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `OAuthErrorCode` (its documentation is oauth_error_code.md), the column tables (CODES,
// CONSTANTS, ..) and `lookup` are generated from data/keycloak_oauth_errors.tsv into
// generated/oauth_error_code.rs by identity-errors-codegen.
include!("generated/oauth_error_code.rs");

impl OAuthErrorCode {
    /// Every error, in the order of `OAuthErrorException`.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::keycloak::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::from_code("invalid_dpop_proof"), Some(OAuthErrorCode::InvalidDpopProof));
    /// assert_eq!(OAuthErrorCode::from_code("INVALID_GRANT"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The wire value, such as `"invalid_grant"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The Java constant Keycloak names the value by, such as `"INVALID_GRANT"` (Keycloak gives
    /// no text of its own).
    pub const fn title(self) -> &'static str {
        CONSTANTS[self as usize]
    }

    /// The comment the constant stands under in `OAuthErrorException`: the specification it
    /// comes from (`"OAuth2"`, `"OpenID Connect 1"`, `"OAuth2 Bearer Token Usage"`,
    /// `"OIDC Dynamic Client Registration"`, `"OAuth2 Device Authorization Grant"`, `"CIBA"`,
    /// `"DPoP"`), or `"Others"`.
    pub const fn section(self) -> &'static str {
        SECTIONS[self as usize]
    }

    /// The HTTP status a response with this `error` comes with: the RFC's where
    /// [`is_status_published`](Self::is_status_published), else **the crate's choice** by the
    /// status rule of data/README.md (400; `access_denied` 403, `server_error` 500,
    /// `temporarily_unavailable` 503). A client reads the status it received.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// Whether an RFC gives [`status`](Self::status): RFC 6749, section 5.2 (400, and 401 for
    /// `invalid_client`) or RFC 6750, section 3.1 (`invalid_token` 401, `insufficient_scope`
    /// 403).
    ///
    /// ```
    /// use identity_errors::keycloak::OAuthErrorCode;
    ///
    /// assert!(OAuthErrorCode::InsufficientScope.is_status_published());
    /// assert_eq!(OAuthErrorCode::InsufficientScope.status().as_u16(), 403);
    /// assert!(!OAuthErrorCode::AccessDenied.is_status_published());
    /// ```
    pub const fn is_status_published(self) -> bool {
        STATUSES_PUBLISHED[self as usize]
    }
}

catalog!(
    OAuthErrorCode, Keycloak, "Keycloak OAuth error", str,
    description: |_| None,
    status: |error| Some(error.status()),
);
