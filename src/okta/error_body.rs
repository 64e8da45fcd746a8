use crate::body::{body, error_body, Received};
use crate::display::Report;
use crate::object::Empty;
use crate::okta::{ErrorCause, ErrorCode, OAuthErrorCode, RateLimit};
use crate::{headers, id, Kind, Retry, TemplateError, Vendor};
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

/// The header carrying the id of Okta's request, which Okta support asks for.
const REQUEST_ID: &str = "x-okta-request-id";

/// The codes Okta answers before the request is given an id: their recorded answers carry no
/// `X-Okta-Request-Id` and no rate-limit headers (okta-sdk-python's cassettes: `E0000019` once,
/// `E0000022` four times, every answer with these codes; see tests/fixtures/README.md). A test
/// double answering them sends no generated id either.
const ANSWERED_WITHOUT_REQUEST_ID: [ErrorCode; 2] = [ErrorCode::E0000019, ErrorCode::E0000022];

error_body! {
    /// An Okta API error body:
    /// `{"errorCode","errorSummary","errorLink","errorId","errorCauses":[{"errorSummary"}]}`.
    ///
    /// Build one from a catalog code to answer like Okta ([`ErrorBody::try_new`], or the generated
    /// constructor per code, such as [`ErrorBody::resource_not_found`], whose parameters match
    /// the template), or parse what Okta sent ([`ErrorBody::from_slice`]). Parsing is lenient
    /// where Okta is: `errorLink`, `errorId` and `errorCauses` may be missing, an `errorCode` the
    /// catalog lacks is kept verbatim, and members the type has no field for are kept and written
    /// back, in their place, unchanged.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, ErrorCode};
    ///
    /// // A client: what did Okta say?
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: me (Session)","errorLink":"E0000007","errorId":"oaep1O6-fQVRVyr7Y8Ew8DN2A","errorCauses":[]}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::ResourceNotFound));
    /// assert_eq!(body.error_id(), Some("oaep1O6-fQVRVyr7Y8Ew8DN2A"));
    ///
    /// // A service: answer as Okta would.
    /// let body = ErrorBody::resource_not_found("Resource not found: me (Session)");
    /// assert_eq!(body.summary(), "Not found: Resource not found: me (Session)");
    /// assert_eq!(body.status(), http::StatusCode::NOT_FOUND);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    ///
    /// The constructors check their argument count at compile time:
    ///
    /// ```compile_fail,E0061
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::resource_not_found("one", "two"); // E0000007 takes one argument
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ErrorBody: "an Okta error body", "application/json" {
        required code: String = "errorCode",
        required summary: String = "errorSummary",
        optional link: String = "errorLink",
        optional error_id: String = "errorId",
        optional causes: Vec<ErrorCause> = "errorCauses",
        ;
        /// The rate-limit headers received or to send.
        rate_limit: Option<RateLimit>,
        /// The `X-Okta-Request-Id` received or to send.
        request_id: Option<String>,
    }
}

body!(ErrorBody, Okta, ErrorCode);

impl ErrorBody {
    /// The body Okta sends for `code`, its summary filled with `args`, a new `errorId` and no
    /// causes. Fails if `args` does not match the template's [`arity`](ErrorCode::arity); the
    /// generated constructors (one per code) check that at compile time instead.
    ///
    /// What `new` is on the other body types, for a catalog whose codes alone make no body: it
    /// can be given the wrong arguments, so it returns a `Result` and says so in its name (see
    /// [`Body`](crate::Body#building-a-body)). There is no `new(code)`, which would send a
    /// placeholder unfilled; the per-code constructors are the infallible ones.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::try_new(ErrorCode::E0000001, &["name"])?;
    /// assert_eq!(body.summary(), "Api validation failed: name");
    /// assert!(ErrorBody::try_new(ErrorCode::E0000001, &[]).is_err());
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn try_new(code: ErrorCode, args: &[&str]) -> Result<Self, TemplateError> {
        Ok(Self::with_summary(code.code(), code.fill(args)?))
    }

    /// The generated constructors' path: their parameter count is the template's arity, so
    /// filling cannot fail.
    fn filled(code: ErrorCode, args: &[&str]) -> Self {
        let summary = code.fill(args);
        debug_assert!(
            summary.is_ok(),
            "generated constructor with the wrong arity"
        );
        Self::with_summary(
            code.code(),
            summary.unwrap_or_else(|_| code.summary().to_owned()),
        )
    }

    /// A body with any code and summary, kept verbatim: for codes this crate's catalog lacks.
    /// `errorLink` is the code, as Okta sends it; a new `errorId` is generated.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::from_raw("E0009999", "Something new");
    /// assert_eq!(body.code(), "E0009999");
    /// assert_eq!(body.known_code(), None);
    /// ```
    pub fn from_raw(code: impl Into<String>, summary: impl Into<String>) -> Self {
        Self::with_summary(code.into(), summary.into())
    }

    /// The body for `code` with its summary, a new `errorId` and empty causes.
    fn with_summary(code: impl Into<String>, summary: String) -> Self {
        let code = code.into();
        Self {
            link: Some(code.clone()),
            code,
            summary,
            error_id: Some(id::okta_error_id()),
            causes: Some(Vec::new()),
            ..Self::empty()
        }
    }

    /// Sets the `errorId` (the constructors generate one).
    pub fn with_error_id(mut self, error_id: impl Into<String>) -> Self {
        self.error_id = Some(error_id.into());
        self
    }

    /// Adds a cause to `errorCauses`.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::api_validation("name").with_cause("errors in the field: name");
    /// assert_eq!(body.causes()[0].summary(), Some("errors in the field: name"));
    /// ```
    pub fn with_cause(mut self, summary: impl Into<String>) -> Self {
        self.causes_mut().push(ErrorCause::new(summary));
        self
    }

    /// The `errorCode`, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The `errorCode` as a catalog code, where the catalog has exactly that code.
    pub fn known_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(&self.code)
    }

    /// The `errorCode` as an OAuth error, where Okta put one there: its `/authorize` endpoint
    /// answers `{"errorCode":"invalid_client","errorSummary":"Invalid value for 'client_id'
    /// parameter.",..}`.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, OAuthErrorCode};
    /// use identity_errors::Kind;
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"invalid_client","errorSummary":"Invalid value for 'client_id' parameter."}"#)?;
    /// assert_eq!(body.known_code(), None);
    /// assert_eq!(body.oauth_code(), Some(OAuthErrorCode::InvalidClient));
    /// assert_eq!(body.kind(), Kind::Unauthenticated); // the OAuth error's
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn oauth_code(&self) -> Option<OAuthErrorCode> {
        OAuthErrorCode::from_code(&self.code)
    }

    /// The `errorSummary`.
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// The `errorLink`, if present (Okta sends the code again).
    pub fn link(&self) -> Option<&str> {
        self.link.as_deref()
    }

    /// The `errorId`, if present: `oae` and 22 characters, for Okta support.
    pub fn error_id(&self) -> Option<&str> {
        self.error_id.as_deref()
    }

    /// The `errorCauses`; empty if there are none or the member is missing.
    pub fn causes(&self) -> &[ErrorCause] {
        self.causes.as_deref().unwrap_or_default()
    }

    /// The `errorCauses`, to change; creates the member if it was missing.
    pub fn causes_mut(&mut self) -> &mut Vec<ErrorCause> {
        self.causes.get_or_insert_with(Vec::new)
    }

    /// The HTTP status: the one received ([`from_parts`](Self::from_parts)) or set
    /// ([`with_status`](Self::with_status)), else the catalog code's, else 500 for a code the
    /// catalog lacks. The catalog's own stays `known_code().map(ErrorCode::status)`.
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.known_code().map(ErrorCode::status))
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// What the error means: the catalog code's kind, or the OAuth error's in `errorCode`, or,
    /// for a code neither catalog has, the kind of the [`status`](Self::status) (below 400, a
    /// refusal that says not why: `InvalidRequest`, never retried, as for an OAuth error).
    pub fn kind(&self) -> Kind {
        match (self.known_code(), self.oauth_code()) {
            (Some(code), _) => code.kind(),
            (None, Some(error)) => error.kind(),
            (None, None) => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the catalog code's advice (or the OAuth error's), or,
    /// for a code neither catalog has, the advice for the [`status`](Self::status).
    pub fn retry(&self) -> Retry {
        match (self.known_code(), self.oauth_code()) {
            (Some(code), _) => code.retry(),
            (None, Some(error)) => error.retry(),
            (None, None) => Retry::of_status(Vendor::Okta, self.status()),
        }
    }

    /// How long to wait before trying again, from the rate-limit headers received (see
    /// [`RateLimit::wait`]).
    pub fn retry_after(&self) -> Option<Duration> {
        self.rate_limit.as_ref().and_then(RateLimit::wait)
    }

    /// The rate-limit headers received, or set with [`with_rate_limit`](Self::with_rate_limit).
    pub fn rate_limit(&self) -> Option<&RateLimit> {
        self.rate_limit.as_ref()
    }

    /// Sends Okta's rate-limit headers with the response, as Okta does with every answer (and
    /// a test double should with its 429s).
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, RateLimit};
    /// use std::time::{Duration, SystemTime};
    ///
    /// let reset = SystemTime::now() + Duration::from_secs(30);
    /// let response = ErrorBody::too_many_requests()
    ///     .with_rate_limit(RateLimit::new(600, 0, reset))
    ///     .into_http_response();
    /// assert_eq!(response.status(), 429);
    /// assert_eq!(response.headers()["x-rate-limit-limit"], "600");
    /// assert_eq!(response.headers()["x-rate-limit-remaining"], "0");
    /// ```
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// The `X-Okta-Request-Id` received with the body, or set with
    /// [`with_request_id`](Self::with_request_id).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Sets the `X-Okta-Request-Id` sent with the response. Without one, the response carries
    /// a new id of the shape Okta sends (32 lowercase hexadecimal digits), as Okta's every
    /// answer does; so does a set id that no header can carry (a control character) or that
    /// is over 2 KiB (clients would refuse the whole response).
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// The id a support ticket needs: the `errorId`, else the `X-Okta-Request-Id` received.
    pub fn correlation_id(&self) -> Option<&str> {
        self.error_id().or(self.request_id())
    }
}

impl ErrorBody {
    /// Whether `body` says it is an Okta API error, whatever its status: top-level `errorCode`
    /// and `errorSummary` strings, the two members every such body has and no Okta resource
    /// does (`E0000070`, "Waiting for ACK", comes with HTTP 202).
    pub(crate) fn says_error(body: &[u8]) -> bool {
        let (mut code, mut summary) = (false, false);
        crate::probe::top_level_strings(body, |name, _| match name {
            "errorCode" => code = true,
            "errorSummary" => summary = true,
            _ => {}
        });
        code && summary
    }
}

impl Received for ErrorBody {
    fn read_headers(&mut self, headers: &HeaderMap) {
        (self.rate_limit, self.request_id) = read_okta_headers(headers);
    }

    fn says_error(body: &[u8]) -> bool {
        ErrorBody::says_error(body)
    }

    /// Okta's rate-limit headers come with every answer, a proxy's 429 page included.
    fn wait_from_headers(headers: &HeaderMap) -> Option<Duration> {
        RateLimit::from_headers(headers)?.wait()
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        let request_id = match self.request_id() {
            Some(id) => RequestId::Set(id),
            None if self
                .known_code()
                .is_some_and(|code| ANSWERED_WITHOUT_REQUEST_ID.contains(&code)) =>
            {
                RequestId::None
            }
            None => RequestId::Generated,
        };
        write_okta_headers(self.rate_limit.as_ref(), request_id, headers);
    }
}

/// The `X-Okta-Request-Id` to send.
pub(crate) enum RequestId<'a> {
    /// The one received or set.
    Set(&'a str),
    /// A new one, as Okta sends with nearly every answer.
    Generated,
    /// None, as Okta answers some errors.
    None,
}

impl<'a> RequestId<'a> {
    /// The id set, else a new one.
    pub(crate) fn set_or_generated(id: Option<&'a str>) -> Self {
        id.map_or(Self::Generated, Self::Set)
    }
}

/// The rate-limit and request-id headers Okta sends with its answers, API or OAuth. A new
/// request id is of the shape Okta sends (Okta sends one with nearly every error, and its SDKs
/// echo it in `X-Okta-Retry-For` when they retry); a set one that cannot be a header value (a
/// control character, or over 2 KiB, which clients would refuse with the whole response) is
/// replaced by a new one.
pub(crate) fn write_okta_headers(
    rate_limit: Option<&RateLimit>,
    request_id: RequestId<'_>,
    headers: &mut HeaderMap,
) {
    if let Some(rate_limit) = rate_limit {
        rate_limit.insert_into(headers);
    }
    let value = match request_id {
        RequestId::Set(id) => headers::text_value(id),
        RequestId::Generated => None,
        RequestId::None => return,
    };
    let value = value.or_else(|| HeaderValue::from_str(&id::okta_request_id()).ok());
    if let Some(value) = value {
        headers.insert(HeaderName::from_static(REQUEST_ID), value);
    }
}

/// Reads the rate-limit and request-id headers Okta sends with every answer.
pub(crate) fn read_okta_headers(headers: &HeaderMap) -> (Option<RateLimit>, Option<String>) {
    let request_id = headers::single(headers, REQUEST_ID).map(str::to_owned);
    (RateLimit::from_headers(headers), request_id)
}

impl fmt::Display for ErrorBody {
    /// `E0000001: Api validation failed: login (causes: "login: ..", "password: ..";
    /// errorId: oae..)` on one line (the `errorId`, else the `X-Okta-Request-Id`, as `request id`);
    /// `{:#}` puts each cause and the id on a line of its own.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::api_validation("login")
    ///     .with_cause("login: An object with this field already exists")
    ///     .with_error_id("oaeHfmOAx1iRLa0H10DeMz5fQ");
    /// assert_eq!(
    ///     body.to_string(),
    ///     r#"E0000001: Api validation failed: login (causes: "login: An object with this field already exists"; errorId: oaeHfmOAx1iRLa0H10DeMz5fQ)"#
    /// );
    /// assert_eq!(
    ///     format!("{body:#}"),
    ///     "E0000001: Api validation failed: login\n  cause: login: An object with this field already exists\n  errorId: oaeHfmOAx1iRLa0H10DeMz5fQ"
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

impl ErrorBody {
    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        let causes = self.causes().iter().map(|cause| match cause.summary() {
            Some(summary) => Cow::Borrowed(summary),
            // A cause object without a summary: its members say what it is.
            None => Cow::Owned(serde_json::to_string(cause).unwrap_or_default()),
        });
        let correlation = match (self.error_id(), self.request_id()) {
            (Some(id), _) => Some(("errorId", id)),
            (None, id) => id.map(|id| ("request id", id)),
        };
        Report {
            code: Cow::Borrowed(&self.code),
            summary: Some(&self.summary),
            causes: causes.collect(),
            correlation,
        }
    }
}

// One constructor per code, generated from data/okta_errors.tsv into
// generated/error_constructors.rs by identity-errors-codegen.
include!("generated/error_constructors.rs");
