use crate::catalog::catalog;
use crate::{Kind, Retry};

// `EventError` (its documentation is event_error.md), the column tables (CODES, CONSTANTS, ..)
// and `lookup` are generated from data/keycloak_event_errors.tsv into generated/event_error.rs
// by identity-errors-codegen.
include!("generated/event_error.rs");

impl EventError {
    /// Every event error, in the order of the `Errors` interface.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::keycloak::EventError;
    ///
    /// assert_eq!(EventError::from_code("user_not_found"), Some(EventError::UserNotFound));
    /// assert_eq!(EventError::from_code("USER_NOT_FOUND"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The wire value, such as `"user_not_found"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// The Java constant Keycloak names the value by, such as `"USER_NOT_FOUND"` (Keycloak gives
    /// no text of its own).
    pub const fn title(self) -> &'static str {
        CONSTANTS[self as usize]
    }
}

catalog!(
    EventError, Keycloak, "Keycloak event error", str,
    description: |_| None,
    status: |_| None,
);
