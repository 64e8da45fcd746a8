//! The vendors' body types, in one list. Adding a vendor adds its lines here, beside its module,
//! its cargo feature and its [`Vendor`](crate::Vendor) variant: [`Error`](crate::Error)'s
//! variants and `From` impls, and the types `Error::from_parts` tries for a vendor (in this
//! order), follow from it; nothing in the client's dispatch names a vendor. So do the schemas'
//! names (`schema_types!`, for the `utoipa` and `schemars` features).

/// Calls `$then!` with every body type: its vendor's feature, the [`Error`](crate::Error)
/// variant that holds it, and that variant's documentation.
macro_rules! bodies {
    ($then:ident) => {
        $then! {
            "okta" Okta(crate::okta::ErrorBody)
                "An Okta API error body (`errorCode`, `errorSummary`, ..).",
            "okta" OAuth(crate::okta::OAuthErrorBody)
                "An Okta OAuth 2.0 error: a JSON body, a `WWW-Authenticate` challenge or a `Location`.",
            "identity-cloud" IdentityCloud(crate::identity_cloud::ErrorBody)
                "An Identity Cloud error body.",
            "lusid" Lusid(crate::lusid::ProblemDetails)
                "A LUSID problem-details body.",
            "entra" Entra(crate::entra::OAuthErrorBody)
                "A Microsoft Entra ID OAuth 2.0 error body (`error`, `error_codes`, ..).",
            "cognito" Cognito(crate::cognito::ErrorBody)
                "An Amazon Cognito error body (AWS JSON 1.1: `__type`, `message`, ..).",
            "firebase" Firebase(crate::firebase::ErrorBody)
                "A Firebase Auth error body (Google's envelope: `error.code`, `error.message`, ..).",
            "keycloak" KeycloakOAuth(crate::keycloak::OAuthErrorBody)
                "A Keycloak OAuth 2.0 error body (`error`, `error_description`), which admin answers use too.",
            "keycloak" KeycloakAdmin(crate::keycloak::AdminErrorBody)
                "A Keycloak admin REST API error body (`errorMessage`, `field`, `params`).",
            "auth0" Auth0Management(crate::auth0::ManagementErrorBody)
                "An Auth0 Management API error body (`statusCode`, `error`, `message`, `errorCode`).",
            "auth0" Auth0Auth(crate::auth0::AuthErrorBody)
                "An Auth0 Authentication API error body (`error`, `error_description`).",
            "auth0" Auth0Signup(crate::auth0::SignupErrorBody)
                "An Auth0 sign-up error body (`name`, `code`, `description`, `statusCode`).",
        }
    };
}

pub(crate) use bodies;

/// Calls `$then!` with every type that has a schema and the name its schema goes by in a
/// document (unique, so that one document can hold them all): the body types, with the content
/// type each is sent with, then the other types; each behind its vendor's feature.
#[cfg(any(feature = "utoipa", feature = "schemars"))]
macro_rules! schema_types {
    ($then:ident) => {
        $then! {
            bodies: [
                "okta" crate::okta::ErrorBody => "OktaErrorBody",
                "okta" crate::okta::OAuthErrorBody => "OktaOAuthErrorBody",
                "identity-cloud" crate::identity_cloud::ErrorBody => "IdentityCloudErrorBody",
                "lusid" crate::lusid::ProblemDetails => "LusidProblemDetails",
                "entra" crate::entra::OAuthErrorBody => "EntraOAuthErrorBody",
                "cognito" crate::cognito::ErrorBody => "CognitoErrorBody",
                "firebase" crate::firebase::ErrorBody => "FirebaseErrorBody",
                "keycloak" crate::keycloak::OAuthErrorBody => "KeycloakOAuthErrorBody",
                "keycloak" crate::keycloak::AdminErrorBody => "KeycloakAdminErrorBody",
                "auth0" crate::auth0::AuthErrorBody => "Auth0AuthErrorBody",
                "auth0" crate::auth0::ManagementErrorBody => "Auth0ManagementErrorBody",
                "auth0" crate::auth0::SignupErrorBody => "Auth0SignupErrorBody",
            ],
            others: [
                "okta" crate::okta::ErrorCause => "OktaErrorCause",
                "okta" crate::okta::ErrorCode => "OktaErrorCode",
                "okta" crate::okta::OAuthErrorCode => "OktaOAuthErrorCode",
                "okta" crate::okta::LoginFailure => "OktaLoginFailure",
                "identity-cloud" crate::identity_cloud::ErrorCode => "IdentityCloudErrorCode",
                "lusid" crate::lusid::ErrorCode => "LusidErrorCode",
                "entra" crate::entra::ErrorCode => "EntraErrorCode",
                "entra" crate::entra::OAuthErrorCode => "EntraOAuthErrorCode",
                "entra" crate::entra::Suberror => "EntraSuberror",
                "cognito" crate::cognito::ErrorCode => "CognitoErrorCode",
                "firebase" crate::firebase::ErrorItem => "FirebaseErrorItem",
                "firebase" crate::firebase::Detail => "FirebaseDetail",
                "firebase" crate::firebase::ErrorCode => "FirebaseErrorCode",
                "firebase" crate::firebase::ClientCode => "FirebaseClientCode",
                "keycloak" crate::keycloak::OAuthErrorCode => "KeycloakOAuthErrorCode",
                "keycloak" crate::keycloak::EventError => "KeycloakEventError",
                "auth0" crate::auth0::AuthErrorCode => "Auth0AuthErrorCode",
                "auth0" crate::auth0::GuardianErrorCode => "Auth0GuardianErrorCode",
                "auth0" crate::auth0::SignupErrorCode => "Auth0SignupErrorCode",
                "auth0" crate::auth0::LoginErrorCode => "Auth0LoginErrorCode",
            ],
        }
    };
}

#[cfg(any(feature = "utoipa", feature = "schemars"))]
pub(crate) use schema_types;

/// Calls `$then!` with every catalog code type that answers by itself (the `axum` and
/// `actix-web` features): its vendor's feature, the type, and the function that makes the body
/// the vendor sends for it.
///
/// Okta API codes are left out on purpose: most templates take arguments (`Not found: {0}`),
/// and a response must never carry an unfilled placeholder. Build the body with
/// `okta::ErrorBody::try_new` or a per-code constructor instead; both check the arguments.
/// Entra's codes are left out too: a body needs an OAuth `error` and an AADSTS code, which
/// neither catalog gives the other, and most AADSTS texts take arguments
/// (`entra::OAuthErrorBody::try_new` checks them). Keycloak's event errors are left out: they
/// name what Keycloak records, not a body it sends (its OAuth errors are in). So are Auth0's
/// Guardian codes and library login errors: their pages give no status or body (its
/// Authentication API errors and sign-up errors are in).
#[cfg(any(feature = "axum", feature = "actix-web"))]
macro_rules! answering_codes {
    ($then:ident) => {
        $then! {
            "okta" crate::okta::OAuthErrorCode => crate::okta::OAuthErrorBody::new,
            "identity-cloud" crate::identity_cloud::ErrorCode => crate::identity_cloud::ErrorBody::new,
            "lusid" crate::lusid::ErrorCode => crate::lusid::ProblemDetails::new,
            "cognito" crate::cognito::ErrorCode => crate::cognito::ErrorBody::new,
            "firebase" crate::firebase::ErrorCode => crate::firebase::ErrorBody::new,
            "keycloak" crate::keycloak::OAuthErrorCode => crate::keycloak::OAuthErrorBody::new,
            "auth0" crate::auth0::AuthErrorCode => crate::auth0::AuthErrorBody::new,
            "auth0" crate::auth0::SignupErrorCode => crate::auth0::SignupErrorBody::new,
        }
    };
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) use answering_codes;
