use crate::catalog::catalog;
use crate::{Kind, Retry};
use http::StatusCode;

// `ErrorCode` (its documentation is error_code.md), the column tables (CODES, NAMES, ..) and
// `lookup` are generated from data/lusid_errors.tsv into
// generated/error_code.rs by identity-errors-codegen.
include!("generated/error_code.rs");

impl ErrorCode {
    /// Every error, in the documentation's order (`-1` last).
    pub const ALL: &'static [Self] = ALL;

    /// Looks up a code; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code(-1), Some(ErrorCode::UnknownError));
    /// assert_eq!(ErrorCode::from_code(0), None);
    /// ```
    pub const fn from_code(code: i64) -> Option<Self> {
        lookup(code)
    }

    /// The integer code.
    pub const fn code(self) -> i64 {
        CODES[self as usize]
    }

    /// The title LUSID publishes, such as `"User does not exist"`.
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// The description LUSID publishes, where it publishes one.
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// The HTTP status for a response carrying this error.
    ///
    /// **The crate's choice**: LUSID does not publish per-code statuses. Chosen as real LUSID
    /// bodies suggest: 404 for what does not exist, 400 for what already exists and other bad
    /// requests, 401 for invalid tokens, 403 for denied access, 500 for server-side failures.
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }

    /// The PascalCase `name` for a problem-details body, such as `"UserDoesNotExist"`; also the
    /// variant's name.
    ///
    /// FINBOURNE's own name where its SDKs' error-code table publishes one (144, 151, 157, 186,
    /// 187). For the other codes, **the crate's choice**: made from the title in the style of the
    /// names real LUSID bodies carry (`PortfolioWithIdAlreadyExists`, `TransactionTypeNotFound`).
    pub const fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Whether FINBOURNE publishes [`name`](Self::name) (in its SDKs' error-code table); if not,
    /// the name is the crate's choice.
    pub const fn is_name_published(self) -> bool {
        NAMES_PUBLISHED[self as usize]
    }
}

catalog!(
    ErrorCode, Lusid, "LUSID error", i64,
    description: ErrorCode::description,
    status: |error| Some(error.status()),
);
