use crate::body::{self, error_body};
use crate::lusid::ErrorCode;
use crate::object::RawJson;
use http::StatusCode;
use serde_json::value::RawValue;
use std::fmt;

error_body! {
    /// A LUSID error body, in problem-details form:
    /// `{"name","errorDetails","code","type","title","status","detail","instance","extensions"}`,
    /// with `type` = `https://docs.lusid.com/#section/Error-Codes/{code}`.
    ///
    /// Only `code` is required when parsing. `errorDetails` and `extensions` are kept as raw
    /// JSON; members the type has no field for are kept and written back, in place and
    /// unchanged.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::new(ErrorCode::UserDoesNotExist)
    ///     .with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000001");
    /// assert_eq!(body.type_uri(), Some("https://docs.lusid.com/#section/Error-Codes/657"));
    /// assert_eq!(body.status(), http::StatusCode::NOT_FOUND);
    ///
    /// let body = ProblemDetails::from_slice(br#"{"code":657,"status":404,"detail":"The specified user does not exist"}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::UserDoesNotExist));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ProblemDetails: "a LUSID problem-details body" {
        optional name: String = "name",
        optional error_details: RawJson = "errorDetails",
        required code: i64 = "code",
        optional type_uri: String = "type",
        optional title: String = "title",
        optional status: u16 = "status",
        optional detail: String = "detail",
        optional instance: String = "instance",
        optional extensions: RawJson = "extensions",
    }
}

impl ProblemDetails {
    /// The body for a catalog code: its [`name`](ErrorCode::name) and
    /// [`status`](ErrorCode::status) (both the crate's choice), its title, its description (or
    /// title) as `detail`, empty `errorDetails` and `extensions`, and no `instance`.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::new(ErrorCode::AccessDenied);
    /// assert_eq!(
    ///     body.to_json(),
    ///     r#"{"name":"AccessDenied","errorDetails":[],"code":186,"type":"https://docs.lusid.com/#section/Error-Codes/186","title":"Access Denied","status":403,"detail":"Access Denied","extensions":{}}"#
    /// );
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        Self {
            name: Some(code.name().to_owned()),
            error_details: RawJson::literal("[]"),
            code: code.code(),
            type_uri: Some(format!(
                "https://docs.lusid.com/#section/Error-Codes/{}",
                code.code()
            )),
            title: Some(code.title().to_owned()),
            status: Some(code.status().as_u16()),
            detail: Some(code.description().unwrap_or(code.title()).to_owned()),
            extensions: RawJson::literal("{}"),
            ..Self::default()
        }
    }

    /// Replaces the `detail`.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets the `instance` (LUSID sends a link to the request's log).
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// The PascalCase `name`.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The integer `code`, verbatim.
    pub fn code(&self) -> i64 {
        self.code
    }

    /// The `code` as a catalog code, where the catalog has exactly that code.
    pub fn known_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.code)
    }

    /// The `type` URI.
    pub fn type_uri(&self) -> Option<&str> {
        self.type_uri.as_deref()
    }

    /// The `title`.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `status` member as sent, which need not be a valid HTTP status; see
    /// [`status`](Self::status) for the status to answer with.
    ///
    /// ```
    /// use identity_errors::lusid::ProblemDetails;
    ///
    /// let body = ProblemDetails::from_slice(br#"{"code":186,"status":0}"#)?;
    /// assert_eq!(body.status_member(), Some(0)); // as sent
    /// assert_eq!(body.status(), http::StatusCode::FORBIDDEN); // the catalog's, for code 186
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn status_member(&self) -> Option<u16> {
        self.status
    }

    /// The `detail`.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance`.
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The `errorDetails`, as raw JSON.
    pub fn error_details(&self) -> Option<&RawValue> {
        self.error_details.as_ref().map(|raw| &*raw.0)
    }

    /// The `extensions`, as raw JSON.
    pub fn extensions(&self) -> Option<&RawValue> {
        self.extensions.as_ref().map(|raw| &*raw.0)
    }

    /// The HTTP status to answer with: the one set by [`with_status`](Self::with_status), else
    /// the `status` member if it is within 100-599, else the catalog code's, else 500.
    ///
    /// ```
    /// use http::StatusCode;
    /// use identity_errors::lusid::ProblemDetails;
    ///
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":657,"status":410}"#)?.status(), StatusCode::GONE);
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":657,"status":999}"#)?.status(), StatusCode::NOT_FOUND);
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":9999}"#)?.status(), StatusCode::INTERNAL_SERVER_ERROR);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn status(&self) -> StatusCode {
        let member = self.status.filter(|s| (100..=599).contains(s));
        self.http_status
            .or_else(|| member.and_then(|s| StatusCode::from_u16(s).ok()))
            .or_else(|| self.known_code().map(ErrorCode::status))
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The HTTP response: [`status`](Self::status), `Content-Type: application/problem+json`
    /// (RFC 9457; the crate's choice, LUSID does not document its own), the body as compact
    /// JSON.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let response = ProblemDetails::new(ErrorCode::UserDoesNotExist).into_http_response();
    /// assert_eq!(response.status(), 404);
    /// assert_eq!(response.headers()["content-type"], "application/problem+json");
    /// ```
    pub fn into_http_response(self) -> http::Response<String> {
        body::response(self.status(), "application/problem+json", &self)
    }
}

impl fmt::Display for ProblemDetails {
    /// `657 UserDoesNotExist: The specified user does not exist`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if let Some(name) = &self.name {
            write!(f, " {name}")?;
        }
        match self.detail.as_ref().or(self.title.as_ref()) {
            Some(text) => write!(f, ": {text}"),
            None => Ok(()),
        }
    }
}
