//! What the README's client examples do, without a network: read an Okta body and match on its
//! code, then turn an answer of each default vendor into `Error` and decide with `RetryPolicy`
//! (what `send_or_error` and the retry loop do with a reqwest response).

use identity_errors::retry_policy::{Decision, RetryPolicy};
use identity_errors::{http, okta, Error, Vendor};
use std::time::Duration;

fn main() {
    let sent = br#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}"#;
    let body = okta::ErrorBody::from_slice(sent).expect("an Okta body");
    match body.known_code() {
        Some(okta::ErrorCode::E0000047) => println!("rate limited: back off"),
        Some(code) => println!("{code} ({}): {}", code.title(), body.summary()),
        None => println!("a code this crate does not know yet: {}", body.code()),
    }
    assert_eq!(body.to_json().as_bytes(), sent);

    let response = http::Response::builder()
        .status(429)
        .header("Retry-After", "2")
        .body(sent.to_vec())
        .expect("a response");
    let policy = RetryPolicy::new();
    for vendor in [Vendor::Okta, Vendor::IdentityCloud, Vendor::Lusid] {
        if let Some(error) = Error::from_response(vendor, &response) {
            match policy.decide(&error, 1, Duration::ZERO) {
                Decision::RetryAfter(wait) => println!("{error}: again in {wait:?}"),
                Decision::GiveUp(why) => println!("{error}: {why:?}, {:?}", error.correlation_id()),
            }
        }
    }
}
