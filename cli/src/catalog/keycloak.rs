//! Keycloak: the OAuth `error` values of `OAuthErrorException` (`invalid_grant`), with the
//! constant and the section they stand under, the status as the RFC's or the crate's choice; and
//! the event error strings of `Errors` (`user_not_found`), which Keycloak records on the event
//! of a failed request. Okta and Entra have OAuth errors of the same names, and many event
//! errors share an OAuth error's: without a prefix, `explain` shows every reading.

use super::{Body, Example, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::keycloak::{EventError, OAuthErrorBody, OAuthErrorCode};

/// Why an event error has no body.
const NO_BODY: &str = "is an event error, which Keycloak records on the event of a failed \
                       request: the client gets an OAuth error (`identity-errors explain \
                       keycloak:invalid_grant`)";

impl Registered for OAuthErrorCode {
    const SPEC: Spec<Self> = Spec {
        // Keycloak gives no text: the Java constant stands as the title.
        title_label: Some("constant"),
        details,
        json_details,
        example,
        ..Spec::new(
            [
                "keycloak",
                "keycloak",
                "Keycloak OAuth error",
                "keycloak::OAuthErrorCode",
            ],
            &[
                ("error", Field::Code),
                ("name", Field::Variant),
                ("constant", Field::Title),
                ("section", Field::Of(|code| code.section().into())),
                ("status", Field::Status),
                (
                    "status_published",
                    Field::Of(|code| code.is_status_published().into()),
                ),
            ],
            Body::Own(|code| OAuthErrorBody::new(code).into_http_response()),
        )
    };
}

fn details(code: OAuthErrorCode) -> Vec<(&'static str, String)> {
    let status = match code.is_status_published() {
        true => "the RFC's (RFC 6749 section 5.2, RFC 6750 section 3.1)",
        false => "the crate's choice, by the status rule of data/README.md",
    };
    vec![
        ("section", code.section().to_owned()),
        ("status by", status.to_owned()),
    ]
}

fn json_details(code: OAuthErrorCode) -> Vec<(&'static str, Json)> {
    let mut choices = Vec::new();
    if !code.is_status_published() {
        choices.push("status");
    }
    vec![("crate_choice", choices.into())]
}

fn example(code: OAuthErrorCode) -> Option<Example> {
    let body = OAuthErrorBody::new(code);
    Some(Example::of(body.status(), &body, None))
}

impl Registered for EventError {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("constant"),
        details: event_details,
        json_details: event_json_details,
        ..Spec::new(
            [
                "keycloak_events",
                "keycloak-event",
                "Keycloak event error",
                "keycloak::EventError",
            ],
            &[
                ("error", Field::Code),
                ("name", Field::Variant),
                ("constant", Field::Title),
            ],
            Body::Linked {
                to: |_| None,
                none: NO_BODY,
            },
        )
    };
}

fn event_details(code: EventError) -> Vec<(&'static str, String)> {
    let mut lines = vec![(
        "recorded as",
        format!("Errors.{}  (the event's `error`)", code.title()),
    )];
    if let Some(oauth) = OAuthErrorCode::from_code(code.code()) {
        lines.push((
            "also",
            format!(
                "keycloak:{}, the OAuth error of the same name",
                oauth.code()
            ),
        ));
    }
    lines
}

fn event_json_details(code: EventError) -> Vec<(&'static str, Json)> {
    let oauth = OAuthErrorCode::from_code(code.code()).map(OAuthErrorCode::code);
    vec![
        ("oauth_error", oauth.into()),
        ("crate_choice", Json::from(vec!["kind", "retry"])),
    ]
}
