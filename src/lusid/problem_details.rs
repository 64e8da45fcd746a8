use crate::body::{body, error_body, request_id_accessors, retry_after_accessors, Received};
use crate::display::Report;
use crate::lusid::ErrorCode;
use crate::object::{json_object, Empty, RawJson};
use crate::{headers, Kind, Retry, Vendor};
use http::header::HeaderMap;
use http::StatusCode;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

/// The header carrying the id of LUSID's request.
const REQUEST_ID: &str = "lusid-meta-requestid";

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
    pub struct ProblemDetails: "a LUSID problem-details body", "application/problem+json" {
        optional name: String = "name",
        optional error_details: RawJson = "errorDetails",
        required code: i64 = "code",
        optional type_uri: String = "type",
        optional title: String = "title",
        optional status: u16 = "status",
        optional detail: String = "detail",
        optional instance: String = "instance",
        optional extensions: RawJson = "extensions",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
        /// The `lusid-meta-requestId` received or to send.
        request_id: Option<String>,
    }
}

body!(ProblemDetails, Lusid, ErrorCode);
retry_after_accessors!(ProblemDetails);
request_id_accessors!(ProblemDetails, "lusid-meta-requestId");

impl ProblemDetails {
    /// The body for a catalog code: its [`name`](ErrorCode::name) and
    /// [`status`](ErrorCode::status) (both the crate's choice), its title, its description (or
    /// title) as `detail`, empty `errorDetails` and `extensions`, and no `instance`.
    ///
    /// Never fails: every catalog code makes a whole body (see
    /// [`Body`](crate::Body#building-a-body)).
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
            ..Self::empty()
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

    /// The HTTP status: the one received ([`from_parts`](Self::from_parts)) or set
    /// ([`with_status`](Self::with_status)), else the `status` member if it is within 100-599,
    /// else the catalog code's, else 500.
    ///
    /// ```
    /// use identity_errors::http::StatusCode;
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

    /// What the error means: the catalog code's kind, or, for a code the catalog lacks, the
    /// kind of the [`status`](Self::status).
    pub fn kind(&self) -> Kind {
        match self.known_code() {
            Some(code) => code.kind(),
            None => Kind::of_status(self.status()).unwrap_or(Kind::ServerFault),
        }
    }

    /// Whether and when to try again: the catalog code's advice, or, for a code the catalog
    /// lacks, the advice for the [`status`](Self::status) (FINBOURNE's SDK retries a 409).
    pub fn retry(&self) -> Retry {
        match self.known_code() {
            Some(code) => code.retry(),
            None => Retry::of_status(Vendor::Lusid, self.status()),
        }
    }

    /// The id a support ticket needs: the `lusid-meta-requestId` received, else the last path
    /// segment of the `instance` (LUSID's link to the request's log ends with the request id).
    ///
    /// ```
    /// use identity_errors::lusid::ProblemDetails;
    ///
    /// let body = ProblemDetails::from_slice(br#"{"code":657,"instance":"https://example.lusid.com/app/insights/logs/0HN1:00000001"}"#)?;
    /// assert_eq!(body.correlation_id(), Some("0HN1:00000001"));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn correlation_id(&self) -> Option<&str> {
        self.request_id().or_else(|| {
            let instance = self.instance()?;
            let path = instance.split(['?', '#']).next().unwrap_or(instance);
            path.rsplit('/')
                .next()
                .filter(|segment| !segment.is_empty())
        })
    }
}

impl Received for ProblemDetails {
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
        self.request_id = headers::single(headers, REQUEST_ID).map(str::to_owned);
    }

    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
        headers::insert_text(headers, REQUEST_ID, self.request_id());
    }
}

impl fmt::Display for ProblemDetails {
    /// `657 UserDoesNotExist: The specified user does not exist (request id: 0HN1:00000001)` on
    /// one line: the code and `name`, the `detail` (else the `title`), each entry of
    /// `errorDetails` as a cause (its `detail`, else its JSON), and the
    /// [`correlation_id`](Self::correlation_id); `{:#}` puts each cause and the id on a line of
    /// its own.
    ///
    /// ```
    /// use identity_errors::lusid::ProblemDetails;
    ///
    /// let body = ProblemDetails::from_slice(br#"{"name":"ValidationError","errorDetails":[{"id":"scope","detail":"Scope is too long"}],"code":104,"detail":"One or more failures","instance":"https://example.lusid.com/app/insights/logs/0HN1:00000001"}"#)?;
    /// assert_eq!(
    ///     body.to_string(),
    ///     r#"104 ValidationError: One or more failures (causes: "Scope is too long"; request id: 0HN1:00000001)"#
    /// );
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

impl ProblemDetails {
    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        let code = match &self.name {
            Some(name) => format!("{} {name}", self.code),
            None => self.code.to_string(),
        };
        Report {
            code: Cow::Owned(code),
            summary: self.detail.as_deref().or(self.title.as_deref()),
            causes: self.error_details().map(details).unwrap_or_default(),
            correlation: self.correlation_id().map(|id| ("request id", id)),
        }
    }
}

json_object! {
    /// An entry of `errorDetails`, as `Display` reads it: the crate's own object reader, so no
    /// other parser is compiled for it.
    struct Entry: "an entry of LUSID's errorDetails" {
        optional detail: String = "detail",
    }
}

/// The entries of `errorDetails` as causes: each entry's `detail` where it has one, else its own
/// text (a string's, or its JSON as sent). A value that is not a list is one cause.
///
/// Read with `from_str`, `RawValue` and the object reader, which parsing bodies already
/// compiles in, rather than into `serde_json::Value`, whose parser would be compiled for this
/// alone.
fn details(raw: &RawValue) -> Vec<Cow<'static, str>> {
    let Ok(entries) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
        return vec![Cow::Owned(raw.get().to_owned())];
    };
    let text = |entry: &RawValue| match crate::object::from_str::<Entry>(entry.get()) {
        Ok(Entry {
            detail: Some(detail),
            ..
        }) => detail,
        _ => crate::display::json_text(entry.get()).into_owned(),
    };
    entries.into_iter().map(|e| Cow::Owned(text(e))).collect()
}
