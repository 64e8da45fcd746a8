/// The range of Registration codes an error belongs to, as Identity Cloud's documentation groups
/// them.
///
/// The documentation gives the ranges `100`, `200-399` (meaning 200-299: 300-399 is the next
/// range), `300-399`, `340-369` split into `340-359` data type and `360-379` constraint errors,
/// `400-499` and `500+`, and makes "a code that is a multiple of 100 or 10 a catch-all for the
/// codes below it". Read together, as this crate reads them (`data/README.md`):
///
/// | codes | category | catch-all of an unlisted code |
/// |---|---|---|
/// | 100-199 | missing argument (100 is their catch-all) | 100 |
/// | 200-299 | invalid argument | its multiple of 10, else 200 |
/// | 300-339, 380-399 | record | its multiple of 10, else 300 |
/// | 340-359 | data type | its multiple of 10, else 340 |
/// | 360-379 | constraint | its multiple of 10, else 360 |
/// | 400-499 | authentication | its multiple of 10 (400 is not listed) |
/// | 500 and up | internal | its multiple of 10, else 500 |
///
/// A code's catch-all is always of the code's own category.
///
/// ```
/// use identity_errors::identity_cloud::{Category, ErrorCode};
///
/// assert_eq!(ErrorCode::UniqueViolation.category(), Category::Constraint);
/// assert_eq!(Category::of(415), Some(Category::Authentication));
/// assert_eq!(ErrorCode::catch_all(355), Some(ErrorCode::InvalidDataFormat)); // 340, not 300
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Category {
    /// 100: a required argument is missing.
    MissingArgument,
    /// 200-299: an argument is invalid.
    InvalidArgument,
    /// 300-399 (outside the two narrower ranges): creating, updating or querying records.
    Record,
    /// 340-359: a record value has the wrong data type.
    DataType,
    /// 360-379: a record value violates a constraint.
    Constraint,
    /// 400-499: authentication and permission errors, expired tokens and codes, OAuth errors.
    Authentication,
    /// 500 and above: unexpected internal errors.
    Internal,
}

impl Category {
    /// Every category, in code order.
    ///
    /// ```
    /// use identity_errors::identity_cloud::{Category, ErrorCode};
    ///
    /// assert_eq!(Category::ALL.len(), 7);
    /// assert_eq!(Category::ALL[0], Category::MissingArgument);
    /// assert!(Category::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    /// assert!(ErrorCode::ALL.iter().all(|code| Category::ALL.contains(&code.category())));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::MissingArgument,
        Self::InvalidArgument,
        Self::Record,
        Self::DataType,
        Self::Constraint,
        Self::Authentication,
        Self::Internal,
    ];

    /// The category a code falls in by the documentation's ranges, listed or not; `None` below
    /// 100.
    ///
    /// ```
    /// use identity_errors::identity_cloud::Category;
    ///
    /// assert_eq!(Category::of(353), Some(Category::DataType));
    /// assert_eq!(Category::of(385), Some(Category::Record));
    /// assert_eq!(Category::of(150), Some(Category::MissingArgument));
    /// assert_eq!(Category::of(999), Some(Category::Internal));
    /// assert_eq!(Category::of(99), None);
    /// ```
    pub const fn of(code: i64) -> Option<Self> {
        Some(match code {
            100..=199 => Self::MissingArgument,
            200..=299 => Self::InvalidArgument,
            340..=359 => Self::DataType,
            360..=379 => Self::Constraint,
            300..=399 => Self::Record,
            400..=499 => Self::Authentication,
            500.. => Self::Internal,
            _ => return None,
        })
    }

    /// The first code of the range: the catch-all of last resort for the range's codes (where
    /// the catalog lists it: it lists no 400).
    pub(crate) const fn first(self) -> i64 {
        match self {
            Self::MissingArgument => 100,
            Self::InvalidArgument => 200,
            Self::Record => 300,
            Self::DataType => 340,
            Self::Constraint => 360,
            Self::Authentication => 400,
            Self::Internal => 500,
        }
    }

    /// What errors of the range mean, for a code the catalog lacks and no catch-all covers: the
    /// rule of `data/README.md` over the documentation's words for the range.
    ///
    /// ```
    /// use identity_errors::identity_cloud::Category;
    /// use identity_errors::Kind;
    ///
    /// assert_eq!(Category::Authentication.kind(), Kind::Unauthenticated);
    /// assert_eq!(Category::Internal.kind(), Kind::ServerFault);
    /// ```
    pub const fn kind(self) -> crate::Kind {
        match self {
            Self::Authentication => crate::Kind::Unauthenticated,
            Self::Internal => crate::Kind::ServerFault,
            _ => crate::Kind::InvalidRequest,
        }
    }

    /// A short snake_case name, such as `"data_type"` (the form used in the crate's data table).
    ///
    /// ```
    /// use identity_errors::identity_cloud::Category;
    ///
    /// assert_eq!(Category::DataType.as_str(), "data_type");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MissingArgument => "missing_argument",
            Self::InvalidArgument => "invalid_argument",
            Self::Record => "record",
            Self::DataType => "data_type",
            Self::Constraint => "constraint",
            Self::Authentication => "authentication",
            Self::Internal => "internal",
        }
    }

    /// What the range holds, in the documentation's words (which give the 340-379 ranges in one
    /// sentence, split here).
    ///
    /// ```
    /// use identity_errors::identity_cloud::Category;
    ///
    /// assert_eq!(Category::MissingArgument.description(), "Missing argument.");
    /// ```
    pub const fn description(self) -> &'static str {
        match self {
            Self::MissingArgument => "Missing argument.",
            Self::InvalidArgument => "An argument is invalid.",
            Self::Record => "Occurs when creating, updating or querying records.",
            Self::DataType => "Occurs when a record value violates the schema: data type errors.",
            Self::Constraint => "Occurs when a record value violates the schema: constraint errors.",
            Self::Authentication => "Authentication and permission errors, including expired tokens and codes, and OAuth errors.",
            Self::Internal => "Unexpected internal errors.",
        }
    }
}

impl core::fmt::Display for Category {
    /// Writes [`Category::as_str`].
    ///
    /// ```
    /// use identity_errors::identity_cloud::Category;
    ///
    /// assert_eq!(Category::DataType.to_string(), "data_type");
    /// assert_eq!(format!("{:<8}|", Category::Record), "record  |"); // width and alignment apply
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.as_str())
    }
}
