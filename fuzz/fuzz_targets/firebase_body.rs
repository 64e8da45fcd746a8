//! Any bytes into `firebase::ErrorBody::from_slice`: never a panic; whatever parses writes back
//! bytes that parse to an equal body and write back the same bytes, and every accessor answers
//! (the server code is `error.message` up to its first " : ", the detail the part after it up to
//! the next, and a known code is the server code).
#![no_main]

use identity_errors::firebase::ErrorBody;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = ErrorBody::from_slice(data) {
        let written = body.to_json();
        let again = ErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(again.to_json(), written);
        let message = body.message();
        assert!(message.starts_with(body.code()));
        assert!(!body.code().contains(" : "));
        match body.detail() {
            Some(detail) => {
                assert!(!detail.contains(" : "));
                let expected = [body.code(), " : ", detail].concat();
                assert!(message.starts_with(&expected));
            }
            None => assert_eq!(body.code(), message),
        }
        if let Some(code) = body.known_code() {
            assert_eq!(code.code(), body.code());
        }
        assert!(body.client_code().starts_with("auth/"));
        let _ = (
            body.errors(),
            body.details(),
            body.rpc_status(),
            body.error_code(),
        );
        let _ = (body.status(), body.kind(), body.retry(), body.to_string());
        let response = body.into_http_response();
        assert_eq!(response.body(), &written);
    }
});
