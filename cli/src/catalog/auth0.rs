//! Auth0: the `error` values of the Authentication API (`invalid_user_password`), with the
//! endpoint heading they first stand under and the page's example `error_description`; and the
//! error codes of Guardian, its MFA service (`invalid_otp`), which the page gives no status or
//! body for; and the sign-up and login errors Auth0's libraries report (`user_exists`,
//! `mfa_required`): a sign-up error answered with `/dbconnections/signup`'s body, a login error
//! that is an Authentication API value with that value's body. Okta, Entra and Keycloak have OAuth errors of some of the same names
//! (`invalid_grant`, `access_denied`): without a prefix, `explain` shows every reading.

use super::{entry, Body, Example, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::auth0::{
    AuthErrorBody, AuthErrorCode, GuardianErrorCode, LoginErrorCode, SignupErrorBody,
    SignupErrorCode,
};

/// Why a Guardian code has no body.
const NO_BODY: &str = "is a Guardian (MFA) error code, which the Guardian Error Code Reference \
                       lists without a status or a body: the Authentication API answers with an \
                       `error` (`identity-errors explain auth0:invalid_grant`)";

/// The placeholder the page writes where it gives no `error_description`.
const NO_EXAMPLE: &str = "...";

impl Registered for AuthErrorCode {
    const SPEC: Spec<Self> = Spec {
        // The page's Description cell, often a sentence or two: a line of its own.
        title_label: Some("description"),
        details,
        json_details,
        example,
        ..Spec::new(
            ["auth0", "auth0", "Auth0 error", "auth0::AuthErrorCode"],
            &[
                ("error", Field::Code),
                ("name", Field::Variant),
                ("description", Field::Title),
                ("endpoint", Field::Of(|code| code.endpoint().into())),
                ("status", Field::Status),
                ("example", Field::Of(|code| code.example().into())),
            ],
            Body::Own(|code| AuthErrorBody::new(code).into_http_response()),
        )
    };
}

fn details(code: AuthErrorCode) -> Vec<(&'static str, String)> {
    let example = match code.example() {
        NO_EXAMPLE => "none: the page writes `...`".to_owned(),
        text => text.to_owned(),
    };
    vec![
        ("endpoint", code.endpoint().to_owned()),
        ("example", example),
    ]
}

fn json_details(_: AuthErrorCode) -> Vec<(&'static str, Json)> {
    vec![("crate_choice", Json::from(vec!["kind", "retry"]))]
}

fn example(code: AuthErrorCode) -> Option<Example> {
    let body = match code.example() {
        NO_EXAMPLE => AuthErrorBody::new(code),
        text => AuthErrorBody::new(code).with_description(text),
    };
    Some(Example::of(body.status(), &body, None))
}

impl Registered for GuardianErrorCode {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("description"),
        json_details: |_| vec![("crate_choice", Json::from(vec!["kind", "retry"]))],
        ..Spec::new(
            [
                "auth0_guardian",
                "auth0-guardian",
                "Auth0 Guardian error",
                "auth0::GuardianErrorCode",
            ],
            &[
                ("error", Field::Code),
                ("name", Field::Variant),
                ("description", Field::Title),
            ],
            Body::Linked {
                to: |_| None,
                none: NO_BODY,
            },
        )
    };
}

/// Why a library login error has no body (the Authentication API page does not list it).
const NO_LIBRARY_BODY: &str = "is an error Auth0's libraries report, which the library \
                               authentication errors page lists without a status or a body, and \
                               the Authentication API's errors page does not list";

impl Registered for SignupErrorCode {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("description"),
        json_details: |_| vec![("crate_choice", Json::from(vec!["kind", "retry"]))],
        example: |code| {
            let body = SignupErrorBody::new(code);
            Some(Example::of(body.status(), &body, None))
        },
        ..Spec::new(
            [
                "auth0_signup",
                "auth0-signup",
                "Auth0 sign-up error",
                "auth0::SignupErrorCode",
            ],
            &[
                ("error", Field::Code),
                ("name", Field::Variant),
                ("description", Field::Title),
            ],
            // `/dbconnections/signup`'s body, with the status Auth0's Go SDK's tests give it.
            Body::Own(|code| SignupErrorBody::new(code).into_http_response()),
        )
    };
}

impl Registered for LoginErrorCode {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("description"),
        json_details: |code| match code.auth_error() {
            Some(_) => vec![],
            None => vec![("crate_choice", Json::from(vec!["kind", "retry"]))],
        },
        ..Spec::new(
            [
                "auth0_login",
                "auth0-login",
                "Auth0 login error",
                "auth0::LoginErrorCode",
            ],
            &[
                ("error", Field::Code),
                ("name", Field::Variant),
                (
                    "auth_error",
                    Field::Of(|code| code.auth_error().map(|auth| auth.code()).into()),
                ),
                ("description", Field::Title),
            ],
            Body::Linked {
                to: |code| code.auth_error().and_then(entry),
                none: NO_LIBRARY_BODY,
            },
        )
    };
}
