use crate::body::{body, error_body, Received};
use crate::display::Report;
use crate::object::Empty;
use crate::okta::error_body::{read_okta_headers, write_okta_headers, RequestId};
use crate::okta::{DpopNonce, OAuthErrorCode, RateLimit};
use crate::{headers, Kind, ParseError, Retry, Vendor};
use http::header::{HeaderMap, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

mod challenge;
mod invalid_redirect;
mod redirect;

use challenge::Challenge;
pub use redirect::{RedirectError, ResponseMode};

/// The header carrying a DPoP nonce (RFC 9449, section 8).
const DPOP_NONCE: &str = "dpop-nonce";

error_body! {
    /// An OAuth 2.0 / OpenID Connect error as Okta sends it: the JSON body
    /// `{"error","error_description"}` (with optional `error_uri`, `state` and any other members,
    /// kept), the redirect form `redirect_uri?error=..&error_description=..&state=..`, and the
    /// `WWW-Authenticate: Bearer error="..", error_description=".."` challenge.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode, ResponseMode};
    ///
    /// let body = OAuthErrorBody::new(OAuthErrorCode::AccessDenied).with_state("xyz");
    /// let url = body.to_redirect("https://example.com/callback", ResponseMode::Query)?;
    /// assert_eq!(
    ///     url,
    ///     "https://example.com/callback?error=access_denied&error_description=The%20resource%20owner%20or%20authorization%20server%20denied%20the%20request.&state=xyz"
    /// );
    /// assert_eq!(OAuthErrorBody::from_redirect(&url)?, body);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct OAuthErrorBody: "an OAuth error body", "application/json" {
        required code: String = "error",
        optional description: String = "error_description",
        optional error_uri: String = "error_uri",
        optional state: String = "state",
        ;
        /// The rate-limit headers received or to send.
        rate_limit: Option<RateLimit>,
        /// The `X-Okta-Request-Id` received or to send.
        request_id: Option<String>,
        /// The `DPoP-Nonce` received or to send.
        dpop_nonce: Option<DpopNonce>,
        /// A `WWW-Authenticate` challenge's other auth-params and order, where they differ
        /// from the plain challenge.
        challenge: Option<Challenge>,
    }
}

body!(OAuthErrorBody, Okta, OAuthErrorCode);

impl OAuthErrorBody {
    /// The body Okta sends for a catalog error: the error as it goes on the wire
    /// ([`OAuthErrorCode::sent_as`]: `user_canceled_request` is sent as `access_denied`) and
    /// the catalog's description.
    ///
    /// Never fails: every catalog code makes a whole body (see
    /// [`Body`](crate::Body#building-a-body)).
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let body = OAuthErrorBody::new(OAuthErrorCode::InvalidClient);
    /// assert_eq!(body.to_json(), r#"{"error":"invalid_client","error_description":"The specified client isn't valid."}"#);
    /// let body = OAuthErrorBody::new(OAuthErrorCode::UserCanceledRequest);
    /// assert_eq!(body.code(), "access_denied");
    /// assert_eq!(body.description(), Some("User canceled the social sign-in request."));
    /// ```
    pub fn new(error: OAuthErrorCode) -> Self {
        // The error sent as another has that one's status too (`access_denied`, 403).
        Self::from_raw(error.sent_as().code(), error.description())
    }

    /// A body with any error and description, kept verbatim.
    pub fn from_raw(code: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            description: Some(description.into()),
            ..Self::empty()
        }
    }

    /// Replaces the `error_description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets the `state` echoed back to the client.
    pub fn with_state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }

    /// Sets the `error_uri`.
    pub fn with_error_uri(mut self, error_uri: impl Into<String>) -> Self {
        self.error_uri = Some(error_uri.into());
        self
    }

    /// The `error`, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The `error` as a catalog error, where the catalog has exactly that error.
    pub fn known_code(&self) -> Option<OAuthErrorCode> {
        OAuthErrorCode::from_code(&self.code)
    }

    /// The `error_description`, if present.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The `error_uri`, if present.
    pub fn error_uri(&self) -> Option<&str> {
        self.error_uri.as_deref()
    }

    /// The `state`, if present.
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The HTTP status: the one received ([`from_parts`](Self::from_parts)) or set
    /// ([`with_status`](Self::with_status)), else the catalog error's, else 400 (RFC 6749,
    /// section 5.2).
    ///
    /// ```
    /// use identity_errors::http::StatusCode;
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// assert_eq!(OAuthErrorBody::new(OAuthErrorCode::InvalidClient).status(), StatusCode::UNAUTHORIZED);
    /// assert_eq!(OAuthErrorBody::from_raw("vendor_specific", "Not in the catalog").status(), StatusCode::BAD_REQUEST);
    /// ```
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.known_code().map(OAuthErrorCode::status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the catalog error's kind, or, for an error the catalog lacks, the
    /// kind of the [`status`](Self::status).
    pub fn kind(&self) -> Kind {
        match self.known_code() {
            Some(error) => error.kind(),
            None => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the catalog error's advice, or, for an error the catalog
    /// lacks, the advice for the [`status`](Self::status).
    pub fn retry(&self) -> Retry {
        match self.known_code() {
            Some(error) => error.retry(),
            None => Retry::of_status(Vendor::Okta, self.status()),
        }
    }

    /// How long to wait before trying again, from the rate-limit headers received (see
    /// [`RateLimit::wait`]). A device-flow poll (unless the window is spent, or a
    /// `Retry-After` says otherwise) waits by RFC 8628, section 3.5:
    /// 5 s after `authorization_pending` (the interval a client uses when the device
    /// authorization response gave none) and 10 s after `slow_down` (that interval plus the
    /// 5 s a client must add); a client given its own interval waits that instead.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    /// use std::time::Duration;
    ///
    /// let pending = OAuthErrorBody::new(OAuthErrorCode::AuthorizationPending);
    /// assert_eq!(pending.retry_after(), Some(Duration::from_secs(5)));
    /// assert_eq!(OAuthErrorBody::new(OAuthErrorCode::InvalidGrant).retry_after(), None);
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        let Some(poll) = Retry::device_poll_wait(&self.code) else {
            return self.rate_limit.as_ref().and_then(RateLimit::wait);
        };
        // Okta sends its rate-limit headers with every `/token` answer: a poll waits for the
        // window only when the window is spent, or when told to (`Retry-After`).
        match &self.rate_limit {
            Some(limit) if limit.retry_after().is_some() || limit.remaining() == Some(0) => {
                limit.wait()
            }
            _ => Some(poll),
        }
    }

    /// The rate-limit headers received, or set with [`with_rate_limit`](Self::with_rate_limit).
    pub fn rate_limit(&self) -> Option<&RateLimit> {
        self.rate_limit.as_ref()
    }

    /// Sends Okta's rate-limit headers with the response.
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// The `X-Okta-Request-Id` received with the body: the id a support ticket needs.
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

    /// The `DPoP-Nonce` received ([`from_parts`](Self::from_parts); a header that is not a
    /// valid nonce, or is given twice, reads as absent) or set with
    /// [`with_dpop_nonce`](Self::with_dpop_nonce).
    pub fn dpop_nonce(&self) -> Option<&DpopNonce> {
        self.dpop_nonce.as_ref()
    }

    /// Sets the `DPoP-Nonce` sent with the response (RFC 9449, section 8): the nonce the
    /// client must put in its next proof. A `use_dpop_nonce` answer always carries one, since a
    /// client cannot go on without it: a new [`DpopNonce::generate`] when none was set. A
    /// test double that checks the next proof sets its own, or reads the header back.
    ///
    /// ```
    /// use identity_errors::okta::{DpopNonce, OAuthErrorBody, OAuthErrorCode};
    ///
    /// let response = OAuthErrorBody::new(OAuthErrorCode::UseDpopNonce).into_http_response();
    /// assert_eq!(response.status(), 400);
    /// let nonce: DpopNonce = response.headers()["dpop-nonce"].to_str()?.parse()?;
    ///
    /// let response = OAuthErrorBody::new(OAuthErrorCode::UseDpopNonce)
    ///     .with_dpop_nonce(nonce.clone())
    ///     .into_http_response();
    /// assert_eq!(response.headers()["dpop-nonce"], nonce.as_str());
    /// assert_eq!(OAuthErrorBody::from_response(&response)?.dpop_nonce(), Some(&nonce));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_dpop_nonce(mut self, nonce: DpopNonce) -> Self {
        self.dpop_nonce = Some(nonce);
        self
    }

    /// The id a support ticket needs: the `X-Okta-Request-Id` received (OAuth bodies carry no
    /// `errorId`).
    pub fn correlation_id(&self) -> Option<&str> {
        self.request_id()
    }
}

impl Received for OAuthErrorBody {
    /// An authorization endpoint's redirect (RFC 6749, section 4.1.2.1), kept whole so that a
    /// gateway passes the redirect on as received.
    fn from_redirect_location(location: &str) -> Option<Self> {
        Self::from_redirect(location).ok()
    }

    /// An empty body with a challenge (a resource server's 401) is read from the challenge.
    fn parse_parts(_: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<Self, ParseError> {
        let challenge = headers::single(headers, WWW_AUTHENTICATE.as_str());
        match challenge {
            Some(value) if body.iter().all(u8::is_ascii_whitespace) => {
                Self::from_www_authenticate(value.as_bytes())
            }
            _ => crate::object::from_slice(body),
        }
    }

    fn read_headers(&mut self, headers: &HeaderMap) {
        (self.rate_limit, self.request_id) = read_okta_headers(headers);
        self.dpop_nonce = headers::single(headers, DPOP_NONCE).and_then(|h| DpopNonce::new(h).ok());
        let header = headers::single(headers, WWW_AUTHENTICATE.as_str());
        if let Some(parsed) = header.and_then(|h| Self::from_www_authenticate(h.as_bytes()).ok()) {
            self.challenge = parsed.challenge;
        }
    }

    /// Okta's headers; the `DPoP-Nonce` when one was received or set, and always with
    /// `use_dpop_nonce`; the challenge on a 401, on the 403 of `insufficient_scope` (RFC
    /// 6750, section 3), and whenever one was received or set.
    fn write_headers(&self, status: StatusCode, headers: &mut HeaderMap) {
        let request_id = RequestId::set_or_generated(self.request_id());
        write_okta_headers(self.rate_limit.as_ref(), request_id, headers);
        let nonce = match &self.dpop_nonce {
            Some(nonce) => Some(Cow::Borrowed(nonce)),
            None if self.known_code() == Some(OAuthErrorCode::UseDpopNonce) => {
                Some(Cow::Owned(DpopNonce::generate()))
            }
            None => None,
        };
        // A nonce is visible ASCII, so always a valid header value.
        if let Some(value) = nonce.and_then(|n| HeaderValue::from_str(n.as_str()).ok()) {
            headers.insert(HeaderName::from_static(DPOP_NONCE), value);
        }
        if status == StatusCode::UNAUTHORIZED
            || self.code == "insufficient_scope"
            || self.challenge.is_some()
        {
            headers.insert(WWW_AUTHENTICATE, self.www_authenticate());
        }
    }
}

impl fmt::Display for OAuthErrorBody {
    /// `invalid_client: The specified client isn't valid. (request id: ..)` (the `error`, its
    /// description where present, and the `X-Okta-Request-Id` received); `{:#}` puts the id on
    /// a line of its own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

impl OAuthErrorBody {
    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        Report {
            code: Cow::Borrowed(&self.code),
            summary: self.description(),
            causes: Vec::new(),
            correlation: self.request_id().map(|id| ("request id", id)),
        }
    }
}
