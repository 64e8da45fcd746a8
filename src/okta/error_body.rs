use crate::json::{object_serde, write_some, ExtraMembers, Object, Rest};
use crate::okta::ErrorCode;
use crate::{id, response, template, ParseError, TemplateError};
use http::StatusCode;
use serde::de::MapAccess;
use serde::ser::SerializeMap;
use std::fmt;

/// An Okta API error body:
/// `{"errorCode","errorSummary","errorLink","errorId","errorCauses":[{"errorSummary"}]}`.
///
/// Build one from a catalog code to answer like Okta ([`ErrorBody::new`], or the generated
/// constructor per code, such as [`ErrorBody::resource_not_found`], whose parameters match the
/// template), or parse what Okta sent ([`ErrorBody::from_slice`]). Parsing is lenient where Okta
/// is: `errorLink`, `errorId` and `errorCauses` may be missing, an `errorCode` the catalog lacks
/// is kept verbatim, and members the type has no field for are kept and written back, in their
/// place, unchanged.
///
/// ```
/// use identity_errors::okta::{ErrorBody, ErrorCode};
///
/// // A client: what did Okta say?
/// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: me (Session)","errorLink":"E0000007","errorId":"oaep1O6-fQVRVyr7Y8Ew8DN2A","errorCauses":[]}"#)?;
/// assert_eq!(body.known_code(), Some(ErrorCode::ResourceNotFound));
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorBody {
    error_code: String,
    error_summary: String,
    error_link: Option<String>,
    error_id: Option<String>,
    error_causes: Option<Vec<ErrorCause>>,
    rest: Rest,
    status: Option<StatusCode>,
}

/// One entry of an Okta body's `errorCauses`: `{"errorSummary": ".."}`, plus any other members
/// Okta put there (kept and written back unchanged).
///
/// ```
/// use identity_errors::okta::ErrorCause;
///
/// let cause = ErrorCause::new("login: An object with this field already exists");
/// assert_eq!(serde_json::to_string(&cause)?, r#"{"errorSummary":"login: An object with this field already exists"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorCause {
    error_summary: Option<String>,
    rest: Rest,
}

impl ErrorCause {
    /// A cause with this summary.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCause;
    ///
    /// let cause = ErrorCause::new("email: Does not match required pattern");
    /// assert_eq!(cause.summary(), Some("email: Does not match required pattern"));
    /// assert!(cause.extra().is_empty());
    /// ```
    pub fn new(summary: impl Into<String>) -> Self {
        Self {
            error_summary: Some(summary.into()),
            ..Self::default()
        }
    }

    /// The cause's `errorSummary`, if it has one.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCause;
    ///
    /// assert_eq!(ErrorCause::new("name: required").summary(), Some("name: required"));
    /// ```
    pub fn summary(&self) -> Option<&str> {
        self.error_summary.as_deref()
    }

    /// The cause's other members (Okta sometimes adds `reason`, `location`, `domain`, ..).
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorCauses":[{"errorSummary":"login: An object with this field already exists","reason":"UNIQUE_CONSTRAINT"}]}"#)?;
    /// let cause = &body.causes()[0];
    /// assert_eq!(cause.extra().get("reason").unwrap().get(), r#""UNIQUE_CONSTRAINT""#);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn extra(&self) -> &ExtraMembers {
        &self.rest.extra
    }

    /// The cause's other members, to change.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCause;
    ///
    /// let mut cause = ErrorCause::new("password: Password requirements were not met");
    /// cause.extra_mut().insert("location", &"password")?;
    /// assert_eq!(
    ///     serde_json::to_string(&cause)?,
    ///     r#"{"errorSummary":"password: Password requirements were not met","location":"password"}"#
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn extra_mut(&mut self) -> &mut ExtraMembers {
        &mut self.rest.extra
    }
}

impl ErrorBody {
    /// The body Okta sends for `code`, its summary filled with `args`, a new `errorId` and no
    /// causes. Fails if `args` does not match the template's [`arity`](ErrorCode::arity).
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
        Ok(Self::with_summary(code, code.fill(args)?))
    }

    /// The generated constructors' path: their parameter count is the template's arity, so
    /// filling cannot fail.
    fn filled(code: ErrorCode, args: &[&str]) -> Self {
        let summary = code.fill(args);
        debug_assert!(
            summary.is_ok(),
            "generated constructor with the wrong arity"
        );
        Self::with_summary(code, summary.unwrap_or_else(|_| code.summary().to_owned()))
    }

    /// The body for `code` with a filled summary.
    fn with_summary(code: ErrorCode, summary: String) -> Self {
        Self {
            error_code: code.code().to_owned(),
            error_summary: summary,
            error_link: Some(code.code().to_owned()),
            error_id: Some(id::okta_error_id()),
            error_causes: Some(Vec::new()),
            ..Self::default()
        }
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
        let code = code.into();
        Self {
            error_link: Some(code.clone()),
            error_code: code,
            error_summary: summary.into(),
            error_id: Some(id::okta_error_id()),
            error_causes: Some(Vec::new()),
            ..Self::default()
        }
    }

    /// Parses a body as Okta sends it. Malformed JSON, a body that is not an object, a missing
    /// `errorCode` or `errorSummary`, or a member of the wrong type is a [`ParseError`].
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error"}"#)?;
    /// assert_eq!(body.error_id(), None);
    /// assert!(ErrorBody::from_slice(b"[]").is_err());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ParseError> {
        crate::json::from_slice(bytes)
    }

    /// Sets the `errorId` (one is generated by the constructors).
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::internal_server_error().with_error_id("oaeMzddieo5QvW8lOZVv0uV6w");
    /// assert_eq!(body.error_id(), Some("oaeMzddieo5QvW8lOZVv0uV6w"));
    /// ```
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
        self.error_causes
            .get_or_insert_with(Vec::new)
            .push(ErrorCause::new(summary));
        self
    }

    /// Sets the HTTP status of [`into_http_response`](Self::into_http_response), in place of the code's.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::internal_server_error().with_status(http::StatusCode::SERVICE_UNAVAILABLE);
    /// assert_eq!(body.code(), "E0000009");
    /// assert_eq!(body.into_http_response().status(), 503);
    /// ```
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    /// The `errorCode`, verbatim.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// assert_eq!(ErrorBody::too_many_requests().code(), "E0000047");
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0009999","errorSummary":"Something new"}"#)?;
    /// assert_eq!(body.code(), "E0009999");
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn code(&self) -> &str {
        &self.error_code
    }

    /// The `errorCode` as a catalog code, where the catalog has it.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000011","errorSummary":"Invalid token provided"}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::InvalidToken));
    /// assert_eq!(ErrorBody::from_raw("E0009999", "Something new").known_code(), None);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn known_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(&self.error_code)
    }

    /// The `errorSummary`.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// assert_eq!(ErrorBody::api_validation("name").summary(), "Api validation failed: name");
    /// assert_eq!(ErrorBody::too_many_requests().summary(), "API call exceeded rate limit due to too many requests.");
    /// ```
    pub fn summary(&self) -> &str {
        &self.error_summary
    }

    /// The `errorLink`, if present (Okta sends the code again).
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// assert_eq!(ErrorBody::invalid_token().link(), Some("E0000011"));
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000011","errorSummary":"Invalid token provided"}"#)?;
    /// assert_eq!(body.link(), None);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn link(&self) -> Option<&str> {
        self.error_link.as_deref()
    }

    /// The `errorId`, if present: `oae` and 22 characters, for Okta support.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::internal_server_error();
    /// let id = body.error_id().unwrap();
    /// assert!(id.starts_with("oae"));
    /// assert_eq!(id.len(), 25);
    /// ```
    pub fn error_id(&self) -> Option<&str> {
        self.error_id.as_deref()
    }

    /// The `errorCauses`; empty if there are none or the member is missing.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorCauses":[{"errorSummary":"login: An object with this field already exists"}]}"#)?;
    /// assert_eq!(body.causes()[0].summary(), Some("login: An object with this field already exists"));
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error"}"#)?;
    /// assert!(body.causes().is_empty());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn causes(&self) -> &[ErrorCause] {
        self.error_causes.as_deref().unwrap_or_default()
    }

    /// The `errorCauses`, to change; creates the member if it was missing.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, ErrorCause};
    ///
    /// let mut body = ErrorBody::from_slice(br#"{"errorCode":"E0000001","errorSummary":"Api validation failed: login"}"#)?;
    /// body.causes_mut().push(ErrorCause::new("login: required"));
    /// assert_eq!(
    ///     serde_json::to_string(&body)?,
    ///     r#"{"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorCauses":[{"errorSummary":"login: required"}]}"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn causes_mut(&mut self) -> &mut Vec<ErrorCause> {
        self.error_causes.get_or_insert_with(Vec::new)
    }

    /// Members the type has no field for, kept as they were.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error","hint":{"retry":true}}"#)?;
    /// assert_eq!(body.extra().len(), 1);
    /// assert_eq!(body.extra().get("hint").unwrap().get(), r#"{"retry":true}"#);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn extra(&self) -> &ExtraMembers {
        &self.rest.extra
    }

    /// Members the type has no field for, to change.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let mut body = ErrorBody::from_raw("E0009999", "Something new").with_error_id("oaeMzddieo5QvW8lOZVv0uV6w");
    /// body.extra_mut().insert("hint", &"retry later")?;
    /// assert!(serde_json::to_string(&body)?.ends_with(r#""errorCauses":[],"hint":"retry later"}"#));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn extra_mut(&mut self) -> &mut ExtraMembers {
        &mut self.rest.extra
    }

    /// The HTTP status to answer with: the one set by [`with_status`](Self::with_status), else
    /// the catalog code's, else 500 for a code the catalog lacks.
    ///
    /// ```
    /// use http::StatusCode;
    /// use identity_errors::okta::ErrorBody;
    ///
    /// assert_eq!(ErrorBody::resource_not_found("x").status(), StatusCode::NOT_FOUND);
    /// assert_eq!(ErrorBody::from_raw("E0009999", "Something new").status(), StatusCode::INTERNAL_SERVER_ERROR);
    /// assert_eq!(ErrorBody::resource_not_found("x").with_status(StatusCode::GONE).status(), StatusCode::GONE);
    /// ```
    pub fn status(&self) -> StatusCode {
        self.status
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
        response::json(self.status(), "application/json", &self)
    }
}

impl ErrorCode {
    /// The summary template filled with `args`, each inserted verbatim: `{n}` becomes `args[n]`.
    /// Fails if the number of arguments is not the template's [`arity`](Self::arity).
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::E0000007.fill(&["User 00u1"])?, "Not found: User 00u1");
    /// assert!(ErrorCode::E0000007.fill(&[]).is_err());
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn fill(self, args: &[&str]) -> Result<String, TemplateError> {
        template::fill(
            self.code(),
            self.summary(),
            self.pieces(),
            self.arity(),
            args,
        )
    }
}

impl fmt::Display for ErrorBody {
    /// `E0000007: Not found: ..`
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::resource_not_found("User 00u1");
    /// assert_eq!(body.to_string(), "E0000007: Not found: User 00u1");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error_code, self.error_summary)
    }
}

impl std::error::Error for ErrorBody {}

impl From<ErrorBody> for http::Response<String> {
    /// The same as [`ErrorBody::into_http_response`].
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let response: http::Response<String> = ErrorBody::too_many_requests().into();
    /// assert_eq!(response.status(), 429);
    /// ```
    fn from(body: ErrorBody) -> Self {
        body.into_http_response()
    }
}

impl Object for ErrorBody {
    const FIELDS: &'static [&'static str] = &[
        "errorCode",
        "errorSummary",
        "errorLink",
        "errorId",
        "errorCauses",
    ];
    const REQUIRED: u32 = 0b00011;
    const EXPECTING: &'static str = "an Okta error body";

    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.error_code = map.next_value()?,
            1 => self.error_summary = map.next_value()?,
            2 => self.error_link = Some(map.next_value()?),
            3 => self.error_id = Some(map.next_value()?),
            _ => self.error_causes = Some(map.next_value()?),
        }
        Ok(())
    }

    fn write_field<M: SerializeMap>(&self, index: usize, map: &mut M) -> Result<bool, M::Error> {
        let key = Self::FIELDS[index];
        match index {
            0 => map.serialize_entry(key, &self.error_code)?,
            1 => map.serialize_entry(key, &self.error_summary)?,
            2 => return write_some(map, key, self.error_link.as_ref()),
            3 => return write_some(map, key, self.error_id.as_ref()),
            _ => return write_some(map, key, self.error_causes.as_ref()),
        }
        Ok(true)
    }

    fn rest(&self) -> &Rest {
        &self.rest
    }

    fn rest_mut(&mut self) -> &mut Rest {
        &mut self.rest
    }
}

impl Object for ErrorCause {
    const FIELDS: &'static [&'static str] = &["errorSummary"];
    const REQUIRED: u32 = 0;
    const EXPECTING: &'static str = "an Okta error cause";

    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        _: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        self.error_summary = Some(map.next_value()?);
        Ok(())
    }

    fn write_field<M: SerializeMap>(&self, index: usize, map: &mut M) -> Result<bool, M::Error> {
        write_some(map, Self::FIELDS[index], self.error_summary.as_ref())
    }

    fn rest(&self) -> &Rest {
        &self.rest
    }

    fn rest_mut(&mut self) -> &mut Rest {
        &mut self.rest
    }
}

object_serde!(ErrorBody, ErrorCause);

include!(concat!(env!("OUT_DIR"), "/okta_error_constructors.rs"));
