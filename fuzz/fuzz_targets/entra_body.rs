//! Any bytes into `entra::OAuthErrorBody::from_slice`: never a panic; whatever parses writes
//! back bytes that parse to an equal body and write back the same bytes; every accessor answers
//! (the codes and ids read from the description too); and setting the ids keeps the body one
//! that writes, parses back and says the ids set.
#![no_main]

use identity_errors::entra::OAuthErrorBody;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = OAuthErrorBody::from_slice(data) else {
        return;
    };
    let written = serde_json::to_string(&body).expect("bodies always serialize");
    let again = OAuthErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
    assert_eq!(again, body);
    assert_eq!(serde_json::to_string(&again).unwrap(), written);
    let _ = (
        body.codes().count(),
        body.known_codes().count(),
        body.known_aadsts(),
    );
    let _ = (body.trace_id(), body.correlation_id(), body.timestamp());
    let _ = (body.known_code(), body.known_suberror(), body.status());
    let _ = (body.kind(), body.retry(), body.retry_after());
    let _ = (body.to_string(), format!("{body:#}"), format!("{body:?}"));
    let set = body
        .with_trace_id("t-1")
        .with_correlation_id("c-1")
        .with_timestamp("2021-06-25 13:16:19Z");
    assert_eq!(set.trace_id(), Some("t-1"));
    assert_eq!(set.correlation_id(), Some("c-1"));
    assert_eq!(set.timestamp(), Some("2021-06-25 13:16:19Z"));
    let written = set.to_json();
    let read = OAuthErrorBody::from_slice(written.as_bytes()).expect("written bodies parse");
    assert_eq!(read, set);
});
