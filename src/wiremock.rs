//! wiremock integration: every body type (through `error_body!`) is a `wiremock::Respond` and
//! converts into a `wiremock::ResponseTemplate`, answering with exactly what
//! `into_http_response` gives: the vendor's status, content type, headers and body.
//!
//! ```
//! use identity_errors::okta;
//! use std::time::{Duration, SystemTime};
//! use wiremock::{matchers::path, Mock, ResponseTemplate};
//!
//! let reset = SystemTime::now() + Duration::from_secs(30);
//! let limited = okta::ErrorBody::too_many_requests().with_rate_limit(okta::RateLimit::new(600, 0, reset));
//! let mock = Mock::given(path("/api/v1/users")).respond_with(limited.clone());
//!
//! // Or as a template, to change further.
//! let template = ResponseTemplate::from(limited).set_delay(Duration::from_millis(20));
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
