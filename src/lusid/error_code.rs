use crate::catalog::integer_keyed;
use http::StatusCode;

include!(concat!(env!("OUT_DIR"), "/lusid_error_code.rs"));

define_lusid_error_code! {
    /// A LUSID Identity API error: the integer `code` of a LUSID problem-details body, such as
    /// `657` (User does not exist).
    ///
    /// One variant per code of LUSID's Identity error-code list (36, including `-1`). LUSID
    /// publishes a code, a title and sometimes a description; the PascalCase [`name`] and the
    /// HTTP [`status`] are **the crate's choice** (see their docs).
    ///
    /// `Display`, `FromStr` and serde use the integer code.
    ///
    /// [`name`]: ErrorCode::name
    /// [`status`]: ErrorCode::status
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// let error: ErrorCode = "657".parse().unwrap();
    /// assert_eq!(error.title(), "User does not exist");
    /// ```
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    #[non_exhaustive]
    pub enum ErrorCode
}

impl ErrorCode {
    /// Every error, in the documentation's order (`-1` last).
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::ALL.len(), 36);
    /// ```
    pub const ALL: &'static [Self] = ALL;

    /// Looks up a code; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code(-1), Some(ErrorCode::UnknownError));
    /// assert_eq!(ErrorCode::from_code(0), None);
    /// ```
    pub const fn from_code(code: i32) -> Option<Self> {
        lookup(code)
    }

    /// The integer code.
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::UserDoesNotExist.code(), 657);
    /// ```
    pub const fn code(self) -> i32 {
        CODES[self as usize]
    }

    /// The title LUSID publishes, such as `"User does not exist"`.
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code(239).unwrap().title(), "API Key not found");
    /// ```
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }

    /// The description LUSID publishes, where it publishes one.
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::UserDoesNotExist.description(), Some("The specified user does not exist"));
    /// assert_eq!(ErrorCode::AccessDenied.description(), None);
    /// ```
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// The PascalCase `name` for a problem-details body, such as `"UserDoesNotExist"`; also the
    /// variant's name.
    ///
    /// **The crate's choice**: LUSID does not publish the names of its Identity errors. They are
    /// made from the titles in the style of the names real LUSID bodies carry
    /// (`PortfolioWithIdAlreadyExists`, `TransactionTypeNotFound`).
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::UserDoesNotExist.name(), "UserDoesNotExist");
    /// ```
    pub const fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The HTTP status for a response carrying this error.
    ///
    /// **The crate's choice**: LUSID does not publish per-code statuses. Chosen as real LUSID
    /// bodies suggest: 404 for what does not exist, 400 for what already exists and other bad
    /// requests, 401 for invalid tokens, 403 for denied access, 500 for server-side failures.
    ///
    /// ```
    /// use identity_errors::lusid::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::UserDoesNotExist.status(), http::StatusCode::NOT_FOUND);
    /// ```
    pub const fn status(self) -> StatusCode {
        STATUSES[self as usize]
    }
}

integer_keyed!(ErrorCode, "LUSID error", i32);
