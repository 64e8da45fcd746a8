//! Any `X-Rate-Limit-*`, `Date` and `Retry-After` headers into `okta::RateLimit::from_headers`:
//! never a panic; the wait and the concurrency flag answer; what was read, written back with
//! `insert_into`, is well-formed headers that read back as the same limits.
//!
//! Input: header lines as `common::message` reads them (`x-rate-limit-reset: 1700000000`).
#![no_main]

mod common;

use identity_errors::http::HeaderMap;
use identity_errors::okta::RateLimit;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first line is the status line; start with one so that every line is a header.
    let mut text = b"okta 429\n".to_vec();
    text.extend_from_slice(data);
    let m = common::message(&text);
    let Some(limit) = RateLimit::from_headers(&m.headers) else {
        return;
    };
    let _ = (
        limit.wait(),
        limit.is_concurrent_limit(),
        format!("{limit:?}"),
    );
    let mut written = HeaderMap::new();
    limit.insert_into(&mut written);
    for (name, value) in &written {
        assert!(value.to_str().is_ok(), "{name}: {value:?}");
    }
    let again = RateLimit::from_headers(&written).expect("written limits read back");
    assert_eq!(again.limit(), limit.limit());
    assert_eq!(again.remaining(), limit.remaining());
    assert_eq!(again.reset(), limit.reset());
    assert_eq!(again.date(), limit.date());
    assert_eq!(again.retry_after(), limit.retry_after());
    match limit.date() {
        Some(_) => assert_eq!(again.wait(), limit.wait()),
        // Measured from this machine's clock, which moved between the two reads: equal within
        // the time the checks above took.
        None => {
            let (a, b) = (again.wait(), limit.wait());
            assert_eq!(a.is_some(), b.is_some());
            if let (Some(a), Some(b)) = (a, b) {
                assert!(
                    a.abs_diff(b) < std::time::Duration::from_secs(1),
                    "{a:?} / {b:?}"
                );
            }
        }
    }
});
