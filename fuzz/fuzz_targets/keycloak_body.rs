//! Any bytes into `keycloak::OAuthErrorBody::from_slice` and
//! `keycloak::AdminErrorBody::from_slice`: never a panic; whatever parses writes back bytes that
//! parse to an equal body and write back the same bytes, and every accessor answers (a known
//! OAuth code or event error is the `error` or `errorMessage` itself, an event error only where
//! no OAuth code is, and the status is the code's or 400, as no status was received).
#![no_main]

use identity_errors::http::StatusCode;
use identity_errors::keycloak::{AdminErrorBody, OAuthErrorBody};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = OAuthErrorBody::from_slice(data) {
        let written = body.to_json();
        let again = OAuthErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        match (body.known_code(), body.known_event_error()) {
            (Some(code), event) => {
                assert_eq!(code.code(), body.code());
                assert_eq!(event, None);
                assert_eq!(body.status(), code.status());
                assert_eq!(body.kind(), code.kind());
            }
            (None, Some(event)) => {
                assert_eq!(event.code(), body.code());
                assert_eq!(body.status(), StatusCode::BAD_REQUEST);
                assert_eq!(body.kind(), event.kind());
            }
            (None, None) => assert_eq!(body.status(), StatusCode::BAD_REQUEST),
        }
        assert_eq!(body.correlation_id(), None);
        let _ = (body.description(), body.retry(), body.retry_after());
        let _ = body.to_string();
        let status = body.status();
        let response = body.into_http_response();
        assert_eq!(response.status(), status);
        assert_eq!(response.body(), &written);
    }
    if let Ok(body) = AdminErrorBody::from_slice(data) {
        let written = body.to_json();
        let again = AdminErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        assert_eq!(body.code(), body.message());
        if let Some(code) = body.known_code() {
            assert_eq!(code.code(), body.message());
            assert_eq!(body.kind(), code.kind());
        }
        assert_eq!(body.status(), StatusCode::BAD_REQUEST);
        assert_eq!(body.correlation_id(), None);
        let _ = (
            body.field(),
            body.params(),
            body.retry(),
            body.retry_after(),
        );
        let _ = body.to_string();
        let response = body.into_http_response();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(response.body(), &written);
    }
});
