use super::ClientCode;
use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `ErrorCode` (its documentation is error_code.md), the column tables (CODES, CLIENT_CODES, ..)
// and `lookup` are generated from data/firebase_errors.tsv into generated/error_code.rs by
// identity-errors-codegen.
include!("generated/error_code.rs");

/// How the Firebase JS SDK reaches a server code's client code
/// (`_performFetchWithErrorHandling`, `packages/auth/src/api/index.ts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mapping {
    /// One of the three codes the SDK checks before its map: `FEDERATED_USER_ID_ALREADY_LINKED`,
    /// `EMAIL_EXISTS`, `USER_DISABLED`.
    SpecialCase,
    /// The SDK's `SERVER_ERROR_MAP`.
    Map,
    /// The SDK's fallback for a code in neither: the code in lower case, each run of `_` a `-`,
    /// after `auth/`.
    Fallback,
}

impl ErrorCode {
    /// Every server code, in the order of the SDK's `ServerError` enum.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact server code; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::firebase::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code("EMAIL_NOT_FOUND"), Some(ErrorCode::EmailNotFound));
    /// assert_eq!(ErrorCode::from_code("email_not_found"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The server code, such as `"EMAIL_NOT_FOUND"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The client code the JS SDK throws for this server code (`auth/user-not-found` for
    /// `EMAIL_NOT_FOUND`), by the SDK's own mapping: its three special cases, then
    /// `SERVER_ERROR_MAP`, else its fallback rule. The fallback makes `auth/missing-code` of
    /// `MISSING_CODE`, which is no `AuthErrorCode` value; [`client`](Self::client) is `None` there.
    pub const fn client_code(self) -> &'static str {
        CLIENT_CODES[self as usize]
    }

    /// The client code as a [`ClientCode`]; `None` for the one server code whose client code
    /// the SDK's catalog lacks (`MISSING_CODE`).
    pub const fn client(self) -> Option<ClientCode> {
        CLIENTS[self as usize]
    }

    /// How the SDK reaches [`client_code`](Self::client_code).
    pub const fn mapping(self) -> Mapping {
        MAPPINGS[self as usize]
    }

    /// The SDK's debug message of the client code, the SDK's own words for the error (the
    /// server codes have no text of their own in the source); the server code itself for
    /// `MISSING_CODE`, whose client code has none.
    pub const fn title(self) -> &'static str {
        match self.client() {
            Some(client) => client.title(),
            None => self.code(),
        }
    }

    /// The HTTP status for a response carrying this error.
    ///
    /// **The crate's choice**: the SDK gives no status per code; Identity Toolkit answers its
    /// errors 400 (data/README.md, "Firebase"). A client reads the status received.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// Whether the kind and retry are the vendor's own words (`TOO_MANY_ATTEMPTS_TRY_LATER`)
    /// rather than the crate's choice by data/README.md's rule.
    pub const fn is_advice_published(self) -> bool {
        ADVICE_PUBLISHED[self as usize]
    }
}

catalog!(
    ErrorCode, Firebase, "Firebase server code", str,
    description: |_| None,
    status: |error| Some(error.status()),
);
