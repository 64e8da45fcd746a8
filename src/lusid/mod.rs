//! FINBOURNE LUSID: Identity API error codes.
//!
//! Source: LUSID's "Identity error codes" documentation, with FINBOURNE's identity OpenAPI
//! specification. See `data/` in the crate.

mod error_code;
mod problem_details;

pub use error_code::ErrorCode;
pub use problem_details::ProblemDetails;
