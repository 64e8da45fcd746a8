//! Firebase Auth (Google's Identity Toolkit API): its server error codes, the client codes the
//! Firebase JS SDK throws for them, and how one becomes the other.
//!
//! Source: the Firebase JS SDK's `ServerError` and `AuthErrorCode` enums, `SERVER_ERROR_MAP` and
//! `_debugErrorMap`, kept in `data/sources/firebase/` with their commit. See `data/README.md` in
//! the crate.
//!
//! The server names its error in the body's `error.message` ([`ErrorCode`], such as
//! `EMAIL_NOT_FOUND`, possibly followed by ` : ` and a detail); the SDK throws a
//! [`ClientCode`] (`auth/user-not-found`) for it, which [`ErrorCode::client_code`] gives as the
//! SDK's mapping does; [`ErrorBody`] reads and writes the body itself.

mod client_code;
mod error_body;
mod error_code;

pub use client_code::ClientCode;
pub use error_body::{Detail, ErrorBody, ErrorItem};
pub use error_code::{ErrorCode, Mapping};
