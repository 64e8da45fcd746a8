//! Any bytes into `OAuthErrorBody::from_www_authenticate`: never a panic; whatever parses,
//! written as a challenge again, is a header value without control characters, within
//! `MAX_WWW_AUTHENTICATE_LEN`, naming each parameter once in any case, that parses back to the
//! same values, changed only as documented (control characters become spaces; a header over the
//! bound carries the start of the description).
#![no_main]

use identity_errors::okta::OAuthErrorBody;
use libfuzzer_sys::fuzz_target;

fn documented(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(body) = OAuthErrorBody::from_www_authenticate(data) else {
        return;
    };
    let header = body.www_authenticate();
    assert!(header.as_bytes().iter().all(|&b| b >= 0x20 && b != 0x7f));
    assert!(header.len() <= OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN);
    let back =
        OAuthErrorBody::from_www_authenticate(header.as_bytes()).expect("written challenges parse");
    assert!(back.extra().is_empty());
    // Writing at most doubles a challenge (`a=b,` becomes `, a="b"`): below half the bound,
    // nothing is cut.
    if data.len() * 2 < OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN {
        assert_eq!(back.code(), documented(body.code()));
        assert_eq!(
            back.description().map(documented),
            body.description().map(documented)
        );
        assert_eq!(
            back.error_uri().map(documented),
            body.error_uri().map(documented)
        );
        // Written from what it read, the challenge writes the same again.
        assert_eq!(back.www_authenticate(), header);
    } else if let (Some(cut), Some(whole)) = (back.description(), body.description()) {
        assert!(documented(whole).starts_with(cut));
    }
});
