//! Typed error catalogs for identity platforms: Okta, Akamai Identity Cloud and FINBOURNE LUSID.
//!
//! Every code each vendor documents is a variant of a `#[non_exhaustive]` enum, generated at
//! build time from the vendor's own tables (kept in the crate's `data/` folder with their
//! provenance). Accessors are `const fn` reads of static tables: no allocation, no hashing.
//!
//! | catalog | type | keyed by |
//! |---|---|---|
//! | Okta API errors `E0000001`.. | [`okta::ErrorCode`] | `errorCode` string |
//! | Okta OAuth 2.0 / OpenID Connect errors | [`okta::OAuthErrorCode`] | `error` string |
//! | Okta sign-in failure reasons | [`okta::LoginFailure`] | System Log reason |
//! | Identity Cloud Registration errors | [`identity_cloud::ErrorCode`] | integer `code` |
//! | LUSID Identity errors | [`lusid::ErrorCode`] | integer `code` |
//! | Entra ID AADSTS errors (feature `entra`) | [`entra::ErrorCode`] | integer in `error_codes` (`AADSTS50126` in text) |
//! | Entra ID OAuth 2.0 errors (feature `entra`) | [`entra::OAuthErrorCode`] | `error` string |
//! | Entra ID native authentication suberrors (feature `entra`) | [`entra::Suberror`] | `suberror` string |
//! | Amazon Cognito user pool exceptions (feature `cognito`) | [`cognito::ErrorCode`] | `__type` string (the shape name) |
//! | Firebase Auth server errors (feature `firebase`) | [`firebase::ErrorCode`] | `error.message` string, before any ` : ` |
//! | Firebase Auth client errors of the JS SDK (feature `firebase`) | [`firebase::ClientCode`] | `auth/...` string |
//! | Keycloak OAuth 2.0 errors (feature `keycloak`) | [`keycloak::OAuthErrorCode`] | `error` string |
//! | Keycloak event errors (feature `keycloak`) | [`keycloak::EventError`] | `error` string |
//! | Auth0 Authentication API errors (feature `auth0`) | [`auth0::AuthErrorCode`] | `error` string |
//! | Auth0 Guardian (MFA) errors (feature `auth0`) | [`auth0::GuardianErrorCode`] | `errorCode` string |
//! | Auth0 sign-up errors its libraries report (feature `auth0`) | [`auth0::SignupErrorCode`] | the libraries' `code` string |
//! | Auth0 login errors its libraries report (feature `auth0`) | [`auth0::LoginErrorCode`] | the libraries' `code` string |
//!
//! ```
//! use identity_errors::okta;
//!
//! let code: okta::ErrorCode = "E0000007".parse()?;
//! assert_eq!(code, okta::ErrorCode::ResourceNotFound);
//! assert_eq!(code.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(code.summary(), "Not found: {0}");
//!
//! match code {
//!     okta::ErrorCode::E0000007 => println!("no such resource"),
//!     other => println!("{other}: {}", other.title()),
//! }
//! # Ok::<(), identity_errors::UnknownCode>(())
//! ```
//!
//! Each enum serializes (with serde) as its wire code, and `Display`/`FromStr` use the same
//! form (but Entra's AADSTS codes, which `Display` writes `AADSTS50126` as Microsoft's texts
//! do), so a variant round-trips through JSON and text unchanged.
//!
//! # Error bodies
//!
//! Each vendor's error body is a type that builds from a catalog entry, serializes exactly as
//! the vendor does, parses what the vendor sent without losing a member, and becomes an
//! `http::Response`: [`okta::ErrorBody`], [`okta::OAuthErrorBody`] (also as a redirect and a
//! `WWW-Authenticate` challenge), [`identity_cloud::ErrorBody`], [`lusid::ProblemDetails`] and,
//! with the `entra` feature, `entra::OAuthErrorBody` (Entra ID's token errors, with their AADSTS
//! codes, trace and correlation ids), and with the `cognito` feature, `cognito::ErrorBody` (Amazon
//! Cognito's AWS JSON 1.1 error, `__type` and `message`, with its request id), and with the
//! `firebase` feature, `firebase::ErrorBody` (Google's error envelope that Firebase Auth answers
//! with, its server code cut from `error.message` as the JS SDK cuts it). What they have in common (vendor, parsing, JSON, code, status, kind, retry advice,
//! correlation id) is also the sealed [`Body`] trait, as [`Catalog`] is for the catalogs, so
//! that one generic function serves every vendor; each type has the same methods as its own,
//! so the common case needs no import.
//!
//! ```
//! use identity_errors::okta;
//!
//! let response = okta::ErrorBody::resource_not_found("User 00u1").into_http_response();
//! assert_eq!(response.status(), 404);
//! assert!(response.body().starts_with(r#"{"errorCode":"E0000007","errorSummary":"Not found: User 00u1""#));
//! ```
//!
//! # Calling a vendor
//!
//! The client half turns what a vendor answered into one typed [`Error`], without matching
//! message text. [`Error::from_parts`] (or [`Error::from_response`]) takes the [`Vendor`]
//! called and the status, headers and bytes any HTTP client gives, and says whether the answer
//! is an error at all (`None` for a success; Identity Cloud answers errors with HTTP 200), then
//! reads the vendor's body, or keeps a body that is not the vendor's (a proxy's page) as
//! [`Error::Unrecognized`]. [`Error::kind`] says what the error means ([`Kind`]),
//! [`Error::retry`] whether and when to try again ([`Retry`]), both from the catalog code where
//! there is one, else from the status; [`Error::retry_after`] how long to wait, from the
//! response's headers; [`Error::correlation_id`] what a support ticket needs.
//!
//! ```
//! use identity_errors::http::{HeaderMap, StatusCode};
//! use identity_errors::{okta, Catalog, Error, Kind, Retry, Vendor};
//!
//! let body = br#"{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oaeB2FwXvB1RxyKmB0Hzf0TXg","errorCauses":[]}"#;
//! let error = Error::from_parts(Vendor::Okta, StatusCode::UNAUTHORIZED, &HeaderMap::new(), body)
//!     .expect("a 401 is an error");
//! assert_eq!(error.kind(), Kind::Unauthenticated);
//! assert_eq!(error.retry(), Retry::AfterReauthenticating);
//! assert_eq!(error.correlation_id(), Some("oaeB2FwXvB1RxyKmB0Hzf0TXg"));
//! // The line a log needs, code included.
//! assert_eq!(
//!     error.to_string(),
//!     "Okta answered HTTP 401 Unauthorized with E0000011: Invalid token provided (errorId: oaeB2FwXvB1RxyKmB0Hzf0TXg)"
//! );
//! if let Error::Okta(body) = &error {
//!     let code = body.known_code().expect("a catalog code");
//!     assert_eq!(code.title(), "Invalid token exception");
//! }
//!
//! // A success is no error, whatever the body.
//! assert!(Error::from_parts(Vendor::Lusid, StatusCode::OK, &HeaderMap::new(), b"{}").is_none());
//!
//! // Every catalog answers the same questions through one trait.
//! fn status_of<C: Catalog>(wire: &str) -> Option<StatusCode> {
//!     wire.parse::<C>().ok().and_then(|code| code.status())
//! }
//! assert_eq!(status_of::<okta::OAuthErrorCode>("invalid_client"), Some(StatusCode::UNAUTHORIZED));
//! ```
//!
//! A gateway that passes an upstream error on answers with [`Error::into_http_response`] (or,
//! with the `axum` feature, returns the `Error` from its handler): the status, headers and
//! bytes as received.
//!
//! # Features
//!
//! The vendors are features: `okta`, `identity-cloud` and `lusid`, on by default, and `entra`
//! (Microsoft Entra ID: its AADSTS codes, OAuth errors, suberrors and error body), `cognito`
//! (Amazon Cognito user pools: its exceptions and the errors each operation may raise) and
//! `firebase` (Firebase Auth: its server codes, the JS SDK's client codes), off by default; `all-vendors` turns on every one. A vendor whose feature is off reads as
//! [`Error::Unrecognized`].
//!
//! The integrations are all off by default: without them the crate compiles none of these crates.
//!
//! - `axum`: `IntoResponse` for every body type, and for the OAuth, Identity Cloud and LUSID
//!   catalog codes, so a handler can return `Result<T, okta::ErrorBody>` or
//!   `okta::OAuthErrorCode::InvalidClient`, and for [`Error`] (what was received) and
//!   [`okta::RedirectError`] (HTTP 400 `invalid_request`, never a redirect) (axum 0.8).
//! - `utoipa`: `ToSchema` for every body type and catalog enum, and `ToResponse` for every body
//!   type with the vendor's content type, for an OpenAPI document (utoipa 6; Rust 1.88).
//! - `schemars`: `JsonSchema` for the same types (schemars 1). The schemas of both features say
//!   what the crate writes and accepts: required and optional members as declared, other
//!   members allowed, Okta's causes as objects or strings, Identity Cloud's `stat` as the
//!   constant `"error"`, integer codes as integers, each catalog as an enum of its wire codes.
//! - `wiremock`: `wiremock::Respond` and `From<_> for ResponseTemplate` for every body type, so a
//!   test answers with the vendor's status, content type and headers (Okta's rate limits
//!   included): `Mock::given(..).respond_with(okta::ErrorBody::too_many_requests())`
//!   (wiremock 0.6; Rust 1.85).
//!
//! The types each feature implements its traits for show it on their pages.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
// The shared layer serves every vendor; with some vendor features off, parts of it serve none.
// Dead code is still refused where it counts: with every vendor on (clippy in `.ci/run`). This
// is the one list of the vendor features in the code: a new vendor's feature is added here.
#![cfg_attr(
    not(all(
        feature = "okta",
        feature = "identity-cloud",
        feature = "lusid",
        feature = "entra",
        feature = "cognito",
        feature = "firebase",
        feature = "keycloak",
        feature = "auth0"
    )),
    allow(dead_code, unused_imports, unused_macros)
)]

#[cfg(feature = "actix-web")]
mod actix_web;
mod advice;
mod answer;
#[cfg(feature = "auth0")]
#[cfg_attr(docsrs, doc(cfg(feature = "auth0")))]
pub mod auth0;
#[cfg(feature = "axum")]
mod axum;
mod body;
mod catalog;
#[cfg(feature = "_challenges")]
mod challenge;
mod client;
#[cfg(feature = "cognito")]
#[cfg_attr(docsrs, doc(cfg(feature = "cognito")))]
pub mod cognito;
mod display;
#[cfg(feature = "entra")]
#[cfg_attr(docsrs, doc(cfg(feature = "entra")))]
pub mod entra;

mod error;
mod extra;
#[cfg(feature = "firebase")]
#[cfg_attr(docsrs, doc(cfg(feature = "firebase")))]
pub mod firebase;
mod headers;
mod id;
#[cfg(feature = "identity-cloud")]
#[cfg_attr(docsrs, doc(cfg(feature = "identity-cloud")))]
pub mod identity_cloud;
#[cfg(feature = "keycloak")]
#[cfg_attr(docsrs, doc(cfg(feature = "keycloak")))]
pub mod keycloak;
#[cfg(feature = "lusid")]
#[cfg_attr(docsrs, doc(cfg(feature = "lusid")))]
pub mod lusid;
mod object;
#[cfg(feature = "okta")]
#[cfg_attr(docsrs, doc(cfg(feature = "okta")))]
pub mod okta;
mod probe;
#[cfg(feature = "_rate_limits")]
mod rate_limit;
#[cfg(feature = "_redirects")]
mod redirect;
mod registry;
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub mod reqwest;
#[cfg(feature = "reqwest-middleware")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest-middleware")))]
pub mod reqwest_middleware;
#[cfg(feature = "reqwest-retry")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest-retry")))]
pub mod reqwest_retry;
pub mod retry_policy;
#[cfg(any(feature = "utoipa", feature = "schemars"))]
mod schema;
#[cfg(feature = "schemars")]
mod schemars;
mod template;
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub mod tower;
#[cfg(feature = "tracing")]
#[cfg_attr(docsrs, doc(cfg(feature = "tracing")))]
pub mod tracing;
#[cfg(feature = "utoipa")]
mod utoipa;
mod vendor;
#[cfg(feature = "wiremock")]
mod wiremock;

pub use advice::{Kind, Retry};
pub use body::Body;
pub use catalog::Catalog;
pub use client::{Error, Unrecognized};
pub use error::{ParseError, UnknownCode};
pub use extra::{ExtraMembers, InsertError};
#[cfg(feature = "_rate_limits")]
#[cfg_attr(docsrs, doc(cfg(any(feature = "okta", feature = "auth0"))))]
pub use rate_limit::RateLimit;
pub use template::TemplateError;
pub use vendor::Vendor;

/// The `http` crate, whose types this crate's API uses (`StatusCode`, `Response`, `HeaderMap`),
/// so that a project can use them without depending on it directly.
pub use http;
/// The `serde_json` crate, whose `RawValue` holds a body's extra members.
pub use serde_json;

// The README's examples are compiled and run as doctests here, and again by the `readme`
// package of the workspace, whose only dependency is this crate.
#[cfg(all(
    doctest,
    feature = "okta",
    feature = "identity-cloud",
    feature = "lusid",
    feature = "entra",
    feature = "reqwest-middleware"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
