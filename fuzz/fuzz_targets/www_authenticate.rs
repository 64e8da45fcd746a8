//! Any bytes into `OAuthErrorBody::from_www_authenticate`: never a panic; whatever parses,
//! written as a challenge again, is a header value without control characters that parses back
//! to the same values, changed only as documented (control characters become spaces).
#![no_main]

use identity_errors::okta::OAuthErrorBody;
use libfuzzer_sys::fuzz_target;

fn documented(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(body) = OAuthErrorBody::from_www_authenticate(data) else { return };
    let header = body.www_authenticate();
    assert!(header.as_bytes().iter().all(|&b| b >= 0x20 && b != 0x7f));
    let back = OAuthErrorBody::from_www_authenticate(header.as_bytes()).expect("written challenges parse");
    assert_eq!(back.code(), documented(body.code()));
    assert_eq!(back.description().map(documented), body.description().map(documented));
    assert_eq!(back.error_uri().map(documented), body.error_uri().map(documented));
    assert!(back.extra().is_empty());
});
