//! What an authorization server answers when it cannot redirect: a [`RedirectError`] as the
//! OAuth error the resource owner is shown instead.

use super::{OAuthErrorBody, RedirectError};
use crate::okta::OAuthErrorCode;

impl RedirectError {
    /// The OAuth error to answer with instead of the redirect: `invalid_request`, described by
    /// this error's text, with HTTP 400.
    ///
    /// A redirect URI the error cannot be added to is an invalid redirection URI, for which
    /// RFC 6749 says that the authorization server "SHOULD inform the resource owner of the
    /// error and MUST NOT automatically redirect the user-agent to the invalid redirection URI"
    /// (sections 3.1.2.4 and 4.1.2.1): the answer is the error itself, not a redirect. Okta's
    /// own table sends an unusable `redirect_uri` (`illegal_redirect_uri`) as `invalid_request`
    /// with HTTP 400; the description here says what is wrong with this one.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode, ResponseMode};
    ///
    /// let body = OAuthErrorBody::new(OAuthErrorCode::AccessDenied);
    /// let error = body.to_redirect("https://app.example.com/cb#top", ResponseMode::Query).unwrap_err();
    /// let answer = error.into_http_response();
    /// assert_eq!(answer.status(), 400);
    /// assert!(!answer.headers().contains_key("location"));
    /// assert_eq!(
    ///     answer.body(),
    ///     r#"{"error":"invalid_request","error_description":"a redirect URI must not have a fragment (RFC 6749, section 3.1.2)"}"#
    /// );
    /// ```
    pub fn to_oauth_error(&self) -> OAuthErrorBody {
        OAuthErrorBody::new(OAuthErrorCode::InvalidRequest).with_description(self.to_string())
    }

    /// The response of [`to_oauth_error`](Self::to_oauth_error): HTTP 400 with the OAuth JSON
    /// body, and no `Location`. With the `axum` feature, `RedirectError` is also an
    /// `IntoResponse` that answers the same.
    pub fn into_http_response(self) -> http::Response<String> {
        self.to_oauth_error().into_http_response()
    }
}

impl From<RedirectError> for http::Response<String> {
    /// The same as [`RedirectError::into_http_response`].
    fn from(error: RedirectError) -> Self {
        error.into_http_response()
    }
}
