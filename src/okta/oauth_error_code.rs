use crate::catalog::string_keyed;
use http::StatusCode;

include!(concat!(env!("OUT_DIR"), "/okta_oauth_error_code.rs"));

define_oauth_error_code! {
    /// An OAuth 2.0 / OpenID Connect error Okta sends: the `error` member of an error response or
    /// redirect, such as `invalid_client`.
    ///
    /// The 11 errors of Okta's error-code page, with the page's descriptions, and every other wire
    /// value of Okta's OAuth error table (56 distinct values), with the description and status of
    /// the table's row for that value. `user_canceled_request` comes from the page only: the table
    /// lists it as an internal code that goes on the wire as `access_denied`.
    ///
    /// `Display`, `FromStr` and serde use the wire value.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// let error: OAuthErrorCode = "invalid_client".parse().unwrap();
    /// assert_eq!(error, OAuthErrorCode::InvalidClient);
    /// assert_eq!(error.status().as_u16(), 401);
    /// ```
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    #[non_exhaustive]
    pub enum OAuthErrorCode
}

impl OAuthErrorCode {
    /// Every error: the page's 11 first, then the table's others.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::ALL.len(), 57);
    /// ```
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::from_code("access_denied"), Some(OAuthErrorCode::AccessDenied));
    /// assert_eq!(OAuthErrorCode::from_code("ACCESS_DENIED"), None);
    /// ```
    pub fn from_code(error: &str) -> Option<Self> {
        lookup(error)
    }

    /// The wire value, such as `"invalid_client"`.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::InvalidClient.as_str(), "invalid_client");
    /// ```
    pub const fn as_str(self) -> &'static str {
        ERRORS[self as usize]
    }

    /// A description of the error, as Okta words it.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(
    ///     OAuthErrorCode::AccessDenied.description(),
    ///     "The resource owner or authorization server denied the request."
    /// );
    /// ```
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }

    /// The HTTP status Okta's table gives the error when it is answered directly (not through a
    /// redirect). Okta sends some errors with other statuses in specific cases (`access_denied`
    /// also as 400 or 401); this is the status of the table's row for the error itself.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorCode;
    ///
    /// assert_eq!(OAuthErrorCode::AccessDenied.status(), http::StatusCode::FORBIDDEN);
    /// ```
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }
}

string_keyed!(OAuthErrorCode, "Okta OAuth error", as_str, from_code);
