use super::ErrorCode;
use std::fmt;
use std::str::FromStr;

// `Operation` (its documentation is operation.md), its NAMES, ERRORS and `lookup` are generated
// from data/cognito_operation_errors.tsv into generated/operation.rs by identity-errors-codegen.
include!("generated/operation.rs");

impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = ALL;

    /// Looks up an exact operation name (as the `X-Amz-Target` header writes it after
    /// `AWSCognitoIdentityProviderService.`); `None` for one the model lacks.
    ///
    /// ```
    /// use identity_errors::cognito::Operation;
    ///
    /// assert_eq!(Operation::from_name("InitiateAuth"), Some(Operation::InitiateAuth));
    /// assert_eq!(Operation::from_name("initiateAuth"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Self> {
        lookup(name)
    }

    /// The operation's name, such as `"InitiateAuth"`.
    pub const fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The errors the model lists for the operation, in its order. The model lists
    /// `NotAuthorizedException` twice for `VerifySoftwareToken`; so does this.
    pub const fn errors(self) -> &'static [ErrorCode] {
        ERRORS[self as usize]
    }

    /// Whether the model lists `error` for the operation.
    pub fn may_raise(self, error: ErrorCode) -> bool {
        self.errors().contains(&error)
    }
}

impl fmt::Display for Operation {
    /// Writes [`Operation::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// An operation name the model lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownOperation(String);

impl UnknownOperation {
    /// The name that was read.
    pub fn name(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown Cognito operation {:?}", self.0)
    }
}

impl std::error::Error for UnknownOperation {}

impl FromStr for Operation {
    type Err = UnknownOperation;

    /// Reads an exact operation name ([`Operation::from_name`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_name(s).ok_or_else(|| UnknownOperation(s.to_owned()))
    }
}
