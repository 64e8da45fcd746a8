//! What the four vendor body types share: the `error_body!` declaration, which adds parsing
//! (from bytes, or from a whole response keeping the status received), JSON text, a status
//! override, `http::Response` and `std::error::Error` to a
//! [`json_object!`](crate::object::json_object), and the response they become.

use crate::object::Object;
use crate::ParseError;
use http::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
use http::{Response, StatusCode};

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
/// `IntoResponse`; with the `wiremock` feature, `Respond` and `From<_> for ResponseTemplate`.
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
