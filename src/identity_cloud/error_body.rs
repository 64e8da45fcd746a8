use crate::body::{body, error_body, retry_after_accessors, Received};
use crate::display::{self, Report};
use crate::identity_cloud::{Category, ErrorCode};
use crate::object::{Constant, ConstantText, Empty};
use crate::{headers, id, Kind, Retry, Vendor};
use http::header::HeaderMap;
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

error_body! {
    /// An Identity Cloud (Capture / Authentication API) error body:
    /// `{"stat":"error","code":415,"error":"..","error_description":"..","request_id":"<16 chars>"}`.
    ///
    /// Capture answers such errors with HTTP 200 ([`ErrorBody::new`]); OAuth endpoints answer 400
    /// or 401 with the OAuth `error` and the Registration string in `sub_error`
    /// ([`ErrorBody::oauth`]). Parsing requires `stat`, `code` and `error`, and `stat` to be
    /// `"error"` (a Capture success, `"stat":"ok"`, is not an error body), accepts
    /// `request_token` (the documentation's name) for `request_id` (what real bodies send) and
    /// keeps per-code members such as `argument_name`, `invalid_fields` or `message`, written
    /// back in place and unchanged.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":100,"error_description":"missing arguments: flow","error":"missing_argument","request_id":"uyeem84bmqmnjuu4"}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::MissingArgument));
    /// assert_eq!(body.request_id(), Some("uyeem84bmqmnjuu4"));
    ///
    /// // A code the catalog lacks is kept; the documentation's catch-all rule names its family.
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":364,"error":"new_constraint"}"#)?;
    /// assert_eq!((body.code(), body.known_code()), (364, None));
    /// assert_eq!(body.catch_all(), Some(ErrorCode::ConstraintViolation));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ErrorBody: "an Identity Cloud error body", "application/json" {
        required stat: Constant<Stat> = "stat",
        required code: i64 = "code",
        required error: String = "error",
        optional sub_error: String = "sub_error",
        optional description: String = "error_description",
        optional request_id: String = "request_id",
        optional request_token: String = "request_token",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
    }
}

body!(ErrorBody, IdentityCloud, ErrorCode);
retry_after_accessors!(ErrorBody);

/// The `stat` member of an error body, which is always `"error"`: reading any other value (a
/// Capture success says `"ok"`) is an error, so that a successful response never parses as an
/// error body.
pub(crate) struct Stat;

impl ConstantText for Stat {
    /// The only `stat` an error body has.
    const TEXT: &'static str = "error";
}

impl Stat {
    /// Whether `body` says it is an error: a top-level `"stat":"error"`, whatever the rest of
    /// the body holds (Capture answers errors with HTTP 200, so nothing else tells).
    pub(crate) fn says_error(body: &[u8]) -> bool {
        let mut error = false;
        crate::probe::top_level_strings(body, |name, value| {
            error |= name == "stat" && value == Self::TEXT;
        });
        error
    }
}

impl ErrorBody {
    /// The body Capture sends for `code` (HTTP 200): the catalog's `error` string and
    /// description, and a new 16-character `request_id`.
    ///
    /// Never fails: every catalog code makes a whole body (see
    /// [`Body`](crate::Body#building-a-body)).
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::AccessTokenExpired).with_request_id("h7yyk55jjnc39bw2");
    /// assert_eq!(
    ///     body.to_json(),
    ///     r#"{"stat":"error","code":414,"error":"access_token_expired","error_description":"The supplied access token has expired.","request_id":"h7yyk55jjnc39bw2"}"#
    /// );
    /// assert_eq!(body.status(), http::StatusCode::OK);
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        Self {
            request_id: Some(id::identity_cloud_request_id()),
            ..Self::from_raw(code.code(), code.error(), code.description())
        }
    }

    /// The body an OAuth endpoint sends: the OAuth `error` (such as `invalid_request`), the
    /// Registration string in `sub_error`, HTTP 401 for `invalid_client` and 400 otherwise
    /// (RFC 6749, section 5.2). No `request_id`, as in the documentation's example of this shape;
    /// add one with [`with_request_id`](Self::with_request_id).
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::oauth("invalid_request", ErrorCode::InvalidArgument);
    /// assert_eq!(body.sub_error(), Some("invalid_argument"));
    /// assert_eq!(body.status(), http::StatusCode::BAD_REQUEST);
    /// ```
    pub fn oauth(error: impl Into<String>, code: ErrorCode) -> Self {
        Self {
            sub_error: Some(code.error().to_owned()),
            ..Self::from_raw(code.code(), error, code.description())
        }
    }

    /// A body with any code, error string and description, kept verbatim (no `request_id` is
    /// generated).
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorBody;
    ///
    /// let body = ErrorBody::from_raw(999, "brand_new_error", "Added after this crate.");
    /// assert_eq!(body.to_string(), "999 brand_new_error: Added after this crate.");
    /// assert_eq!(body.known_code(), None);
    /// ```
    pub fn from_raw(code: i64, error: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            code,
            error: error.into(),
            description: Some(description.into()),
            ..Self::empty()
        }
    }

    /// Replaces the `error_description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets the request id: `request_token` if the body was parsed with that name and no
    /// `request_id`, else `request_id`.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":414,"error":"access_token_expired","request_token":"h7yyk55jjnc39bw2"}"#)?
    ///     .with_request_id("uyeem84bmqmnjuu4");
    /// assert_eq!(body.request_id(), Some("uyeem84bmqmnjuu4"));
    /// assert!(body.to_json().ends_with(r#""request_token":"uyeem84bmqmnjuu4"}"#));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        // The name the body was parsed with, so that the getter sees the new value.
        let slot = if self.request_id.is_none() && self.request_token.is_some() {
            &mut self.request_token
        } else {
            &mut self.request_id
        };
        *slot = Some(request_id.into());
        self
    }

    /// The `stat` member: `"error"` in every error body.
    pub fn stat(&self) -> &str {
        Stat::TEXT
    }

    /// The integer `code`, verbatim.
    pub fn code(&self) -> i64 {
        self.code
    }

    /// The `code` as a catalog code, where the catalog has exactly that code (see
    /// [`catch_all`](Self::catch_all) for the documentation's rule for the others).
    pub fn known_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.code)
    }

    /// The catalog entry the documentation's catch-all rule gives the `code`: the code's own, or
    /// for a code the catalog lacks the listed multiple of 10, then of 100, below it (see
    /// [`ErrorCode::catch_all`]). [`code`](Self::code) keeps the original.
    pub fn catch_all(&self) -> Option<ErrorCode> {
        ErrorCode::catch_all(self.code)
    }

    /// The `error` string: a Registration string, or an OAuth error on OAuth endpoints.
    pub fn error(&self) -> &str {
        &self.error
    }

    /// The Registration string on OAuth endpoint bodies.
    pub fn sub_error(&self) -> Option<&str> {
        self.sub_error.as_deref()
    }

    /// The `error_description`, if present.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The 16-character request token, sent as `request_id` (or `request_token`): the id a
    /// support ticket needs.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref().or(self.request_token.as_deref())
    }

    /// The HTTP status: the one received ([`from_parts`](Self::from_parts)) or set
    /// ([`with_status`](Self::with_status)), else for an OAuth endpoint body (one with
    /// `sub_error`) 401 for `invalid_client` and 400 otherwise, else 200 as Capture answers.
    ///
    /// ```
    /// use identity_errors::http::StatusCode;
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::new(ErrorCode::AccessTokenExpired).status(), StatusCode::OK);
    /// assert_eq!(ErrorBody::oauth("invalid_client", ErrorCode::InvalidClientCredentials).status(), StatusCode::UNAUTHORIZED);
    /// assert_eq!(ErrorBody::oauth("invalid_grant", ErrorCode::AuthorizationCodeExpired).status(), StatusCode::BAD_REQUEST);
    /// ```
    pub fn status(&self) -> StatusCode {
        match (self.http_status, &self.sub_error) {
            (Some(status), _) => status,
            (None, Some(_)) if self.error == "invalid_client" => StatusCode::UNAUTHORIZED,
            (None, Some(_)) => StatusCode::BAD_REQUEST,
            (None, None) => StatusCode::OK,
        }
    }

    /// What the error means: the kind of the code or, for a code the catalog lacks, of its
    /// [`catch_all`](Self::catch_all), else of the documentation's range the code falls in
    /// ([`Category`]); an error in no range is a server fault.
    pub fn kind(&self) -> Kind {
        match (self.catch_all(), Category::of(self.code)) {
            (Some(code), _) => code.kind(),
            (None, Some(category)) => category.kind(),
            (None, None) => Kind::ServerFault,
        }
    }

    /// Whether and when to try again: the advice for the code or its catch-all, else the rule's
    /// for the [`kind`](Self::kind). Capture's HTTP 200 says nothing about retrying.
    pub fn retry(&self) -> Retry {
        match self.catch_all() {
            Some(code) => code.retry(),
            None if self.status().is_success() => self.kind().retry(),
            None => Retry::of_status(Vendor::IdentityCloud, self.status()),
        }
    }

    /// The id a support ticket needs: the [`request_id`](Self::request_id).
    pub fn correlation_id(&self) -> Option<&str> {
        self.request_id()
    }
}

impl Received for ErrorBody {
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
    }

    /// Capture answers errors with HTTP 200: `"stat":"error"` is the only sign.
    fn says_error(body: &[u8]) -> bool {
        Stat::says_error(body)
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
    }
}

impl fmt::Display for ErrorBody {
    /// `415 authorization_code_expired: The supplied authorization code has expired.
    /// (request_id: ..)` on one line: the code and `error` (with the `sub_error` of an OAuth
    /// endpoint's body in parentheses), the description, the members Identity Cloud adds for
    /// the code (`argument_name`, `invalid_fields`, `message`, ..) as causes, and the
    /// `request_id`; `{:#}` puts each cause and the id on a line of its own.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":200,"error":"invalid_request","sub_error":"invalid_argument","argument_name":"grant_type","error_description":"invalid grant_type: X","request_id":"uyeem84bmqmnjuu4"}"#)?;
    /// assert_eq!(
    ///     body.to_string(),
    ///     r#"200 invalid_request (invalid_argument): invalid grant_type: X (causes: "argument_name: grant_type"; request_id: uyeem84bmqmnjuu4)"#
    /// );
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

impl ErrorBody {
    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        let code = match &self.sub_error {
            Some(sub_error) => format!("{} {} ({sub_error})", self.code, self.error),
            None => format!("{} {}", self.code, self.error),
        };
        let causes = self.extra().iter().map(|(name, value)| {
            Cow::Owned(format!("{name}: {}", display::json_text(value.get())))
        });
        Report {
            code: Cow::Owned(code),
            summary: self.description(),
            causes: causes.collect(),
            correlation: self.request_id().map(|id| ("request_id", id)),
        }
    }
}
