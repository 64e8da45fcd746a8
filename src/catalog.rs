//! The [`Catalog`] trait every catalog enum implements, and the implementations they share.

use http::StatusCode;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

/// A vendor's catalog of error codes: one of the eight enums of this crate.
///
/// Everything a catalog has in common, so that one generic function can list, look up, explain
/// or test any of them. Each enum also has these as inherent methods (no import needed), with the
/// same names; where every code of a catalog has a value, the inherent method returns it without
/// the `Option` (`okta::ErrorCode::status` returns a `StatusCode`).
///
/// | catalog | `Code` | `title` | `description` | `status` |
/// |---|---|---|---|---|
/// | [`okta::ErrorCode`] | `&str` (`E0000007`) | title | description, for a few codes | yes |
/// | [`okta::OAuthErrorCode`] | `&str` (`invalid_client`) | title | description | yes |
/// | [`okta::LoginFailure`] | `&str` (`LOCKED_OUT`) | what it means | troubleshooting steps | no |
/// | [`identity_cloud::ErrorCode`] | `i64` (`415`) | the `error` string | description | no |
/// | [`lusid::ErrorCode`] | `i64` (`657`) | title | description, for some codes | the crate's choice |
/// | [`entra::ErrorCode`] | `i64` (`50126`) | name | description, for most codes | for two codes |
/// | [`entra::OAuthErrorCode`] | `&str` (`invalid_grant`) | description | client action, for some | Microsoft's or the crate's choice |
/// | [`entra::Suberror`] | `&str` (`password_too_weak`) | description | no | no |
/// | [`cognito::ErrorCode`] | `&str` (`UserNotFoundException`) | the model's documentation | no | the crate's choice |
/// | [`firebase::ErrorCode`] | `&str` (`EMAIL_NOT_FOUND`) | its client code's debug message | no | the crate's choice |
/// | [`firebase::ClientCode`] | `&str` (`auth/user-not-found`) | the SDK's debug message | no | no |
/// | [`keycloak::OAuthErrorCode`] | `&str` (`invalid_grant`) | the Java constant | no | the RFC's or the crate's choice |
/// | [`keycloak::EventError`] | `&str` (`user_not_found`) | the Java constant | no | no |
/// | [`auth0::AuthErrorCode`] | `&str` (`bad.connection`) | the page's description | no | the page's heading |
/// | [`auth0::GuardianErrorCode`] | `&str` (`invalid_otp`) | the page's description | no | no |
/// | [`auth0::SignupErrorCode`] | `&str` (`user_exists`) | the page's description | no | no |
/// | [`auth0::LoginErrorCode`] | `&str` (`mfa_required`) | the page's description | no | no |
///
/// `Display`, `FromStr` and serde use the wire form: the code as the vendor sends it, an integer
/// code in decimal. Entra's AADSTS codes are the one difference: Microsoft sends the number
/// (`error_codes: [50126]`), which serde writes, and writes `AADSTS50126` in every text, which
/// `Display` writes; `FromStr` reads both.
///
/// The trait is sealed: only this crate's catalogs implement it.
///
/// ```
/// use identity_errors::{identity_cloud, okta, Catalog};
///
/// /// `E0000007  Resource not found exception (404)`
/// fn line<C: Catalog>(code: C) -> String {
///     match code.status() {
///         Some(status) => format!("{code:<10}{} ({})", code.title(), status.as_u16()),
///         None => format!("{code:<10}{}", code.title()),
///     }
/// }
///
/// assert_eq!(line(okta::ErrorCode::E0000007), "E0000007  Resource not found exception (404)");
/// assert_eq!(line(identity_cloud::ErrorCode::from_code(415).unwrap()), "415       authorization_code_expired");
///
/// // Every catalog, through the same code.
/// fn round_trips<C: Catalog>() -> bool {
///     C::ALL.iter().all(|&code| C::from_code(code.code()) == Some(code))
/// }
/// assert!(round_trips::<okta::ErrorCode>() && round_trips::<identity_cloud::ErrorCode>());
/// ```
///
/// [`okta::ErrorCode`]: crate::okta::ErrorCode
/// [`okta::OAuthErrorCode`]: crate::okta::OAuthErrorCode
/// [`okta::LoginFailure`]: crate::okta::LoginFailure
/// [`identity_cloud::ErrorCode`]: crate::identity_cloud::ErrorCode
/// [`lusid::ErrorCode`]: crate::lusid::ErrorCode
/// [`entra::ErrorCode`]: crate::entra::ErrorCode
/// [`entra::OAuthErrorCode`]: crate::entra::OAuthErrorCode
/// [`entra::Suberror`]: crate::entra::Suberror
/// [`cognito::ErrorCode`]: crate::cognito::ErrorCode
/// [`firebase::ErrorCode`]: crate::firebase::ErrorCode
/// [`firebase::ClientCode`]: crate::firebase::ClientCode
/// [`keycloak::OAuthErrorCode`]: crate::keycloak::OAuthErrorCode
/// [`keycloak::EventError`]: crate::keycloak::EventError
/// [`auth0::AuthErrorCode`]: crate::auth0::AuthErrorCode
/// [`auth0::GuardianErrorCode`]: crate::auth0::GuardianErrorCode
/// [`auth0::SignupErrorCode`]: crate::auth0::SignupErrorCode
/// [`auth0::LoginErrorCode`]: crate::auth0::LoginErrorCode
pub trait Catalog:
    sealed::Sealed
    + Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr<Err = crate::UnknownCode>
    + serde::Serialize
    + serde::de::DeserializeOwned
    + Send
    + Sync
    + 'static
{
    /// The catalog's name for a person, such as `"Okta API error"`.
    const NAME: &'static str;

    /// The platform whose catalog it is.
    const VENDOR: crate::Vendor;

    /// Every code, in the order of the vendor's table (also the `Ord` order).
    const ALL: &'static [Self];

    /// The type of the wire code: `&str` or `i64`.
    type Code<'a>: Copy + Eq + Ord + Hash + Debug + Display;

    /// The wire code, such as `"E0000007"`, `415` or `50126`.
    fn code(self) -> Self::Code<'static>;

    /// Looks up an exact wire code; `None` for a code the catalog lacks.
    fn from_code(code: Self::Code<'_>) -> Option<Self>;

    /// A short name for a person, such as `"Resource not found exception"`.
    fn title(self) -> &'static str;

    /// The longer text the vendor publishes about the code, where it publishes one.
    fn description(self) -> Option<&'static str>;

    /// The HTTP status the vendor answers the code with, where the catalog gives one.
    fn status(self) -> Option<StatusCode>;

    /// What the error means, the same way for every vendor.
    fn kind(self) -> crate::Kind;

    /// Whether and when to send the request again.
    fn retry(self) -> crate::Retry;
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// `StatusCode` from a number, in const context.
///
/// Only called from the generated `STATUSES` tables, which are evaluated at compile time: a bad
/// number fails the build there (and the generator already rejects anything outside 100-599).
pub(crate) const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("a catalog table holds an invalid HTTP status"),
    }
}

/// [`Catalog`] and the traits that follow from it: `Display` and `FromStr` in the wire form,
/// `TryFrom` the wire code, and serde as the wire code.
///
/// `$key` is `str`, `i64`, or `(i64 "PREFIX")` for an integer code that text writes after a
/// prefix (`AADSTS50126`): `Display` writes the type's inherent `as_str` (the prefixed text),
/// `FromStr` reads the number with the prefix in any ASCII case or without it, serde and the
/// trait's `Code` are the integer. `$description` and `$status` turn the inherent methods of the
/// same name into the trait's `Option`s.
macro_rules! catalog {
    (
        $ty:ident, $vendor:ident, $name:literal, $key:tt,
        description: $description:expr,
        status: $status:expr $(,)?
    ) => {
        impl $ty {
            /// What the error means, the same way for every vendor (see
            /// [`Kind`](crate::Kind)).
            pub const fn kind(self) -> $crate::Kind {
                KINDS[self as usize]
            }

            /// Whether and when to send the request again (see [`Retry`](crate::Retry)).
            pub const fn retry(self) -> $crate::Retry {
                RETRIES[self as usize]
            }
        }

        impl $crate::catalog::sealed::Sealed for $ty {}

        #[cfg(any(feature = "utoipa", feature = "schemars"))]
        impl $crate::schema::Described for $ty {
            fn shape() -> $crate::schema::Shape {
                $crate::schema::catalog::<Self>()
            }
        }

        impl $crate::Catalog for $ty {
            const NAME: &'static str = $name;
            const VENDOR: $crate::Vendor = $crate::Vendor::$vendor;
            const ALL: &'static [Self] = ALL;
            type Code<'a> = $crate::catalog::catalog!(@code 'a $key);

            fn code(self) -> Self::Code<'static> {
                $ty::code(self)
            }

            fn from_code(code: Self::Code<'_>) -> Option<Self> {
                $ty::from_code(code)
            }

            fn title(self) -> &'static str {
                $ty::title(self)
            }

            fn description(self) -> Option<&'static str> {
                let description: fn($ty) -> Option<&'static str> = $description;
                description(self)
            }

            fn status(self) -> Option<::http::StatusCode> {
                let status: fn($ty) -> Option<::http::StatusCode> = $status;
                status(self)
            }

            fn kind(self) -> $crate::Kind {
                $ty::kind(self)
            }

            fn retry(self) -> $crate::Retry {
                $ty::retry(self)
            }
        }

        impl ::core::fmt::Display for $ty {
            /// Writes the wire code (padding and alignment flags apply).
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::catalog::catalog!(@display self f $key)
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;

            /// Looks up the wire code as `Display` writes it.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::catalog::catalog!(@parse s $key)
                    .and_then(Self::from_code)
                    .ok_or_else(|| $crate::UnknownCode::new($name, s))
            }
        }

        impl ::core::convert::TryFrom<$crate::catalog::catalog!(@code '_ $key)> for $ty {
            type Error = $crate::UnknownCode;

            fn try_from(
                code: $crate::catalog::catalog!(@code '_ $key),
            ) -> Result<Self, Self::Error> {
                Self::from_code(code).ok_or_else(|| $crate::UnknownCode::new($name, code))
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&self.code(), serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                $crate::catalog::catalog!(@deserialize deserializer $key)
            }
        }
    };
    (@code $lt:lifetime str) => { &$lt str };
    (@code $lt:lifetime i64) => { i64 };
    (@code $lt:lifetime (i64 $prefix:literal)) => { i64 };
    (@display $self:ident $f:ident str) => { $f.pad($self.code()) };
    (@display $self:ident $f:ident i64) => { ::core::fmt::Display::fmt(&$self.code(), $f) };
    (@display $self:ident $f:ident (i64 $prefix:literal)) => { $f.pad($self.as_str()) };
    (@parse $s:ident str) => { Some($s) };
    (@parse $s:ident i64) => { $crate::catalog::parse_decimal($s) };
    (@parse $s:ident (i64 $prefix:literal)) => { $crate::catalog::parse_prefixed($s, $prefix) };
    (@deserialize $d:ident str) => {
        $crate::catalog::deserialize_str($d, <Self as $crate::Catalog>::NAME, Self::from_code)
    };
    (@deserialize $d:ident i64) => { $crate::catalog::deserialize_i64($d, Self::from_code) };
    (@deserialize $d:ident (i64 $prefix:literal)) => {
        $crate::catalog::deserialize_i64($d, Self::from_code)
    };
}

pub(crate) use catalog;

/// An integer code written as `Display` writes it: an optional `-`, then digits without a
/// leading zero (`0` alone is zero). `+415`, `0415`, `-0` and ` 415` are not wire forms.
pub(crate) fn parse_decimal(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let canonical = match digits.as_bytes() {
        [b'0'] => digits.len() == text.len(),
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if canonical {
        text.parse().ok()
    } else {
        None
    }
}

/// An integer code written after `prefix` (in any ASCII case: `AADSTS50126`, `aadsts50126`) or
/// without it (`50126`), the number as [`parse_decimal`] reads it: `AADSTS 50126`,
/// `AADSTS050126` and `AADSTS` alone are not codes.
pub(crate) fn parse_prefixed(text: &str, prefix: &str) -> Option<i64> {
    let number = match text.get(..prefix.len()) {
        Some(head) if head.eq_ignore_ascii_case(prefix) => &text[prefix.len()..],
        _ => text,
    };
    parse_decimal(number)
}

/// Deserializes a string code with `from_code`; a code the table lacks is an `invalid_value`
/// error naming the table (`name`, a catalog's `NAME`). Auth0's log event types, which are no
/// catalog, read theirs through it too.
pub(crate) fn deserialize_str<'de, C, D: serde::Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    from_code: fn(&str) -> Option<C>,
) -> Result<C, D::Error> {
    struct Visitor<C>(&'static str, fn(&str) -> Option<C>);

    impl<C> serde::de::Visitor<'_> for Visitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a known {} code", self.0)
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<C, E> {
            (self.1)(v).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
        }
    }

    deserializer.deserialize_str(Visitor(name, from_code))
}

/// Deserializes an integer code with `from_code`, as [`deserialize_str`] does a string.
pub(crate) fn deserialize_i64<'de, C: Catalog, D: serde::Deserializer<'de>>(
    deserializer: D,
    from_code: fn(i64) -> Option<C>,
) -> Result<C, D::Error> {
    let code = <i64 as serde::Deserialize>::deserialize(deserializer)?;
    from_code(code).ok_or_else(|| {
        let expected = format!("a known {} code", C::NAME);
        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(code), &expected.as_str())
    })
}
