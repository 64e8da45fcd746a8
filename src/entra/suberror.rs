use crate::catalog::catalog;
use crate::{Kind, Retry};

// `Suberror` (its documentation is suberror.md), the column tables (CODES, TITLES, ..) and
// `lookup` are generated from data/entra_suberrors.tsv into generated/suberror.rs by
// identity-errors-codegen.
include!("generated/suberror.rs");

impl Suberror {
    /// Every suberror, in order of first appearance in the native authentication reference.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact wire value; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::entra::Suberror;
    ///
    /// assert_eq!(Suberror::from_code("password_too_weak"), Some(Suberror::PasswordTooWeak));
    /// assert_eq!(Suberror::from_code("password_too_strong"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        lookup(code)
    }

    /// The wire value, such as `"password_too_weak"`.
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// What the suberror means, exactly as Microsoft describes it where the value first
    /// appears (Markdown links kept).
    pub const fn title(self) -> &'static str {
        TITLES[self as usize]
    }
}

catalog!(
    Suberror, Entra, "Entra ID suberror", str,
    description: |_| None,
    status: |_| None,
);
