//! When to send a request again: the crate's advice ([`Retry`]) and the wait a response gives,
//! turned into "wait this long, then send it again" or "give up", within limits a caller sets.
//!
//! It is what the vendors' own SDKs do, in one small type with no dependency of its own:
//! Okta's SDKs retry a 429 after `X-Rate-Limit-Reset` minus the response's `Date` (measured by
//! Okta's clock, not the caller's, as [`Error::retry_after`] gives it), a bounded number of
//! times within a total time; the AWS SDKs retry throttling and server faults with exponential
//! backoff and jitter; none of them retries a request the server refused, nor one that needs a
//! new token, without the caller's own step in between. The HTTP integrations use it, and a
//! caller with its own loop can too.

use crate::{Error, Retry};
use std::time::Duration;

/// Limits within which to send a request again, and the delays between attempts.
///
/// [`decide`](Self::decide) reads an error's advice and wait, and says what to do next:
///
/// - [`Retry::AfterWindow`] and [`Retry::WithBackoff`]: after the wait the response gives
///   (Okta's rate-limit headers, a `Retry-After`) where it gives one, else after a backoff that
///   doubles from [`first_delay`](Self::first_delay) with each attempt, the second half of it
///   random (so that clients refused together do not come back together), capped at
///   [`max_delay`](Self::max_delay). A wait the server asks for that is longer than the cap is
///   not shortened (an early retry would only be refused again): the policy gives up.
/// - [`Retry::WithNonce`]: at once (the caller sends a new DPoP proof holding the nonce).
/// - [`Retry::Never`] and [`Retry::AfterReauthenticating`]: give up, saying which, so that a
///   caller can get a new token and start again.
/// - Whatever the advice, give up once [`max_attempts`](Self::max_attempts) requests were sent
///   or when the wait would end past the [`budget`](Self::budget) of total time.
///
/// ```
/// use identity_errors::retry_policy::{Decision, GiveUp, RetryPolicy};
/// use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
/// use identity_errors::{Error, Vendor};
/// use std::time::Duration;
///
/// let mut headers = HeaderMap::new();
/// headers.insert("date", HeaderValue::from_static("Mon, 23 Nov 2026 10:00:00 GMT"));
/// headers.insert("x-rate-limit-reset", HeaderValue::from_static("1795428030"));
/// let body = br#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}"#;
/// let error = Error::from_parts(Vendor::Okta, StatusCode::TOO_MANY_REQUESTS, &headers, body)
///     .expect("a 429 is an error");
///
/// let policy = RetryPolicy::new().with_max_attempts(3);
/// // After the first request: wait what Okta's headers say (its reset, by its clock, + 1 s).
/// assert_eq!(policy.decide(&error, 1, Duration::ZERO), Decision::RetryAfter(Duration::from_secs(31)));
/// // After the third, the attempts are spent.
/// assert_eq!(policy.decide(&error, 3, Duration::from_secs(62)), Decision::GiveUp(GiveUp::Attempts));
/// // A wait past the budget of total time is not waited.
/// let short = policy.with_budget(Duration::from_secs(10));
/// assert_eq!(
///     short.decide(&error, 1, Duration::ZERO),
///     Decision::GiveUp(GiveUp::WaitTooLong(Duration::from_secs(31))),
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryPolicy {
    max_attempts: u32,
    first_delay: Duration,
    max_delay: Duration,
    budget: Duration,
}

/// What to do after a failed attempt, as [`RetryPolicy::decide`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Send the request again after this wait ([`Duration::ZERO`]: at once).
    RetryAfter(Duration),
    /// Do not send it again: the error is the answer.
    GiveUp(GiveUp),
}

/// Why [`RetryPolicy::decide`] gave up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GiveUp {
    /// The advice is [`Retry::Never`]: the same request gets the same error.
    NotRetryable,
    /// The advice is [`Retry::AfterReauthenticating`]: only new credentials or a new token can
    /// change the answer, a step the caller takes (then starts again with a new count).
    Reauthenticate,
    /// [`RetryPolicy::max_attempts`] requests were sent.
    Attempts,
    /// The wait (the one held) is longer than [`RetryPolicy::max_delay`], or would end past
    /// the [`RetryPolicy::budget`] of total time.
    WaitTooLong(Duration),
}

impl RetryPolicy {
    /// Four attempts (the first and three more), backoff from 250 ms, waits of at most
    /// 2 minutes (Okta's windows are a minute: its reset waits are up to 61 s), 5 minutes in all.
    pub const DEFAULT: Self = Self {
        max_attempts: 4,
        first_delay: Duration::from_millis(250),
        max_delay: Duration::from_secs(120),
        budget: Duration::from_secs(300),
    };

    /// [`DEFAULT`](Self::DEFAULT).
    pub const fn new() -> Self {
        Self::DEFAULT
    }

    /// With at most `n` requests in all, the first included (`1`: never again; `0` is taken as
    /// `1`).
    #[must_use]
    pub const fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = if n == 0 { 1 } else { n };
        self
    }

    /// With this backoff after the first attempt, doubled after each next one.
    #[must_use]
    pub const fn with_first_delay(mut self, delay: Duration) -> Self {
        self.first_delay = delay;
        self
    }

    /// With this longest wait: a backoff is capped at it, and a longer wait the server asks
    /// for gives up.
    #[must_use]
    pub const fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// With this total time, from the first request: a wait that would end past it gives up.
    #[must_use]
    pub const fn with_budget(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    /// The most requests sent, the first included.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff after the first attempt.
    pub const fn first_delay(&self) -> Duration {
        self.first_delay
    }

    /// The longest wait.
    pub const fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// The total time.
    pub const fn budget(&self) -> Duration {
        self.budget
    }

    /// What to do after `error`, the answer to attempt number `attempt` (1 for the first
    /// request), `elapsed` after the first request was sent.
    pub fn decide(&self, error: &Error, attempt: u32, elapsed: Duration) -> Decision {
        self.decide_with_jitter(
            error.retry(),
            error.retry_after(),
            attempt,
            elapsed,
            jitter(),
        )
    }

    /// [`decide`](Self::decide) from the advice and the wait themselves, with `jitter` as the
    /// random part of a backoff (any `u64`; `0` waits half the backoff, `u64::MAX` all of it):
    /// for a caller holding no [`Error`], and for results that repeat.
    pub const fn decide_with_jitter(
        &self,
        retry: Retry,
        wait: Option<Duration>,
        attempt: u32,
        elapsed: Duration,
        jitter: u64,
    ) -> Decision {
        let delay = match retry {
            Retry::Never => return Decision::GiveUp(GiveUp::NotRetryable),
            Retry::AfterReauthenticating => return Decision::GiveUp(GiveUp::Reauthenticate),
            Retry::WithNonce => Duration::ZERO,
            Retry::AfterWindow | Retry::WithBackoff => match wait {
                Some(wait) => wait,
                None => self.backoff(attempt, jitter),
            },
        };
        if attempt >= self.max_attempts {
            return Decision::GiveUp(GiveUp::Attempts);
        }
        if delay.as_nanos() > self.max_delay.as_nanos() {
            return Decision::GiveUp(GiveUp::WaitTooLong(delay));
        }
        match elapsed.checked_add(delay) {
            Some(end) if end.as_nanos() <= self.budget.as_nanos() => Decision::RetryAfter(delay),
            _ => Decision::GiveUp(GiveUp::WaitTooLong(delay)),
        }
    }

    /// The backoff after attempt `attempt`: `first_delay` doubled `attempt - 1` times, capped
    /// at `max_delay`, of which the first half is waited whatever `jitter` is and the second
    /// half in proportion to it ("equal jitter": never near zero, never all together).
    const fn backoff(&self, attempt: u32, jitter: u64) -> Duration {
        let doublings = attempt.saturating_sub(1);
        let full = if doublings >= 32 {
            self.max_delay
        } else {
            self.first_delay.saturating_mul(1 << doublings)
        };
        let full = if full.as_nanos() > self.max_delay.as_nanos() {
            self.max_delay
        } else {
            full
        };
        let nanos = full.as_nanos();
        let half = nanos / 2;
        // (nanos - half) * jitter / 2^64: the random share of the second half.
        let random = ((nanos - half) * jitter as u128) >> 64;
        let total = half + random;
        // At most `max_delay`, a `Duration`: its nanoseconds fit its seconds' u64.
        Duration::new(
            (total / 1_000_000_000) as u64,
            (total % 1_000_000_000) as u32,
        )
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A random `u64` for a backoff's jitter, from the operating system; should it refuse (it
/// practically never does), none (half the backoff): a jitter need not be secret.
fn jitter() -> u64 {
    getrandom::u64().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn decide(policy: RetryPolicy, retry: Retry, wait: Option<Duration>, attempt: u32) -> Decision {
        policy.decide_with_jitter(retry, wait, attempt, Duration::ZERO, 0)
    }

    #[test]
    fn gives_up_at_once_on_never_and_reauthentication() {
        let policy = RetryPolicy::new();
        let wait = Some(Duration::from_secs(1));
        assert_eq!(
            decide(policy, Retry::Never, wait, 1),
            Decision::GiveUp(GiveUp::NotRetryable)
        );
        assert_eq!(
            decide(policy, Retry::AfterReauthenticating, wait, 1),
            Decision::GiveUp(GiveUp::Reauthenticate)
        );
    }

    #[test]
    fn waits_what_the_server_says_over_any_backoff() {
        let policy = RetryPolicy::new();
        let wait = Duration::from_secs(31);
        for retry in [Retry::AfterWindow, Retry::WithBackoff] {
            assert_eq!(
                decide(policy, retry, Some(wait), 2),
                Decision::RetryAfter(wait)
            );
        }
        assert_eq!(
            decide(policy, Retry::WithNonce, Some(wait), 1),
            Decision::RetryAfter(Duration::ZERO)
        );
    }

    #[test]
    fn backoff_doubles_with_half_of_it_random_and_is_capped() {
        let policy = RetryPolicy::new()
            .with_first_delay(Duration::from_millis(200))
            .with_max_delay(Duration::from_millis(700))
            .with_max_attempts(10);
        // 200, 400, 800 ms (capped at 700): the first half always, the second by the jitter.
        for (attempt, full) in [(1, 200), (2, 400), (3, 700), (9, 700)] {
            let at = |jitter| {
                policy.decide_with_jitter(Retry::WithBackoff, None, attempt, Duration::ZERO, jitter)
            };
            assert_eq!(
                at(0),
                Decision::RetryAfter(MS * full / 2),
                "attempt {attempt}"
            );
            assert_eq!(
                at(1 << 63),
                Decision::RetryAfter(MS * full * 3 / 4),
                "attempt {attempt}"
            );
            // u64::MAX is 1 - 2^-64 of the second half: within a nanosecond of all of it.
            let Decision::RetryAfter(most) = at(u64::MAX) else {
                panic!("attempt {attempt}: no retry")
            };
            assert!(
                MS * full - most <= Duration::from_nanos(1),
                "attempt {attempt}: {most:?}"
            );
        }
    }

    #[test]
    fn a_huge_attempt_number_or_delay_does_not_overflow() {
        let policy = RetryPolicy::new()
            .with_first_delay(Duration::MAX)
            .with_max_delay(Duration::MAX)
            .with_budget(Duration::MAX)
            .with_max_attempts(u32::MAX);
        assert!(matches!(
            decide(policy, Retry::WithBackoff, None, u32::MAX - 1),
            Decision::RetryAfter(_)
        ));
        let elapsed = Duration::MAX;
        assert_eq!(
            policy.decide_with_jitter(Retry::AfterWindow, Some(MS), 1, elapsed, 0),
            Decision::GiveUp(GiveUp::WaitTooLong(MS))
        );
    }

    #[test]
    fn stops_at_the_attempt_budget_whatever_the_advice() {
        let policy = RetryPolicy::new().with_max_attempts(3);
        for retry in [Retry::AfterWindow, Retry::WithBackoff, Retry::WithNonce] {
            assert!(matches!(
                decide(policy, retry, Some(MS), 2),
                Decision::RetryAfter(_)
            ));
            assert_eq!(
                decide(policy, retry, Some(MS), 3),
                Decision::GiveUp(GiveUp::Attempts)
            );
        }
        assert_eq!(
            decide(
                RetryPolicy::new().with_max_attempts(0),
                Retry::WithBackoff,
                None,
                1
            ),
            Decision::GiveUp(GiveUp::Attempts)
        );
    }

    #[test]
    fn a_wait_past_the_cap_or_the_budget_is_not_waited() {
        let policy = RetryPolicy::new()
            .with_max_delay(Duration::from_secs(60))
            .with_budget(Duration::from_secs(100));
        let long = Duration::from_secs(61);
        assert_eq!(
            decide(policy, Retry::AfterWindow, Some(long), 1),
            Decision::GiveUp(GiveUp::WaitTooLong(long))
        );
        let wait = Duration::from_secs(30);
        let at = |elapsed| policy.decide_with_jitter(Retry::AfterWindow, Some(wait), 1, elapsed, 0);
        assert_eq!(at(Duration::from_secs(70)), Decision::RetryAfter(wait));
        assert_eq!(
            at(Duration::from_secs(71)),
            Decision::GiveUp(GiveUp::WaitTooLong(wait))
        );
    }
}
