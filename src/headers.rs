//! Reading the response headers the client half needs: one value per name, the server's
//! `Date`, `Retry-After`.

use http::header::{HeaderMap, DATE, RETRY_AFTER};
use std::time::{Duration, SystemTime};

/// The value of `name` if the response has exactly one, as text. Two values are refused: which
/// one is meant is not known (Okta's Node SDK refuses two `X-Rate-Limit-Reset` headers too).
/// UTF-8 text is read as such (`HeaderValue::to_str` would refuse anything but visible ASCII,
/// dropping a challenge whose description is in French).
pub(crate) fn single<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    let mut values = headers.get_all(name).iter();
    let value = values.next()?;
    if values.next().is_some() {
        return None;
    }
    std::str::from_utf8(value.as_bytes()).ok().map(str::trim)
}

/// A whole number of seconds (or a count) as a header writes it: ASCII digits only. One past
/// `u64::MAX` is `u64::MAX`: still a number, just a huge one (a wait read from it is then
/// capped like any long one, not lost).
pub(crate) fn number(headers: &HeaderMap, name: &str) -> Option<u64> {
    let text = single(headers, name)?;
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse().unwrap_or(u64::MAX))
}

/// The server's clock: the `Date` header.
pub(crate) fn date(headers: &HeaderMap) -> Option<SystemTime> {
    single(headers, DATE.as_str()).and_then(|text| httpdate::parse_http_date(text).ok())
}

/// `Retry-After` (RFC 9110, section 10.2.3): a number of seconds, or an HTTP-date, which is
/// measured from the server's `Date` where the response has one (else from this machine's
/// clock), rounded up to a whole second. A date in the past is no wait at all; a wait over
/// [`Retry::MAX_WAIT`](crate::Retry::MAX_WAIT) is that.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    if let Some(seconds) = number(headers, RETRY_AFTER.as_str()) {
        return Some(Duration::from_secs(seconds).min(crate::Retry::MAX_WAIT));
    }
    let at = httpdate::parse_http_date(single(headers, RETRY_AFTER.as_str())?).ok()?;
    let now = date(headers).unwrap_or_else(SystemTime::now);
    let wait = at.duration_since(now).unwrap_or(Duration::ZERO);
    Some(whole_seconds(wait))
}

/// `wait` rounded up to a whole second (a header writes waits in seconds: never shorter than
/// asked, and a wait written back reads as the wait read), at most
/// [`Retry::MAX_WAIT`](crate::Retry::MAX_WAIT).
pub(crate) fn whole_seconds(wait: Duration) -> Duration {
    Duration::from_secs(seconds_up(wait)).min(crate::Retry::MAX_WAIT)
}

/// `wait` in whole seconds, rounded up: what a `Retry-After` written for it says.
pub(crate) fn seconds_up(wait: Duration) -> u64 {
    wait.as_secs()
        .saturating_add(u64::from(wait.subsec_nanos() > 0))
}

/// The longest header value the crate writes, in bytes: 2 KiB, which every ordinary client and
/// proxy reads (`OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN`, the public name, says why).
pub(crate) const MAX_VALUE_LEN: usize = 2048;

/// `text` as a header value, as given: UTF-8 beyond ASCII is kept (as [`single`] reads it;
/// `HeaderValue::from_str` would refuse it), but a control character, which would end the
/// header, or more than [`MAX_VALUE_LEN`] bytes, which would make clients refuse the whole
/// response, give `None`.
pub(crate) fn text_value(text: &str) -> Option<http::HeaderValue> {
    if text.len() > MAX_VALUE_LEN {
        return None;
    }
    http::HeaderValue::from_bytes(text.as_bytes()).ok()
}

/// A header value for a whole number.
pub(crate) fn number_value(n: u64) -> http::HeaderValue {
    http::HeaderValue::from(n)
}

/// Sends `wait`, if any, as a `Retry-After` in whole seconds, rounded up (so the wait read back
/// is never shorter than the one set).
pub(crate) fn insert_retry_after(headers: &mut http::HeaderMap, wait: Option<Duration>) {
    if let Some(wait) = wait {
        headers.insert(RETRY_AFTER, number_value(seconds_up(wait)));
    }
}

/// Sends `text`, if any, as the header `name` (lowercase, as `HeaderName::from_static` needs
/// it); a text that no header can carry ([`text_value`]) is left out rather than cut.
pub(crate) fn insert_text(headers: &mut http::HeaderMap, name: &'static str, text: Option<&str>) {
    if let Some(value) = text.and_then(text_value) {
        headers.insert(http::HeaderName::from_static(name), value);
    }
}
