//! Feature `tracing`: an [`Error`] as one structured `tracing` event, its parts as fields a
//! log backend can filter and count on, beside the one-line `Display` as the message.
//!
//! `tracing::error!(error = %e)` already logs the line (`E0000047: API call exceeded rate
//! limit ... (errorId: oae..)`); what a dashboard needs is the parts apart: which vendor, which
//! status, which code, whether to retry, the id for the support ticket. [`Error::emit`] writes
//! them as fields of one event, with the names below, the same for every vendor:
//!
//! | field | value |
//! |---|---|
//! | `vendor` | [`Vendor::as_str`](crate::Vendor::as_str): `okta`, `identity-cloud`, .. |
//! | `status` | the HTTP status received, a number |
//! | `code` | [`Error::code`], the wire code as text; absent for [`Error::Unrecognized`] |
//! | `kind` | [`Error::kind`] as `data/README.md` spells it: `rate_limited`, .. |
//! | `retry` | [`Error::retry`]: `never`, `after_window`, .. |
//! | `retry_after_ms` | [`Error::retry_after`] in milliseconds, where the answer says |
//! | `correlation_id` | [`Error::correlation_id`], where the answer has one |
//!
//! The event's target is `identity_errors`. With the `reqwest-middleware` or `tower` feature
//! too, each retry their policies decide is a `DEBUG` event of the same target with the same
//! fields and `attempt` and `wait_ms` (or `give_up`, the reason), so a retried call is not
//! silent.
//!
//! The `tracing` crate is built without its `attributes` feature (no proc macros).
//!
//! ```
//! use identity_errors::{okta, Error};
//!
//! let error = Error::from(okta::ErrorBody::resource_not_found("User 00u1").with_error_id("oae1"));
//! // vendor="okta" status=404 code=E0000007 kind="not_found" retry="never" correlation_id="oae1"
//! error.emit(tracing::Level::WARN);
//! ```

use crate::retry_policy::{Decision, GiveUp};
use crate::Error;
use tracing::Level;

/// One event at `$level` (a runtime value: `tracing::event!` takes a constant) with the
/// error's fields, then the extra fields and the message given.
macro_rules! event_at {
    ($level:expr, $error:expr, $($rest:tt)*) => {{
        let error: &Error = $error;
        macro_rules! one {
            ($constant:expr) => {
                ::tracing::event!(
                    target: "identity_errors",
                    $constant,
                    vendor = error.vendor().as_str(),
                    status = error.status().as_u16(),
                    code = error.code().map(::tracing::field::display),
                    kind = error.kind().as_str(),
                    retry = error.retry().as_str(),
                    retry_after_ms = error.retry_after().map(millis),
                    correlation_id = error.correlation_id(),
                    $($rest)*
                )
            };
        }
        let level: Level = $level;
        if level == Level::ERROR {
            one!(Level::ERROR)
        } else if level == Level::WARN {
            one!(Level::WARN)
        } else if level == Level::INFO {
            one!(Level::INFO)
        } else if level == Level::DEBUG {
            one!(Level::DEBUG)
        } else {
            one!(Level::TRACE)
        }
    }};
}

impl Error {
    /// Records the error as one `tracing` event at `level` (target `identity_errors`), its
    /// vendor, status, code, kind, retry advice, wait and correlation id as fields (the
    /// [module](crate::tracing)'s table, with its example) and its one-line `Display` as the
    /// message.
    pub fn emit(&self, level: Level) {
        event_at!(level, self, "{}", self);
    }
}

/// The `DEBUG` event of a retry policy's decision on `error`, after the `attempt`-th request.
#[cfg_attr(
    not(any(feature = "reqwest-middleware", feature = "tower")),
    allow(dead_code)
)]
pub(crate) fn decided(error: &Error, attempt: u32, decision: &Decision) {
    match decision {
        Decision::RetryAfter(wait) => event_at!(
            Level::DEBUG,
            error,
            attempt,
            wait_ms = millis(*wait),
            "sending again after {wait:?}: {error}"
        ),
        Decision::GiveUp(reason) => event_at!(
            Level::DEBUG,
            error,
            attempt,
            give_up = give_up(reason),
            "giving up: {error}"
        ),
    }
}

/// A wait in whole milliseconds, saturating (a `Duration` holds more than `u64` milliseconds).
fn millis(wait: std::time::Duration) -> u64 {
    u64::try_from(wait.as_millis()).unwrap_or(u64::MAX)
}

/// Why a policy gave up, as a field value.
fn give_up(reason: &GiveUp) -> &'static str {
    match reason {
        GiveUp::NotRetryable => "not_retryable",
        GiveUp::Reauthenticate => "reauthenticate",
        GiveUp::Attempts => "attempts",
        GiveUp::WaitTooLong(_) => "wait_too_long",
        // GiveUp is non_exhaustive only for users; the crate's own match sees every reason.
    }
}
