//! Keycloak, the open-source identity and access management server: its OAuth `error` values
//! and the error strings it records on events.
//!
//! Sources: `org.keycloak.OAuthErrorException` and `org.keycloak.events.Errors`, kept byte for
//! byte in `data/sources/keycloak/` with their commit. See `data/README.md` in the crate.
//!
//! An OAuth error body names its error in `error` ([`OAuthErrorCode`], such as
//! `invalid_grant`); Keycloak records an [`EventError`] (such as `invalid_user_credentials`) on
//! the event of a failed request, and some of those strings reach clients as an `error` too.
//! [`OAuthErrorBody`] reads and writes the token endpoint's body (which many admin REST API
//! answers use too), [`AdminErrorBody`] the admin REST API's own (`errorMessage`).

mod error_body;
mod event_error;
mod oauth_error_code;

pub use error_body::{AdminErrorBody, OAuthErrorBody};
pub use event_error::EventError;
pub use oauth_error_code::OAuthErrorCode;
