//! The headers every Auth0 body reads from a response and writes into one: `Retry-After`,
//! `X-Auth0-RequestId` and `X-RateLimit-*`, in one place for the three body types
//! (`auth0_headers!`).

use crate::rate_limit::Spelling;
use crate::{headers, RateLimit};
use http::header::HeaderMap;
use std::time::Duration;

/// The header that carries the id of Auth0's request, which its error pages show as the
/// "tracking id" support asks for (`X-Auth0-RequestId: c629c3e05e0881e81315` on a live
/// `/oauth/token` answer, Voronenko/kong-compose-template's README at 751bf038).
const REQUEST_ID: &str = "x-auth0-requestid";

/// For an Auth0 body with the state fields `retry_after: Option<Duration>`, `request_id:
/// Option<String>` and `rate_limit: Option<RateLimit>`: their accessors (the rate limit's
/// setter documented by `$rate_limit_example`, a doctest), `retry_after`, `correlation_id`
/// and the id as `Display` shows it, and `Received`, which reads and writes the three headers.
macro_rules! auth0_headers {
    ($ty:ident, $rate_limit_example:literal) => {
        $crate::body::retry_after_accessors!($ty, setter);
        $crate::body::request_id_accessors!($ty, "X-Auth0-RequestId");
        $crate::body::rate_limit_accessors!($ty, $rate_limit_example);

        impl $ty {
            /// How long to wait before trying again: the `Retry-After` received (or set), else
            /// the wait to the `X-RateLimit-Reset` ([`RateLimit::wait`](crate::RateLimit::wait));
            /// at most [`Retry::MAX_WAIT`](crate::Retry::MAX_WAIT).
            pub fn retry_after(&self) -> Option<::std::time::Duration> {
                $crate::auth0::headers::wait(self.retry_after, self.rate_limit.as_ref())
            }

            /// The id a support ticket needs: the `X-Auth0-RequestId` received.
            pub fn correlation_id(&self) -> Option<&str> {
                self.request_id()
            }

            /// The id as `Display` ends its line with it: the header's name, then the id.
            fn shown_request_id(&self) -> Option<(&'static str, &str)> {
                self.request_id().map(|id| ("X-Auth0-RequestId", id))
            }
        }

        impl $crate::body::Received for $ty {
            fn read_headers(&mut self, headers: &::http::HeaderMap) {
                (self.retry_after, self.request_id, self.rate_limit) =
                    $crate::auth0::headers::read(headers);
            }

            fn wait_from_headers(headers: &::http::HeaderMap) -> Option<::std::time::Duration> {
                let (retry_after, _, rate_limit) = $crate::auth0::headers::read(headers);
                $crate::auth0::headers::wait(retry_after, rate_limit.as_ref())
            }

            fn write_headers(&self, _: ::http::StatusCode, headers: &mut ::http::HeaderMap) {
                $crate::auth0::headers::write(
                    self.rate_limit.as_ref(),
                    self.retry_after,
                    self.request_id(),
                    headers,
                );
            }
        }
    };
}

pub(crate) use auth0_headers;

/// The headers every Auth0 body reads: `Retry-After`, `X-Auth0-RequestId` and `X-RateLimit-*`
/// (kept only where one of those three came: a `Retry-After` alone is the first).
pub(crate) fn read(headers: &HeaderMap) -> (Option<Duration>, Option<String>, Option<RateLimit>) {
    let rate_limit = RateLimit::from_headers(headers).filter(|limit| {
        limit.limit().is_some() || limit.remaining().is_some() || limit.reset().is_some()
    });
    let request_id = headers::single(headers, REQUEST_ID).map(str::to_owned);
    (headers::retry_after(headers), request_id, rate_limit)
}

/// Writes what [`read`] reads; the body's own `Retry-After` last, so that it wins.
pub(crate) fn write(
    rate_limit: Option<&RateLimit>,
    retry_after: Option<Duration>,
    request_id: Option<&str>,
    headers: &mut HeaderMap,
) {
    if let Some(rate_limit) = rate_limit {
        rate_limit.insert_spelled(Spelling::Joined, headers);
    }
    headers::insert_retry_after(headers, retry_after);
    headers::insert_text(headers, REQUEST_ID, request_id);
}

/// The wait every Auth0 body gives: the `Retry-After`, else the rate limit's, in whole seconds.
pub(crate) fn wait(
    retry_after: Option<Duration>,
    rate_limit: Option<&RateLimit>,
) -> Option<Duration> {
    match retry_after {
        Some(wait) => Some(headers::whole_seconds(wait)),
        None => rate_limit.and_then(RateLimit::wait),
    }
}
