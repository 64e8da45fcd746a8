use crate::body::{body, error_body, retry_after_accessors, Received};
use crate::display::Report;
use crate::firebase::ErrorCode;
use crate::object::{json_object, Empty};
use crate::{headers, Kind, Retry, Vendor};
use http::header::HeaderMap;
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

/// What separates the server code from its detail in `error.message`, as the JS SDK splits it.
const SEPARATOR: &str = " : ";

json_object! {
    /// The `error` member of a Firebase body (Google's error envelope).
    #[derive(Clone, PartialEq, Eq)]
    struct Envelope: "a Firebase error object" {
        optional code: i64 = "code",
        required message: String = "message",
        optional errors: Vec<ErrorItem> = "errors",
        optional status: String = "status",
        optional details: Vec<Detail> = "details",
    }
}

json_object! {
    /// One entry of `error.errors`: `{"message","domain","reason"}`, other members kept and
    /// written back unchanged.
    ///
    /// ```
    /// use identity_errors::firebase::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"error":{"code":400,"message":"EMAIL_NOT_FOUND","errors":[{"message":"EMAIL_NOT_FOUND","domain":"global","reason":"invalid"}]}}"#)?;
    /// let item = &body.errors()[0];
    /// assert_eq!((item.message(), item.domain(), item.reason()), (Some("EMAIL_NOT_FOUND"), Some("global"), Some("invalid")));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ErrorItem: "an entry of a Firebase error's errors" {
        optional message: String = "message",
        optional domain: String = "domain",
        optional reason: String = "reason",
    }
}

impl ErrorItem {
    /// An entry as Identity Toolkit writes one: the message, domain `global`, reason `invalid`.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: Some(message.into()),
            domain: Some("global".to_owned()),
            reason: Some("invalid".to_owned()),
            ..Self::empty()
        }
    }

    /// The entry's `message` (the same text as `error.message`, in Identity Toolkit's answers).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The entry's `domain` (`global`).
    pub fn domain(&self) -> Option<&str> {
        self.domain.as_deref()
    }

    /// The entry's `reason` (`invalid`).
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

json_object! {
    /// One entry of `error.details`, as newer Google answers carry them: its `@type` (such as
    /// `type.googleapis.com/google.rpc.ErrorInfo`), every other member kept and written back
    /// unchanged (see [`extra`](Self::extra)).
    #[derive(Clone, PartialEq, Eq)]
    pub struct Detail: "an entry of a Firebase error's details" {
        optional type_url: String = "@type",
    }
}

impl Detail {
    /// The entry's `@type`.
    pub fn type_url(&self) -> Option<&str> {
        self.type_url.as_deref()
    }
}

error_body! {
    /// A Firebase Auth (Identity Toolkit) error body, Google's error envelope:
    /// `{"error":{"code":400,"message":"EMAIL_NOT_FOUND","errors":[{"message","domain","reason"}]}}`,
    /// newer answers with `error.status` (`INVALID_ARGUMENT`) and `error.details[]`.
    ///
    /// `error.message` is required (the JS SDK reads the error from it) and kept verbatim; it may
    /// be `CODE : detail`, and [`code`](Self::code) is the part before the first `" : "`, as the
    /// SDK splits it. Every other member, in `error`, its `errors` and `details` entries and
    /// beside `error`, is kept and written back in place and unchanged.
    ///
    /// ```
    /// use identity_errors::firebase::{ClientCode, ErrorBody, ErrorCode};
    /// use identity_errors::Kind;
    ///
    /// let sent = br#"{"error":{"code":400,"message":"TOO_MANY_ATTEMPTS_TRY_LATER : Too many unsuccessful login attempts. Please try again later.","errors":[{"message":"TOO_MANY_ATTEMPTS_TRY_LATER : Too many unsuccessful login attempts. Please try again later.","domain":"global","reason":"invalid"}]}}"#;
    /// let body = ErrorBody::from_slice(sent)?;
    /// assert_eq!(body.code(), "TOO_MANY_ATTEMPTS_TRY_LATER");
    /// assert_eq!(body.known_code(), Some(ErrorCode::TooManyAttemptsTryLater));
    /// assert_eq!(body.detail(), Some("Too many unsuccessful login attempts. Please try again later."));
    /// assert_eq!(body.client_code(), "auth/too-many-requests");
    /// assert_eq!(body.kind(), Kind::RateLimited);
    /// assert_eq!(body.to_json().as_bytes(), sent);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ErrorBody: "a Firebase error body", "application/json; charset=UTF-8" {
        required error: Envelope = "error",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
    }
}

body!(ErrorBody, Firebase, ErrorCode);
retry_after_accessors!(ErrorBody);

impl ErrorBody {
    /// The body Identity Toolkit answers for a catalog code: `code` 400, the code as `message`,
    /// and one `errors` entry with the same message, domain `global` and reason `invalid`. Add
    /// a detail with [`with_detail`](Self::with_detail). Never fails.
    ///
    /// ```
    /// use identity_errors::firebase::{ErrorBody, ErrorCode};
    ///
    /// let response = ErrorBody::new(ErrorCode::EmailNotFound).into_http_response();
    /// assert_eq!(response.status(), 400);
    /// assert_eq!(response.headers()["content-type"], "application/json; charset=UTF-8");
    /// assert_eq!(
    ///     response.body(),
    ///     r#"{"error":{"code":400,"message":"EMAIL_NOT_FOUND","errors":[{"message":"EMAIL_NOT_FOUND","domain":"global","reason":"invalid"}]}}"#
    /// );
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        let mut body = Self::from_raw(code.code());
        body.error.code = Some(i64::from(code.status().as_u16()));
        body
    }

    /// A body with any message, verbatim (a code the catalog lacks, or `CODE : detail`), with
    /// one `errors` entry of the same message; no `code` (set it with
    /// [`with_error_code`](Self::with_error_code)).
    pub fn from_raw(message: impl Into<String>) -> Self {
        let message = message.into();
        Self {
            error: Envelope {
                errors: Some(vec![ErrorItem::new(message.clone())]),
                message,
                ..Envelope::empty()
            },
            ..Self::empty()
        }
    }

    /// Sets the detail: `error.message` becomes `CODE : detail` (the code kept), and so does
    /// each `errors` entry's message that was the old message, as Identity Toolkit writes them.
    ///
    /// ```
    /// use identity_errors::firebase::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::WeakPassword).with_detail("Password should be at least 6 characters");
    /// assert_eq!(body.message(), "WEAK_PASSWORD : Password should be at least 6 characters");
    /// assert_eq!(body.errors()[0].message(), Some(body.message()));
    /// ```
    pub fn with_detail(mut self, detail: &str) -> Self {
        let old = self.error.message.clone();
        let message = [self.code(), SEPARATOR, detail].concat();
        for item in self.error.errors.iter_mut().flatten() {
            if item.message.as_deref() == Some(old.as_str()) {
                item.message = Some(message.clone());
            }
        }
        self.error.message = message;
        self
    }

    /// Sets `error.code`, the HTTP status the body states, which every Identity Toolkit answer
    /// gives: a body [`from_raw`](Self::from_raw), for a code the catalog lacks, has none until
    /// this sets it (the response's status is [`with_status`](Self::with_status)'s).
    ///
    /// ```
    /// use identity_errors::firebase::ErrorBody;
    ///
    /// let body = ErrorBody::from_raw("DUPLICATE_EMAIL").with_error_code(400);
    /// assert_eq!(
    ///     body.to_json(),
    ///     r#"{"error":{"code":400,"message":"DUPLICATE_EMAIL","errors":[{"message":"DUPLICATE_EMAIL","domain":"global","reason":"invalid"}]}}"#
    /// );
    /// ```
    pub fn with_error_code(mut self, code: i64) -> Self {
        self.error.code = Some(code);
        self
    }

    /// Sets `error.status`, the RPC status name (`INVALID_ARGUMENT`).
    pub fn with_rpc_status(mut self, status: impl Into<String>) -> Self {
        self.error.status = Some(status.into());
        self
    }

    /// `error.message`, verbatim (`"EMAIL_NOT_FOUND"`, or `"CODE : detail"`).
    pub fn message(&self) -> &str {
        &self.error.message
    }

    /// The server code: `error.message` before the first `" : "` (all of it where there is
    /// none), as the JS SDK reads it (`errorMessage.split(' : ')`).
    pub fn code(&self) -> &str {
        let message = self.message();
        message.split(SEPARATOR).next().unwrap_or(message)
    }

    /// The detail as the JS SDK reads it: the text between the first `" : "` and the next one,
    /// or the end (`split(' : ')`'s second part; a detail that itself holds `" : "` is cut
    /// there by the SDK, while [`message`](Self::message) keeps it all). `None` without one.
    pub fn detail(&self) -> Option<&str> {
        self.message().split(SEPARATOR).nth(1)
    }

    /// The [`code`](Self::code) as a catalog code, where the catalog has exactly that code.
    pub fn known_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.code())
    }

    /// The client code the JS SDK throws for this body (`auth/user-not-found` for
    /// `EMAIL_NOT_FOUND`): a catalog code's [`client_code`](ErrorCode::client_code), and for a
    /// code the catalog lacks the SDK's fallback, the code in lower case with each run of `_`
    /// or white space a `-` (`SOME_NEW_CODE` → `auth/some-new-code`).
    pub fn client_code(&self) -> Cow<'static, str> {
        if let Some(code) = self.known_code() {
            return Cow::Borrowed(code.client_code());
        }
        let mut out = String::from("auth/");
        let mut run = false;
        for c in self.code().chars() {
            if c == '_' || c.is_whitespace() {
                if !run {
                    out.push('-');
                }
                run = true;
            } else {
                out.extend(c.to_lowercase());
                run = false;
            }
        }
        Cow::Owned(out)
    }

    /// `error.code`, the HTTP status the body states.
    pub fn error_code(&self) -> Option<i64> {
        self.error.code
    }

    /// `error.status`, the RPC status name (`INVALID_ARGUMENT`), in newer answers.
    pub fn rpc_status(&self) -> Option<&str> {
        self.error.status.as_deref()
    }

    /// `error.errors`, in order (empty where absent).
    pub fn errors(&self) -> &[ErrorItem] {
        self.error.errors.as_deref().unwrap_or_default()
    }

    /// `error.details`, in order (empty where absent).
    pub fn details(&self) -> &[Detail] {
        self.error.details.as_deref().unwrap_or_default()
    }

    /// The HTTP status: the one received or set, else `error.code` where it is one, else the
    /// catalog code's (the crate's choice, 400), else 400.
    pub fn status(&self) -> StatusCode {
        let stated = self
            .error
            .code
            .and_then(|code| u16::try_from(code).ok())
            .filter(|code| (400..=599).contains(code))
            .and_then(|code| StatusCode::from_u16(code).ok());
        self.http_status
            .or(stated)
            .or_else(|| self.known_code().map(ErrorCode::status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the catalog code's kind, or, for a code the catalog lacks, the
    /// kind of the [`status`](Self::status).
    pub fn kind(&self) -> Kind {
        match self.known_code() {
            Some(code) => code.kind(),
            None => Kind::of_status(self.status()).unwrap_or(Kind::ServerFault),
        }
    }

    /// Whether and when to try again: the catalog code's advice, or, for a code the catalog
    /// lacks, the advice for the [`status`](Self::status).
    pub fn retry(&self) -> Retry {
        match self.known_code() {
            Some(code) => code.retry(),
            None => Retry::of_status(Vendor::Firebase, self.status()),
        }
    }

    /// The id a support ticket needs: Identity Toolkit's error bodies and headers carry none,
    /// so `None`.
    pub fn correlation_id(&self) -> Option<&str> {
        None
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        let mut causes = Vec::new();
        if let Some(status) = self.rpc_status() {
            causes.push(Cow::Owned(["status ", status].concat()));
        }
        Report {
            code: Cow::Borrowed(self.code()),
            summary: self.detail(),
            causes,
            correlation: None,
        }
    }
}

impl Received for ErrorBody {
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
    }
}

impl fmt::Display for ErrorBody {
    /// `TOO_MANY_ATTEMPTS_TRY_LATER: Too many unsuccessful login attempts. ..` on one line: the
    /// server code, the detail, and `error.status` as a cause; `{:#}` puts the cause on a line
    /// of its own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}
