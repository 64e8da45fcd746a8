//! Vendor-correct retries for a `reqwest_middleware` client (feature `reqwest-middleware`,
//! reqwest-middleware 0.5): one middleware that reads each error answer as the vendor's
//! [`Error`] and retries as [`RetryPolicy`] decides, waiting what the vendor says (Okta's
//! `X-Rate-Limit-Reset` by Okta's clock, a `Retry-After`).
//!
//! ```
//! use identity_errors::reqwest_middleware::RetryMiddleware;
//! use identity_errors::Vendor;
//!
//! let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
//!     .with(RetryMiddleware::new(Vendor::Okta))
//!     .build();
//! # let _ = client;
//! ```
//!
//! Why not `reqwest-retry`: its retry policies (`retry_policies::RetryPolicy`) are asked when to
//! retry knowing only the attempt number and the start time, never the response, so no policy
//! of its can wait for Okta's `X-Rate-Limit-Reset`; and its `RetryableStrategy` sees the
//! response but not its body, where Okta's code (and so the advice) is. This middleware does
//! both in one place.

use crate::retry_policy::{Decision, RetryPolicy};
use crate::{Error, Vendor};
use ::reqwest::{Request, Response, ResponseBuilderExt};
use ::reqwest_middleware::{Middleware, Next};
use http::Extensions;
use std::time::Instant;

/// Sends a request again while its answer is an error that [`RetryPolicy`] says to retry,
/// after the wait it says; gives the last answer otherwise, as it came (status, headers and
/// body).
///
/// What it leaves to the caller, who alone can do it: a new token for
/// [`Retry::AfterReauthenticating`], a new DPoP proof for [`Retry::WithNonce`] (both answers are
/// given back at once), an error answered with a status below 400 (Identity Cloud's HTTP 200,
/// read with [`crate::reqwest::ResponseExt`]), a failed connection (no answer to read advice
/// from), and a request whose body is a stream (it cannot be sent twice, so it is sent once).
///
/// [`Retry::AfterReauthenticating`]: crate::Retry::AfterReauthenticating
/// [`Retry::WithNonce`]: crate::Retry::WithNonce
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryMiddleware {
    vendor: Vendor,
    policy: RetryPolicy,
}

impl RetryMiddleware {
    /// For calls to `vendor`, with [`RetryPolicy::DEFAULT`].
    pub const fn new(vendor: Vendor) -> Self {
        Self {
            vendor,
            policy: RetryPolicy::DEFAULT,
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
}

#[async_trait::async_trait]
impl Middleware for RetryMiddleware {
    async fn handle(
        &self,
        request: Request,
        extensions: &mut Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<Response> {
        let start = Instant::now();
        let mut request = request;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let Some(again) = request.try_clone() else {
                return next.run(request, extensions).await;
            };
            let response = next.clone().run(request, extensions).await?;
            let status = response.status();
            if !(status.is_client_error() || status.is_server_error()) {
                return Ok(response);
            }
            let (response, error) = read(self.vendor, response).await?;
            let decision = error.map(|error| {
                let decision = self.policy.decide(&error, attempt, start.elapsed());
                #[cfg(feature = "tracing")]
                crate::tracing::decided(&error, attempt, &decision);
                decision
            });
            match decision {
                Some(Decision::RetryAfter(wait)) if !wait.is_zero() => {
                    tokio::time::sleep(wait).await;
                }
                // At once means with a new DPoP proof, which only the caller can make.
                _ => return Ok(response),
            }
            request = again;
        }
    }
}

/// The vendor's error `response` carries, and the response itself, rebuilt from what was read
/// (its body had to be read to know the code) so that the caller gets it as it came.
async fn read(
    vendor: Vendor,
    mut response: Response,
) -> reqwest_middleware::Result<(Response, Option<Error>)> {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let headers = std::mem::take(response.headers_mut());
    let kept = std::mem::take(response.extensions_mut());
    let body = response.bytes().await?;
    let error = Error::from_parts(vendor, status, &headers, &body);
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    *rebuilt.extensions_mut() = kept;
    // The URL, which reqwest keeps beside the parts, goes back through its builder extension.
    let (mut parts, body) = rebuilt.into_parts();
    if let Ok(with_url) = http::Response::builder().url(url).body(()) {
        parts.extensions.extend(with_url.into_parts().0.extensions);
    }
    Ok((
        Response::from(http::Response::from_parts(parts, body)),
        error,
    ))
}
