use crate::body::{self, error_body};
use crate::object::json_object;
use crate::okta::ErrorCode;
use crate::{id, TemplateError};
use http::StatusCode;
use std::fmt;

error_body! {
    /// An Okta API error body:
    /// `{"errorCode","errorSummary","errorLink","errorId","errorCauses":[{"errorSummary"}]}`.
    ///
    /// Build one from a catalog code to answer like Okta ([`ErrorBody::new`], or the generated
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
    pub struct ErrorBody: "an Okta error body" {
        required code: String = "errorCode",
        required summary: String = "errorSummary",
        optional link: String = "errorLink",
        optional error_id: String = "errorId",
        optional causes: Vec<ErrorCause> = "errorCauses",
    }
}

json_object! {
    /// One entry of an Okta body's `errorCauses`: `{"errorSummary": ".."}`, plus any other members
    /// Okta put there (`reason`, `location`, `domain`, .., kept and written back unchanged).
    ///
    /// ```
    /// use identity_errors::okta::ErrorCause;
    ///
    /// let mut cause = ErrorCause::new("login: An object with this field already exists");
    /// cause.extra_mut().insert("reason", &"UNIQUE_CONSTRAINT")?;
    /// assert_eq!(
    ///     serde_json::to_string(&cause)?,
    ///     r#"{"errorSummary":"login: An object with this field already exists","reason":"UNIQUE_CONSTRAINT"}"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ErrorCause: "an Okta error cause" {
        optional summary: String = "errorSummary",
    }
}

impl ErrorCause {
    /// A cause with this summary.
    pub fn new(summary: impl Into<String>) -> Self {
        Self {
            summary: Some(summary.into()),
            ..Self::default()
        }
    }

    /// The cause's `errorSummary`, if it has one.
    pub fn summary(&self) -> Option<&str> {
        self.summary.as_deref()
    }
}

impl ErrorBody {
    /// The body Okta sends for `code`, its summary filled with `args`, a new `errorId` and no
    /// causes. Fails if `args` does not match the template's [`arity`](ErrorCode::arity); the
    /// generated constructors (one per code) check that at compile time instead.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::E0000001, &["name"])?;
    /// assert_eq!(body.summary(), "Api validation failed: name");
    /// assert!(ErrorBody::new(ErrorCode::E0000001, &[]).is_err());
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn new(code: ErrorCode, args: &[&str]) -> Result<Self, TemplateError> {
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
            ..Self::default()
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

    /// The HTTP status to answer with: the one set by [`with_status`](Self::with_status), else
    /// the catalog code's, else 500 for a code the catalog lacks.
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.known_code().map(ErrorCode::status))
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The HTTP response Okta would send: [`status`](Self::status), `Content-Type:
    /// application/json`, the body as compact JSON.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let response = ErrorBody::too_many_requests().into_http_response();
    /// assert_eq!(response.status(), 429);
    /// assert_eq!(response.headers()["content-type"], "application/json");
    /// ```
    pub fn into_http_response(self) -> http::Response<String> {
        body::response(self.status(), "application/json", &self)
    }
}

impl fmt::Display for ErrorBody {
    /// `E0000007: Not found: ..`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.summary)
    }
}

// One constructor per code, generated from data/okta_errors.tsv into
// OUT_DIR/okta_error_constructors.rs by build/codegen.rs.
include!(concat!(env!("OUT_DIR"), "/okta_error_constructors.rs"));
