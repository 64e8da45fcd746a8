//! A `reqwest::Response` read in one call: its body when the call succeeded, else the vendor's
//! typed [`Error`] (feature `reqwest`, reqwest 0.13; the crate turns on none of reqwest's
//! features: TLS is the one the application's own reqwest dependency chooses).
//!
//! ```no_run
//! use identity_errors::reqwest::{CallError, RequestBuilderExt};
//! use identity_errors::Vendor;
//!
//! # async fn run(client: reqwest::Client) -> Result<(), CallError> {
//! let url = "https://example.okta.com/api/v1/users/me";
//! let body = client.get(url).send_or_error(Vendor::Okta).await?;
//! # Ok(()) }
//! ```
//!
//! The error is the vendor's, with its advice:
//!
//! ```no_run
//! use identity_errors::reqwest::{CallError, RequestBuilderExt};
//! use identity_errors::{Retry, Vendor};
//!
//! # async fn run(client: reqwest::Client) -> Result<(), Box<dyn std::error::Error>> {
//! let url = "https://example.okta.com/api/v1/users/me";
//! match client.get(url).send_or_error(Vendor::Okta).await {
//!     Ok(body) => println!("{} bytes", body.len()),
//!     Err(CallError::Vendor(error)) if error.retry() == Retry::AfterWindow => {
//!         println!("again in {:?}", error.retry_after())
//!     }
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! A client that follows redirects (reqwest's default) still sees an authorization endpoint's
//! error redirect through [`RequestBuilderExt`]: where the answer came from another URL than
//! the one asked for, and that URL (the last `Location` followed) reads as one of the vendor's
//! error redirects (`?error=access_denied&state=..` at the client's `redirect_uri`), that error
//! is returned, with the status `302 Found` (reqwest keeps no status of the redirects it
//! followed) and the URL as its `Location`. [`ResponseExt`], on a response already received,
//! cannot tell, and a client that turns redirect following off
//! (`reqwest::redirect::Policy::none()`) gets the redirect as it came.

use crate::{Error, Vendor};
use ::reqwest::Url;
use bytes::Bytes;
use http::header::{HeaderMap, HeaderValue, LOCATION};
use http::StatusCode;
use serde::de::DeserializeOwned;
use std::future::Future;

/// Why a call through reqwest did not give its body.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CallError {
    /// The vendor answered with an error.
    #[error(transparent)]
    Vendor(#[from] Error),
    /// No answer, or not all of it: the connection, a timeout, the body cut short.
    #[error(transparent)]
    Transport(#[from] ::reqwest::Error),
    /// A success whose body is not the JSON asked for ([`ResponseExt::json_or_error`]).
    #[error("the vendor answered with success, but its body is not the JSON expected: {0}")]
    Json(#[source] serde_json::Error),
}

impl CallError {
    /// The vendor's error, if the vendor answered with one.
    pub fn vendor_error(&self) -> Option<&Error> {
        match self {
            Self::Vendor(error) => Some(error),
            _ => None,
        }
    }
}

/// Reads a `reqwest::Response` as [`Error::from_parts`] does, without the caller cloning its
/// headers before `bytes()` takes it. Sealed: implemented for `reqwest::Response` only.
pub trait ResponseExt: sealed::Response {
    /// The body of a successful call, else the vendor's [`Error`] or the transport's. An error
    /// redirect the client followed is not seen here (the response does not say which URL was
    /// asked for): send with [`RequestBuilderExt`], or turn redirect following off.
    fn bytes_or_error(
        self,
        vendor: Vendor,
    ) -> impl Future<Output = Result<Bytes, CallError>> + Send;

    /// As [`bytes_or_error`](Self::bytes_or_error), the body of a success read as JSON.
    fn json_or_error<T: DeserializeOwned>(
        self,
        vendor: Vendor,
    ) -> impl Future<Output = Result<T, CallError>> + Send;
}

/// Sends a `reqwest::RequestBuilder` and reads its answer as [`ResponseExt`] does, an error
/// redirect the client followed included: it knows the URL asked for, so a response from
/// another URL came through redirects, and where that URL reads as one of the vendor's error
/// redirects, it is that error. Sealed: implemented for `reqwest::RequestBuilder` only.
pub trait RequestBuilderExt: sealed::RequestBuilder {
    /// The body of a successful call, else the vendor's [`Error`] or the transport's.
    fn send_or_error(self, vendor: Vendor)
        -> impl Future<Output = Result<Bytes, CallError>> + Send;

    /// As [`send_or_error`](Self::send_or_error), the body of a success read as JSON.
    fn send_json_or_error<T: DeserializeOwned>(
        self,
        vendor: Vendor,
    ) -> impl Future<Output = Result<T, CallError>> + Send;
}

mod sealed {
    pub trait Response {}
    impl Response for ::reqwest::Response {}
    pub trait RequestBuilder {}
    impl RequestBuilder for ::reqwest::RequestBuilder {}
}

impl ResponseExt for ::reqwest::Response {
    async fn bytes_or_error(self, vendor: Vendor) -> Result<Bytes, CallError> {
        read(self, vendor, None).await
    }

    async fn json_or_error<T: DeserializeOwned>(self, vendor: Vendor) -> Result<T, CallError> {
        json(read(self, vendor, None).await?)
    }
}

impl RequestBuilderExt for ::reqwest::RequestBuilder {
    async fn send_or_error(self, vendor: Vendor) -> Result<Bytes, CallError> {
        let (client, request) = self.build_split();
        let request = request?;
        let asked = request.url().clone();
        let response = client.execute(request).await?;
        read(response, vendor, Some(&asked)).await
    }

    async fn send_json_or_error<T: DeserializeOwned>(self, vendor: Vendor) -> Result<T, CallError> {
        json(self.send_or_error(vendor).await?)
    }
}

/// The body of `response` if it is a success, else its error; `asked`, where known, the URL
/// the request was sent to (a response from another one followed redirects).
async fn read(
    mut response: ::reqwest::Response,
    vendor: Vendor,
    asked: Option<&Url>,
) -> Result<Bytes, CallError> {
    let status = response.status();
    // Taken rather than cloned: `bytes()` consumes the response, its headers with it.
    let headers = std::mem::take(response.headers_mut());
    let followed = match asked {
        Some(asked) if asked != response.url() => followed_error(vendor, response.url().as_str()),
        _ => None,
    };
    let body = response.bytes().await?;
    if let Some(error) = Error::from_parts(vendor, status, &headers, &body) {
        return Err(error.into());
    }
    match followed {
        Some(error) => Err(error.into()),
        None => Ok(body),
    }
}

fn json<T: DeserializeOwned>(body: Bytes) -> Result<T, CallError> {
    serde_json::from_slice(&body).map_err(CallError::Json)
}

/// The vendor's error that `url`, the last `Location` a client followed, carries as an error
/// redirect, if it reads as one of the vendor's (a body type of the vendor reads its
/// parameters); a URL with only some `error` parameter of its own is not taken for one.
fn followed_error(vendor: Vendor, url: &str) -> Option<Error> {
    let location = HeaderValue::from_str(url).ok()?;
    let mut headers = HeaderMap::new();
    headers.insert(LOCATION, location);
    // A filter rather than a `match` with a catch-all arm: with no vendor feature on,
    // `Unrecognized` is the only variant and the catch-all would be unreachable.
    Error::from_parts(vendor, StatusCode::FOUND, &headers, b"")
        .filter(|error| !matches!(error, Error::Unrecognized(_)))
}
