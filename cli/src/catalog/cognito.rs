//! Amazon Cognito user pool exceptions (`UserNotFoundException`): the model's documentation as
//! the title, the status the crate's choice, and the operations that list each one.

use super::{Body, Example, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::cognito::{ErrorBody, ErrorCode, Operation};

/// What `explain` says of the status, which the model does not give.
const CRATE_CHOICE: &str = "the crate's choice: 400, or 500 for a fault";

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        title_label: Some("documentation"),
        status_note: Some(CRATE_CHOICE),
        details,
        json_details,
        example,
        ..Spec::new(
            ["cognito", "cognito", "Cognito error", "cognito::ErrorCode"],
            &[
                ("code", Field::Code),
                ("name", Field::Variant),
                ("documentation", Field::Title),
                ("fault", Field::Of(|code| code.is_fault().into())),
                ("status", Field::Status),
            ],
            Body::Own(|code| ErrorBody::new(code).into_http_response()),
        )
    };
}

/// The operations whose model lists `code`, in the model's order.
fn operations(code: ErrorCode) -> Vec<&'static str> {
    Operation::ALL
        .iter()
        .filter(|operation| operation.may_raise(code))
        .map(|operation| operation.name())
        .collect()
}

fn details(code: ErrorCode) -> Vec<(&'static str, String)> {
    let listed = operations(code);
    let fault = match code.is_fault() {
        true => "yes (the model's \"fault\": true)",
        false => "no",
    };
    vec![
        ("fault", fault.to_owned()),
        (
            "operations",
            format!(
                "{} of {}: {}",
                listed.len(),
                Operation::ALL.len(),
                listed.join(", ")
            ),
        ),
    ]
}

fn json_details(code: ErrorCode) -> Vec<(&'static str, Json)> {
    let listed: Vec<Json> = operations(code).into_iter().map(Json::from).collect();
    vec![
        ("operations", Json::from(listed)),
        ("crate_choice", Json::from(vec!["status"])),
    ]
}

fn example(code: ErrorCode) -> Option<Example> {
    let body = ErrorBody::new(code);
    Some(Example::of(body.status(), &body, None))
}
