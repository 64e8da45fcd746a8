use crate::identity_cloud::ErrorCode;
use crate::json::{object_serde, write_some, ExtraMembers, Object, Rest};
use crate::{id, response, ParseError};
use http::StatusCode;
use serde::de::MapAccess;
use serde::ser::SerializeMap;
use std::fmt;

/// An Identity Cloud (Capture / Authentication API) error body:
/// `{"stat":"error","code":415,"error":"..","error_description":"..","request_id":"<16 chars>"}`.
///
/// Capture answers such errors with HTTP 200 ([`ErrorBody::new`]); OAuth endpoints answer 400 or
/// 401 with the OAuth `error` and the Registration string in `sub_error`
/// ([`ErrorBody::oauth`]). Parsing accepts `request_token` (the documentation's name) for
/// `request_id` (what real bodies send) and keeps per-code members such as `argument_name`,
/// `invalid_fields` or `message`, written back in place and unchanged.
///
/// ```
/// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
///
/// let body = ErrorBody::from_slice(br#"{"stat":"error","code":100,"error_description":"missing arguments: flow","error":"missing_argument","request_id":"uyeem84bmqmnjuu4"}"#)?;
/// assert_eq!(body.known_code(), Some(ErrorCode::MissingArgument));
/// assert_eq!(body.request_id(), Some("uyeem84bmqmnjuu4"));
/// # Ok::<(), identity_errors::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorBody {
    stat: String,
    code: i64,
    error: String,
    sub_error: Option<String>,
    error_description: Option<String>,
    request_id: Option<String>,
    request_token: Option<String>,
    rest: Rest,
    status: Option<StatusCode>,
}

impl ErrorBody {
    /// The body Capture sends for `code` (HTTP 200): the catalog's `error` string and
    /// description, and a new 16-character `request_id`.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::AccessTokenExpired).with_request_id("h7yyk55jjnc39bw2");
    /// assert_eq!(
    ///     serde_json::to_string(&body)?,
    ///     r#"{"stat":"error","code":414,"error":"access_token_expired","error_description":"The supplied access token has expired.","request_id":"h7yyk55jjnc39bw2"}"#
    /// );
    /// assert_eq!(body.status(), http::StatusCode::OK);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        Self {
            request_id: Some(id::identity_cloud_request_id()),
            ..Self::from_raw(code.code().into(), code.error(), code.description())
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
            ..Self::from_raw(code.code().into(), error, code.description())
        }
    }

    /// A body with any code, error string and description, kept verbatim.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorBody;
    ///
    /// let body = ErrorBody::from_raw(999, "brand_new_error", "Added after this crate.");
    /// assert_eq!(body.to_string(), "999 brand_new_error: Added after this crate.");
    /// assert_eq!(body.known_code(), None);
    /// assert_eq!(body.request_id(), None); // unlike `new`, no request_id is generated
    /// ```
    pub fn from_raw(code: i64, error: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            stat: "error".to_owned(),
            code,
            error: error.into(),
            error_description: Some(description.into()),
            ..Self::default()
        }
    }

    /// Parses a body; `stat`, `code` and `error` are required. A `code` that is not a whole
    /// number within `i64` is a [`ParseError`].
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":414,"error":"access_token_expired","request_token":"h7yyk55jjnc39bw2"}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::AccessTokenExpired));
    /// assert_eq!(body.request_id(), Some("h7yyk55jjnc39bw2"));
    /// assert!(ErrorBody::from_slice(br#"{"stat":"error","code":414.5,"error":"access_token_expired"}"#).is_err());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ParseError> {
        crate::json::from_slice(bytes)
    }

    /// Replaces the `error_description`.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::MissingArgument).with_description("missing arguments: flow");
    /// assert_eq!(body.description(), Some("missing arguments: flow"));
    /// assert_eq!(body.error(), "missing_argument");
    /// ```
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.error_description = Some(description.into());
        self
    }

    /// Sets the `request_id` (written as `request_token` if the body was parsed with that name).
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":414,"error":"access_token_expired","request_token":"h7yyk55jjnc39bw2"}"#)?
    ///     .with_request_id("uyeem84bmqmnjuu4");
    /// assert_eq!(body.request_id(), Some("uyeem84bmqmnjuu4"));
    /// assert!(serde_json::to_string(&body)?.ends_with(r#""request_token":"uyeem84bmqmnjuu4"}"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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

    /// Sets the HTTP status of [`into_http_response`](Self::into_http_response).
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::ApiLimitError).with_status(http::StatusCode::TOO_MANY_REQUESTS);
    /// assert_eq!(body.into_http_response().status(), 429);
    /// ```
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    /// The `stat` member: `"error"` in every error body.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::new(ErrorCode::UnexpectedError).stat(), "error");
    /// ```
    pub fn stat(&self) -> &str {
        &self.stat
    }

    /// The integer `code`, verbatim.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::new(ErrorCode::AccessTokenExpired).code(), 414);
    /// // OAuth endpoint bodies keep the Registration code too.
    /// assert_eq!(ErrorBody::oauth("invalid_request", ErrorCode::InvalidArgument).code(), 200);
    /// ```
    pub fn code(&self) -> i64 {
        self.code
    }

    /// The `error` string: a Registration string, or an OAuth error on OAuth endpoints.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::new(ErrorCode::InvalidArgument).error(), "invalid_argument");
    /// assert_eq!(ErrorBody::oauth("invalid_request", ErrorCode::InvalidArgument).error(), "invalid_request");
    /// ```
    pub fn error(&self) -> &str {
        &self.error
    }

    /// The Registration string on OAuth endpoint bodies.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::oauth("invalid_grant", ErrorCode::AuthorizationCodeExpired).sub_error(), Some("authorization_code_expired"));
    /// assert_eq!(ErrorBody::new(ErrorCode::AuthorizationCodeExpired).sub_error(), None);
    /// ```
    pub fn sub_error(&self) -> Option<&str> {
        self.sub_error.as_deref()
    }

    /// The `error_description`, if present.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::new(ErrorCode::AccessTokenExpired).description(), Some("The supplied access token has expired."));
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":500,"error":"unexpected_error"}"#)?;
    /// assert_eq!(body.description(), None);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.error_description.as_deref()
    }

    /// The 16-character request token, sent as `request_id` (or `request_token`).
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::AccessTokenExpired);
    /// assert_eq!(body.request_id().map(str::len), Some(16));
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":414,"error":"access_token_expired","request_token":"h7yyk55jjnc39bw2"}"#)?;
    /// assert_eq!(body.request_id(), Some("h7yyk55jjnc39bw2"));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref().or(self.request_token.as_deref())
    }

    /// The catalog entry for the `code`: the code's own, or, for a code the catalog lacks, its
    /// catch-all (see [`ErrorCode::catch_all`]); [`code`](Self::code) keeps the original.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::from_raw(364, "new_constraint", "A constraint added after this crate.");
    /// assert_eq!(body.known_code(), Some(ErrorCode::ConstraintViolation));
    /// assert_eq!(body.code(), 364);
    /// ```
    pub fn known_code(&self) -> Option<ErrorCode> {
        u16::try_from(self.code).ok().and_then(ErrorCode::catch_all)
    }

    /// Members the type has no field for (`argument_name`, `invalid_fields`, ..), kept as they
    /// were.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"stat":"error","code":100,"error":"missing_argument","argument_name":"flow","request_id":"uyeem84bmqmnjuu4"}"#)?;
    /// assert_eq!(body.extra().get("argument_name").unwrap().get(), r#""flow""#);
    /// assert_eq!(body.extra().len(), 1);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn extra(&self) -> &ExtraMembers {
        &self.rest.extra
    }

    /// Members the type has no field for, to change.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let mut body = ErrorBody::new(ErrorCode::MissingArgument).with_description("missing required argument: uuid");
    /// body.extra_mut().insert("argument_name", &"uuid")?;
    /// assert!(serde_json::to_string(&body)?.ends_with(r#","argument_name":"uuid"}"#));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn extra_mut(&mut self) -> &mut ExtraMembers {
        &mut self.rest.extra
    }

    /// The HTTP status to answer with: the one set by [`with_status`](Self::with_status), else
    /// for an OAuth endpoint body (one with `sub_error`) 401 for `invalid_client` and 400
    /// otherwise, else 200 as Capture answers.
    ///
    /// ```
    /// use http::StatusCode;
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// assert_eq!(ErrorBody::new(ErrorCode::AccessTokenExpired).status(), StatusCode::OK);
    /// assert_eq!(ErrorBody::oauth("invalid_client", ErrorCode::InvalidClientCredentials).status(), StatusCode::UNAUTHORIZED);
    /// assert_eq!(ErrorBody::oauth("invalid_grant", ErrorCode::AuthorizationCodeExpired).status(), StatusCode::BAD_REQUEST);
    /// ```
    pub fn status(&self) -> StatusCode {
        match (self.status, &self.sub_error) {
            (Some(status), _) => status,
            (None, Some(_)) if self.error == "invalid_client" => StatusCode::UNAUTHORIZED,
            (None, Some(_)) => StatusCode::BAD_REQUEST,
            (None, None) => StatusCode::OK,
        }
    }

    /// The HTTP response: [`status`](Self::status), `Content-Type: application/json`, the body
    /// as compact JSON.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let response = ErrorBody::new(ErrorCode::AuthorizationCodeExpired).into_http_response();
    /// assert_eq!(response.status(), 200);
    /// assert_eq!(response.headers()["content-type"], "application/json");
    /// assert!(response.body().starts_with(r#"{"stat":"error","code":415,"error":"authorization_code_expired","#));
    /// ```
    pub fn into_http_response(self) -> http::Response<String> {
        response::json(self.status(), "application/json", &self)
    }
}

impl fmt::Display for ErrorBody {
    /// `415 authorization_code_expired: The supplied authorization code has expired.`
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::AuthorizationCodeExpired);
    /// assert_eq!(body.to_string(), "415 authorization_code_expired: The supplied authorization code has expired.");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.error)?;
        match self.description() {
            Some(description) => write!(f, ": {description}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for ErrorBody {}

impl From<ErrorBody> for http::Response<String> {
    /// The same as [`ErrorBody::into_http_response`].
    ///
    /// ```
    /// use identity_errors::identity_cloud::{ErrorBody, ErrorCode};
    ///
    /// let response: http::Response<String> = ErrorBody::oauth("invalid_client", ErrorCode::InvalidClientCredentials).into();
    /// assert_eq!(response.status(), 401);
    /// ```
    fn from(body: ErrorBody) -> Self {
        body.into_http_response()
    }
}

impl Object for ErrorBody {
    const FIELDS: &'static [&'static str] = &[
        "stat",
        "code",
        "error",
        "sub_error",
        "error_description",
        "request_id",
        "request_token",
    ];
    const REQUIRED: u32 = 0b000_0111;
    const EXPECTING: &'static str = "an Identity Cloud error body";

    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.stat = map.next_value()?,
            1 => self.code = map.next_value()?,
            2 => self.error = map.next_value()?,
            3 => self.sub_error = Some(map.next_value()?),
            4 => self.error_description = Some(map.next_value()?),
            5 => self.request_id = Some(map.next_value()?),
            _ => self.request_token = Some(map.next_value()?),
        }
        Ok(())
    }

    fn write_field<M: SerializeMap>(&self, index: usize, map: &mut M) -> Result<bool, M::Error> {
        let key = Self::FIELDS[index];
        match index {
            0 => map.serialize_entry(key, &self.stat).map(|()| true),
            1 => map.serialize_entry(key, &self.code).map(|()| true),
            2 => map.serialize_entry(key, &self.error).map(|()| true),
            3 => write_some(map, key, self.sub_error.as_ref()),
            4 => write_some(map, key, self.error_description.as_ref()),
            5 => write_some(map, key, self.request_id.as_ref()),
            _ => write_some(map, key, self.request_token.as_ref()),
        }
    }

    fn rest(&self) -> &Rest {
        &self.rest
    }

    fn rest_mut(&mut self) -> &mut Rest {
        &mut self.rest
    }
}

object_serde!(ErrorBody);
