//! Feature `reqwest-retry`: [`VendorStrategy`], a `reqwest_retry::RetryableStrategy` that says
//! which of a vendor's answers `RetryTransientMiddleware` may send again, by the crate's advice.
//!
//! For a client that already has reqwest-retry's middleware. What it adds over reqwest-retry's
//! own strategy (every 5xx, 408 and 429 transient) is the vendor's word: Okta's 429 and a 503
//! are retried, a 501 or an answer that needs a new token is not, LUSID's 409 is
//! (FINBOURNE's SDK retries it), each as [`Error::retry`](crate::Error::retry) says from the
//! status and headers. The wait stays reqwest-retry's: its `RetryPolicy` is asked
//! `should_retry(start, retries)` and never sees the response, so it cannot wait what Okta's
//! `X-Rate-Limit-Reset` says. [`RetryMiddleware`](crate::reqwest_middleware::RetryMiddleware)
//! does, and is the one to use where the waits matter.
//!
//! The strategy reads the status and headers only: the body has not been read when reqwest-retry
//! asks (an answer whose code alone says more, Identity Cloud's errors at HTTP 200, is given back
//! as it came). A failed connection is left to reqwest-retry's
//! `default_on_request_failure`.
//!
//! ```no_run
//! use identity_errors::reqwest_retry::VendorStrategy;
//! use identity_errors::Vendor;
//! use reqwest_retry::{policies::ExponentialBackoff, RetryTransientMiddleware};
//!
//! let backoff = ExponentialBackoff::builder().build_with_max_retries(3);
//! let retry = RetryTransientMiddleware::new_with_policy_and_strategy(backoff, VendorStrategy::new(Vendor::Okta));
//! let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new()).with(retry).build();
//! ```

use crate::{Error, Retry, Vendor};
use reqwest_retry::{default_on_request_failure, Retryable, RetryableStrategy};

/// Whether an answer from a vendor is worth sending again, as the crate's advice says: a
/// `reqwest_retry::RetryableStrategy` (module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VendorStrategy {
    vendor: Vendor,
}

impl VendorStrategy {
    /// The strategy for answers from `vendor`.
    pub const fn new(vendor: Vendor) -> Self {
        Self { vendor }
    }

    /// The vendor its answers are read as.
    pub const fn vendor(&self) -> Vendor {
        self.vendor
    }
}

impl RetryableStrategy for VendorStrategy {
    fn handle(
        &self,
        result: &Result<reqwest::Response, reqwest_middleware::Error>,
    ) -> Option<Retryable> {
        let response = match result {
            Ok(response) => response,
            Err(error) => return default_on_request_failure(error),
        };
        let error = Error::from_head(self.vendor, response.status(), response.headers())?;
        Some(match error.retry() {
            Retry::AfterWindow | Retry::WithBackoff => Retryable::Transient,
            // A new token or a new DPoP proof is the caller's to make: the same request again
            // gets the same answer.
            Retry::Never | Retry::AfterReauthenticating | Retry::WithNonce => Retryable::Fatal,
        })
    }
}
