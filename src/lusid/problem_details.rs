use crate::json::{object_serde, write_some, ExtraMembers, Object, RawJson, Rest};
use crate::lusid::ErrorCode;
use crate::{response, ParseError};
use http::StatusCode;
use serde::de::MapAccess;
use serde::ser::SerializeMap;
use serde_json::value::RawValue;
use std::fmt;

/// A LUSID error body, in problem-details form:
/// `{"name","errorDetails","code","type","title","status","detail","instance","extensions"}`,
/// with `type` = `https://docs.lusid.com/#section/Error-Codes/{code}`.
///
/// `errorDetails` and `extensions` are kept as raw JSON; members the type has no field for are
/// kept and written back, in place and unchanged.
///
/// ```
/// use identity_errors::lusid::{ErrorCode, ProblemDetails};
///
/// let body = ProblemDetails::new(ErrorCode::UserDoesNotExist)
///     .with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000001");
/// assert_eq!(body.type_uri(), Some("https://docs.lusid.com/#section/Error-Codes/657"));
/// assert_eq!(body.status(), http::StatusCode::NOT_FOUND);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemDetails {
    name: Option<String>,
    error_details: Option<RawJson>,
    code: i64,
    type_uri: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    extensions: Option<RawJson>,
    rest: Rest,
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
    ///     serde_json::to_string(&body)?,
    ///     r#"{"name":"AccessDenied","errorDetails":[],"code":186,"type":"https://docs.lusid.com/#section/Error-Codes/186","title":"Access Denied","status":403,"detail":"Access Denied","extensions":{}}"#
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        Self {
            name: Some(code.name().to_owned()),
            error_details: RawJson::literal("[]"),
            code: code.code().into(),
            type_uri: Some(format!(
                "https://docs.lusid.com/#section/Error-Codes/{}",
                code.code()
            )),
            title: Some(code.title().to_owned()),
            status: Some(code.status().as_u16()),
            detail: Some(code.description().unwrap_or(code.title()).to_owned()),
            instance: None,
            extensions: RawJson::literal("{}"),
            rest: Rest::default(),
        }
    }

    /// Parses a body; only `code` is required.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::from_slice(br#"{"code":657,"status":404,"detail":"The specified user does not exist"}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::UserDoesNotExist));
    /// assert!(ProblemDetails::from_slice(br#"{"title":"User does not exist"}"#).is_err());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ParseError> {
        crate::json::from_slice(bytes)
    }

    /// Replaces the `detail`.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::new(ErrorCode::UserDoesNotExist).with_detail("User 00u1 does not exist");
    /// assert_eq!(body.detail(), Some("User 00u1 does not exist"));
    /// assert_eq!(body.to_string(), "657 UserDoesNotExist: User 00u1 does not exist");
    /// ```
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets the `instance` (LUSID sends a link to the request's log).
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::new(ErrorCode::AccessDenied).with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000002");
    /// assert_eq!(body.instance(), Some("https://example.lusid.com/app/insights/logs/0HN1:00000002"));
    /// ```
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// The PascalCase `name`.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::UserDoesNotExist).name(), Some("UserDoesNotExist"));
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":657}"#)?.name(), None);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The integer `code`, verbatim.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::UserDoesNotExist).code(), 657);
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":9999}"#)?.code(), 9999);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn code(&self) -> i64 {
        self.code
    }

    /// The `code` as a catalog code, where the catalog has it.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":186}"#)?.known_code(), Some(ErrorCode::AccessDenied));
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":9999}"#)?.known_code(), None);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn known_code(&self) -> Option<ErrorCode> {
        i32::try_from(self.code).ok().and_then(ErrorCode::from_code)
    }

    /// The `type` URI.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::new(ErrorCode::AccessDenied);
    /// assert_eq!(body.type_uri(), Some("https://docs.lusid.com/#section/Error-Codes/186"));
    /// ```
    pub fn type_uri(&self) -> Option<&str> {
        self.type_uri.as_deref()
    }

    /// The `title`.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::UserDoesNotExist).title(), Some("User does not exist"));
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `status` member as sent.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::AccessDenied).status_code(), Some(403));
    /// let body = ProblemDetails::from_slice(br#"{"code":186,"status":0}"#)?;
    /// assert_eq!(body.status_code(), Some(0)); // as sent; `status()` falls back to 403
    /// assert_eq!(body.status(), http::StatusCode::FORBIDDEN);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn status_code(&self) -> Option<u16> {
        self.status
    }

    /// The `detail`.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::UserDoesNotExist).detail(), Some("The specified user does not exist"));
    /// // A code without a description has its title as `detail`.
    /// assert_eq!(ProblemDetails::new(ErrorCode::AccessDenied).detail(), Some("Access Denied"));
    /// ```
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance`.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::AccessDenied).instance(), None);
    /// let body = ProblemDetails::from_slice(br#"{"code":186,"instance":"https://example.lusid.com/app/insights/logs/0HN1:00000002"}"#)?;
    /// assert_eq!(body.instance(), Some("https://example.lusid.com/app/insights/logs/0HN1:00000002"));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The `errorDetails`, as raw JSON.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::InvalidParameterValue).error_details().map(|raw| raw.get()), Some("[]"));
    /// let body = ProblemDetails::from_slice(br#"{"code":151,"errorDetails":[{"id":"scope","detail":"must not be empty"}]}"#)?;
    /// assert_eq!(body.error_details().map(|raw| raw.get()), Some(r#"[{"id":"scope","detail":"must not be empty"}]"#));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn error_details(&self) -> Option<&RawValue> {
        self.error_details.as_ref().map(|raw| &*raw.0)
    }

    /// The `extensions`, as raw JSON.
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// assert_eq!(ProblemDetails::new(ErrorCode::UserDoesNotExist).extensions().map(|raw| raw.get()), Some("{}"));
    /// let body = ProblemDetails::from_slice(br#"{"code":657,"extensions":{"userId":"00u1"}}"#)?;
    /// assert_eq!(body.extensions().map(|raw| raw.get()), Some(r#"{"userId":"00u1"}"#));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn extensions(&self) -> Option<&RawValue> {
        self.extensions.as_ref().map(|raw| &*raw.0)
    }

    /// Members the type has no field for, kept as they were.
    ///
    /// ```
    /// use identity_errors::lusid::ProblemDetails;
    ///
    /// let body = ProblemDetails::from_slice(br#"{"code":657,"traceId":"0HN1:00000001"}"#)?;
    /// assert_eq!(body.extra().get("traceId").unwrap().get(), r#""0HN1:00000001""#);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn extra(&self) -> &ExtraMembers {
        &self.rest.extra
    }

    /// Members the type has no field for, to change.
    ///
    /// ```
    /// use identity_errors::lusid::ProblemDetails;
    ///
    /// let mut body = ProblemDetails::from_slice(br#"{"code":657}"#)?;
    /// body.extra_mut().insert("traceId", &"0HN1:00000001")?;
    /// assert_eq!(serde_json::to_string(&body)?, r#"{"code":657,"traceId":"0HN1:00000001"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extra_mut(&mut self) -> &mut ExtraMembers {
        &mut self.rest.extra
    }

    /// The HTTP status: the `status` member if it is within 100-599, else the catalog code's,
    /// else 500.
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
        self.status
            .filter(|s| (100..=599).contains(s))
            .and_then(|s| StatusCode::from_u16(s).ok())
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
        response::json(self.status(), "application/problem+json", &self)
    }
}

impl fmt::Display for ProblemDetails {
    /// `657 UserDoesNotExist: The specified user does not exist`
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let body = ProblemDetails::new(ErrorCode::UserDoesNotExist);
    /// assert_eq!(body.to_string(), "657 UserDoesNotExist: The specified user does not exist");
    /// assert_eq!(ProblemDetails::from_slice(br#"{"code":9999}"#)?.to_string(), "9999");
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
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

impl std::error::Error for ProblemDetails {}

impl From<ProblemDetails> for http::Response<String> {
    /// The same as [`ProblemDetails::into_http_response`].
    ///
    /// ```
    /// use identity_errors::lusid::{ErrorCode, ProblemDetails};
    ///
    /// let response: http::Response<String> = ProblemDetails::new(ErrorCode::AccessDenied).into();
    /// assert_eq!(response.status(), 403);
    /// ```
    fn from(body: ProblemDetails) -> Self {
        body.into_http_response()
    }
}

impl Object for ProblemDetails {
    const FIELDS: &'static [&'static str] = &[
        "name",
        "errorDetails",
        "code",
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "extensions",
    ];
    const REQUIRED: u32 = 0b0_0000_0100;
    const EXPECTING: &'static str = "a LUSID problem-details body";

    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.name = Some(map.next_value()?),
            1 => self.error_details = Some(map.next_value()?),
            2 => self.code = map.next_value()?,
            3 => self.type_uri = Some(map.next_value()?),
            4 => self.title = Some(map.next_value()?),
            5 => self.status = Some(map.next_value()?),
            6 => self.detail = Some(map.next_value()?),
            7 => self.instance = Some(map.next_value()?),
            _ => self.extensions = Some(map.next_value()?),
        }
        Ok(())
    }

    fn write_field<M: SerializeMap>(&self, index: usize, map: &mut M) -> Result<bool, M::Error> {
        let key = Self::FIELDS[index];
        match index {
            0 => write_some(map, key, self.name.as_ref()),
            1 => write_some(map, key, self.error_details.as_ref()),
            2 => map.serialize_entry(key, &self.code).map(|()| true),
            3 => write_some(map, key, self.type_uri.as_ref()),
            4 => write_some(map, key, self.title.as_ref()),
            5 => write_some(map, key, self.status.as_ref()),
            6 => write_some(map, key, self.detail.as_ref()),
            7 => write_some(map, key, self.instance.as_ref()),
            _ => write_some(map, key, self.extensions.as_ref()),
        }
    }

    fn rest(&self) -> &Rest {
        &self.rest
    }

    fn rest_mut(&mut self) -> &mut Rest {
        &mut self.rest
    }
}

object_serde!(ProblemDetails);
