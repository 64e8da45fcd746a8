use crate::body::{body, error_body, retry_after_accessors, Received};
use crate::display::Report;
use crate::keycloak::{EventError, OAuthErrorCode};
use crate::object::Empty;
use crate::{headers, Kind, Retry, Vendor};
use http::header::HeaderMap;
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

error_body! {
    /// An OAuth 2.0 error as Keycloak sends it: `{"error","error_description"}`, the body of
    /// its token endpoint's errors (Keycloak's `OAuth2ErrorRepresentation`), which many admin
    /// REST API answers use too, with a sentence as the `error` (`{"error":"Could not find
    /// client"}`, 404).
    ///
    /// `error` is required and kept verbatim, a catalog value ([`OAuthErrorCode`]) or not;
    /// `error_description` is optional; any other member is kept and written back in place,
    /// unchanged.
    ///
    /// ```
    /// use identity_errors::keycloak::{OAuthErrorBody, OAuthErrorCode};
    /// use identity_errors::{Kind, Retry};
    ///
    /// let sent = r#"{"error":"invalid_grant","error_description":"Invalid user credentials"}"#;
    /// let body = OAuthErrorBody::from_slice(sent.as_bytes())?;
    /// assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidGrant));
    /// assert_eq!(body.description(), Some("Invalid user credentials"));
    /// assert_eq!(body.status(), 400);
    /// assert_eq!(body.to_json(), sent); // byte for byte
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct OAuthErrorBody: "a Keycloak OAuth error body", "application/json" {
        required code: String = "error",
        optional description: String = "error_description",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
    }
}

body!(OAuthErrorBody, Keycloak, OAuthErrorCode);
retry_after_accessors!(OAuthErrorBody, setter);

impl OAuthErrorBody {
    /// The body for a catalog error, with no description (add one with
    /// [`with_description`](Self::with_description)). Never fails.
    ///
    /// Its status is the catalog's (the RFC's, for most values). Keycloak's own endpoints
    /// answer some errors otherwise: a wrong password in the password grant is `invalid_grant`,
    /// "Invalid user credentials", with 401 (`ValidatePassword.java` in keycloak/keycloak at
    /// 1bb36550), where RFC 6749 says 400. A test double that must answer as Keycloak does sets
    /// that status with `with_status`, as the first example does.
    ///
    /// ```
    /// use identity_errors::http::StatusCode;
    /// use identity_errors::keycloak::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let response = OAuthErrorBody::new(OAuthErrorCode::InvalidGrant)
    ///     .with_description("Invalid user credentials")
    ///     .with_status(StatusCode::UNAUTHORIZED)
    ///     .into_http_response();
    /// assert_eq!(response.status(), 401);
    /// ```
    ///
    /// ```
    /// use identity_errors::keycloak::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let response = OAuthErrorBody::new(OAuthErrorCode::InvalidClient)
    ///     .with_description("Invalid client or Invalid client credentials")
    ///     .into_http_response();
    /// assert_eq!(response.status(), 401);
    /// assert_eq!(response.body(), r#"{"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}"#);
    /// ```
    pub fn new(code: OAuthErrorCode) -> Self {
        Self::from_raw(code.code())
    }

    /// A body with any `error`, verbatim (a value the catalog lacks, or an admin endpoint's
    /// sentence).
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
    pub fn known_code(&self) -> Option<OAuthErrorCode> {
        OAuthErrorCode::from_code(&self.code)
    }

    /// The `error` as an event error string ([`EventError`]), where it is one and no OAuth
    /// value: Keycloak records these on events, and a few reach clients as the `error`.
    ///
    /// ```
    /// use identity_errors::keycloak::{EventError, OAuthErrorBody};
    ///
    /// assert_eq!(OAuthErrorBody::from_raw("user_not_found").known_event_error(), Some(EventError::UserNotFound));
    /// assert_eq!(OAuthErrorBody::from_raw("invalid_grant").known_event_error(), None);
    /// ```
    pub fn known_event_error(&self) -> Option<EventError> {
        match self.known_code() {
            Some(_) => None,
            None => EventError::from_code(&self.code),
        }
    }

    /// The `error_description`, verbatim.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The HTTP status: the one received or set, else the catalog error's (the RFC's or the
    /// crate's choice: data/README.md, "Keycloak"), else 400 (RFC 6749, section 5.2).
    ///
    /// ```
    /// use identity_errors::keycloak::OAuthErrorBody;
    ///
    /// assert_eq!(OAuthErrorBody::from_raw("invalid_token").status(), 401);
    /// assert_eq!(OAuthErrorBody::from_raw("Could not find client").status(), 400);
    /// ```
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.known_code().map(OAuthErrorCode::status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the catalog `error`'s kind, else the event error's, else the kind
    /// of the [`status`](Self::status) (a 404 admin answer is `not_found`).
    pub fn kind(&self) -> Kind {
        match (self.known_code(), self.known_event_error()) {
            (Some(code), _) => code.kind(),
            (None, Some(event)) => event.kind(),
            (None, None) => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the advice for the catalog `error`, else for the event
    /// error, else for the [`status`](Self::status).
    pub fn retry(&self) -> Retry {
        match (self.known_code(), self.known_event_error()) {
            (Some(code), _) => code.retry(),
            (None, Some(event)) => event.retry(),
            (None, None) => Retry::of_status(Vendor::Keycloak, self.status()),
        }
    }

    /// How long to wait: the `Retry-After` received (or set), at most [`Retry::MAX_WAIT`];
    /// without one, a device-flow poll waits by RFC 8628, section 3.5 (5 s after
    /// `authorization_pending`, 10 s after `slow_down`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self.retry_after {
            Some(wait) => Some(headers::whole_seconds(wait)),
            None => Retry::device_poll_wait(&self.code),
        }
    }

    /// Keycloak sends no correlation id: always `None`.
    pub fn correlation_id(&self) -> Option<&str> {
        None
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        Report {
            code: Cow::Borrowed(&self.code),
            summary: self.description(),
            causes: Vec::new(),
            correlation: None,
        }
    }
}

impl Received for OAuthErrorBody {
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
    }
}

impl fmt::Display for OAuthErrorBody {
    /// `invalid_grant: Invalid user credentials` on one line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

error_body! {
    /// An error of Keycloak's admin REST API in its own shape (Keycloak's
    /// `ErrorRepresentation`): `{"errorMessage"}` (`{"errorMessage":"User exists with same
    /// username"}`, 409), with `field` and `params` for a validation error
    /// (`{"field":"email","errorMessage":"invalidEmailMessage","params":["email"]}`).
    ///
    /// `errorMessage` is required and kept verbatim (a sentence, or a message key such as
    /// `invalidEmailMessage`); any other member (`errors`, the list of a multi-field validation
    /// error) is kept and written back in place, unchanged. Admin answers in the OAuth shape
    /// (`{"error":"..."}`) are [`OAuthErrorBody`]s.
    ///
    /// ```
    /// use identity_errors::keycloak::AdminErrorBody;
    /// use identity_errors::http::{HeaderMap, StatusCode};
    /// use identity_errors::Kind;
    ///
    /// let sent = br#"{"errorMessage":"User exists with same username"}"#;
    /// let body = AdminErrorBody::from_parts(StatusCode::CONFLICT, &HeaderMap::new(), sent)?;
    /// assert_eq!(body.message(), "User exists with same username");
    /// assert_eq!(body.kind(), Kind::Conflict);
    /// assert_eq!(body.to_json().as_bytes(), sent);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct AdminErrorBody: "a Keycloak admin error body", "application/json" {
        optional field: String = "field",
        required error_message: String = "errorMessage",
        optional params: Vec<String> = "params",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
    }
}

body!(AdminErrorBody, Keycloak, EventError);
retry_after_accessors!(AdminErrorBody, setter);

impl AdminErrorBody {
    /// A body with this `errorMessage`. Never fails.
    ///
    /// ```
    /// use identity_errors::keycloak::AdminErrorBody;
    /// use identity_errors::http::StatusCode;
    ///
    /// let response = AdminErrorBody::new("User exists with same username")
    ///     .with_status(StatusCode::CONFLICT)
    ///     .into_http_response();
    /// assert_eq!(response.status(), 409);
    /// assert_eq!(response.body(), r#"{"errorMessage":"User exists with same username"}"#);
    /// ```
    pub fn new(error_message: impl Into<String>) -> Self {
        Self {
            error_message: error_message.into(),
            ..Self::empty()
        }
    }

    /// Sets `field` (the attribute a validation error is about).
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Sets `params` (the message's arguments).
    pub fn with_params(mut self, params: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.params = Some(params.into_iter().map(Into::into).collect());
        self
    }

    /// The `errorMessage`, verbatim: what the body has for a code.
    pub fn code(&self) -> &str {
        &self.error_message
    }

    /// The `errorMessage` as an event error string, where it is exactly one (Keycloak's
    /// admin messages are sentences or message keys, so this is rare).
    pub fn known_code(&self) -> Option<EventError> {
        EventError::from_code(&self.error_message)
    }

    /// The `errorMessage`, verbatim.
    pub fn message(&self) -> &str {
        &self.error_message
    }

    /// The `field` a validation error is about.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The `params` of a validation error's message.
    pub fn params(&self) -> Option<&[String]> {
        self.params.as_deref()
    }

    /// The HTTP status: the one received or set, else 400.
    pub fn status(&self) -> StatusCode {
        self.http_status.unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the event error's kind where `errorMessage` is one, else the
    /// kind of the [`status`](Self::status) (409 `conflict`, 404 `not_found`, ..).
    pub fn kind(&self) -> Kind {
        match self.known_code() {
            Some(code) => code.kind(),
            None => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the event error's advice, else the
    /// [`status`](Self::status)'s.
    pub fn retry(&self) -> Retry {
        match self.known_code() {
            Some(code) => code.retry(),
            None => Retry::of_status(Vendor::Keycloak, self.status()),
        }
    }

    /// The `Retry-After` received (or set), at most [`Retry::MAX_WAIT`].
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after.map(headers::whole_seconds)
    }

    /// Keycloak sends no correlation id: always `None`.
    pub fn correlation_id(&self) -> Option<&str> {
        None
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        let mut causes = Vec::new();
        if let Some(field) = self.field() {
            causes.push(Cow::Owned(["field ", field].concat()));
        }
        Report {
            code: Cow::Borrowed(&self.error_message),
            summary: None,
            causes,
            correlation: None,
        }
    }
}

impl Received for AdminErrorBody {
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
    }
}

impl fmt::Display for AdminErrorBody {
    /// `User exists with same username` on one line, a `field` as a cause.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}
