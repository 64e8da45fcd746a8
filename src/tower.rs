//! A `tower::retry::Policy` over `http` requests and responses (feature `tower`, tower 0.5):
//! each error answer sent again as [`RetryPolicy`] decides, after the wait the vendor gives.
//!
//! ```
//! use identity_errors::tower::VendorRetry;
//! use identity_errors::Vendor;
//!
//! let layer = tower::retry::RetryLayer::new(VendorRetry::new(Vendor::Okta));
//! # let _ = layer;
//! ```
//!
//! A `tower` policy decides from the response without reading its body, which is still to
//! come when it is asked (a stream, for hyper): the advice is the one for the status and the
//! wait the one the headers give (Okta's `X-Rate-Limit-Reset` by Okta's clock, a
//! `Retry-After`), as for an answer whose body is not the vendor's ([`Error::Unrecognized`]).
//! That is the advice for every code whose status carries it (Okta's 429s, 5xx); a code whose
//! advice differs from its status's is told apart only with the body, by
//! [`crate::reqwest_middleware`] or [`Error::from_parts`].

use crate::retry_policy::{Decision, RetryPolicy};
use crate::{Error, Vendor};
use std::pin::Pin;
use std::time::{Duration, Instant};

/// A `tower::retry::Policy` for calls to one vendor: clones each request whose body is
/// `Clone` (a request that cannot be cloned is sent once), and sends it again while its answer
/// is an error that [`RetryPolicy`] says to retry. Each call counts its own attempts (tower
/// clones the policy per call).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VendorRetry {
    vendor: Vendor,
    policy: RetryPolicy,
    attempt: u32,
    start: Option<Instant>,
}

impl VendorRetry {
    /// For calls to `vendor`, with [`RetryPolicy::DEFAULT`].
    pub const fn new(vendor: Vendor) -> Self {
        Self {
            vendor,
            policy: RetryPolicy::DEFAULT,
            attempt: 0,
            start: None,
        }
    }

    /// With `policy` instead.
    #[must_use]
    pub const fn with_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The vendor its answers are read as.
    pub const fn vendor(&self) -> Vendor {
        self.vendor
    }

    /// The policy it retries by.
    pub const fn policy(&self) -> RetryPolicy {
        self.policy
    }

    /// The wait before sending again after `response`, or `None` to give it back.
    fn wait_after<B>(&mut self, response: &http::Response<B>) -> Option<Duration> {
        let start = *self.start.get_or_insert_with(Instant::now);
        self.attempt += 1;
        let error = Error::from_head(self.vendor, response.status(), response.headers())?;
        let decision = self.policy.decide(&error, self.attempt, start.elapsed());
        #[cfg(feature = "tracing")]
        crate::tracing::decided(&error, self.attempt, &decision);
        match decision {
            // At once means with a new DPoP proof, which only the caller can make.
            Decision::RetryAfter(wait) if !wait.is_zero() => Some(wait),
            _ => None,
        }
    }
}

impl<Q: Clone, S, E> ::tower::retry::Policy<http::Request<Q>, http::Response<S>, E>
    for VendorRetry
{
    type Future = Pin<Box<tokio::time::Sleep>>;

    fn retry(
        &mut self,
        _request: &mut http::Request<Q>,
        result: &mut Result<http::Response<S>, E>,
    ) -> Option<Self::Future> {
        // A failed connection has no answer to take advice from: it is given back.
        let response = result.as_ref().ok()?;
        let wait = self.wait_after(response)?;
        Some(Box::pin(tokio::time::sleep(wait)))
    }

    fn clone_request(&mut self, request: &http::Request<Q>) -> Option<http::Request<Q>> {
        let mut clone = http::Request::new(request.body().clone());
        *clone.method_mut() = request.method().clone();
        *clone.uri_mut() = request.uri().clone();
        *clone.version_mut() = request.version();
        *clone.headers_mut() = request.headers().clone();
        *clone.extensions_mut() = request.extensions().clone();
        Some(clone)
    }
}
