//! Any bytes into `auth0::AuthErrorBody::from_slice`, `auth0::ManagementErrorBody::from_slice`
//! and `auth0::SignupErrorBody::from_slice`: never a panic; whatever parses writes back bytes that
//! parse to an equal body and write back the same bytes, and every accessor answers (a known
//! code is the `error` itself, or the `errorCode` else the `error`; the status is the code's or
//! 400 for an Authentication API body, `statusCode` where it is an error status or 400 for a
//! Management API body or a sign-up body, as no status was received).
#![no_main]

use identity_errors::auth0::{AuthErrorBody, ManagementErrorBody, SignupErrorBody};
use identity_errors::http::StatusCode;
use identity_errors::Kind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = AuthErrorBody::from_slice(data) {
        let written = body.to_json();
        let again = AuthErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        match body.known_code() {
            Some(code) => {
                assert_eq!(code.code(), body.code());
                assert_eq!(body.status(), code.status());
                assert_eq!(body.kind(), code.kind());
                assert_eq!(body.retry(), code.retry());
            }
            None => assert_eq!(body.status(), StatusCode::BAD_REQUEST),
        }
        assert_eq!(body.correlation_id(), None);
        assert_eq!(body.retry_after(), None);
        let _ = body.description();
        let _ = body.to_string();
        let status = body.status();
        let response = body.into_http_response();
        assert_eq!(response.status(), status);
        assert_eq!(response.body(), &written);
    }
    if let Ok(body) = ManagementErrorBody::from_slice(data) {
        let written = body.to_json();
        let again =
            ManagementErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        assert_eq!(body.code(), body.error_code().unwrap_or(body.error()));
        if let Some(code) = body.known_code() {
            assert_eq!(code.code(), body.code());
        }
        let status = match StatusCode::from_u16(body.status_code()) {
            Ok(s) if s.is_client_error() || s.is_server_error() => s,
            _ => StatusCode::BAD_REQUEST,
        };
        assert_eq!(body.status(), status);
        assert_eq!(
            body.kind(),
            Kind::of_status(status).unwrap_or(Kind::InvalidRequest)
        );
        assert_eq!(body.correlation_id(), None);
        assert_eq!(body.retry_after(), None);
        let _ = (body.message(), body.retry());
        let _ = body.to_string();
        let response = body.into_http_response();
        assert_eq!(response.status(), status);
        assert_eq!(response.body(), &written);
    }
    if let Ok(body) = SignupErrorBody::from_slice(data) {
        let written = body.to_json();
        let again = SignupErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        if let Some(code) = body.known_code() {
            assert_eq!(code.code(), body.code());
            assert_eq!(body.kind(), code.kind());
        }
        let status = match body.status_code().map(StatusCode::from_u16) {
            Some(Ok(s)) if s.is_client_error() || s.is_server_error() => s,
            _ => StatusCode::BAD_REQUEST,
        };
        assert_eq!(body.status(), status);
        assert_eq!(body.correlation_id(), None);
        assert_eq!(body.retry_after(), None);
        let _ = (body.name(), body.message(), body.policy(), body.description_text());
        let _ = body.to_string();
        let response = body.into_http_response();
        assert_eq!(response.status(), status);
        assert_eq!(response.body(), &written);
    }
});
