//! The rate-limit headers Okta sends with every answer, API and OAuth alike (Okta's rate-limit
//! documentation: "three headers in each response"), as `body` shows them: their values depend
//! on the endpoint, the org and the time, so they are a sample, and say so; so do the ids
//! generated for each answer.

use identity_errors::http::StatusCode;
use identity_errors::okta::RateLimit;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The limit the rate-limit headers show: the example of Okta's rate-limit documentation
/// (developer.okta.com/docs/reference/rl-best-practices).
const SAMPLE_LIMIT: u64 = 1200;

/// Okta's rate-limit headers for an answer with `status`, as Okta sends them with every
/// response: a sample limit, no request left on a 429 (one used otherwise), the per-minute
/// window resetting at the next whole minute, and `Date`, the server's clock a client measures
/// the wait from.
pub fn sample(status: StatusCode) -> RateLimit {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let reset = UNIX_EPOCH + Duration::from_secs((now / 60 + 1) * 60);
    let remaining = match status {
        StatusCode::TOO_MANY_REQUESTS => 0,
        _ => SAMPLE_LIMIT - 1,
    };
    RateLimit::new(SAMPLE_LIMIT, remaining, reset).with_date(UNIX_EPOCH + Duration::from_secs(now))
}

/// The headers of Okta's answers whose values are this run's, and why: [`sample`]'s, and the
/// ids the library generates for each answer (the `DPoP-Nonce` only on `use_dpop_nonce`).
pub const SAMPLES: &[(&str, &str)] = &[
    ("date", "this machine's clock"),
    (
        "x-rate-limit-limit",
        "a sample: Okta's limit depends on the endpoint and the org",
    ),
    (
        "x-rate-limit-remaining",
        "a sample: 0 on a 429, else one used",
    ),
    (
        "x-rate-limit-reset",
        "the next whole minute by this machine's clock",
    ),
    ("x-okta-request-id", GENERATED),
    ("dpop-nonce", GENERATED),
];

/// Why a generated id is this run's.
const GENERATED: &str = "generated for this answer: new on every run";
