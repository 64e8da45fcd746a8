//! The client half: from a vendor's response to one typed, retry-aware [`Error`].

use crate::answer::Answer;
use crate::body::Received;
use crate::display::{Report, Text};
use crate::{Body, Kind, Retry, Vendor};
use http::header::{HeaderMap, CONTENT_TYPE};
use http::StatusCode;
use std::fmt::{self, Write};
use std::time::Duration;

/// `Error` and what follows from the list of body types (`crate::registry::bodies!`): its
/// variants, `From` for each body type, and the dispatch of its accessors and of `from_parts`.
macro_rules! error_enum {
    ($($feature:literal $variant:ident($body:ty) $doc:literal),+ $(,)?) => {
        /// An error response from any vendor the crate's features turn on, read into the vendor's
        /// body type: one type for a client that talks to several vendors to `?` and then `match`.
        /// The bodies are boxed, so that a `Result<T, Error>` stays small (16 bytes for the error).
        ///
        /// [`Error::from_response`] (or [`Error::from_parts`]) does what every call site needs: it says
        /// whether the response is an error at all (Identity Cloud answers errors with HTTP 200), reads
        /// the vendor's body, falls back to [`Error::Unrecognized`] when the body is not the vendor's
        /// (a proxy's HTML page, an empty body), and keeps the status and headers received, so that
        /// [`retry`](Self::retry) and [`retry_after`](Self::retry_after) can say what to do.
        ///
        /// ```
        /// use identity_errors::http::{Response, StatusCode};
        /// use identity_errors::{okta, Error, Kind, Retry, Vendor};
        ///
        /// let response = Response::builder()
        ///     .status(429)
        ///     .header("date", "Mon, 23 Nov 2026 10:00:00 GMT")
        ///     .header("x-rate-limit-limit", "600")
        ///     .header("x-rate-limit-remaining", "0")
        ///     .header("x-rate-limit-reset", "1795428030")
        ///     .body(r#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}"#)?;
        ///
        /// let error = Error::from_response(Vendor::Okta, &response).expect("a 429 is an error");
        /// assert_eq!(error.status(), StatusCode::TOO_MANY_REQUESTS);
        /// assert_eq!(error.kind(), Kind::RateLimited);
        /// assert_eq!(error.retry(), Retry::AfterWindow);
        /// assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(31)));
        /// match &error {
        ///     Error::Okta(body) => assert_eq!(body.known_code(), Some(okta::ErrorCode::E0000047)),
        ///     other => panic!("{other}"),
        /// }
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum Error {
            $(
                #[doc = $doc]
                #[cfg(feature = $feature)]
                $variant(Box<$body>),
            )+
            /// An error response whose body is not the vendor's error body, kept as received.
            Unrecognized(Box<Unrecognized>),
        }

        $(
            #[cfg(feature = $feature)]
            impl From<$body> for Error {
                fn from(body: $body) -> Self {
                    Self::$variant(Box::new(body))
                }
            }
        )+

        impl Error {
            /// What the error holds, for the accessors to read: one dispatch for all of them.
            fn held(&self) -> &dyn Held {
                match self {
                    $(
                        #[cfg(feature = $feature)]
                        Self::$variant(body) => &**body,
                    )+
                    Self::Unrecognized(other) => &**other,
                }
            }

            /// What the error holds, owned, for [`into_http_response`](Self::into_http_response).
            fn into_held(self) -> Box<dyn Held> {
                match self {
                    $(
                        #[cfg(feature = $feature)]
                        Self::$variant(body) => body,
                    )+
                    Self::Unrecognized(other) => other,
                }
            }

            /// Whether `body`, below HTTP 400, says it is one of `vendor`'s errors.
            #[allow(unused_variables)] // with no vendor feature on
            fn says_error(vendor: Vendor, body: &[u8]) -> bool {
                $(
                    #[cfg(feature = $feature)]
                    if vendor == <$body as Body>::VENDOR && <$body as Received>::says_error(body) {
                        return true;
                    }
                )+
                false
            }

            /// The response as the first of `vendor`'s types that reads it: from the redirect's
            /// `Location` for a redirect, else from the body.
            #[allow(unused_variables)] // with no vendor feature on
            fn read_as(
                vendor: Vendor,
                answer: Answer,
                status: StatusCode,
                headers: &HeaderMap,
                body: &[u8],
            ) -> Option<Self> {
                $(
                    #[cfg(feature = $feature)]
                    if vendor == <$body as Body>::VENDOR {
                        let read = match answer {
                            // Kept whole, so that a gateway passes the redirect on as received.
                            Answer::Redirect => crate::headers::single(headers, "location")
                                .and_then(<$body as Received>::from_redirect_location)
                                .map(|error| {
                                    error.with_status(status).with_original(status, headers, body)
                                }),
                            _ => <$body>::from_parts(status, headers, body).ok(),
                        };
                        if let Some(error) = read {
                            return Some(Self::from(error));
                        }
                    }
                )+
                None
            }

            /// How long `headers` from `vendor` say to wait, as its first type reads them.
            #[allow(unused_variables)] // with no vendor feature on
            fn wait_from_headers(vendor: Vendor, headers: &HeaderMap) -> Option<Duration> {
                $(
                    #[cfg(feature = $feature)]
                    if vendor == <$body as Body>::VENDOR {
                        return <$body as Received>::wait_from_headers(headers);
                    }
                )+
                crate::headers::retry_after(headers)
            }
        }
    };
}

crate::registry::bodies!(error_enum);

/// An error response whose body is none of its vendor's error bodies: a proxy's HTML page, an
/// empty body, a gateway's own JSON, an Identity Cloud `{"stat":"error"}` without a `code`, an
/// error redirect that repeats a parameter. Status, headers and bytes are kept as received.
///
/// It is not a [`Body`]: its vendor is the one called, known only when the response comes, and
/// it has no code, catalog or JSON of its own. [`Error`] answers the questions the two share
/// for either.
///
/// ```
/// use identity_errors::http::{Response, StatusCode};
/// use identity_errors::{Error, Retry, Vendor};
///
/// let page = Response::builder().status(502).header("content-type", "text/html").body("<html>Bad Gateway</html>")?;
/// let Some(Error::Unrecognized(other)) = Error::from_response(Vendor::Lusid, &page) else { unreachable!() };
/// assert_eq!(other.status(), StatusCode::BAD_GATEWAY);
/// assert_eq!(other.body(), b"<html>Bad Gateway</html>");
/// assert_eq!(other.retry(), Retry::WithBackoff);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unrecognized {
    vendor: Vendor,
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Unrecognized {
    /// The vendor that was called.
    pub fn vendor(&self) -> Vendor {
        self.vendor
    }

    /// The HTTP status received.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers received.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body received, byte for byte.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The kind of the status received; for an error answered with a lower status (Identity
    /// Cloud's HTTP 200, a redirect), which says that the vendor refused the request but not
    /// why, [`Kind::InvalidRequest`], which is never retried (as [`retry`](Self::retry) says).
    pub fn kind(&self) -> Kind {
        Kind::of_status(self.status).unwrap_or(Kind::InvalidRequest)
    }

    /// The advice for the status received.
    pub fn retry(&self) -> Retry {
        Retry::of_status(self.vendor, self.status)
    }

    /// How long to wait before trying again, from the headers received, as for the vendor's
    /// own body: for Okta and Auth0, their rate-limit headers (a 429 from a proxy or with a cut
    /// body still carries them; [`RateLimit::wait`](crate::RateLimit::wait)), else a
    /// `Retry-After`.
    pub fn retry_after(&self) -> Option<Duration> {
        Error::wait_from_headers(self.vendor, &self.headers)
    }
}

impl Error {
    /// The error a response from `vendor` carries, or `None` if it is not an error. One rule
    /// decides, for every vendor and status: an error status (400-599) whatever the body; a
    /// redirect whose `Location` carries an OAuth `error`; a lower status whose body says it is
    /// the vendor's error (Identity Cloud's HTTP 200 with `"stat":"error"`, Okta's HTTP 202
    /// with `E0000070`). Nothing else is `None`.
    ///
    /// The error is the vendor's body type where the body (or the redirect) reads as one, else
    /// [`Error::Unrecognized`], which keeps status, headers and bytes: a proxy's HTML page, an
    /// empty body, `{"stat":"error"}` without a `code`, a redirect that repeats a parameter.
    /// Okta answers with an API error body or an OAuth error (JSON, or a `WWW-Authenticate`
    /// challenge with an empty body); both are tried.
    pub fn from_parts(
        vendor: Vendor,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Option<Self> {
        let answer = Answer::of(status, headers, || Self::says_error(vendor, body));
        let parsed = match answer {
            Answer::NotAnError => return None,
            answer => Self::read_as(vendor, answer, status, headers, body),
        };
        Some(parsed.unwrap_or_else(|| {
            Self::Unrecognized(Box::new(Unrecognized {
                vendor,
                status,
                headers: headers.clone(),
                body: body.to_vec(),
            }))
        }))
    }

    /// [`from_parts`](Self::from_parts) of a whole response, whatever holds its bytes.
    pub fn from_response<B: AsRef<[u8]>>(
        vendor: Vendor,
        response: &http::Response<B>,
    ) -> Option<Self> {
        Self::from_parts(
            vendor,
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// The error an error status (4xx, 5xx) and its headers say, with no body: what a retry
    /// policy that is asked before the body has come (tower's, reqwest-retry's) can read.
    /// `None` for any other status, whose answer such a policy gives back as it came.
    #[cfg(any(feature = "tower", feature = "reqwest-retry"))]
    pub(crate) fn from_head(
        vendor: Vendor,
        status: StatusCode,
        headers: &HeaderMap,
    ) -> Option<Self> {
        if !(status.is_client_error() || status.is_server_error()) {
            return None;
        }
        Self::from_parts(vendor, status, headers, b"")
    }

    /// The vendor that answered.
    pub fn vendor(&self) -> Vendor {
        self.held().vendor()
    }

    /// The HTTP status received (for a body built in code, the one it would be sent with).
    pub fn status(&self) -> StatusCode {
        self.held().status()
    }

    /// What the error means: the catalog code's kind, else the kind of the status received.
    pub fn kind(&self) -> Kind {
        self.held().kind()
    }

    /// Whether and when to try again: the catalog code's advice, else the advice for the
    /// status received. What every call site used to decide by matching message text.
    pub fn retry(&self) -> Retry {
        self.held().retry()
    }

    /// How long to wait before trying again, where the response says: Okta's rate-limit
    /// headers (`Reset - Date + 1 s`), else a `Retry-After`.
    pub fn retry_after(&self) -> Option<Duration> {
        self.held().retry_after()
    }

    /// The id a support ticket needs: Okta's `errorId` or `X-Okta-Request-Id`, Identity
    /// Cloud's `request_id`, LUSID's request id, Entra ID's `correlation_id`.
    pub fn correlation_id(&self) -> Option<&str> {
        self.held().correlation_id()
    }

    /// The wire code as the vendor sent it, as text (`E0000007`, `invalid_client`, `415`,
    /// `UserNotFoundException`), whether or not the catalog knows it; `None` for an
    /// [`Error::Unrecognized`], whose body has no code to read. For a log field or a metric
    /// label; a `match` on the body's `known_code()` is the typed form.
    ///
    /// ```
    /// use identity_errors::{lusid, okta, Error};
    ///
    /// let error = Error::from(okta::ErrorBody::resource_not_found("User 00u1"));
    /// assert_eq!(error.code().unwrap().to_string(), "E0000007");
    /// let error = Error::from(lusid::ProblemDetails::new(lusid::ErrorCode::InvalidParameterValue));
    /// assert_eq!(error.code().unwrap().to_string(), "151");
    /// ```
    pub fn code(&self) -> Option<impl fmt::Display + '_> {
        let held = self.held();
        held.has_code().then_some(CodeText(held))
    }

    /// The response to pass on, for a gateway or a proxy answering with the error it received:
    /// exactly what was received for an error read with [`from_parts`](Self::from_parts) or
    /// [`from_response`](Self::from_response) (the status, the vendor's headers, the body
    /// bytes, whether or not they parsed), else what the body sends
    /// (its `into_http_response`). With the `axum` feature, `Error` is also an `IntoResponse`
    /// that answers the same.
    ///
    /// Left out of the headers received are those that belong to the connection the response
    /// came on, which a proxy must not forward (RFC 9110, section 7.6.1: `Connection` and the
    /// fields it names, `Keep-Alive`, `Proxy-Connection`, `TE`, `Transfer-Encoding`,
    /// `Upgrade`), and `Content-Length`, which the server that sends the response writes from
    /// the bytes. A change made to a body after it was read (through `match`) is not in the
    /// answer; the body's own `into_http_response` sends the body as it is.
    ///
    /// Headers are passed on at their received length, not bounded as the headers the crate
    /// writes are (`OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN`): they reached this client, so
    /// they fit the hop they came on, and a proxy that cut a challenge or a request id would
    /// no longer pass on what the vendor said.
    ///
    /// ```
    /// use identity_errors::http::Response;
    /// use identity_errors::{okta, Error, Vendor};
    ///
    /// // Pretty-printed, with a header the crate does not read: passed on as received.
    /// let upstream = Response::builder()
    ///     .status(404)
    ///     .header("content-type", "application/json")
    ///     .header("x-okta-request-id", "reqid1")
    ///     .header("strict-transport-security", "max-age=315360000")
    ///     .header("connection", "close")
    ///     .body("{\n  \"errorCode\": \"E0000007\",\n  \"errorSummary\": \"Not found: User 00u1\"\n}")
    ///     .unwrap();
    /// let error = Error::from_response(Vendor::Okta, &upstream).unwrap();
    /// let answer = error.into_http_response();
    /// assert_eq!(answer.status(), 404);
    /// assert_eq!(answer.headers()["strict-transport-security"], "max-age=315360000");
    /// assert_eq!(answer.headers()["x-okta-request-id"], "reqid1");
    /// assert!(!answer.headers().contains_key("connection"));
    /// assert_eq!(answer.body(), upstream.body().as_bytes());
    ///
    /// // Built in code: what the body sends.
    /// let built = Error::from(okta::ErrorBody::resource_not_found("User 00u1").with_error_id("oae1"));
    /// let answer = built.into_http_response();
    /// assert_eq!(answer.headers()["content-type"], "application/json");
    /// assert_eq!(answer.body(), br#"{"errorCode":"E0000007","errorSummary":"Not found: User 00u1","errorLink":"E0000007","errorId":"oae1","errorCauses":[]}"#);
    /// ```
    pub fn into_http_response(self) -> http::Response<Vec<u8>> {
        self.into_held().into_response()
    }

    /// What the vendor's body says, as its `Display` says it; `None` for an unrecognized one.
    fn report(&self) -> Option<Report<'_>> {
        self.held().report()
    }
}

impl fmt::Display for Error {
    /// Who answered what, and the body's own one-line form, on one line:
    /// `Okta answered HTTP 429 Too Many Requests with E0000047: API call exceeded rate limit due
    /// to too many requests. (errorId: oae..)`, the line a log (tracing's `%error`) needs, with
    /// the code support asks for. Like every body's `{}`, it shows any text as one line (control
    /// characters become spaces, invisible format characters such as U+202E are escaped) and
    /// holds at most 2,000 characters, or the precision given (`{:.120}`): what is left out is
    /// counted at the end, `…[1048576 more characters]`.
    ///
    /// The body is the error itself, not its cause: [`source`](std::error::Error::source) is
    /// `None`, as for `std::io::Error` around a custom error and thiserror's
    /// `#[error(transparent)]`. An error report that prints each error of the chain (anyhow's
    /// `{:#}` and `{:?}`, eyre's, tracing-subscriber's `error.sources`) so says each thing once.
    /// The body itself is the variant's value, for a `match`.
    ///
    /// `{:#}` is the whole story for a person, on several lines and not bounded: the first
    /// line, then the body's own `{:#}` (code, summary, causes, correlation id), indented.
    ///
    /// ```
    /// use identity_errors::{okta, Error};
    ///
    /// let error = Error::from(okta::ErrorBody::too_many_requests().with_error_id("oae_A2-4_P9RtWIEh-N4O0qfg"));
    /// assert_eq!(
    ///     error.to_string(),
    ///     "Okta answered HTTP 429 Too Many Requests with E0000047: API call exceeded rate limit due to too many requests. (errorId: oae_A2-4_P9RtWIEh-N4O0qfg)"
    /// );
    /// assert!(std::error::Error::source(&error).is_none());
    /// assert_eq!(format!("{error:.48}"), "Okta answered HTTP 429 Too Many Requests with E0…[99 more characters]");
    /// assert_eq!(
    ///     format!("{error:#}"),
    ///     "Okta answered HTTP 429 Too Many Requests\n  E0000047: API call exceeded rate limit due to too many requests.\n    errorId: oae_A2-4_P9RtWIEh-N4O0qfg"
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            self.headline(&mut Text::new(f, None))?;
            let Some(report) = self.report() else {
                return Ok(());
            };
            // The body's lines, each indented under the headline.
            let mut indented = Text::new(f, Some("\n  "));
            return write!(indented, "\n{report:#}");
        }
        let mut line = Text::line(f);
        self.headline(&mut line)?;
        if let Some(report) = self.report() {
            line.write_str(" with ")?;
            report.write_line(&mut line)?;
        }
        line.finish()
    }
}

impl Error {
    /// Who answered what: `Okta answered HTTP 429 Too Many Requests`, and, for a body that is
    /// not the vendor's, its size and type (or that there was none).
    fn headline(&self, out: &mut Text<'_, '_>) -> fmt::Result {
        let status = self.status();
        write!(out, "{} answered HTTP {}", self.vendor(), status.as_u16())?;
        if let Some(reason) = status.canonical_reason() {
            write!(out, " {reason}")?;
        }
        #[allow(irrefutable_let_patterns)] // with no vendor feature on
        if let Self::Unrecognized(other) = self {
            // An empty body is no body, not "a body that is not its error body": a 401 with
            // a challenge that names no error, a 500 with nothing at all.
            if other.body.is_empty() {
                return out.write_str(" with no error body");
            }
            let bytes = other.body.len();
            let unit = if bytes == 1 { "byte" } else { "bytes" };
            write!(
                out,
                " with a body that is not its error body ({bytes} {unit}"
            )?;
            // The type as sent (UTF-8 read as such), shown as one line like any other text.
            match other.headers.get(CONTENT_TYPE) {
                Some(value) => {
                    out.write_str(" of ")?;
                    out.write_str(&String::from_utf8_lossy(value.as_bytes()))?;
                }
                None => out.write_str(", no Content-Type")?,
            }
            out.write_char(')')?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<Error> for http::Response<Vec<u8>> {
    /// The same as [`Error::into_http_response`].
    fn from(error: Error) -> Self {
        error.into_http_response()
    }
}

/// What [`Error`] reads of whatever it holds, one body type or an [`Unrecognized`]: [`Body`]
/// made object-safe (no constants, no constructors), so that each accessor of `Error` is one
/// call through [`Error::held`] rather than a `match` of its own.
trait Held {
    /// As [`Error::vendor`].
    fn vendor(&self) -> Vendor;
    /// As [`Error::status`].
    fn status(&self) -> StatusCode;
    /// As [`Error::kind`].
    fn kind(&self) -> Kind;
    /// As [`Error::retry`].
    fn retry(&self) -> Retry;
    /// As [`Error::retry_after`].
    fn retry_after(&self) -> Option<Duration>;
    /// As [`Error::correlation_id`].
    fn correlation_id(&self) -> Option<&str>;
    /// Whether there is a wire code, which [`fmt_code`](Self::fmt_code) writes.
    fn has_code(&self) -> bool;
    /// Writes the wire code, as [`Error::code`] shows it.
    fn fmt_code(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    /// What the body's `Display` says; `None` for an unrecognized one.
    fn report(&self) -> Option<Report<'_>>;
    /// What [`Error::into_http_response`] answers.
    fn into_response(self: Box<Self>) -> http::Response<Vec<u8>>;
}

impl<B: Body + crate::body::Internal> Held for B {
    fn vendor(&self) -> Vendor {
        B::VENDOR
    }

    fn status(&self) -> StatusCode {
        Body::status(self)
    }

    fn kind(&self) -> Kind {
        Body::kind(self)
    }

    fn retry(&self) -> Retry {
        Body::retry(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        Body::retry_after(self)
    }

    fn correlation_id(&self) -> Option<&str> {
        Body::correlation_id(self)
    }

    fn has_code(&self) -> bool {
        true
    }

    fn fmt_code(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Body::code(self), f)
    }

    fn report(&self) -> Option<Report<'_>> {
        Some(crate::body::Internal::report(self))
    }

    fn into_response(self: Box<Self>) -> http::Response<Vec<u8>> {
        crate::body::Internal::into_original_response(*self)
    }
}

impl Held for Unrecognized {
    fn vendor(&self) -> Vendor {
        self.vendor
    }

    fn status(&self) -> StatusCode {
        self.status
    }

    fn kind(&self) -> Kind {
        Unrecognized::kind(self)
    }

    fn retry(&self) -> Retry {
        Unrecognized::retry(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        Unrecognized::retry_after(self)
    }

    fn correlation_id(&self) -> Option<&str> {
        None
    }

    fn has_code(&self) -> bool {
        false
    }

    fn fmt_code(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }

    fn report(&self) -> Option<Report<'_>> {
        None
    }

    /// As received, without the headers of the connection it came on.
    fn into_response(self: Box<Self>) -> http::Response<Vec<u8>> {
        let Unrecognized {
            status,
            headers,
            body,
            ..
        } = *self;
        crate::body::Original {
            status,
            headers,
            bytes: body,
        }
        .into_response()
    }
}

/// What [`Error::code`] returns: the held body's wire code, written when displayed, so that a
/// log line or a metric label costs no allocation of its own.
struct CodeText<'a>(&'a dyn Held);

impl fmt::Display for CodeText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_code(f)
    }
}
