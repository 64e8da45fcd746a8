//! Amazon Cognito user pools (the `cognito-idp` API): its exceptions, the errors each of its
//! operations may raise, and its AWS JSON 1.1 error body.
//!
//! Source: botocore's service model of `cognito-idp` (2016-04-18), cut to its operations' error
//! lists and exception shapes and kept in `data/sources/cognito/` with its commit. See
//! `data/README.md` in the crate.
//!
//! An error names its exception in the body's `__type` ([`ErrorCode`], such as
//! `UserNotFoundException`); [`Operation::errors`] says which exceptions an operation's model
//! lists, so a client can match on exactly what `InitiateAuth` may return; [`ErrorBody`] reads
//! and writes the body itself.

mod error_body;
mod error_code;
mod operation;

pub use error_body::ErrorBody;
pub use error_code::ErrorCode;
pub use operation::{Operation, UnknownOperation};
