use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `OAuthErrorCode` (its documentation is oauth_error_code.md), the column tables (CODES,
// TITLES, ..) and `lookup` are generated from data/entra_oauth_errors.tsv into
// generated/oauth_error_code.rs by identity-errors-codegen.
include!("generated/oauth_error_code.rs");

impl OAuthErrorCode {
    /// Every error: the 8 of the error-code reference's table first, in its order, then the 7
    /// others of the native authentication API reference.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::from_code("invalid_grant"), Some(OAuthErrorCode::InvalidGrant));
    /// assert_eq!(OAuthErrorCode::from_code("INVALID_GRANT"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The wire value, such as `"invalid_grant"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// What the error means, as Microsoft describes it: the reference table's Description, or
    /// the native authentication reference's first description of the value.
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// What a client should do about it: the reference table's Client Action; `None` for the
    /// values only the native authentication reference lists, which gives none.
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// Whether the value comes from the error-code reference's table (else from the native
    /// authentication API reference only).
    pub const fn is_from_reference(self) -> bool {
        FROM_REFERENCE[self as usize]
    }

    /// The HTTP status an Entra response with this `error` comes with: as a Microsoft sample
    /// shows it where [`is_status_published`](Self::is_status_published), else **the crate's
    /// choice** by the status rule of data/README.md (400, `invalid_client` 401,
    /// `temporarily_unavailable` 503). Real responses may differ (a 400 `invalid_client`): a
    /// client reads the status it received.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// Whether a Microsoft sample shows [`status`](Self::status) (the native authentication
    /// reference's `HTTP/1.1 400 Bad Request` samples); if not, it is the crate's choice.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorCode;
    ///
    /// assert!(OAuthErrorCode::InvalidGrant.is_status_published());
    /// assert!(!OAuthErrorCode::InvalidClient.is_status_published());
    /// assert_eq!(OAuthErrorCode::InvalidClient.status().as_u16(), 401);
    /// ```
    pub const fn is_status_published(self) -> bool {
        STATUSES_PUBLISHED[self as usize]
    }

    /// Whether the [`kind`](Self::kind) and [`retry`](Self::retry) advice follows Microsoft's
    /// client action (`invalid_grant`, `interaction_required`, `temporarily_unavailable`); if
    /// not, it is the crate's choice.
    pub const fn is_advice_published(self) -> bool {
        ADVICE_PUBLISHED[self as usize]
    }
}

catalog!(
    OAuthErrorCode, Entra, "Entra ID OAuth error", str,
    description: OAuthErrorCode::description,
    status: |error| Some(error.status()),
);
