//! axum integration: every body type (through `error_body!`) and every catalog code whose body
//! needs no arguments is an `IntoResponse`, answering with the vendor's status, content type
//! and headers; so are [`Error`](crate::Error), answering what was received (a gateway passes
//! an upstream error on), and [`okta::RedirectError`], answering the `invalid_request` an
//! authorization server shows instead of redirecting.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use identity_errors::okta;
//!
//! // A handler can return the vendor's error directly.
//! fn handler(user: Option<&str>) -> Result<String, okta::ErrorBody> {
//!     user.map(str::to_owned).ok_or_else(|| okta::ErrorBody::resource_not_found("User 00u1"))
//! }
//!
//! let response = handler(None).into_response();
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.headers()["content-type"], "application/json");
//! ```
//!
//! A gateway returns the error it received, and the caller gets exactly that answer:
//!
//! ```
//! use identity_errors::http::Response;
//! use identity_errors::{Error, Vendor};
//!
//! fn relay(upstream: Response<Vec<u8>>) -> Result<Vec<u8>, Error> {
//!     match Error::from_response(Vendor::Okta, &upstream) {
//!         Some(error) => Err(error),
//!         None => Ok(upstream.into_body()),
//!     }
//! }
//! ```
//!
//! A catalog code whose body needs no arguments answers by itself:
//!
//! ```
//! use identity_errors::okta;
//!
//! async fn token() -> okta::OAuthErrorCode { okta::OAuthErrorCode::InvalidClient }
//! let app: axum::Router = axum::Router::new().route("/oauth2/v1/token", axum::routing::post(token));
//! ```

#[cfg(feature = "okta")]
use crate::okta;
use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl IntoResponse for crate::Error {
    /// [`Error::into_http_response`](crate::Error::into_http_response): what was received, or,
    /// for an error built in code, what its body sends.
    fn into_response(self) -> Response {
        self.into_http_response().map(Body::from)
    }
}

#[cfg(feature = "okta")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl IntoResponse for okta::RedirectError {
    /// [`RedirectError::into_http_response`](okta::RedirectError::into_http_response): HTTP 400
    /// `invalid_request`, never a redirect.
    fn into_response(self) -> Response {
        self.into_http_response().map(Body::from)
    }
}

/// `IntoResponse` for a catalog code: the body its vendor sends for it.
macro_rules! code_into_response {
    ($($feature:literal $ty:ty => $body:expr),+ $(,)?) => {$(
        #[cfg(feature = $feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
        impl IntoResponse for $ty {
            fn into_response(self) -> Response {
                let to_body: fn($ty) -> _ = $body;
                to_body(self).into_response()
            }
        }
    )+};
}

crate::registry::answering_codes!(code_into_response);
