//! Any bytes into `cognito::ErrorBody::from_slice`: never a panic; whatever parses writes back
//! bytes that parse to an equal body and write back the same bytes, and every accessor answers
//! (the `__type` cut as botocore cuts it is a part of the `__type`).
#![no_main]

use identity_errors::cognito::ErrorBody;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = ErrorBody::from_slice(data) {
        let written = body.to_json();
        let again = ErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        assert!(body.code().contains(body.error_name()));
        assert!(!body.error_name().contains(':'));
        assert!(!body.error_name().contains('#'));
        if let Some(code) = body.known_code() {
            assert_eq!(code.code(), body.error_name());
        }
        let _ = (
            body.message(),
            body.reason_code(),
            body.kind(),
            body.retry(),
        );
        let _ = body.to_string();
        let response = body.into_http_response();
        assert_eq!(response.body(), &written);
    }
});
