//! actix-web integration: every body type (through `error_body!`) and
//! [`Error`](crate::Error) are a `ResponseError` and a `Responder`, and every catalog code
//! whose body needs no arguments a `Responder`, answering exactly what the `axum` feature
//! answers: the response of `into_http_response`, status, headers and body.
//!
//! ```
//! use identity_errors::okta;
//!
//! // A handler can return the vendor's error directly.
//! async fn user() -> Result<String, okta::ErrorBody> {
//!     Err(okta::ErrorBody::resource_not_found("User 00u1"))
//! }
//! let app = actix_web::App::new().route("/api/v1/users/me", actix_web::web::get().to(user));
//! # let _ = app;
//! ```

#[cfg(feature = "okta")]
use crate::okta;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

/// actix-web's status for `status` (actix-web 4 is on `http` 0.2, the crate on 1): the same
/// number, which both accept from 100 to 999.
pub(crate) fn status(status: http::StatusCode) -> actix_web::http::StatusCode {
    actix_web::http::StatusCode::from_u16(status.as_u16())
        .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// `response` as actix-web's: its status, every header in order (repeated ones too) and its
/// body, byte for byte.
pub(crate) fn response<B: MessageBody + 'static>(response: http::Response<B>) -> HttpResponse {
    let (parts, body) = response.into_parts();
    let mut answer = HttpResponse::with_body(status(parts.status), body).map_into_boxed_body();
    let headers = answer.headers_mut();
    for (name, value) in &parts.headers {
        // Both parse what `http` 1 holds: a valid name and value in one is valid in the other.
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_str().as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            headers.append(name, value);
        }
    }
    answer
}

impl ResponseError for crate::Error {
    /// The status received (for an error built in code, the one its body is sent with).
    fn status_code(&self) -> actix_web::http::StatusCode {
        status(self.status())
    }

    /// [`Error::into_http_response`](crate::Error::into_http_response): what was received, or,
    /// for an error built in code, what its body sends.
    fn error_response(&self) -> HttpResponse {
        response(self.clone().into_http_response())
    }
}

impl Responder for crate::Error {
    type Body = BoxBody;

    /// As [`ResponseError::error_response`].
    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        response(self.into_http_response())
    }
}

#[cfg(feature = "okta")]
impl Responder for okta::RedirectError {
    type Body = BoxBody;

    /// [`RedirectError::into_http_response`](okta::RedirectError::into_http_response): HTTP 400
    /// `invalid_request`, never a redirect.
    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        response(self.into_http_response())
    }
}

/// `Responder` for a catalog code: the body its vendor sends for it.
macro_rules! code_responder {
    ($($feature:literal $ty:ty => $body:expr),+ $(,)?) => {$(
        #[cfg(feature = $feature)]
        impl Responder for $ty {
            type Body = BoxBody;

            fn respond_to(self, _: &HttpRequest) -> HttpResponse {
                let to_body: fn($ty) -> _ = $body;
                response(to_body(self).into_http_response())
            }
        }
    )+};
}

crate::registry::answering_codes!(code_responder);
