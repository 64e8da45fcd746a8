//! FINBOURNE LUSID: Identity API error codes.
//!
//! Source: LUSID's "Identity error codes" documentation, with FINBOURNE's identity OpenAPI
//! specification. See `data/` in the crate.

mod error_code;

pub use error_code::ErrorCode;
