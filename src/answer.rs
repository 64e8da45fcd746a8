//! Whether a response is an error at all: the one rule, for every vendor and status.

use http::header::HeaderMap;
use http::StatusCode;

/// What a response is, by the one rule `Error::from_parts` applies
/// (`tests/never_success.rs` checks it over every status from 100 to 599).
pub(crate) enum Answer {
    /// None of the below.
    NotAnError,
    /// A redirect (3xx) whose `Location` has an `error` parameter in its query or fragment, even
    /// if its parameters are repeated or malformed: how an authorization endpoint answers an
    /// error (RFC 6749, section 4.1.2.1).
    Redirect,
    /// Any status from 400 to 599, whatever the body (a proxy's page or an empty body is still a
    /// failure); or any other status with a body that says it is the vendor's error, however
    /// malformed the rest is: Identity Cloud's `"stat":"error"` (Capture answers errors with
    /// HTTP 200), Okta's `errorCode` with `errorSummary` (`E0000070` comes with HTTP 202). A
    /// LUSID body says nothing at a success status: its only required member, `code`, is too
    /// common a name.
    Body,
}

impl Answer {
    /// What the response with `status` and `headers` is; `says_error` tells, for a status
    /// below 400, whether its body says it is one of the vendor's errors (asked only then).
    pub(crate) fn of(
        status: StatusCode,
        headers: &HeaderMap,
        says_error: impl FnOnce() -> bool,
    ) -> Self {
        if status.is_client_error() || status.is_server_error() {
            return Self::Body;
        }
        if status.is_redirection() && crate::probe::location_has_error(headers) {
            return Self::Redirect;
        }
        if says_error() {
            Self::Body
        } else {
            Self::NotAnError
        }
    }
}
