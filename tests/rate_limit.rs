//! How long Okta's rate-limit headers say to wait, against what Okta's SDKs compute:
//! okta-sdk-java `max(Reset - Date + 1 s, 1 s)`; okta-sdk-python and okta-sdk-nodejs
//! `Reset - Date + 1 s` (see `RateLimit::wait`).

use identity_errors::http::{HeaderMap, Response};
use identity_errors::okta::{ErrorBody, RateLimit};
use identity_errors::{Error, Vendor};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in pairs {
        headers.append(
            name.parse::<identity_errors::http::HeaderName>().unwrap(),
            value.parse().unwrap(),
        );
    }
    headers
}

const DATE: &str = "Mon, 23 Nov 2026 10:00:00 GMT"; // 1795428000

fn wait(reset: &str) -> Option<Duration> {
    RateLimit::from_headers(&headers(&[("date", DATE), ("x-rate-limit-reset", reset)]))
        .unwrap()
        .wait()
}

#[test]
fn a_wait_is_never_zero() {
    let second = Duration::from_secs(1);
    // Java: max(Reset - Date + 1 s, 1 s), by the server's clock.
    assert_eq!(wait("1795428030"), Some(Duration::from_secs(31)));
    assert_eq!(wait("1795428001"), Some(Duration::from_secs(2)));
    assert_eq!(wait("1795428000"), Some(second)); // at Date
    assert_eq!(wait("1795427999"), Some(second)); // a second before (0 s before the fix)
    assert_eq!(wait("1795420000"), Some(second)); // long before (0 s before the fix)
    assert_eq!(wait("0"), Some(second));

    // Through a whole response, as a client reads it.
    let response: Response<String> = ErrorBody::too_many_requests()
        .with_rate_limit(
            RateLimit::new(600, 0, UNIX_EPOCH + Duration::from_secs(1_795_427_000))
                .with_date(UNIX_EPOCH + Duration::from_secs(1_795_428_000)),
        )
        .into_http_response();
    let error = Error::from_response(Vendor::Okta, &response).unwrap();
    assert_eq!(error.retry_after(), Some(second));
}

#[test]
fn without_a_usable_date_the_local_clock_measures_the_wait() {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let in_a_minute = (now + 60).to_string();
    for date in [None, Some("yesterday"), Some("Mon, 23 Nov 2026 10:00:00")] {
        let mut pairs = vec![("x-rate-limit-reset", in_a_minute.as_str())];
        pairs.extend(date.map(|d| ("date", d)));
        let limit = RateLimit::from_headers(&headers(&pairs)).unwrap();
        assert_eq!(limit.date(), None, "{date:?}");
        // 60 s to the reset and the extra second, less what the test took to get here
        // (before the fix: None).
        let wait = limit.wait().unwrap_or_else(|| panic!("{date:?}"));
        assert!(
            (Duration::from_secs(59)..=Duration::from_secs(61)).contains(&wait),
            "{date:?}: {wait:?}"
        );
    }
    // A reset already past by the local clock: the one-second floor.
    let past = headers(&[("x-rate-limit-reset", "1795420000")]);
    assert_eq!(
        RateLimit::from_headers(&past).unwrap().wait(),
        Some(Duration::from_secs(1))
    );
    // A Retry-After is the server's own word, so it wins over the local clock.
    let retry = headers(&[
        ("x-rate-limit-reset", in_a_minute.as_str()),
        ("retry-after", "7"),
    ]);
    assert_eq!(
        RateLimit::from_headers(&retry).unwrap().wait(),
        Some(Duration::from_secs(7))
    );
}

#[test]
fn a_far_wait_is_a_day_and_never_overflows_an_instant() {
    use identity_errors::Retry;
    use std::time::Instant;
    let day = Duration::from_secs(86_400);
    assert_eq!(Retry::MAX_WAIT, day);
    // A day less a second, and a day: as the server said.
    assert_eq!(wait("1795514399"), Some(day));
    assert_eq!(wait("1795514398"), Some(day - Duration::from_secs(1)));
    // Year 9999, and a reset no clock reaches (before: 253 billion seconds, and
    // `Instant::now() + wait` panicked on the stranger trial's 99999999999999).
    // Numbers past u64 (before: no wait at all, so a client retried at once).
    for reset in [
        "1795514400",
        "253402300799",
        "99999999999999",
        "18446744073709551615",
        "18446744073709551616",
        "99999999999999999999999999",
    ] {
        assert_eq!(wait(reset), Some(day), "{reset}");
    }
    // Retry-After as a number and as a date, with and without a Date; through every body.
    let answers = [
        vec![("retry-after", "18446744073709551615")],
        vec![("retry-after", "18446744073709551616")],
        vec![("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT")],
        vec![
            ("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT"),
            ("date", DATE),
        ],
        vec![("x-rate-limit-reset", "99999999999999")],
    ];
    for pairs in answers {
        for (vendor, status) in [
            (Vendor::Okta, 429),
            (Vendor::IdentityCloud, 503),
            (Vendor::Lusid, 429),
        ] {
            let mut response = Response::builder().status(status);
            for (name, value) in &pairs {
                response = response.header(*name, *value);
            }
            let response = response.body(Vec::new()).unwrap();
            let error = Error::from_response(vendor, &response).unwrap();
            let Some(wait) = error.retry_after() else {
                // Identity Cloud and LUSID read no Okta reset header.
                assert_eq!(pairs[0].0, "x-rate-limit-reset", "{vendor:?} {pairs:?}");
                continue;
            };
            assert_eq!(wait, day, "{vendor:?} {pairs:?}");
            let _ = Instant::now() + wait;
        }
    }
}

#[test]
fn a_retry_after_date_is_a_whole_number_of_seconds_never_shorter_than_asked() {
    // Found by the `rate_limit` fuzz target: a `Retry-After` date measured from this machine's
    // clock (no `Date`) kept the clock's nanoseconds, and the wait written back in whole seconds
    // was up to a second shorter than the one read.
    let at = SystemTime::now() + Duration::from_secs(30);
    let text = httpdate::fmt_http_date(at);
    let before = SystemTime::now();
    let read = RateLimit::from_headers(&headers(&[("retry-after", &text)])).unwrap();
    let wait = read.retry_after().unwrap();
    assert_eq!(wait.subsec_nanos(), 0, "{wait:?}");
    // `at` is cut to whole seconds by the HTTP date; the wait reaches it from `before`, rounded up.
    let asked = httpdate::parse_http_date(&text)
        .unwrap()
        .duration_since(before)
        .unwrap();
    assert!(
        wait >= asked && wait < asked + Duration::from_secs(1),
        "{wait:?} for {asked:?}"
    );
}

/// Found by the stranger trial: a `Retry-After` set in code kept its fraction of a second in
/// `wait()`, while every wait read from headers is whole seconds.
#[test]
fn a_wait_set_in_code_is_whole_seconds_rounded_up() {
    let limit =
        RateLimit::new(1, 0, SystemTime::now()).with_retry_after(Duration::from_millis(1500));
    assert_eq!(limit.wait(), Some(Duration::from_secs(2)));
    let mut headers = HeaderMap::new();
    limit.insert_into(&mut headers);
    assert_eq!(headers["retry-after"], "2");
}

/// Found by the stranger trial: a 429 whose body is not Okta's (empty, a proxy's page) ignored
/// Okta's rate-limit headers, so a client retried after a second, not the 31 the window said.
#[test]
fn an_unrecognized_okta_429_waits_out_the_window_its_headers_give() {
    let pairs = [
        ("date", DATE),
        ("x-rate-limit-limit", "600"),
        ("x-rate-limit-remaining", "0"),
        ("x-rate-limit-reset", "1795428030"),
    ];
    for body in [&b""[..], b"<html>Too Many Requests</html>"] {
        let mut response = Response::builder().status(429);
        for (name, value) in pairs {
            response = response.header(name, value);
        }
        let response = response.body(body.to_vec()).unwrap();
        let error = Error::from_response(Vendor::Okta, &response).unwrap();
        assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
        assert_eq!(error.retry_after(), Some(Duration::from_secs(31)));
    }
}
