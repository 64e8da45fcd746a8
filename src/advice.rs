//! What an error means across vendors ([`Kind`]) and whether to try again ([`Retry`]).
//!
//! Every catalog row carries both, in `data/`, chosen by the rule written in `data/README.md`
//! (the crate's choice unless a vendor or a specification states it; the table says which). A
//! code the catalog lacks, or a response that is no vendor's error at all, gets them from the
//! HTTP status received, by the same rule ([`Kind::of_status`], [`Retry::of_status`]).

use crate::Vendor;
use http::StatusCode;
use std::fmt;
use std::time::Duration;

/// What an error means, the same way for every vendor: what a client can act on without
/// reading (often localized) message text.
///
/// ```
/// use identity_errors::{okta, Catalog, Kind, Retry};
///
/// assert_eq!(okta::ErrorCode::E0000007.kind(), Kind::NotFound);
/// assert_eq!(okta::ErrorCode::E0000047.kind(), Kind::RateLimited);
/// assert_eq!(okta::ErrorCode::E0000047.retry(), Retry::AfterWindow);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Kind {
    /// The request is malformed or fails validation (HTTP 400 and most other 4xx).
    InvalidRequest,
    /// Credentials or a token are missing, wrong or expired (HTTP 401).
    Unauthenticated,
    /// The caller is known but may not do this (HTTP 403).
    Forbidden,
    /// What the request names does not exist (HTTP 404, 410).
    NotFound,
    /// The request clashes with the current state: it already exists, changed, or is locked
    /// (HTTP 409, 412, 423).
    Conflict,
    /// The method, media type or feature is not supported (HTTP 405, 406, 415, 501).
    Unsupported,
    /// Too many requests: a rate limit was reached (HTTP 429).
    RateLimited,
    /// The service cannot answer for now: overloaded, in maintenance, or not yet ready
    /// (HTTP 502, 503, 504).
    Unavailable,
    /// The service failed (HTTP 500 and other 5xx).
    ServerFault,
}

/// Whether and when to send a request again after this error.
///
/// ```
/// use identity_errors::{Retry, Vendor};
/// use http::StatusCode;
///
/// assert_eq!(Retry::of_status(Vendor::Okta, StatusCode::TOO_MANY_REQUESTS), Retry::AfterWindow);
/// assert_eq!(Retry::of_status(Vendor::Okta, StatusCode::BAD_GATEWAY), Retry::WithBackoff);
/// assert_eq!(Retry::of_status(Vendor::Okta, StatusCode::INTERNAL_SERVER_ERROR), Retry::WithBackoff);
/// assert_eq!(Retry::of_status(Vendor::Okta, StatusCode::NOT_IMPLEMENTED), Retry::Never);
/// assert_eq!(Retry::of_status(Vendor::Okta, StatusCode::CONFLICT), Retry::Never);
/// assert_eq!(Retry::of_status(Vendor::Lusid, StatusCode::CONFLICT), Retry::WithBackoff);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Retry {
    /// Sending the same request again gives the same error.
    Never,
    /// Again once the rate-limit window has passed (Okta's `X-Rate-Limit-Reset`, a
    /// `Retry-After`, or a device-flow polling interval).
    AfterWindow,
    /// Again after a growing delay, a few times: the failure is or may be temporary (an
    /// overloaded, unreachable or failing server). A request that is not idempotent (one that
    /// creates) may have taken effect before a server fault: send it again only where the API
    /// makes that safe.
    WithBackoff,
    /// Again with new credentials or a new token.
    AfterReauthenticating,
    /// Again at once, a single time, with the nonce this answer carries in its proof: the
    /// server wants a fresh DPoP proof holding the `DPoP-Nonce` it sent (RFC 9449, sections
    /// 8 and 9; Okta's `use_dpop_nonce`), and Okta's Python SDK retries so, once. The nonce is
    /// the OAuth body's `dpop_nonce()`; an answer without a valid one leaves nothing to retry
    /// with, and a second such answer to the retried request means the nonce is not taken:
    /// give up then.
    WithNonce,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [Self] = &[
        Self::InvalidRequest,
        Self::Unauthenticated,
        Self::Forbidden,
        Self::NotFound,
        Self::Conflict,
        Self::Unsupported,
        Self::RateLimited,
        Self::Unavailable,
        Self::ServerFault,
    ];

    /// The kind an HTTP error status means, by the rule of `data/README.md`; `None` for a status
    /// that is not an error (below 400).
    pub const fn of_status(status: StatusCode) -> Option<Self> {
        Some(match status.as_u16() {
            401 => Self::Unauthenticated,
            403 => Self::Forbidden,
            404 | 410 => Self::NotFound,
            409 | 412 | 423 => Self::Conflict,
            405 | 406 | 415 | 501 => Self::Unsupported,
            429 => Self::RateLimited,
            502..=504 => Self::Unavailable,
            400..=499 => Self::InvalidRequest,
            500..=599 => Self::ServerFault,
            _ => return None,
        })
    }

    /// The retry advice the rule gives this kind: after the window when rate limited, with
    /// backoff when unavailable or a server fault (a failed server may answer next time),
    /// after re-authenticating when unauthenticated, else never.
    pub const fn retry(self) -> Retry {
        match self {
            Self::RateLimited => Retry::AfterWindow,
            Self::Unavailable | Self::ServerFault => Retry::WithBackoff,
            Self::Unauthenticated => Retry::AfterReauthenticating,
            _ => Retry::Never,
        }
    }

    /// The snake_case name used in `data/`, such as `"rate_limited"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::Conflict => "conflict",
            Self::Unsupported => "unsupported",
            Self::RateLimited => "rate_limited",
            Self::Unavailable => "unavailable",
            Self::ServerFault => "server_fault",
        }
    }
}

impl Retry {
    /// The longest wait the crate gives (`retry_after`, [`RateLimit::wait`]): one day. A
    /// longer one read (a `Retry-After` of `u64::MAX` seconds, a reset in the year 9999) is
    /// given as this: the server said "not soon", which no client waits out, and
    /// `Instant::now() + wait` cannot overflow and panic. A caller still bounds the wait by its
    /// own budget (`wait.min(budget)`).
    ///
    /// [`RateLimit::wait`]: crate::RateLimit::wait
    pub const MAX_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

    /// Every retry class, in declaration order.
    pub const ALL: &'static [Self] = &[
        Self::Never,
        Self::AfterWindow,
        Self::WithBackoff,
        Self::AfterReauthenticating,
        Self::WithNonce,
    ];

    /// The advice for an error status from `vendor` when nothing else is known (a code the
    /// catalog lacks, a body that is not the vendor's): the rule of [`Kind::retry`] over
    /// [`Kind::of_status`], except that FINBOURNE's own SDK retries LUSID's 409 with backoff.
    /// `Never` for a status below 400.
    pub const fn of_status(vendor: Vendor, status: StatusCode) -> Self {
        match Kind::of_status(status) {
            Some(Kind::Conflict) if status.as_u16() == 409 && vendor.retries_conflicts() => {
                Self::WithBackoff
            }
            Some(kind) => kind.retry(),
            None => Self::Never,
        }
    }

    /// The snake_case name used in `data/`, such as `"after_window"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Never => "never",
            Self::AfterWindow => "after_window",
            Self::WithBackoff => "with_backoff",
            Self::AfterReauthenticating => "after_reauthenticating",
            Self::WithNonce => "with_nonce",
        }
    }

    /// Whether sending the request again can succeed at all.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Self::Never)
    }

    /// How long a device-flow poll waits after the OAuth `error` (RFC 8628, section 3.5),
    /// whoever sends it: 5 s after `authorization_pending` (the interval a client uses when
    /// the device authorization response gave none) and 10 s after `slow_down` (that interval
    /// plus the 5 s a client must add); `None` for any other error.
    pub(crate) fn device_poll_wait(error: &str) -> Option<Duration> {
        const INTERVAL: Duration = Duration::from_secs(5);
        match error {
            "authorization_pending" => Some(INTERVAL),
            "slow_down" => Some(INTERVAL.saturating_add(INTERVAL)),
            _ => None,
        }
    }
}

impl fmt::Display for Kind {
    /// Writes [`Kind::as_str`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Display for Retry {
    /// Writes [`Retry::as_str`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
