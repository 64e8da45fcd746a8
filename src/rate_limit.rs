//! [`RateLimit`]: a response's rate-limit headers, read from it or written into one.
//!
//! Two vendors send the same three headers under two spellings: `X-Rate-Limit-*` (Okta) and
//! `X-RateLimit-*` (Auth0). One type reads either and writes each body's own; the spelling a
//! value was read with is kept, so what is written back is what came.

use crate::headers;
use http::header::{HeaderMap, HeaderName, HeaderValue, DATE, RETRY_AFTER};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How a response spells the three headers: limit, remaining, reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Spelling {
    /// `X-Rate-Limit-Limit`, .. (Okta).
    Dashed,
    /// `X-RateLimit-Limit`, .. (Auth0).
    Joined,
}

impl Spelling {
    /// The three header names, in lower case: limit, remaining, reset.
    const fn names(self) -> [&'static str; 3] {
        match self {
            Self::Dashed => [
                "x-rate-limit-limit",
                "x-rate-limit-remaining",
                "x-rate-limit-reset",
            ],
            Self::Joined => [
                "x-ratelimit-limit",
                "x-ratelimit-remaining",
                "x-ratelimit-reset",
            ],
        }
    }
}

/// A response's rate-limit headers: `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining`,
/// `X-Rate-Limit-Reset` (when the window resets, in seconds since the Unix epoch), as Okta
/// writes them, or `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset`, as Auth0
/// does, with the response's `Date` and any `Retry-After`.
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
    /// The spelling read, or `Dashed` for one made with [`new`](Self::new).
    spelling: Spelling,
}

impl RateLimit {
    /// Reads the headers, spelled either way (`X-Rate-Limit-*` where any of those three is
    /// there, else `X-RateLimit-*`). `None` when the response has none of them; a header that
    /// is malformed, or given twice (which `X-Rate-Limit-Reset` then is, as Okta's Node SDK
    /// refuses it), reads as absent. Never panics.
    ///
    /// ```
    /// use identity_errors::http::HeaderMap;
    /// use identity_errors::RateLimit;
    ///
    /// // As a live Auth0 tenant answers (Voronenko/kong-compose-template's README at 751bf038).
    /// let mut headers = HeaderMap::new();
    /// headers.insert("x-ratelimit-limit", "30".parse()?);
    /// headers.insert("x-ratelimit-remaining", "29".parse()?);
    /// headers.insert("x-ratelimit-reset", "1578311926".parse()?);
    /// let limit = RateLimit::from_headers(&headers).unwrap();
    /// assert_eq!((limit.limit(), limit.remaining()), (Some(30), Some(29)));
    /// // Written back as it came.
    /// let mut written = HeaderMap::new();
    /// limit.insert_into(&mut written);
    /// assert_eq!(written, headers);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let dashed = Spelling::Dashed.names();
        let spelling = match dashed.iter().any(|name| headers.contains_key(*name)) {
            true => Spelling::Dashed,
            false => Spelling::Joined,
        };
        let [limit, remaining, reset] = spelling.names();
        // A reset past what a `SystemTime` holds is the latest one it does: far, not absent.
        let reset = headers::number(headers, reset)
            .map(|seconds| UNIX_EPOCH + Duration::from_secs(seconds.min(LATEST_RESET)));
        let limit = Self {
            limit: headers::number(headers, limit),
            remaining: headers::number(headers, remaining),
            reset,
            date: headers::date(headers),
            retry_after: headers::retry_after(headers),
            spelling,
        };
        let any = limit.limit.is_some()
            || limit.remaining.is_some()
            || limit.reset.is_some()
            || limit.retry_after.is_some();
        any.then_some(limit)
    }

    /// Headers for a response: `limit` requests a window, `remaining` of them left, the window
    /// resetting at `reset`. `Date` is left to the HTTP server (every one sends it) unless set
    /// with [`with_date`](Self::with_date). A body sends them in its vendor's spelling
    /// (`okta::ErrorBody::with_rate_limit`, `auth0::AuthErrorBody::with_rate_limit`);
    /// [`insert_into`](Self::insert_into) writes Okta's.
    pub fn new(limit: u64, remaining: u64, reset: SystemTime) -> Self {
        Self {
            limit: Some(limit),
            remaining: Some(remaining),
            reset: Some(reset),
            date: None,
            retry_after: None,
            spelling: Spelling::Dashed,
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

    /// `X-Rate-Limit-Limit` (or `X-RateLimit-Limit`): requests allowed in the window.
    pub fn limit(&self) -> Option<u64> {
        self.limit
    }

    /// `X-Rate-Limit-Remaining` (or `X-RateLimit-Remaining`): requests left in the window.
    pub fn remaining(&self) -> Option<u64> {
        self.remaining
    }

    /// `X-Rate-Limit-Reset` (or `X-RateLimit-Reset`): when the window resets.
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

    /// How long to wait before trying again, as Okta's SDKs compute it (and, as the crate's
    /// choice, for Auth0's headers too, which mean the same): from the server's
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
    /// use identity_errors::RateLimit;
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

    /// Writes the headers into `headers`, replacing any of the same names, in the spelling
    /// they were read with (`X-Rate-Limit-*` for one made with [`new`](Self::new)).
    ///
    /// ```
    /// use identity_errors::http::HeaderMap;
    /// use identity_errors::RateLimit;
    /// use std::time::{Duration, UNIX_EPOCH};
    ///
    /// let reset = UNIX_EPOCH + Duration::from_secs(1_795_428_030);
    /// let mut headers = HeaderMap::new();
    /// RateLimit::new(600, 0, reset).insert_into(&mut headers);
    /// assert_eq!(headers["x-rate-limit-reset"], "1795428030");
    /// assert_eq!(RateLimit::from_headers(&headers).unwrap().reset(), Some(reset));
    /// ```
    pub fn insert_into(&self, headers: &mut HeaderMap) {
        self.insert_spelled(self.spelling, headers);
    }

    /// [`insert_into`](Self::insert_into) in `spelling`: a body writes its vendor's.
    pub(crate) fn insert_spelled(&self, spelling: Spelling, headers: &mut HeaderMap) {
        let [limit, remaining, reset] = spelling.names();
        let numbers = [
            (limit, self.limit),
            (remaining, self.remaining),
            (reset, self.reset.map(epoch_seconds)),
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
