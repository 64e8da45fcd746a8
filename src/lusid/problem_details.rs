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
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ParseError> {
        serde_json::from_slice(bytes).map_err(|source| ParseError::json(Self::EXPECTING, source))
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

    /// The `code` as a catalog code, where the catalog has it.
    pub fn known_code(&self) -> Option<ErrorCode> {
        i32::try_from(self.code).ok().and_then(ErrorCode::from_code)
    }

    /// The `type` URI.
    pub fn type_uri(&self) -> Option<&str> {
        self.type_uri.as_deref()
    }

    /// The `title`.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `status` member as sent.
    pub fn status_code(&self) -> Option<u16> {
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

    /// Members the type has no field for, kept as they were.
    pub fn extra(&self) -> &ExtraMembers {
        &self.rest.extra
    }

    /// Members the type has no field for, to change.
    pub fn extra_mut(&mut self) -> &mut ExtraMembers {
        &mut self.rest.extra
    }

    /// The HTTP status: the `status` member if it is within 100-599, else the catalog code's,
    /// else 500.
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
    pub fn into_http_response(self) -> http::Response<String> {
        response::json(self.status(), "application/problem+json", &self)
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

impl std::error::Error for ProblemDetails {}

impl From<ProblemDetails> for http::Response<String> {
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
