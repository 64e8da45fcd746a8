//! Okta: API error codes, OAuth 2.0 / OpenID Connect errors and sign-in failure reasons.
//!
//! Sources: Okta's error-code page and its machine-readable tables (releases 2024.08.1 and
//! 2026.08.1), and Okta's "Common Okta Login Failures" article. See `data/` in the crate.

mod dpop_nonce;
mod error_body;
mod error_cause;
mod error_code;
mod login_failure;
mod oauth_error_body;
mod oauth_error_code;

/// The rate-limit headers Okta sends with every answer: the crate's `RateLimit`, here too, where
/// an Okta user looks for it.
pub use crate::RateLimit;
pub use dpop_nonce::DpopNonce;
pub use error_body::ErrorBody;
pub use error_cause::ErrorCause;
pub use error_code::ErrorCode;
pub use login_failure::LoginFailure;
pub use oauth_error_body::{OAuthErrorBody, RedirectError, ResponseMode};
pub use oauth_error_code::OAuthErrorCode;
