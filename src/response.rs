//! Turning a body into an `http::Response`.

use http::header::{HeaderValue, CONTENT_TYPE};
use http::{Response, StatusCode};
use serde::Serialize;

/// A response with `status`, `Content-Type: content_type` and `body` as compact JSON.
pub(crate) fn json(
    status: StatusCode,
    content_type: &'static str,
    body: &impl Serialize,
) -> Response<String> {
    // The body types hold only strings, numbers and raw JSON already validated by serde_json,
    // which always serialize.
    let text = serde_json::to_string(body).expect("error bodies always serialize");
    let mut response = Response::new(text);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
