//! Firebase Auth: the server codes Identity Toolkit answers with (`EMAIL_NOT_FOUND`), each with
//! the client code the JS SDK throws for it, and the SDK's client codes (`auth/user-not-found`)
//! with their debug messages.

use super::{Body, Example, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::firebase::{ClientCode, ErrorBody, ErrorCode};

/// What `explain` says of the status, which the SDK does not give.
const CRATE_CHOICE: &str = "the crate's choice: Identity Toolkit answers its errors 400";

/// Why a client code has no body.
const NO_BODY: &str = "is a code the JS SDK throws, not a body the server sends: the server \
                       answers with a server code (`identity-errors explain EMAIL_NOT_FOUND`)";

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("SDK message"),
        status_note: Some(CRATE_CHOICE),
        details,
        json_details,
        example,
        ..Spec::new(
            [
                "firebase",
                "firebase",
                "Firebase error",
                "firebase::ErrorCode",
            ],
            &[
                ("code", Field::Code),
                ("name", Field::Variant),
                ("client_code", Field::Of(|code| code.client_code().into())),
                ("sdk_message", Field::Title),
                ("status", Field::Status),
            ],
            Body::Own(|code| ErrorBody::new(code).into_http_response()),
        )
    };
}

/// How the SDK reaches the client code, in words.
fn mapping(code: ErrorCode) -> &'static str {
    use identity_errors::firebase::Mapping;
    match code.mapping() {
        Mapping::SpecialCase => "one of the SDK's three special cases",
        Mapping::Map => "SERVER_ERROR_MAP",
        Mapping::Fallback => "the SDK's fallback (lower case, `_` as `-`)",
        _ => "another way",
    }
}

fn details(code: ErrorCode) -> Vec<(&'static str, String)> {
    let client = match code.client() {
        Some(_) => format!("{}  (by {})", code.client_code(), mapping(code)),
        None => format!(
            "{}  (by {}; no AuthErrorCode value)",
            code.client_code(),
            mapping(code)
        ),
    };
    vec![("client code", client)]
}

fn json_details(code: ErrorCode) -> Vec<(&'static str, Json)> {
    vec![
        ("mapped_by", Json::from(mapping(code))),
        ("crate_choice", Json::from(vec!["status"])),
    ]
}

fn example(code: ErrorCode) -> Option<Example> {
    let body = ErrorBody::new(code);
    Some(Example::of(body.status(), &body, None))
}

impl Registered for ClientCode {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("debug message"),
        details: client_details,
        ..Spec::new(
            [
                "firebase_client",
                "firebase-client",
                "Firebase client",
                "firebase::ClientCode",
            ],
            &[
                ("code", Field::Code),
                ("name", Field::Variant),
                ("constant", Field::Of(|code| code.constant().into())),
                ("debug_message", Field::Title),
            ],
            Body::Linked {
                to: |_| None,
                none: NO_BODY,
            },
        )
    };
}

fn client_details(code: ClientCode) -> Vec<(&'static str, String)> {
    let servers: Vec<&str> = ErrorCode::ALL
        .iter()
        .filter(|server| server.client() == Some(code))
        .map(|server| server.code())
        .collect();
    let servers = match servers.is_empty() {
        true => "none (thrown by the SDK itself)".to_owned(),
        false => servers.join(", "),
    };
    vec![
        ("constant", ["AuthErrorCode.", code.constant()].concat()),
        ("server codes", servers),
    ]
}
