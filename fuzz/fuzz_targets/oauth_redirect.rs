//! Any text into `OAuthErrorBody::from_redirect`: never a panic; whatever parses, written as a
//! redirect again, parses back to the same error and state, and the same description and URI
//! unless the 2 KiB bound cut them (the description to a prefix, then the URI left out); the
//! added parameters are exactly those written.
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
        let back = OAuthErrorBody::from_redirect(&again).expect("written redirects parse");
        let added = again[base.len() + 1..].split('&').count();
        let written = [
            Some(back.code()),
            back.description(),
            back.error_uri(),
            back.state(),
        ];
        assert_eq!(added, written.iter().flatten().count(), "{again}");
        assert_eq!(back.code(), body.code());
        assert_eq!(back.state(), body.state());
        // Within the bound, all of it; at the bound, the description cut at a character (or
        // left out), then the URI left out, as `to_redirect` documents.
        if back.description() != body.description() || back.error_uri() != body.error_uri() {
            // The next character, percent-encoded, would take at most 12 bytes.
            assert!(
                again.len() + 12 > OAuthErrorBody::MAX_LOCATION_LEN,
                "{}",
                again.len()
            );
            let sent = back.description().unwrap_or_default();
            assert!(body.description().unwrap_or_default().starts_with(sent));
            assert!(back.error_uri().is_none() || back.error_uri() == body.error_uri());
        }
    }
});
