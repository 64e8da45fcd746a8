//! Any text into `OAuthErrorBody::from_redirect`: never a panic; whatever parses, written as a
//! redirect again, parses back to the same error, description, URI and state, and the added
//! parameters are exactly the body's.
#![no_main]

use identity_errors::okta::{OAuthErrorBody, RedirectError, ResponseMode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let url = String::from_utf8_lossy(data);
    let Ok(body) = OAuthErrorBody::from_redirect(&url) else {
        return;
    };
    for mode in [ResponseMode::Query, ResponseMode::Fragment] {
        let base = "https://app.example.com/cb";
        // Refused only when the error and state alone are too long (neither is ever cut).
        let again = match body.to_redirect(base, mode) {
            Ok(again) => again,
            Err(RedirectError::TooLong(_)) => continue,
            Err(other) => panic!("the base has no fragment: {other:?}"),
        };
        let added = again[base.len() + 1..].split('&').count();
        let expected = [
            Some(body.code()),
            body.description(),
            body.error_uri(),
            body.state(),
        ];
        assert_eq!(added, expected.iter().flatten().count(), "{again}");
        let back = OAuthErrorBody::from_redirect(&again).expect("written redirects parse");
        assert_eq!(back.code(), body.code());
        assert_eq!(back.description(), body.description());
        assert_eq!(back.error_uri(), body.error_uri());
        assert_eq!(back.state(), body.state());
    }
});
