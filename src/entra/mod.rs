//! Microsoft Entra ID (formerly Azure Active Directory): its AADSTS error codes, the `error`
//! values of its OAuth 2.0 responses, and its suberrors.
//!
//! Source: Microsoft's "Microsoft Entra authentication and authorization error codes" page and
//! its claims-challenge and native-authentication pages, kept byte for byte in
//! `data/sources/entra/` with their commit. See `data/README.md` in the crate.

mod claims_challenge;

pub use claims_challenge::ClaimsChallenge;
