//! Auth0, Okta's customer identity platform: the `error` values of its Authentication API, the
//! error codes of Guardian, its MFA service ([`GuardianErrorCode`]), and the sign-up and login
//! errors its libraries report ([`SignupErrorCode`], [`LoginErrorCode`]); and the types of its
//! tenant log events ([`LogEventType`]), a reference table.
//!
//! Sources: the Authentication API reference's "Errors" page (auth0/docs, legacy), the Guardian
//! Error Code Reference and the "Common Auth0 Library Authentication Errors" page (auth0/docs-v2),
//! kept byte for byte in `data/sources/auth0/` with their commits and sha256. See `data/README.md` in the crate.
//!
//! An Authentication API error body names its error in `error` ([`AuthErrorCode`], such as
//! `invalid_user_password` or `bad.connection`); [`AuthErrorBody`] reads and writes it,
//! [`ManagementErrorBody`] the Management API's (`statusCode`, `error`, `message`, `errorCode`),
//! and [`SignupErrorBody`] a failed sign-up's (`name`, `code`, `description`, `statusCode`).

mod auth_error_code;
mod error_body;
mod guardian_error_code;
mod headers;
mod log_event_type;
mod login_error_code;
mod signup_error_body;
mod signup_error_code;

pub use auth_error_code::AuthErrorCode;
pub use error_body::{AuthErrorBody, ManagementErrorBody};
pub use guardian_error_code::GuardianErrorCode;
pub use log_event_type::LogEventType;
pub use login_error_code::LoginErrorCode;
pub use signup_error_body::SignupErrorBody;
pub use signup_error_code::SignupErrorCode;
