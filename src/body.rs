//! What the four vendor body types share: the `error_body!` declaration, which adds parsing,
//! JSON text, a status override, `http::Response` and `std::error::Error` to a
//! [`json_object!`](crate::object::json_object), and the response they become.

use http::header::{HeaderValue, CONTENT_TYPE};
use http::{Response, StatusCode};
use serde::Serialize;

/// Compact JSON, exactly as it goes on the wire.
pub(crate) fn to_json(body: &impl Serialize) -> String {
    // The body types hold only strings, integers and raw JSON that serde_json itself read or
    // wrote, none of which can fail to serialize.
    serde_json::to_string(body).expect("error bodies always serialize")
}

/// A response with `status`, `Content-Type: content_type` and `body` as compact JSON.
pub(crate) fn response(
    status: StatusCode,
    content_type: &'static str,
    body: &impl Serialize,
) -> Response<String> {
    let mut response = Response::new(to_json(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A vendor error body: a [`json_object!`](crate::object::json_object) with an HTTP status
/// override, plus `from_slice`, `to_json`, `with_status`, `From<_> for http::Response<String>`,
/// `std::error::Error` and, with the `axum` feature, `IntoResponse`.
///
/// The type itself writes `status()` (the status to answer with), `into_http_response()` (the
/// response the vendor sends) and `Display`.
macro_rules! error_body {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident: $expecting:literal {
            $( $(#[$member_attr:meta])* $kind:ident $field:ident: $ty:ty = $key:literal, )+
        }
    ) => {
        $crate::object::json_object! {
            $(#[$attr])*
            $vis struct $name: $expecting {
                $( $(#[$member_attr])* $kind $field: $ty = $key, )+
                ;
                /// The HTTP status set with `with_status`, in place of the body's own.
                http_status: Option<::http::StatusCode>,
            }
        }

        impl $name {
            /// Parses a body as the vendor sends it; malformed input is a
            /// [`ParseError`](crate::ParseError), never a panic.
            pub fn from_slice(bytes: &[u8]) -> Result<Self, $crate::ParseError> {
                $crate::object::from_slice(bytes)
            }

            /// The body as compact JSON, exactly as it goes on the wire.
            pub fn to_json(&self) -> String {
                $crate::body::to_json(self)
            }

            /// Sets the HTTP status to answer with, in place of the one
            /// [`status`](Self::status) would give.
            pub fn with_status(mut self, status: ::http::StatusCode) -> Self {
                self.http_status = Some(status);
                self
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
    };
}

pub(crate) use error_body;
