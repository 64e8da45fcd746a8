use super::error_body::error_status;
use super::headers::auth0_headers;
use super::SignupErrorCode;
use crate::body::{body, error_body};
use crate::display::Report;
use crate::object::{Empty, RawJson};
use crate::{Kind, RateLimit, Retry, Vendor};
use http::StatusCode;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

error_body! {
    /// An Auth0 sign-up error: `{"name","code","description","statusCode"}`, the body of a failed
    /// `/dbconnections/signup`, whose `code` is a sign-up error ([`SignupErrorCode`], such as
    /// `user_exists` or `invalid_password`).
    ///
    /// `code` is required and kept verbatim. `description` is kept as the JSON it came as: a
    /// sentence, or, for a password the connection's policy refuses, an object of the rules
    /// and which of them held. `name` (`BadRequestError`, `PasswordStrengthError`), `message`,
    /// `policy` and `statusCode` are optional; any other member (`mfa_token`) is kept and
    /// written back in place, unchanged.
    ///
    /// ```
    /// use identity_errors::auth0::{SignupErrorBody, SignupErrorCode};
    ///
    /// // As Auth0's Go SDK's tests give it (auth0/go-auth0, authentication/authentication_error_test.go).
    /// let sent = r#"{"name":"BadRequestError","code":"invalid_signup","description":"Invalid sign up","statusCode":400}"#;
    /// let body = SignupErrorBody::from_slice(sent.as_bytes())?;
    /// assert_eq!(body.known_code(), Some(SignupErrorCode::InvalidSignup));
    /// assert_eq!(body.description_text().as_deref(), Some("Invalid sign up"));
    /// assert_eq!(body.status(), 400);
    /// assert_eq!(body.to_json(), sent); // byte for byte
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct SignupErrorBody: "an Auth0 sign-up error body", "application/json" {
        optional name: String = "name",
        optional message: String = "message",
        required code: String = "code",
        optional description: RawJson = "description",
        optional policy: String = "policy",
        optional status_code: u16 = "statusCode",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
        /// The `X-Auth0-RequestId` received or to send.
        request_id: Option<String>,
        /// The `X-RateLimit-*` headers received or to send.
        rate_limit: Option<RateLimit>,
    }
}

body!(SignupErrorBody, Auth0, SignupErrorCode);
auth0_headers!(
    SignupErrorBody,
    r#"```
use identity_errors::auth0::{SignupErrorBody, SignupErrorCode};
use identity_errors::RateLimit;
use std::time::{Duration, SystemTime};

let reset = SystemTime::now() + Duration::from_secs(30);
let response = SignupErrorBody::new(SignupErrorCode::UserExists)
    .with_rate_limit(RateLimit::new(20, 19, reset))
    .into_http_response();
assert_eq!(response.headers()["x-ratelimit-remaining"], "19");
```"#
);

impl SignupErrorBody {
    /// The body for a sign-up error: `name` `BadRequestError`, the code, `statusCode` 400 (the
    /// shape and status Auth0's Go SDK's tests give), and no description (add one with
    /// [`with_description`](Self::with_description)). Never fails.
    ///
    /// ```
    /// use identity_errors::auth0::{SignupErrorBody, SignupErrorCode};
    ///
    /// let response = SignupErrorBody::new(SignupErrorCode::UserExists)
    ///     .with_description("The user already exists.")
    ///     .into_http_response();
    /// assert_eq!(response.status(), 400);
    /// assert_eq!(
    ///     response.body(),
    ///     r#"{"name":"BadRequestError","code":"user_exists","description":"The user already exists.","statusCode":400}"#
    /// );
    /// ```
    pub fn new(code: SignupErrorCode) -> Self {
        Self {
            name: Some("BadRequestError".to_owned()),
            status_code: Some(400),
            ..Self::from_raw(code.code())
        }
    }

    /// A body with any `code`, verbatim, and nothing else.
    pub fn from_raw(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            ..Self::empty()
        }
    }

    /// Sets `description` to a sentence.
    pub fn with_description(mut self, description: &str) -> Self {
        // A JSON string is always valid JSON: serializing a `&str` cannot fail.
        self.description = serde_json::value::to_raw_value(description)
            .ok()
            .map(RawJson);
        self
    }

    /// The `code`, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The `code` as a catalog code, where the catalog has exactly that value.
    pub fn known_code(&self) -> Option<SignupErrorCode> {
        SignupErrorCode::from_code(&self.code)
    }

    /// The `name`, verbatim (`BadRequestError`, `PasswordStrengthError`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The `message`, verbatim (`Password is too weak`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The `description` as the JSON it came as: a string, or the password policy's rules.
    pub fn description(&self) -> Option<&RawValue> {
        self.description.as_ref().map(|raw| &*raw.0)
    }

    /// The `description`'s text, where it is a JSON string; `None` where it is an object.
    pub fn description_text(&self) -> Option<String> {
        serde_json::from_str(self.description()?.get()).ok()
    }

    /// The `policy`, verbatim: the connection's password policy as text.
    pub fn policy(&self) -> Option<&str> {
        self.policy.as_deref()
    }

    /// The `statusCode` member, as the body wrote it.
    pub fn status_code(&self) -> Option<u16> {
        self.status_code
    }

    /// The HTTP status: the one received or set, else `statusCode` where it is an error status
    /// (400-599), else 400.
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.status_code.and_then(error_status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the catalog code's kind, else the [`status`](Self::status)'s.
    pub fn kind(&self) -> Kind {
        match self.known_code() {
            Some(code) => code.kind(),
            None => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the catalog code's advice, else the
    /// [`status`](Self::status)'s.
    pub fn retry(&self) -> Retry {
        match self.known_code() {
            Some(code) => code.retry(),
            None => Retry::of_status(Vendor::Auth0, self.status()),
        }
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        Report {
            code: Cow::Borrowed(&self.code),
            summary: self.message().or_else(|| self.plain_description()),
            causes: Vec::new(),
            correlation: self.shown_request_id(),
        }
    }

    /// The description's text where it is a JSON string with no escapes, which is exactly
    /// its text between the quotes: borrowed, for `Display` (which must not allocate to say
    /// what a plain sentence says).
    fn plain_description(&self) -> Option<&str> {
        let json = self.description()?.get();
        let text = json.strip_prefix('"')?.strip_suffix('"')?;
        (!text.contains('\\')).then_some(text)
    }
}

impl fmt::Display for SignupErrorBody {
    /// `invalid_signup: Invalid sign up` on one line: the code, then the `message` or a
    /// description that is a sentence, then the request id where one came.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}
