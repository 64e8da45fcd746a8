//! wiremock integration: every body type (through `error_body!`) is a `wiremock::Respond` and
//! converts into a `wiremock::ResponseTemplate`, answering with exactly what
//! `into_http_response` gives: the vendor's status, content type, headers and body.
//!
//! ```
//! // Dependencies: identity-errors (feature `wiremock`), wiremock, reqwest and tokio (features
//! // `macros`, `rt-multi-thread`). In a client's tests, the same lines under `#[tokio::test]`.
//! use identity_errors::{okta, Error, Vendor};
//! use std::time::{Duration, SystemTime};
//! use wiremock::{matchers::path, Mock, MockServer, ResponseTemplate};
//!
//! #[tokio::main]
//! async fn main() {
//!     let okta = MockServer::start().await;
//!     let limit = okta::RateLimit::new(600, 0, SystemTime::now() + Duration::from_secs(30));
//!     Mock::given(path("/api/v1/users")).respond_with(okta::ErrorBody::too_many_requests().with_rate_limit(limit)).mount(&okta).await;
//!
//!     // The client under test calls `okta.uri()`; here, reqwest as it would.
//!     let response = reqwest::get(format!("{}/api/v1/users", okta.uri())).await.unwrap();
//!     let (status, headers) = (response.status(), response.headers().clone());
//!     let body = response.bytes().await.unwrap();
//!     let error = Error::from_parts(Vendor::Okta, status, &headers, &body).expect("a 429");
//!     assert!(matches!(error.retry_after(), Some(wait) if wait <= Duration::from_secs(31)));
//!
//!     // A body is also a template, to change further.
//!     let _slow = ResponseTemplate::from(okta::ErrorBody::too_many_requests())
//!         .set_delay(Duration::from_millis(20));
//! }
//! ```

use wiremock::ResponseTemplate;

/// The template of `response`: its status, every header (repeated ones too) and its body, byte
/// for byte. The content type is one of the headers, so wiremock sets none of its own.
pub(crate) fn template(response: http::Response<String>) -> ResponseTemplate {
    let (parts, body) = response.into_parts();
    ResponseTemplate::new(parts.status)
        .append_headers(&parts.headers)
        .set_body_bytes(body.into_bytes())
}
