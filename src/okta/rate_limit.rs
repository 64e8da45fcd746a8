//! [`RateLimit`]: Okta's rate-limit headers, read from a response or written into one.

use crate::headers;
use http::header::{HeaderMap, HeaderName, HeaderValue, DATE, RETRY_AFTER};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const LIMIT: &str = "x-rate-limit-limit";
const REMAINING: &str = "x-rate-limit-remaining";
const RESET: &str = "x-rate-limit-reset";

/// Okta's rate-limit headers: `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining`,
/// `X-Rate-Limit-Reset` (when the window resets, in seconds since the Unix epoch), with the
/// response's `Date` and any `Retry-After`.
///
/// A client reads them with [`from_headers`](Self::from_headers) and waits
/// [`wait`](Self::wait) before trying again; a service or test double answers a 429 with them
/// ([`okta::ErrorBody::with_rate_limit`](crate::okta::ErrorBody::with_rate_limit)).
///
/// ```
/// use identity_errors::http::HeaderMap;
/// use identity_errors::okta::RateLimit;
/// use std::time::Duration;
///
/// let mut headers = HeaderMap::new();
/// headers.insert("date", "Mon, 23 Nov 2026 10:00:00 GMT".parse()?);
/// headers.insert("x-rate-limit-limit", "600".parse()?);
/// headers.insert("x-rate-limit-remaining", "0".parse()?);
/// headers.insert("x-rate-limit-reset", "1795428030".parse()?); // 10:00:30 GMT
///
/// let limit = RateLimit::from_headers(&headers).unwrap();
/// assert_eq!((limit.limit(), limit.remaining()), (Some(600), Some(0)));
/// // As Okta's SDKs compute it, by the server's clock: Reset - Date + 1 s.
/// assert_eq!(limit.wait(), Some(Duration::from_secs(31)));
/// assert!(!limit.is_concurrent_limit());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RateLimit {
    limit: Option<u64>,
    remaining: Option<u64>,
    reset: Option<SystemTime>,
    date: Option<SystemTime>,
    retry_after: Option<Duration>,
}

impl RateLimit {
    /// Reads the headers. `None` when the response has none of them; a header that is
    /// malformed, or given twice (which `X-Rate-Limit-Reset` then is, as the Node SDK refuses
    /// it), reads as absent. Never panics.
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        // A reset past what a `SystemTime` holds is the latest one it does: far, not absent.
        let reset = headers::number(headers, RESET)
            .map(|seconds| UNIX_EPOCH + Duration::from_secs(seconds.min(LATEST_RESET)));
        let limit = Self {
            limit: headers::number(headers, LIMIT),
            remaining: headers::number(headers, REMAINING),
            reset,
            date: headers::date(headers),
            retry_after: headers::retry_after(headers),
        };
        let any = limit.limit.is_some()
            || limit.remaining.is_some()
            || limit.reset.is_some()
            || limit.retry_after.is_some();
        any.then_some(limit)
    }

    /// Headers for a response: `limit` requests a window, `remaining` of them left, the window
    /// resetting at `reset`. `Date` is left to the HTTP server (every one sends it) unless set
    /// with [`with_date`](Self::with_date).
    pub fn new(limit: u64, remaining: u64, reset: SystemTime) -> Self {
        Self {
            limit: Some(limit),
            remaining: Some(remaining),
            reset: Some(reset),
            date: None,
            retry_after: None,
        }
    }

    /// Sets the `Date` sent with the headers: the server's clock the wait is measured from.
    pub fn with_date(mut self, date: SystemTime) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets a `Retry-After` (sent as whole seconds, rounded up).
    pub fn with_retry_after(mut self, wait: Duration) -> Self {
        self.retry_after = Some(wait);
        self
    }

    /// `X-Rate-Limit-Limit`: requests allowed in the window.
    pub fn limit(&self) -> Option<u64> {
        self.limit
    }

    /// `X-Rate-Limit-Remaining`: requests left in the window.
    pub fn remaining(&self) -> Option<u64> {
        self.remaining
    }

    /// `X-Rate-Limit-Reset`: when the window resets.
    pub fn reset(&self) -> Option<SystemTime> {
        self.reset
    }

    /// The response's `Date`: the server's clock.
    pub fn date(&self) -> Option<SystemTime> {
        self.date
    }

    /// `Retry-After`, as a wait from the response's `Date`.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// How long to wait before trying again, as Okta's SDKs compute it: from the server's
    /// clock, not this machine's, `Reset - Date + 1 s` (the extra second covers the two clocks'
    /// sub-second parts), and never less than a second, as okta-sdk-java's
    /// `max(Reset - Date + 1 s, 1 s)`: a window that has already reset by the `Date` still
    /// gets one second, never a zero wait that would send the retry at once (the Python and
    /// Node SDKs add the second but no floor, so they retry at once then).
    ///
    /// Without a `Date` (missing or not an HTTP-date), the `Retry-After` if there is one (as
    /// sent, even 0: the server's own word), else the same rule by this machine's clock: a
    /// valid reset still says when the window opens, and the local clock is the best estimate
    /// of "now" left (Okta's SDKs give up or fall back to their own backoff there). Without a
    /// reset, the `Retry-After`; else `None`.
    ///
    /// The wait is in whole seconds (rounded up, as `Retry-After` is read), and at most
    /// [`Retry::MAX_WAIT`](crate::Retry::MAX_WAIT), a day: a far reset is no window to wait
    /// out. Below that it is passed on as the server said it, since the SDKs cap none either
    /// and bound the whole call by their request timeout instead, and only the caller knows its
    /// budget (`wait.min(budget)`).
    ///
    /// ```
    /// use identity_errors::okta::RateLimit;
    /// use std::time::{Duration, SystemTime};
    ///
    /// let date = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_428_000);
    /// let reset = date - Duration::from_secs(5); // already reset
    /// let limit = RateLimit::new(600, 0, reset).with_date(date);
    /// assert_eq!(limit.wait(), Some(Duration::from_secs(1)));
    /// ```
    pub fn wait(&self) -> Option<Duration> {
        match (self.reset, self.date, self.retry_after) {
            (Some(reset), Some(date), _) => Some(wait_until(reset, date)),
            (_, _, Some(retry_after)) => Some(headers::whole_seconds(retry_after)),
            (Some(reset), None, None) => Some(wait_until(reset, SystemTime::now())),
            (None, _, None) => None,
        }
    }

    /// Whether this is a breach of Okta's concurrent rate limit, which it reports with a limit
    /// and a remaining count of 0 (the window then says nothing about when a slot frees up).
    pub fn is_concurrent_limit(&self) -> bool {
        self.limit == Some(0) && self.remaining == Some(0)
    }

    /// Writes the headers into `headers`, replacing any of the same names.
    ///
    /// ```
    /// use identity_errors::http::HeaderMap;
    /// use identity_errors::okta::RateLimit;
    /// use std::time::{Duration, UNIX_EPOCH};
    ///
    /// let reset = UNIX_EPOCH + Duration::from_secs(1_795_428_030);
    /// let mut headers = HeaderMap::new();
    /// RateLimit::new(600, 0, reset).insert_into(&mut headers);
    /// assert_eq!(headers["x-rate-limit-reset"], "1795428030");
    /// assert_eq!(RateLimit::from_headers(&headers).unwrap().reset(), Some(reset));
    /// ```
    pub fn insert_into(&self, headers: &mut HeaderMap) {
        let numbers = [
            (LIMIT, self.limit),
            (REMAINING, self.remaining),
            (RESET, self.reset.map(epoch_seconds)),
            (
                RETRY_AFTER.as_str(),
                self.retry_after.map(headers::seconds_up),
            ),
        ];
        for (name, value) in numbers {
            if let Some(value) = value {
                let name = HeaderName::from_static(name);
                headers.insert(name, headers::number_value(value));
            }
        }
        if let Some(value) = self.date.and_then(http_date) {
            headers.insert(DATE, value);
        }
    }
}

/// The latest reset read, in seconds since the Unix epoch: the end of the year 9999, the last an
/// HTTP-date can say, and far enough that any wait to it is `Retry::MAX_WAIT`.
const LATEST_RESET: u64 = 253_402_300_799;

/// `Reset - now + 1 s`, at least one second (okta-sdk-java's `RetryUtil.get429DelayMillis`),
/// in whole seconds up to `Retry::MAX_WAIT`.
fn wait_until(reset: SystemTime, now: SystemTime) -> Duration {
    const SECOND: Duration = Duration::from_secs(1);
    let after = reset.checked_add(SECOND).unwrap_or(reset);
    let wait = after.duration_since(now).unwrap_or(Duration::ZERO);
    headers::whole_seconds(wait).max(SECOND)
}

/// An HTTP-date, for a time an HTTP-date can say (1970 to 9999; httpdate panics outside).
fn http_date(time: SystemTime) -> Option<HeaderValue> {
    const YEAR_10000: u64 = 253_402_300_800;
    let seconds = time.duration_since(UNIX_EPOCH).ok()?.as_secs();
    if seconds >= YEAR_10000 {
        return None;
    }
    HeaderValue::from_str(&httpdate::fmt_http_date(time)).ok()
}

/// Whole seconds since the Unix epoch (0 for a time before it).
fn epoch_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
