use crate::catalog::integer_keyed;
use crate::identity_cloud::Category;

include!(concat!(env!("OUT_DIR"), "/identity_cloud_error_code.rs"));

define_identity_cloud_error_code! {
    /// An Identity Cloud Registration error: the integer `code` of an error response, such as
    /// `415` (`authorization_code_expired`).
    ///
    /// Registration codes look like HTTP statuses but are not: 415 here is an expired
    /// authorization code, not an unsupported media type.
    ///
    /// One variant per row of the documentation's table (43). The table repeats the `error`
    /// string `unknown_application` for codes 221 and 352 (352 with the description of 214); both
    /// rows are kept, 352 as [`ErrorCode::UnknownApplication352`].
    ///
    /// `Display`, `FromStr` and serde use the integer code.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// let error = ErrorCode::from_code(415).unwrap();
    /// assert_eq!(error.error(), "authorization_code_expired");
    /// assert_eq!(serde_json::to_string(&error).unwrap(), "415");
    /// ```
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    #[non_exhaustive]
    pub enum ErrorCode
}

impl ErrorCode {
    /// Every error, in code order.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::ALL.len(), 43);
    /// ```
    pub const ALL: &'static [Self] = ALL;

    /// Looks up a code; `None` for one the catalog lacks (see [`ErrorCode::catch_all`]).
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code(100), Some(ErrorCode::MissingArgument));
    /// assert_eq!(ErrorCode::from_code(225), None);
    /// ```
    pub const fn from_code(code: u16) -> Option<Self> {
        lookup(code)
    }

    /// The entry for `code`, or, where the catalog lacks it, its catch-all: the documentation
    /// makes a code that is a multiple of 10 or 100 the catch-all for the codes below it, so
    /// this tries the multiple of 10 at or below the code, then the multiple of 100. `None` when
    /// neither is listed.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::catch_all(415), Some(ErrorCode::AuthorizationCodeExpired));
    /// assert_eq!(ErrorCode::catch_all(364), Some(ErrorCode::ConstraintViolation)); // 360
    /// assert_eq!(ErrorCode::catch_all(225), Some(ErrorCode::InvalidArgument)); // 200
    /// assert_eq!(ErrorCode::catch_all(999), None);
    /// ```
    pub const fn catch_all(code: u16) -> Option<Self> {
        if let Some(error) = lookup(code) {
            return Some(error);
        }
        if let Some(error) = lookup(code - code % 10) {
            return Some(error);
        }
        lookup(code - code % 100)
    }

    /// The integer code.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::AccessTokenExpired.code(), 414);
    /// ```
    pub const fn code(self) -> u16 {
        CODES[self as usize]
    }

    /// The machine-readable `error` string, such as `"access_token_expired"`.
    ///
    /// Not unique: codes 221 and 352 both have `"unknown_application"`.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::AccessTokenExpired.error(), "access_token_expired");
    /// ```
    pub const fn error(self) -> &'static str {
        ERRORS[self as usize]
    }

    /// What the error means, as the documentation words it.
    ///
    /// ```
    /// use identity_errors::identity_cloud::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::AccessTokenExpired.description(), "The supplied access token has expired.");
    /// ```
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize]
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

integer_keyed!(ErrorCode, "Identity Cloud Registration error", u16);
