//! Microsoft Entra ID (formerly Azure Active Directory): its AADSTS error codes, the `error`
//! values of its OAuth 2.0 responses, and its suberrors.
//!
//! Source: Microsoft's "Microsoft Entra authentication and authorization error codes" page and
//! its claims-challenge and native-authentication pages, kept byte for byte in
//! `data/sources/entra/` with their commit. See `data/README.md` in the crate.
//!
//! An Entra token error names its failure twice: the OAuth `error` ([`OAuthErrorCode`], such as
//! `invalid_grant`) and the AADSTS codes of `error_codes` and the `error_description`'s
//! `AADSTS<n>:` prefix ([`ErrorCode`], such as 50126), with a [`Suberror`] in some native
//! authentication answers.

mod claims_challenge;
mod error_code;
mod oauth_error_body;
mod oauth_error_code;
mod suberror;

pub use claims_challenge::ClaimsChallenge;
pub use error_code::ErrorCode;
pub use oauth_error_body::OAuthErrorBody;
pub use oauth_error_code::OAuthErrorCode;
pub use suberror::Suberror;
