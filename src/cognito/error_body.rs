use crate::body::{body, error_body, request_id_accessors, retry_after_accessors, Received};
use crate::cognito::ErrorCode;
use crate::display::Report;
use crate::object::Empty;
use crate::{headers, Kind, Retry, Vendor};
use http::header::HeaderMap;
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

/// The header carrying the id of AWS's request (`x-amzn-RequestId`).
const REQUEST_ID: &str = "x-amzn-requestid";
/// The header some AWS services send the error's type in (`x-amzn-ErrorType`).
const ERROR_TYPE: &str = "x-amzn-errortype";

error_body! {
    /// An Amazon Cognito error body, AWS JSON 1.1: `{"__type","message"}`, with `reasonCode`
    /// for an `InvalidParameterException`.
    ///
    /// `__type` is required when parsing and kept verbatim, with or without a namespace prefix
    /// (`com.amazonaws.cognito.identity.idp.model#UserNotFoundException`); the message is
    /// `message` or `Message`, whichever arrived (written back as it came); members the type has
    /// no field for are kept and written back, in place and unchanged.
    ///
    /// ```
    /// use identity_errors::cognito::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::from_slice(br#"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#)?;
    /// assert_eq!(body.known_code(), Some(ErrorCode::NotAuthorized));
    /// assert_eq!(body.message(), Some("Incorrect username or password."));
    /// assert_eq!(body.status(), 400);
    ///
    /// let body = ErrorBody::new(ErrorCode::UserNotFound).with_message("User does not exist.");
    /// assert_eq!(body.to_json(), r#"{"__type":"UserNotFoundException","message":"User does not exist."}"#);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct ErrorBody: "a Cognito error body", "application/x-amz-json-1.1" {
        required error_type: String = "__type",
        optional message: String = "message",
        optional message_capitalized: String = "Message",
        optional reason_code: String = "reasonCode",
        ;
        /// The `x-amzn-RequestId` received or to send.
        request_id: Option<String>,
        /// The `x-amzn-ErrorType` header received or to send.
        error_type_header: Option<String>,
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
    }
}

body!(ErrorBody, Cognito, ErrorCode);
retry_after_accessors!(ErrorBody);
request_id_accessors!(ErrorBody, "x-amzn-RequestId");

impl ErrorBody {
    /// The body for a catalog code: its shape name as `__type`, and no message (add one with
    /// [`with_message`](Self::with_message)). Never fails.
    ///
    /// ```
    /// use identity_errors::cognito::{ErrorBody, ErrorCode};
    ///
    /// let response = ErrorBody::new(ErrorCode::InternalError).into_http_response();
    /// assert_eq!(response.status(), 500);
    /// assert_eq!(response.headers()["content-type"], "application/x-amz-json-1.1");
    /// assert_eq!(response.body(), r#"{"__type":"InternalErrorException"}"#);
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        Self {
            error_type: code.code().to_owned(),
            ..Self::empty()
        }
    }

    /// A body with any `__type`, verbatim (a namespaced one, or a code the catalog lacks).
    pub fn from_raw(error_type: impl Into<String>) -> Self {
        Self {
            error_type: error_type.into(),
            ..Self::empty()
        }
    }

    /// Sets the message, in the member it was received in (`Message` if the body had only
    /// that), else in `message`.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        match (&self.message, &mut self.message_capitalized) {
            (None, Some(capitalized)) => *capitalized = message.into(),
            _ => self.message = Some(message.into()),
        }
        self
    }

    /// Sets `reasonCode` (sent with `InvalidParameterException`).
    pub fn with_reason_code(mut self, reason_code: impl Into<String>) -> Self {
        self.reason_code = Some(reason_code.into());
        self
    }

    /// The `__type`, verbatim (`"UserNotFoundException"`, or with its namespace).
    pub fn code(&self) -> &str {
        &self.error_type
    }

    /// The error's name as botocore reads `__type`: cut at the first `:`, then after the last
    /// `#` (`"com.amazonaws.cognito.identity.idp.model#UserNotFoundException"` →
    /// `"UserNotFoundException"`).
    ///
    /// ```
    /// use identity_errors::cognito::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::from_raw("com.amazonaws.cognito.identity.idp.model#UserNotFoundException");
    /// assert_eq!(body.error_name(), "UserNotFoundException");
    /// assert_eq!(body.known_code(), Some(ErrorCode::UserNotFound));
    /// assert_eq!(ErrorBody::from_raw("UserNotFoundException:http://internal.amazon.com/").error_name(), "UserNotFoundException");
    /// ```
    pub fn error_name(&self) -> &str {
        let code = self.error_type.split(':').next().unwrap_or_default();
        code.rsplit('#').next().unwrap_or_default()
    }

    /// The [`error_name`](Self::error_name) as a catalog code, where the catalog has exactly
    /// that code.
    pub fn known_code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.error_name())
    }

    /// The message: `message`, else `Message` (as botocore reads it).
    pub fn message(&self) -> Option<&str> {
        self.message
            .as_deref()
            .or(self.message_capitalized.as_deref())
    }

    /// Whether the message came as `Message` (with a capital) rather than `message`.
    pub fn is_message_capitalized(&self) -> bool {
        self.message.is_none() && self.message_capitalized.is_some()
    }

    /// The `reasonCode` (Cognito sends it with `InvalidParameterException`).
    pub fn reason_code(&self) -> Option<&str> {
        self.reason_code.as_deref()
    }

    /// The HTTP status: the one received or set, else the catalog code's (the crate's choice:
    /// 400, or 500 for a fault), else 400, which AWS JSON 1.1 answers an error with.
    pub fn status(&self) -> StatusCode {
        self.http_status
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
            None => Retry::of_status(Vendor::Cognito, self.status()),
        }
    }

    /// The `x-amzn-ErrorType` header received with the body (botocore reads it only for
    /// `rest-json` services, not for Cognito's JSON 1.1).
    pub fn error_type_header(&self) -> Option<&str> {
        self.error_type_header.as_deref()
    }

    /// Sets the `x-amzn-ErrorType` header sent with the response.
    pub fn with_error_type_header(mut self, error_type: impl Into<String>) -> Self {
        self.error_type_header = Some(error_type.into());
        self
    }

    /// The id a support ticket needs: the `x-amzn-RequestId`.
    pub fn correlation_id(&self) -> Option<&str> {
        self.request_id()
    }

    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        let mut causes = Vec::new();
        if let Some(reason) = self.reason_code() {
            causes.push(Cow::Owned(["reasonCode ", reason].concat()));
        }
        Report {
            code: Cow::Borrowed(self.code()),
            summary: self.message(),
            causes,
            correlation: self.request_id().map(|id| ("x-amzn-RequestId", id)),
        }
    }
}

impl Received for ErrorBody {
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
        self.request_id = headers::single(headers, REQUEST_ID).map(str::to_owned);
        self.error_type_header = headers::single(headers, ERROR_TYPE).map(str::to_owned);
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
        headers::insert_text(headers, REQUEST_ID, self.request_id());
        headers::insert_text(headers, ERROR_TYPE, self.error_type_header());
    }
}

impl fmt::Display for ErrorBody {
    /// `NotAuthorizedException: Incorrect username or password. (x-amzn-RequestId: ..)` on
    /// one line: the `__type`, the message, a `reasonCode` as a cause, and the request id;
    /// `{:#}` puts each cause and the id on a line of its own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}
