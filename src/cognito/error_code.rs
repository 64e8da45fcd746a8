use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `ErrorCode` (its documentation is error_code.md), the column tables (CODES, FAULTS, ..) and
// `lookup` are generated from data/cognito_errors.tsv into generated/error_code.rs by
// identity-errors-codegen.
include!("generated/error_code.rs");

impl ErrorCode {
    /// Every exception, sorted by shape name.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact shape name, as `__type` carries it after any namespace; `None` for
    /// one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::cognito::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code("UserNotFoundException"), Some(ErrorCode::UserNotFound));
    /// assert_eq!(ErrorCode::from_code("UserNotFound"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The shape name, the `__type` AWS sends, such as `"UserNotFoundException"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The model's documentation of the exception, exactly as botocore's service model writes
    /// it, HTML tags kept (`"<p>This exception is thrown when a user isn't found.</p>"`).
    pub const fn title(self) -> &'static str {
        DOCUMENTATIONS[self as usize]
    }

    /// Whether the model marks the exception a server fault (`"fault": true`:
    /// `InternalErrorException` and `InternalServerException`).
    pub const fn is_fault(self) -> bool {
        FAULTS[self as usize]
    }

    /// The HTTP status for a response carrying this error.
    ///
    /// **The crate's choice**: the model gives no status for any Cognito exception. 500 for a
    /// fault, 400 for every other error, as AWS JSON 1.1 answers an error without an HTTP
    /// status of its own (data/README.md, "Cognito"). A client reads the status received.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// Whether the kind and retry are botocore's (its standard retry mode retries the code as
    /// throttling) rather than the crate's choice by data/README.md's rule.
    pub const fn is_advice_published(self) -> bool {
        ADVICE_PUBLISHED[self as usize]
    }
}

catalog!(
    ErrorCode, Cognito, "Cognito exception", str,
    description: |_| None,
    status: |error| Some(error.status()),
);
