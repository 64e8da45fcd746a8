//! What the vendor body types share: the [`Body`] trait; the `error_body!` declaration,
//! which adds parsing (from bytes, or from a whole response keeping the status received), JSON
//! text, a status override, `http::Response` and `std::error::Error` to a
//! [`json_object!`](crate::object::json_object); the `body!` implementation of the trait; and
//! the response they become.

use crate::object::Object;
use crate::{Catalog, Kind, ParseError, Retry, Vendor};
use http::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
use http::{Response, StatusCode};
use std::fmt::{Debug, Display};
use std::time::Duration;

/// A vendor's error body: one of the body types of this crate, the twin of [`Catalog`].
///
/// Everything a body has in common, so that one generic function can read, log, test or answer
/// with any of them. Each type also has these as inherent methods with the same names (no
/// import needed), as `http`'s types do; the trait is for code written once for every vendor.
///
/// | body | `VENDOR` | `Catalog` | `code` | `correlation_id` |
/// |---|---|---|---|---|
/// | [`okta::ErrorBody`] | `Okta` | [`okta::ErrorCode`] | `&str`, the `errorCode` | the `errorId`, else `X-Okta-Request-Id` |
/// | [`okta::OAuthErrorBody`] | `Okta` | [`okta::OAuthErrorCode`] | `&str`, the `error` | `X-Okta-Request-Id` |
/// | [`identity_cloud::ErrorBody`] | `IdentityCloud` | [`identity_cloud::ErrorCode`] | `i64`, the `code` | the `request_id` |
/// | [`lusid::ProblemDetails`] | `Lusid` | [`lusid::ErrorCode`] | `i64`, the `code` | `lusid-meta-requestId`, else the end of the `instance` |
/// | [`entra::OAuthErrorBody`] | `Entra` | [`entra::OAuthErrorCode`] | `&str`, the `error` | the `correlation_id`, else the description's `Correlation ID:` |
/// | [`cognito::ErrorBody`] | `Cognito` | [`cognito::ErrorCode`] | `&str`, the `__type` | `x-amzn-RequestId` |
/// | [`firebase::ErrorBody`] | `Firebase` | [`firebase::ErrorCode`] | `&str`, `error.message` before any ` : ` | none |
/// | [`keycloak::OAuthErrorBody`] | `Keycloak` | [`keycloak::OAuthErrorCode`] | `&str`, the `error` | none |
/// | [`keycloak::AdminErrorBody`] | `Keycloak` | [`keycloak::EventError`] | `&str`, the `errorMessage` | none |
/// | [`auth0::AuthErrorBody`] | `Auth0` | [`auth0::AuthErrorCode`] | `&str`, the `error` | `X-Auth0-RequestId` |
/// | [`auth0::ManagementErrorBody`] | `Auth0` | [`auth0::AuthErrorCode`] | `&str`, the `errorCode`, else the `error` | `X-Auth0-RequestId` |
/// | [`auth0::SignupErrorBody`] | `Auth0` | [`auth0::SignupErrorCode`] | `&str`, the `code` | `X-Auth0-RequestId` |
///
/// The wire code is [`code`](Self::code), the name every body and every catalog already gives
/// it, of the catalog's own type ([`Catalog::Code`]): `Display` writes it as text, as the
/// vendor sends it, without allocating, and [`Catalog::from_code`] takes it as it is.
///
/// [`Unrecognized`](crate::Unrecognized), the response whose body is none of these, is not a
/// `Body`: its vendor is known only when it is received, it has no code, no catalog and no JSON
/// of its own, and it is never parsed from bytes alone. [`Error`](crate::Error) answers the
/// questions both share (`status`, `kind`, `retry`, `retry_after`, `correlation_id`) for either.
///
/// The trait is sealed: only this crate's body types implement it.
///
/// # Building a body
///
/// Constructors are not part of the trait, since each vendor's body is built from other
/// inputs, but they follow one rule: `new(code)` takes a catalog code and returns `Self`,
/// because every code of those catalogs makes a whole body (the catalog holds its text), and a
/// constructor that can be given something wrong returns a `Result` and says so in its name,
/// as `from_slice` does. An Okta API code alone makes no body (its summary is a template such
/// as `Not found: {0}`), so [`okta::ErrorBody`] has `try_new(code, &args)`, which fails on the
/// wrong number of arguments, and an infallible constructor per code whose parameters are the
/// template's (`resource_not_found(what)`), in place of a `new` that would send a placeholder
/// unfilled. Neither of Entra's catalogs alone makes an [`entra::OAuthErrorBody`]: Microsoft's
/// table gives no `error` for an AADSTS code, nor a code for an `error`, and most AADSTS texts
/// hold named placeholders (`{tenant}`), so it has `try_new(error, code, &args)`, which fails on
/// arguments that do not name exactly the placeholders, and no `new`. `from_raw`, where a type
/// has it, takes any code verbatim and never fails either.
///
/// | body | never fails | can fail |
/// |---|---|---|
/// | [`okta::ErrorBody`] | one per code, `from_raw` | `try_new(code, &args)` |
/// | [`okta::OAuthErrorBody`] | `new(code)`, `from_raw` | |
/// | [`identity_cloud::ErrorBody`] | `new(code)`, `oauth`, `from_raw` | |
/// | [`lusid::ProblemDetails`] | `new(code)` | |
/// | [`entra::OAuthErrorBody`] | `from_raw` | `try_new(error, code, &args)` |
/// | [`cognito::ErrorBody`] | `new(code)`, `from_raw` | |
/// | [`firebase::ErrorBody`] | `new(code)`, `from_raw` | |
/// | [`keycloak::OAuthErrorBody`] | `new(code)`, `from_raw` | |
/// | [`keycloak::AdminErrorBody`] | `new(error_message)` | |
/// | [`auth0::AuthErrorBody`] | `new(code)`, `from_raw` | |
/// | [`auth0::ManagementErrorBody`] | `new(status, message)` | |
///
/// # Example
///
/// ```
/// use identity_errors::http::{HeaderMap, StatusCode};
/// use identity_errors::{identity_cloud, lusid, okta, Body, ParseError};
///
/// /// `Okta 404 E0000007 NotFound Never oae3ArCozZVSOuvaI5TTk8g8g`: vendor, status, code, what it
/// /// means, whether to retry, and the id support asks for.
/// fn log<B: Body>(body: &B) -> String {
///     format!(
///         "{} {} {} {:?} {:?} {}",
///         B::VENDOR,
///         body.status().as_u16(),
///         body.code(),
///         body.kind(),
///         body.retry(),
///         body.correlation_id().unwrap_or("-"),
///     )
/// }
///
/// /// A response read as `B`, with its status and one header.
/// fn read<B: Body>(status: u16, header: (&'static str, &str), bytes: &str) -> Result<B, ParseError> {
///     let mut headers = HeaderMap::new();
///     headers.insert(header.0, header.1.parse().unwrap());
///     B::from_parts(StatusCode::from_u16(status).unwrap(), &headers, bytes.as_bytes())
/// }
///
/// // Answers recorded in okta-sdk-python's cassettes (tests/fixtures/okta_recorded_errors.json).
/// let sent = r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: invalid-pool-id-12345 (AppInstance)","errorLink":"E0000007","errorId":"oae3ArCozZVSOuvaI5TTk8g8g","errorCauses":[]}"#;
/// let api: okta::ErrorBody = read(404, ("x-okta-request-id", "5158353545ca4964b7a877aedb7bdbc8"), sent)?;
/// assert_eq!(log(&api), "Okta 404 E0000007 NotFound Never oae3ArCozZVSOuvaI5TTk8g8g");
/// assert_eq!(api.to_json(), sent); // byte for byte
///
/// let sent = r#"{"error":"invalid_dpop_proof","error_description":"The DPoP proof JWT header is missing."}"#;
/// let oauth: okta::OAuthErrorBody = read(400, ("x-okta-request-id", "24193685cccc1f628148e4a548c66b1e"), sent)?;
/// assert_eq!(log(&oauth), "Okta 400 invalid_dpop_proof InvalidRequest Never 24193685cccc1f628148e4a548c66b1e");
/// assert_eq!(oauth.to_json(), sent);
///
/// // Captured from Janrain's Registration API at its rate limit (tests/fixtures/identity_cloud_examples.json);
/// // Capture answers errors with HTTP 200. Code 510 waits for the window, as data/ says.
/// let sent = r#"{"stat":"error","code":510,"error_description":"too many registration attempts","error":"api_limit_error","request_id":"rxn5navex8zw48hw"}"#;
/// let capture: identity_cloud::ErrorBody = read(200, ("content-type", "application/json"), sent)?;
/// assert_eq!(log(&capture), "Identity Cloud 200 510 RateLimited AfterWindow rxn5navex8zw48hw");
/// assert_eq!(capture.to_json(), sent);
///
/// // Printed by a LUSID notebook (tests/fixtures/lusid_examples.json): a core-API code the
/// // Identity catalog lacks, so kind and retry come from the 404; the id is the end of `instance`.
/// let sent = r#"{"name":"TransactionTypeNotFound","errorDetails":[],"code":230,"type":"https://docs.lusid.com/#section/Error-Codes/230","title":"A transaction type is not configured","status":404,"detail":"There is no configuration for the transaction type: 'BrokerSell' from the source: 'Default' at time: EffectiveAt: '2023-06-20T16:38:55.5686510+00:00' AsAt: 'AsAt=2023-06-21T16:38:56.7691050+00:00'","instance":"https://fbn-ci.lusid.com/app/insights/logs/0HMRIE84F6H4T:00000026","extensions":{}}"#;
/// let lusid: lusid::ProblemDetails = read(404, ("content-type", "application/problem+json"), sent)?;
/// assert_eq!(log(&lusid), "LUSID 404 230 NotFound Never 0HMRIE84F6H4T:00000026");
/// assert_eq!(lusid.to_json(), sent);
///
/// // What `az login -u -p` received from Entra ID (Azure/azure-cli#18647); the support ticket
/// // needs the correlation id. (With the `entra` feature, which is off by default.)
/// # #[cfg(feature = "entra")] {
/// use identity_errors::entra;
/// let sent = r#"{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000\r\nCorrelation ID: 7f85270a-1b07-401e-b684-a19533c1b5ea\r\nTimestamp: 2021-06-25 13:16:19Z","error_codes":[50126],"timestamp":"2021-06-25 13:16:19Z","trace_id":"a287413d-c526-4d4a-a6eb-ac9108b03000","correlation_id":"7f85270a-1b07-401e-b684-a19533c1b5ea","error_uri":"https://login.microsoftonline.com/error?code=50126"}"#;
/// let entra: entra::OAuthErrorBody = read(400, ("content-type", "application/json"), sent)?;
/// assert_eq!(log(&entra), "Entra ID 400 invalid_grant Unauthenticated AfterReauthenticating 7f85270a-1b07-401e-b684-a19533c1b5ea");
/// assert_eq!(entra.to_json(), sent);
/// # }
///
/// // Generic code can answer with any of them, as the vendor would.
/// fn answer<B: Body>(body: B) -> (u16, &'static str, String) {
///     let response = body.into_http_response();
///     (response.status().as_u16(), B::CONTENT_TYPE, response.into_body())
/// }
/// assert_eq!(answer(lusid), (404, "application/problem+json", sent.to_owned()));
/// # Ok::<(), ParseError>(())
/// ```
///
/// [`okta::ErrorBody`]: crate::okta::ErrorBody
/// [`okta::OAuthErrorBody`]: crate::okta::OAuthErrorBody
/// [`identity_cloud::ErrorBody`]: crate::identity_cloud::ErrorBody
/// [`lusid::ProblemDetails`]: crate::lusid::ProblemDetails
/// [`okta::ErrorCode`]: crate::okta::ErrorCode
/// [`okta::OAuthErrorCode`]: crate::okta::OAuthErrorCode
/// [`identity_cloud::ErrorCode`]: crate::identity_cloud::ErrorCode
/// [`lusid::ErrorCode`]: crate::lusid::ErrorCode
/// [`entra::OAuthErrorBody`]: crate::entra::OAuthErrorBody
/// [`entra::OAuthErrorCode`]: crate::entra::OAuthErrorCode
/// [`cognito::ErrorBody`]: crate::cognito::ErrorBody
/// [`cognito::ErrorCode`]: crate::cognito::ErrorCode
/// [`firebase::ErrorBody`]: crate::firebase::ErrorBody
/// [`keycloak::OAuthErrorBody`]: crate::keycloak::OAuthErrorBody
/// [`keycloak::AdminErrorBody`]: crate::keycloak::AdminErrorBody
/// [`keycloak::OAuthErrorCode`]: crate::keycloak::OAuthErrorCode
/// [`keycloak::EventError`]: crate::keycloak::EventError
/// [`auth0::AuthErrorBody`]: crate::auth0::AuthErrorBody
/// [`auth0::ManagementErrorBody`]: crate::auth0::ManagementErrorBody
/// [`auth0::SignupErrorBody`]: crate::auth0::SignupErrorBody
/// [`auth0::SignupErrorCode`]: crate::auth0::SignupErrorCode
/// [`auth0::AuthErrorCode`]: crate::auth0::AuthErrorCode
/// [`firebase::ErrorCode`]: crate::firebase::ErrorCode
pub trait Body:
    sealed::Sealed
    + Clone
    + Eq
    + Debug
    + Display
    + std::error::Error
    + Into<Response<String>>
    + serde::Serialize
    + serde::de::DeserializeOwned
    + Send
    + Sync
    + 'static
{
    /// The platform that sends the body.
    const VENDOR: Vendor;

    /// The content type the vendor sends the body with, such as `"application/problem+json"`.
    const CONTENT_TYPE: &'static str;

    /// The catalog of the body's codes.
    type Catalog: Catalog;

    /// Parses a body as the vendor sends it; malformed input is a [`ParseError`], never a panic.
    fn from_slice(bytes: &[u8]) -> Result<Self, ParseError>;

    /// Parses the body of a response, keeping the status received (which
    /// [`status`](Self::status) then returns) and the headers the vendor sends with its errors.
    fn from_parts(
        status: StatusCode,
        headers: &HeaderMap,
        bytes: &[u8],
    ) -> Result<Self, ParseError>;

    /// [`from_parts`](Self::from_parts) of a whole response, whatever holds its bytes.
    fn from_response<T: AsRef<[u8]>>(response: &Response<T>) -> Result<Self, ParseError> {
        Self::from_parts(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// The body as compact JSON, exactly as it goes on the wire.
    fn to_json(&self) -> String;

    /// The wire code, verbatim: `"E0000007"`, `"invalid_client"`, `415`.
    fn code(&self) -> <Self::Catalog as Catalog>::Code<'_>;

    /// The wire code as a catalog code, where the catalog has exactly that code.
    fn known_code(&self) -> Option<Self::Catalog>;

    /// The HTTP status: the one received or set, else the one the vendor sends the body with.
    fn status(&self) -> StatusCode;

    /// What the error means, the same way for every vendor.
    fn kind(&self) -> Kind;

    /// Whether and when to send the request again.
    fn retry(&self) -> Retry;

    /// How long to wait before sending it again, where the response said.
    fn retry_after(&self) -> Option<Duration>;

    /// The id a support ticket needs.
    fn correlation_id(&self) -> Option<&str>;

    /// Sets the HTTP status to answer with, in place of the one [`status`](Self::status) gives.
    fn with_status(self, status: StatusCode) -> Self;

    /// The HTTP response the vendor sends: status, content type, JSON and headers.
    fn into_http_response(self) -> Response<String>;
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// What [`Error`](crate::Error) needs of a body it holds beyond [`Body`]: crate-private, so
/// not on the sealed supertrait, whose methods a generic function could call.
pub(crate) trait Internal {
    /// What `Display` says.
    fn report(&self) -> crate::display::Report<'_>;

    /// The response the body was read from, as received, else the one it sends.
    fn into_original_response(self) -> Response<Vec<u8>>;
}

/// What each body type does with a response beyond its JSON: how it reads the body (OAuth
/// errors may come as a `WWW-Authenticate` challenge alone) and which headers it reads and
/// writes (rate limits, request ids, challenges).
pub(crate) trait Received: Object + crate::object::Empty {
    /// The body of a response with `status` and `headers`.
    fn parse_parts(
        _status: StatusCode,
        _headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, ParseError> {
        crate::object::from_slice(body)
    }

    /// Keeps what the response's headers say about the error.
    fn read_headers(&mut self, headers: &HeaderMap);

    /// Writes the headers the vendor sends with the error.
    fn write_headers(&self, status: StatusCode, headers: &mut HeaderMap);

    /// Whether `body`, received with a status below 400, says it is this type's error, however
    /// malformed the rest is (Identity Cloud's `"stat":"error"` at HTTP 200). By default no body
    /// below 400 is.
    fn says_error(_body: &[u8]) -> bool {
        false
    }

    /// The error a redirect to `location` carries, for a type that authorization endpoints send
    /// that way (`?error=..`). By default, none.
    fn from_redirect_location(_location: &str) -> Option<Self> {
        None
    }

    /// How long an answer from this type's vendor says to wait, from its headers alone (for a
    /// response none of the vendor's types reads). By default, its `Retry-After`. Asked of the
    /// vendor's first type in `src/registry.rs` only (Okta's API body, for every Okta answer).
    fn wait_from_headers(headers: &HeaderMap) -> Option<std::time::Duration> {
        crate::headers::retry_after(headers)
    }
}

/// A response with `status`, `Content-Type: content_type` and `body` as compact JSON.
pub(crate) fn response(
    status: StatusCode,
    content_type: &'static str,
    body: &dyn Object,
) -> Response<String> {
    let mut response = Response::new(crate::object::to_json(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The response a body was read from by `from_parts`, as received, for
/// [`Error::into_http_response`](crate::Error::into_http_response) to pass on unchanged.
#[derive(Clone)]
pub(crate) struct Original {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) bytes: Vec<u8>,
}

/// Where a body came from, if it was read from a response: not what it says. No accessor shows
/// it, and two bodies that say the same compare equal whatever they came in: a body parsed
/// from pretty-printed JSON, or received with another `Date`, equals the same body parsed from
/// compact JSON or built in code (as before bodies kept what they came in).
#[derive(Clone, Default)]
pub(crate) struct Provenance(pub(crate) Option<Box<Original>>);

impl PartialEq for Provenance {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Provenance {}

impl crate::object::State for Provenance {
    fn shown(&self) -> Option<&dyn std::fmt::Debug> {
        self.0
            .as_ref()
            .map(|original| original as &dyn std::fmt::Debug)
    }
}

impl Original {
    pub(crate) fn new(status: StatusCode, headers: &HeaderMap, bytes: &[u8]) -> Box<Self> {
        Box::new(Self {
            status,
            headers: headers.clone(),
            bytes: bytes.to_vec(),
        })
    }

    /// The response as received, for a gateway to answer with: its status, its bytes and its
    /// headers, but for those that belong to the connection it came on, not to the response
    /// (RFC 9110, section 7.6.1: `Connection` and the fields it names, `Keep-Alive`,
    /// `Proxy-Connection`, `TE`, `Transfer-Encoding`, `Upgrade`), which a proxy must not
    /// forward, and `Content-Length`, which the server sending the response writes from the
    /// bytes (the same number, when the bytes are the whole body received).
    pub(crate) fn into_response(self) -> Response<Vec<u8>> {
        use http::header::{CONNECTION, CONTENT_LENGTH, TE, TRANSFER_ENCODING, UPGRADE};
        let Self {
            status,
            mut headers,
            bytes,
        } = self;
        let named: Vec<http::HeaderName> = headers
            .get_all(CONNECTION)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|list| list.split(','))
            .filter_map(|name| name.trim().parse().ok())
            .collect();
        for name in named {
            headers.remove(name);
        }
        for name in [CONNECTION, CONTENT_LENGTH, TE, TRANSFER_ENCODING, UPGRADE] {
            headers.remove(name);
        }
        for name in ["keep-alive", "proxy-connection"] {
            headers.remove(name);
        }
        let mut response = Response::new(bytes);
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        response
    }
}

impl std::fmt::Debug for Original {
    /// The status and sizes only: the body's own `Debug` shows what it holds.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Original")
            .field("status", &self.status.as_u16())
            .field("headers", &self.headers.len())
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// A vendor error body: a [`json_object!`](crate::object::json_object) with its content type,
/// the HTTP status received or set, and any other state after `;`, plus `from_slice`,
/// `from_parts`, `from_response`, `to_json`, `with_status`, `into_http_response`,
/// `From<_> for http::Response<String>`, `std::error::Error` and, with the `axum` feature,
/// `IntoResponse`; with the `actix-web` feature, `ResponseError` and `Responder`; with the
/// `wiremock` feature, `Respond` and `From<_> for ResponseTemplate`.
///
/// The type itself writes `status()` (the status received, set, or its own), `Display`, and
/// its [`Received`] hooks.
macro_rules! error_body {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident: $expecting:literal, $content_type:literal {
            $( $(#[$member_attr:meta])* $kind:ident $field:ident: $ty:ty = $key:literal, )+
            $( ; $( $(#[$state_attr:meta])* $state:ident: $state_ty:ty, )+ )?
        }
    ) => {
        $crate::object::json_object! {
            $(#[$attr])*
            $vis struct $name: $expecting {
                $( $(#[$member_attr])* $kind $field: $ty = $key, )+
                ;
                /// The HTTP status received with the body, or set with `with_status`.
                http_status: Option<::http::StatusCode>,
                /// The response the body was read from, as received (`from_parts`).
                original: $crate::body::Provenance,
                $( $( $(#[$state_attr])* $state: $state_ty, )+ )?
            }
        }

        impl $name {
            /// The content type the vendor sends the body with.
            pub(crate) const CONTENT_TYPE: &'static str = $content_type;

            /// Parses a body as the vendor sends it; malformed input is a
            /// [`ParseError`](crate::ParseError), never a panic.
            pub fn from_slice(bytes: &[u8]) -> Result<Self, $crate::ParseError> {
                $crate::object::from_slice(bytes)
            }

            /// Parses the body of a response, keeping what came with it: the HTTP status
            /// received (which [`status`](Self::status) then returns, whatever the catalog
            /// says) and the headers the vendor sends with its errors (rate limits, request
            /// ids, challenges). The response itself is kept too, as received, for
            /// [`Error::into_http_response`](crate::Error::into_http_response) to pass on; it
            /// is not part of the body's equality.
            pub fn from_parts(
                status: ::http::StatusCode,
                headers: &::http::HeaderMap,
                body: &[u8],
            ) -> Result<Self, $crate::ParseError> {
                let mut parsed = <Self as $crate::body::Received>::parse_parts(status, headers, body)?;
                parsed.http_status = Some(status);
                $crate::body::Received::read_headers(&mut parsed, headers);
                Ok(parsed.with_original(status, headers, body))
            }

            /// The response the body was read from with `from_parts`, as received, else the
            /// response [`into_http_response`](Self::into_http_response) gives.
            pub(crate) fn into_original_response(mut self) -> ::http::Response<Vec<u8>> {
                match self.original.0.take() {
                    Some(original) => original.into_response(),
                    None => self.into_http_response().map(String::into_bytes),
                }
            }

            /// Remembers the response the body was read from, as received.
            pub(crate) fn with_original(
                mut self,
                status: ::http::StatusCode,
                headers: &::http::HeaderMap,
                body: &[u8],
            ) -> Self {
                self.original = $crate::body::Provenance(Some($crate::body::Original::new(status, headers, body)));
                self
            }

            /// [`from_parts`](Self::from_parts) of a whole response, whatever holds its bytes.
            pub fn from_response<B: AsRef<[u8]>>(
                response: &::http::Response<B>,
            ) -> Result<Self, $crate::ParseError> {
                Self::from_parts(
                    response.status(),
                    response.headers(),
                    response.body().as_ref(),
                )
            }

            /// The body as compact JSON, exactly as it goes on the wire.
            pub fn to_json(&self) -> String {
                $crate::object::to_json(self)
            }

            /// Sets the HTTP status to answer with, in place of the one
            /// [`status`](Self::status) would give.
            pub fn with_status(mut self, status: ::http::StatusCode) -> Self {
                self.http_status = Some(status);
                self
            }

            /// The HTTP response the vendor sends: [`status`](Self::status), its content type,
            #[doc = concat!("`", $content_type, "`, the body as compact JSON and the headers")]
            /// the vendor sends with the error. A status that cannot carry the body is answered
            /// as `400 Bad Request`: a redirect (`3xx`, such as a body read from an OAuth error
            /// a browser brought back) without a `Location` is no answer a client can follow,
            /// and `1xx`, `204` and `205` have no body at all (RFC 9110, section 15).
            pub fn into_http_response(self) -> ::http::Response<String> {
                let status = match self.status() {
                    status if status.is_informational() || status.is_redirection() => {
                        ::http::StatusCode::BAD_REQUEST
                    }
                    ::http::StatusCode::NO_CONTENT | ::http::StatusCode::RESET_CONTENT => {
                        ::http::StatusCode::BAD_REQUEST
                    }
                    status => status,
                };
                let mut response = $crate::body::response(status, Self::CONTENT_TYPE, &self);
                $crate::body::Received::write_headers(&self, status, response.headers_mut());
                response
            }
        }

        impl ::core::convert::From<$name> for ::http::Response<String> {
            /// The same as `into_http_response`.
            fn from(body: $name) -> Self {
                body.into_http_response()
            }
        }

        impl ::std::error::Error for $name {}

        #[cfg(feature = "axum")]
        #[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
        impl ::axum_core::response::IntoResponse for $name {
            fn into_response(self) -> ::axum_core::response::Response {
                self.into_http_response().map(::axum_core::body::Body::from)
            }
        }

        #[cfg(feature = "actix-web")]
        #[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
        impl ::actix_web::ResponseError for $name {
            /// The status the vendor sends this body with.
            fn status_code(&self) -> ::actix_web::http::StatusCode {
                $crate::actix_web::status(<Self as $crate::Body>::status(self))
            }

            /// The response of `into_http_response`.
            fn error_response(&self) -> ::actix_web::HttpResponse {
                $crate::actix_web::response(self.clone().into_http_response())
            }
        }

        #[cfg(feature = "actix-web")]
        #[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
        impl ::actix_web::Responder for $name {
            type Body = ::actix_web::body::BoxBody;

            /// The response of `into_http_response`.
            fn respond_to(self, _: &::actix_web::HttpRequest) -> ::actix_web::HttpResponse {
                $crate::actix_web::response(self.into_http_response())
            }
        }

        #[cfg(feature = "wiremock")]
        #[cfg_attr(docsrs, doc(cfg(feature = "wiremock")))]
        impl ::wiremock::Respond for $name {
            /// The response of `into_http_response`, to every request the mock matches.
            fn respond(&self, _: &::wiremock::Request) -> ::wiremock::ResponseTemplate {
                $crate::wiremock::template(self.clone().into_http_response())
            }
        }

        #[cfg(feature = "wiremock")]
        #[cfg_attr(docsrs, doc(cfg(feature = "wiremock")))]
        impl ::core::convert::From<$name> for ::wiremock::ResponseTemplate {
            /// The response of `into_http_response`, as a template to change further.
            fn from(body: $name) -> Self {
                $crate::wiremock::template(body.into_http_response())
            }
        }
    };
}

pub(crate) use error_body;

/// The `Retry-After` accessors of a body that keeps the header as it came, in a state field
/// `retry_after: Option<Duration>` of its [`error_body!`] declaration: the wait received or set
/// (at most `Retry::MAX_WAIT`) and its setter; `setter` alone for a body whose wait has a rule
/// of its vendor's (Entra's polling errors), which writes its own `retry_after`. Written once
/// here because the bodies' methods are inherent (a user calls them without the [`Body`] trait).
macro_rules! retry_after_accessors {
    ($ty:ident) => {
        impl $ty {
            /// The `Retry-After` received (or set), as a wait of at most
            /// [`Retry::MAX_WAIT`](crate::Retry::MAX_WAIT).
            pub fn retry_after(&self) -> Option<::std::time::Duration> {
                self.retry_after
                    .map(|wait| wait.min($crate::Retry::MAX_WAIT))
            }
        }
        $crate::body::retry_after_accessors!($ty, setter);
    };
    ($ty:ident, setter) => {
        impl $ty {
            /// Sends a `Retry-After` (in whole seconds, rounded up) with the response.
            pub fn with_retry_after(mut self, wait: ::std::time::Duration) -> Self {
                self.retry_after = Some(wait);
                self
            }
        }
    };
}

pub(crate) use retry_after_accessors;

/// The request-id accessors of a body whose vendor sends the request's id in a header of its
/// own, kept in a state field `request_id: Option<String>`; `$header` is the header as the
/// vendor spells it, for the docs. (Okta, which sends an id with every answer, generates one
/// when none is set, and writes its own.)
macro_rules! request_id_accessors {
    ($ty:ident, $header:literal) => {
        impl $ty {
            #[doc = concat!("The `", $header, "` received with the body.")]
            pub fn request_id(&self) -> Option<&str> {
                self.request_id.as_deref()
            }

            #[doc = concat!("Sets the `", $header, "` sent with the response; an id that no header")]
            /// can carry (a control character) or that is over 2 KiB (clients would refuse the
            /// whole response) is not sent.
            pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
                self.request_id = Some(request_id.into());
                self
            }
        }
    };
}

pub(crate) use request_id_accessors;

/// The rate-limit accessors of a body whose vendor sends `X-RateLimit-*` headers, kept in a
/// state field `rate_limit: Option<RateLimit>`; `$example` is a doctest of the setter. (Okta's
/// body has its own, since it sends them with every answer.)
#[cfg(feature = "_rate_limits")]
macro_rules! rate_limit_accessors {
    ($ty:ident, $example:literal) => {
        impl $ty {
            /// The rate-limit headers received, or set with `with_rate_limit`.
            pub fn rate_limit(&self) -> Option<&$crate::RateLimit> {
                self.rate_limit.as_ref()
            }

            /// Sends the rate-limit headers with the response, in the vendor's spelling.
            ///
            #[doc = $example]
            pub fn with_rate_limit(mut self, rate_limit: $crate::RateLimit) -> Self {
                self.rate_limit = Some(rate_limit);
                self
            }
        }
    };
}

#[cfg(feature = "_rate_limits")]
pub(crate) use rate_limit_accessors;

/// [`Body`] for a type declared with [`error_body!`]: the common methods are the ones the
/// declaration generates, the others the type's own, each under the same name.
macro_rules! body {
    ($ty:ident, $vendor:ident, $catalog:ty) => {
        impl $crate::body::sealed::Sealed for $ty {}

        impl $crate::body::Internal for $ty {
            fn report(&self) -> $crate::display::Report<'_> {
                $ty::report(self)
            }

            fn into_original_response(self) -> ::http::Response<Vec<u8>> {
                $ty::into_original_response(self)
            }
        }

        impl $crate::Body for $ty {
            const VENDOR: $crate::Vendor = $crate::Vendor::$vendor;
            const CONTENT_TYPE: &'static str = $ty::CONTENT_TYPE;
            type Catalog = $catalog;

            fn from_slice(bytes: &[u8]) -> Result<Self, $crate::ParseError> {
                $ty::from_slice(bytes)
            }

            fn from_parts(
                status: ::http::StatusCode,
                headers: &::http::HeaderMap,
                bytes: &[u8],
            ) -> Result<Self, $crate::ParseError> {
                $ty::from_parts(status, headers, bytes)
            }

            fn to_json(&self) -> String {
                $ty::to_json(self)
            }

            fn code(&self) -> <$catalog as $crate::Catalog>::Code<'_> {
                $ty::code(self)
            }

            fn known_code(&self) -> Option<$catalog> {
                $ty::known_code(self)
            }

            fn status(&self) -> ::http::StatusCode {
                $ty::status(self)
            }

            fn kind(&self) -> $crate::Kind {
                $ty::kind(self)
            }

            fn retry(&self) -> $crate::Retry {
                $ty::retry(self)
            }

            fn retry_after(&self) -> Option<::std::time::Duration> {
                $ty::retry_after(self)
            }

            fn correlation_id(&self) -> Option<&str> {
                $ty::correlation_id(self)
            }

            fn with_status(self, status: ::http::StatusCode) -> Self {
                $ty::with_status(self, status)
            }

            fn into_http_response(self) -> ::http::Response<String> {
                $ty::into_http_response(self)
            }
        }
    };
}

pub(crate) use body;
