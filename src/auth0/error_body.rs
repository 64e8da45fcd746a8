use crate::auth0::headers::auth0_headers;
use crate::auth0::{AuthErrorCode, LoginErrorCode};
use crate::body::{body, error_body};
use crate::display::Report;
use crate::object::Empty;
use crate::{Kind, RateLimit, Retry, Vendor};
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

error_body! {
    /// An Auth0 Authentication API error: `{"error","error_description"}`, the OAuth-style body
    /// of `/oauth/token`, `/oauth/ro`, `/passwordless/start` and the other Authentication API
    /// endpoints.
    ///
    /// `error` is required and kept verbatim, a catalog value ([`AuthErrorCode`]) or not;
    /// `error_description` is optional; any other member is kept and written back in place,
    /// unchanged.
    ///
    /// ```
    /// use identity_errors::auth0::{AuthErrorBody, AuthErrorCode};
    ///
    /// let sent = r#"{"error":"invalid_user_password","error_description":"Wrong email or password."}"#;
    /// let body = AuthErrorBody::from_slice(sent.as_bytes())?;
    /// assert_eq!(body.known_code(), Some(AuthErrorCode::InvalidUserPassword));
    /// assert_eq!(body.description(), Some("Wrong email or password."));
    /// assert_eq!(body.status(), 401);
    /// assert_eq!(body.to_json(), sent); // byte for byte
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct AuthErrorBody: "an Auth0 Authentication API error body", "application/json" {
        required code: String = "error",
        optional description: String = "error_description",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
        /// The `X-Auth0-RequestId` received or to send.
        request_id: Option<String>,
        /// The `X-RateLimit-*` headers received or to send.
        rate_limit: Option<RateLimit>,
    }
}

body!(AuthErrorBody, Auth0, AuthErrorCode);
auth0_headers!(
    AuthErrorBody,
    r#"```
use identity_errors::auth0::{AuthErrorBody, AuthErrorCode};
use identity_errors::RateLimit;
use std::time::{Duration, SystemTime};

let reset = SystemTime::now() + Duration::from_secs(30);
let response = AuthErrorBody::new(AuthErrorCode::TooManyAttempts)
    .with_rate_limit(RateLimit::new(30, 0, reset))
    .into_http_response();
assert_eq!(response.status(), 429);
assert_eq!(response.headers()["x-ratelimit-remaining"], "0");
```"#
);

impl AuthErrorBody {
    /// The body for a catalog error, with no description (add one with
    /// [`with_description`](Self::with_description)). Never fails.
    ///
    /// Its status is the errors page's. Live tenants answer some values otherwise, as recorded
    /// in tests/fixtures/auth0_examples.json: `/oauth/token` sends `invalid_grant` with 403 and
    /// `access_denied` ("MFA Authorization rejected.") with 400. A test double that must answer
    /// as a tenant does sets that status with `with_status`.
    ///
    /// ```
    /// use identity_errors::auth0::{AuthErrorBody, AuthErrorCode};
    ///
    /// let response = AuthErrorBody::new(AuthErrorCode::TooManyAttempts).into_http_response();
    /// assert_eq!(response.status(), 429);
    /// assert_eq!(response.body(), r#"{"error":"too_many_attempts"}"#);
    /// ```
    pub fn new(code: AuthErrorCode) -> Self {
        Self::from_raw(code.code())
    }

    /// A body with any `error`, verbatim (a value the catalog lacks, such as `invalid_grant`
    /// from `/oauth/token`).
    pub fn from_raw(error: impl Into<String>) -> Self {
        Self {
            code: error.into(),
            ..Self::empty()
        }
    }

    /// Sets `error_description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The `error`, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The `error` as a catalog code, where the catalog has exactly that value.
    pub fn known_code(&self) -> Option<AuthErrorCode> {
        AuthErrorCode::from_code(&self.code)
    }

    /// The `error` as a login error Auth0's libraries report, where that table has exactly that
    /// value: `mfa_required`, which `/oauth/token` sends and the errors page lacks, is one.
    ///
    /// ```
    /// use identity_errors::auth0::{AuthErrorBody, LoginErrorCode};
    /// use identity_errors::{Kind, Retry};
    ///
    /// let body = AuthErrorBody::from_slice(br#"{"error":"mfa_required","mfa_token":"Fe26.."}"#)?;
    /// assert_eq!(body.known_code(), None);
    /// assert_eq!(body.login_code(), Some(LoginErrorCode::MfaRequired));
    /// // Its advice, not the status's: another factor, then sign in again.
    /// assert_eq!(body.kind(), Kind::Unauthenticated);
    /// assert_eq!(body.retry(), Retry::AfterReauthenticating);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn login_code(&self) -> Option<LoginErrorCode> {
        LoginErrorCode::from_code(&self.code)
    }

    /// The `error_description`, verbatim.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The HTTP status: the one received or set, else the catalog error's (the page's
    /// heading), else 400.
    ///
    /// ```
    /// use identity_errors::auth0::AuthErrorBody;
    ///
    /// assert_eq!(AuthErrorBody::from_raw("unauthorized_client").status(), 403);
    /// assert_eq!(AuthErrorBody::from_raw("mfa_required").status(), 400);
    /// ```
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.known_code().map(AuthErrorCode::status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the catalog `error`'s kind, else the
    /// [`login_code`](Self::login_code)'s, else the kind of the [`status`](Self::status).
    pub fn kind(&self) -> Kind {
        match (self.known_code(), self.login_code()) {
            (Some(code), _) => code.kind(),
            (None, Some(code)) => code.kind(),
            (None, None) => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the catalog `error`'s advice, else the
    /// [`login_code`](Self::login_code)'s, else the [`status`](Self::status)'s.
    pub fn retry(&self) -> Retry {
        match (self.known_code(), self.login_code()) {
            (Some(code), _) => code.retry(),
            (None, Some(code)) => code.retry(),
            (None, None) => Retry::of_status(Vendor::Auth0, self.status()),
        }
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        Report {
            code: Cow::Borrowed(&self.code),
            summary: self.description(),
            causes: Vec::new(),
            correlation: self.shown_request_id(),
        }
    }
}

impl fmt::Display for AuthErrorBody {
    /// `invalid_user_password: Wrong email or password.` on one line, then the request id
    /// where one came (`(X-Auth0-RequestId: ..)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

error_body! {
    /// An Auth0 Management API error: `{"statusCode","error","message","errorCode"}`
    /// (`{"statusCode":404,"error":"Not Found","message":"The user does not exist.",
    /// "errorCode":"inexistent_user"}`).
    ///
    /// `statusCode`, `error` (the status's reason phrase) and `message` are required,
    /// `errorCode` optional, each kept verbatim; any other member is kept and written back in
    /// place, unchanged.
    ///
    /// ```
    /// use identity_errors::auth0::ManagementErrorBody;
    /// use identity_errors::http::{HeaderMap, StatusCode};
    /// use identity_errors::Kind;
    ///
    /// let sent = br#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#;
    /// let body = ManagementErrorBody::from_parts(StatusCode::NOT_FOUND, &HeaderMap::new(), sent)?;
    /// assert_eq!(body.code(), "inexistent_user");
    /// assert_eq!(body.message(), "The user does not exist.");
    /// assert_eq!(body.kind(), Kind::NotFound);
    /// assert_eq!(body.to_json().as_bytes(), sent);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    // The Management API's own content type: every recorded answer (tests/fixtures/
    // auth0_examples.json, 7 of 7) names the charset; the Authentication API's mostly do not.
    pub struct ManagementErrorBody: "an Auth0 Management API error body", "application/json; charset=utf-8" {
        required status_code: u16 = "statusCode",
        required error: String = "error",
        required message: String = "message",
        optional error_code: String = "errorCode",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
        /// The `X-Auth0-RequestId` received or to send.
        request_id: Option<String>,
        /// The `X-RateLimit-*` headers received or to send.
        rate_limit: Option<RateLimit>,
    }
}

body!(ManagementErrorBody, Auth0, AuthErrorCode);
auth0_headers!(
    ManagementErrorBody,
    r#"```
use identity_errors::auth0::ManagementErrorBody;
use identity_errors::http::StatusCode;
use identity_errors::RateLimit;
use std::time::{Duration, SystemTime};

let reset = SystemTime::now() + Duration::from_secs(30);
let response = ManagementErrorBody::new(StatusCode::TOO_MANY_REQUESTS, "Global limit has been reached")
    .with_rate_limit(RateLimit::new(50, 0, reset))
    .into_http_response();
assert_eq!(response.headers()["x-ratelimit-limit"], "50");
```"#
);

impl ManagementErrorBody {
    /// A body with this status (`statusCode`, and `error` its reason phrase) and `message`.
    /// Never fails: a status with no reason phrase has `error` `"Error"`.
    ///
    /// ```
    /// use identity_errors::auth0::ManagementErrorBody;
    /// use identity_errors::http::StatusCode;
    ///
    /// let response = ManagementErrorBody::new(StatusCode::CONFLICT, "The user already exists.")
    ///     .with_error_code("user_exists")
    ///     .into_http_response();
    /// assert_eq!(response.status(), 409);
    /// assert_eq!(response.body(), r#"{"statusCode":409,"error":"Conflict","message":"The user already exists.","errorCode":"user_exists"}"#);
    /// ```
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status_code: status.as_u16(),
            error: status.canonical_reason().unwrap_or("Error").to_owned(),
            message: message.into(),
            ..Self::empty()
        }
        .with_status(status)
    }

    /// Sets `errorCode`.
    pub fn with_error_code(mut self, error_code: impl Into<String>) -> Self {
        self.error_code = Some(error_code.into());
        self
    }

    /// The `errorCode` where there is one, else the `error` (the reason phrase), verbatim.
    pub fn code(&self) -> &str {
        self.error_code.as_deref().unwrap_or(&self.error)
    }

    /// The [`code`](Self::code) as an Authentication API catalog code, where it is exactly one
    /// (the Management API's codes are its own, so this is rare).
    pub fn known_code(&self) -> Option<AuthErrorCode> {
        AuthErrorCode::from_code(self.code())
    }

    /// The `statusCode` member, as the body wrote it.
    pub fn status_code(&self) -> u16 {
        self.status_code
    }

    /// The `error` member (the reason phrase, such as `"Not Found"`), verbatim.
    pub fn error(&self) -> &str {
        &self.error
    }

    /// The `message`, verbatim.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The `errorCode`, verbatim.
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// The HTTP status: the one received or set, else `statusCode` where it is an error status
    /// (400-599), else 400.
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| error_status(self.status_code))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the kind of the [`status`](Self::status) (404 `not_found`, 409
    /// `conflict`, 429 `rate_limited`, ..).
    pub fn kind(&self) -> Kind {
        Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest)
    }

    /// Whether and when to try again: the [`status`](Self::status)'s advice.
    pub fn retry(&self) -> Retry {
        Retry::of_status(Vendor::Auth0, self.status())
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        Report {
            code: Cow::Borrowed(self.code()),
            summary: Some(&self.message),
            causes: Vec::new(),
            correlation: self.shown_request_id(),
        }
    }
}

impl fmt::Display for ManagementErrorBody {
    /// `inexistent_user: The user does not exist.` on one line, then the request id where one
    /// came (`(X-Auth0-RequestId: ..)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

/// The status a body's `statusCode` member states, where it is an error status (400-599): a
/// body that says 200 or 999 is still an error, and is read as 400 instead.
pub(super) fn error_status(status_code: u16) -> Option<StatusCode> {
    StatusCode::from_u16(status_code)
        .ok()
        .filter(|status| status.is_client_error() || status.is_server_error())
}
