//! Support shared by the generated catalogs: the const status constructor and the trait
//! implementations every catalog enum has in the same form.

use http::StatusCode;

/// `StatusCode` from a number, in const context.
///
/// Only called from the generated `STATUSES` tables, which are evaluated at compile time: a bad
/// number fails the build there (and `build.rs` already rejects anything outside 100-599).
pub(crate) const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("a catalog table holds an invalid HTTP status"),
    }
}

/// `Display`, `FromStr`, `TryFrom<&str>` and serde for a catalog keyed by a string.
///
/// `$as_str` gives the wire string and `$from` looks one up; `$catalog` names the catalog in
/// errors.
macro_rules! string_keyed {
    ($ty:ident, $catalog:literal, $as_str:ident, $from:ident) => {
        impl ::core::fmt::Display for $ty {
            /// Writes the wire string (padding and alignment flags apply).
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.$as_str())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;

            /// Looks up the exact wire string.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::$from(s).ok_or_else(|| $crate::UnknownCode::new($catalog, s))
            }
        }

        impl ::core::convert::TryFrom<&str> for $ty {
            type Error = $crate::UnknownCode;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.$as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                struct Visitor;

                impl ::serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;

                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(concat!("a known ", $catalog, " code"))
                    }

                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        $ty::$from(v)
                            .ok_or_else(|| E::invalid_value(::serde::de::Unexpected::Str(v), &self))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    };
}

/// `Display`, `FromStr`, `TryFrom<$int>` and serde for a catalog keyed by an integer `code()`.
macro_rules! integer_keyed {
    ($ty:ident, $catalog:literal, $int:ty) => {
        impl ::core::fmt::Display for $ty {
            /// Writes the code in decimal (padding and alignment flags apply).
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.code(), f)
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;

            /// Parses the code in decimal, as `Display` writes it.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse::<$int>()
                    .ok()
                    .and_then(Self::from_code)
                    .ok_or_else(|| $crate::UnknownCode::new($catalog, s))
            }
        }

        impl ::core::convert::TryFrom<$int> for $ty {
            type Error = $crate::UnknownCode;

            fn try_from(code: $int) -> Result<Self, Self::Error> {
                Self::from_code(code).ok_or_else(|| $crate::UnknownCode::new($catalog, code))
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
                let code = <$int as ::serde::Deserialize>::deserialize(deserializer)?;
                Self::from_code(code).ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::invalid_value(
                        ::serde::de::Unexpected::Signed(i64::from(code)),
                        &concat!("a known ", $catalog, " code"),
                    )
                })
            }
        }
    };
}

pub(crate) use {integer_keyed, string_keyed};
