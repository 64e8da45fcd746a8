//! [`Vendor`]: which identity platform an error came from.

use std::fmt;

/// An identity platform whose errors this crate reads and writes.
///
/// ```
/// use identity_errors::{okta, Catalog, Vendor};
///
/// assert_eq!(okta::OAuthErrorCode::VENDOR, Vendor::Okta);
/// assert_eq!(Vendor::IdentityCloud.to_string(), "Identity Cloud");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Vendor {
    /// Okta: its API errors and its OAuth 2.0 / OpenID Connect errors.
    Okta,
    /// Akamai Identity Cloud (formerly Janrain Capture).
    IdentityCloud,
    /// FINBOURNE LUSID.
    Lusid,
    /// Microsoft Entra ID (formerly Azure Active Directory).
    Entra,
    /// Amazon Cognito user pools (the `cognito-idp` API).
    Cognito,
    /// Firebase Auth (Google's Identity Toolkit API).
    Firebase,
    /// Keycloak, the open-source identity and access management server.
    Keycloak,
    /// Auth0, Okta's customer identity platform (its Authentication and Management APIs).
    Auth0,
}

impl Vendor {
    /// The vendor's name for a person, such as `"Identity Cloud"`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Okta => "Okta",
            Self::IdentityCloud => "Identity Cloud",
            Self::Lusid => "LUSID",
            Self::Entra => "Entra ID",
            Self::Cognito => "Amazon Cognito",
            Self::Firebase => "Firebase Auth",
            Self::Keycloak => "Keycloak",
            Self::Auth0 => "Auth0",
        }
    }

    /// The vendor's name in code, such as `"identity-cloud"`: its cargo feature, the prefix the
    /// `identity-errors` command takes (`identity-cloud:415`), a log field's value. Lower case
    /// and stable, where [`name`](Self::name) is for a person.
    ///
    /// ```
    /// use identity_errors::Vendor;
    ///
    /// assert_eq!(Vendor::IdentityCloud.as_str(), "identity-cloud");
    /// assert_eq!(Vendor::Entra.as_str(), "entra");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Okta => "okta",
            Self::IdentityCloud => "identity-cloud",
            Self::Lusid => "lusid",
            Self::Entra => "entra",
            Self::Cognito => "cognito",
            Self::Firebase => "firebase",
            Self::Keycloak => "keycloak",
            Self::Auth0 => "auth0",
        }
    }
}

impl Vendor {
    /// Whether the vendor's own SDK retries an HTTP 409 (a concurrent change), so that
    /// [`Retry::of_status`](crate::Retry::of_status) does: FINBOURNE's does for LUSID
    /// (`finbourne/lusid-sdk-csharp`, `PollyApiRetryHandler.cs`; data/README.md).
    pub(crate) const fn retries_conflicts(self) -> bool {
        matches!(self, Self::Lusid)
    }
}

impl fmt::Display for Vendor {
    /// Writes [`Vendor::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}
