use crate::catalog::catalog;
use crate::identity_cloud::Category;
use crate::{Kind, Retry};

// `ErrorCode` (its documentation is error_code.md), the column tables (CODES, ERRORS, ..) and
// `lookup` are generated from data/identity_cloud_errors.tsv into
// generated/error_code.rs by identity-errors-codegen.
include!("generated/error_code.rs");

impl ErrorCode {
    /// Every error, in code order.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up a code; `None` for one the catalog lacks (see [`ErrorCode::catch_all`]).
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code(100), Some(ErrorCode::MissingArgument));
    /// assert_eq!(ErrorCode::from_code(225), None);
    /// ```
    pub const fn from_code(code: i64) -> Option<Self> {
        lookup(code)
    }

    /// The entry for `code`, or, where the catalog lacks it, its catch-all: the documentation
    /// makes a code that is a multiple of 10 or 100 the catch-all for the codes below it, so this
    /// tries the code's multiple of 10, then the first code of its range (see [`Category`]:
    /// 355 is a data type error, caught by 340, not by the record errors' 300). `None` when
    /// neither is listed, or the code is in no range.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::catch_all(415), Some(ErrorCode::AuthorizationCodeExpired));
    /// assert_eq!(ErrorCode::catch_all(364), Some(ErrorCode::ConstraintViolation)); // 360
    /// assert_eq!(ErrorCode::catch_all(375), Some(ErrorCode::ConstraintViolation)); // 370 is not listed
    /// assert_eq!(ErrorCode::catch_all(225), Some(ErrorCode::InvalidArgument)); // 200
    /// assert_eq!(ErrorCode::catch_all(999), Some(ErrorCode::UnexpectedError)); // 500
    /// assert_eq!(ErrorCode::catch_all(418), None); // neither 410 nor 400 is listed
    /// ```
    pub const fn catch_all(code: i64) -> Option<Self> {
        let Some(category) = Category::of(code) else {
            return None;
        };
        if let Some(error) = lookup(code) {
            return Some(error);
        }
        // Ranges start at multiples of 10, so the multiple of 10 is in the code's range.
        if let Some(error) = lookup(code - code % 10) {
            return Some(error);
        }
        lookup(category.first())
    }

    /// The integer code.
    pub const fn code(self) -> i64 {
        CODES[self as usize]
    }

    /// The `error` string, such as `"access_token_expired"`: Identity Cloud gives no other
    /// name. The same as [`error`](Self::error).
    pub const fn title(self) -> &'static str {
        self.error()
    }

    /// What the error means, as the documentation words it.
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize]
    }

    /// The machine-readable `error` string sent with the code, such as `"access_token_expired"`.
    ///
    /// Not unique: codes 221 and 352 both have `"unknown_application"`.
    pub const fn error(self) -> &'static str {
        ERRORS[self as usize]
    }

    /// The documentation's range the code falls in.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{Category, ErrorCode};
    ///
    /// assert_eq!(ErrorCode::RecordNotFound.category(), Category::Record);
    /// ```
    pub const fn category(self) -> Category {
        CATEGORIES[self as usize]
    }
}

catalog!(
    ErrorCode, IdentityCloud, "Identity Cloud Registration error", i64,
    description: |error| Some(error.description()),
    status: |_| None,
);
