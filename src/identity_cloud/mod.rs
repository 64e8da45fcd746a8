//! Akamai Identity Cloud (formerly Janrain Capture): Registration error codes.
//!
//! Source: Identity Cloud's "Registration error codes" documentation. See `data/` in the crate.

mod category;
mod error_body;
mod error_code;

pub use category::Category;
pub use error_body::ErrorBody;
pub use error_code::ErrorCode;
