//! Any bytes into `entra::ClaimsChallenge::from_www_authenticate`: never a panic; whatever parses
//! is written back as the bytes read when they fit `MAX_WWW_AUTHENTICATE_LEN`, and always as a
//! header value without control characters, within the bound, that parses back to the same
//! `error` and claims. Its decoded claims build a challenge of their own that parses back to
//! them, and an auth-param set from the input's bytes cannot break the header.
#![no_main]

use identity_errors::entra::ClaimsChallenge;
use libfuzzer_sys::fuzz_target;

const MAX: usize = ClaimsChallenge::MAX_WWW_AUTHENTICATE_LEN;

fn documented(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn check(challenge: &ClaimsChallenge) -> ClaimsChallenge {
    let header = challenge.www_authenticate();
    assert!(!header
        .as_bytes()
        .iter()
        .any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f));
    assert!(header.len() <= MAX, "{}", header.len());
    let back = ClaimsChallenge::from_www_authenticate(header.as_bytes())
        .expect("written challenges parse");
    // A challenge written anew (one too long to write as read) has its control characters
    // as spaces, a tab inside a quoted value too, as `www_authenticate` documents.
    assert!(
        back.error() == challenge.error() || back.error() == documented(challenge.error()),
        "{:?} / {:?}",
        back.error(),
        challenge.error()
    );
    // Claims sent as plain JSON, not base64, are a quoted value too: written anew, their
    // control characters are spaces.
    assert!(
        back.claims() == challenge.claims() || back.claims() == documented(challenge.claims()),
        "{:?} / {:?}",
        back.claims(),
        challenge.claims()
    );
    assert!(
        back.claims_raw() == challenge.claims_raw()
            || back.claims_raw() == documented(challenge.claims_raw())
    );
    // Written from what it read, the challenge writes the same again.
    assert_eq!(back.www_authenticate(), header);
    back
}

fuzz_target!(|data: &[u8]| {
    let Ok(challenge) = ClaimsChallenge::from_www_authenticate(data) else {
        return;
    };
    let back = check(&challenge);
    if data.len() <= MAX {
        assert_eq!(back.www_authenticate().as_bytes(), data);
    }
    serde_json::from_str::<serde::de::IgnoredAny>(challenge.claims()).expect("JSON claims");
    if let Ok(built) = ClaimsChallenge::new(challenge.claims()) {
        assert_eq!(check(&built).claims(), challenge.claims());
    }
    // The input as an auth-param's value: quoted, control characters as spaces, or left out
    // when too long.
    let value = String::from_utf8_lossy(data);
    let edited = challenge.with_client_id(value.as_ref());
    let back = check(&edited);
    if let Some(client_id) = back.client_id() {
        assert_eq!(client_id, documented(&value));
    }
});
