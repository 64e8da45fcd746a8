//! Any bytes into `okta::OAuthErrorBody::from_slice`: never a panic, and whatever parses writes back bytes that
//! parse to an equal body and write back the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = identity_errors::okta::OAuthErrorBody::from_slice(data) {
        let written = serde_json::to_string(&body).expect("bodies always serialize");
        let again = identity_errors::okta::OAuthErrorBody::from_slice(written.as_bytes())
            .expect("written bodies parse");
        assert_eq!(again, body);
        assert_eq!(serde_json::to_string(&again).unwrap(), written);
    }
});
