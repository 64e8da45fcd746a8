//! FINBOURNE LUSID Identity errors (`657`): the status, and most names, are the crate's choice.

use super::{Body, Example, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::lusid::{ErrorCode, ProblemDetails};

/// What `explain` says of the values LUSID does not publish.
const CRATE_CHOICE: &str = "the crate's choice";

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        numbered: Some(&["657", "-1"]),
        status_note: Some(CRATE_CHOICE),
        details,
        json_details,
        example,
        ..Spec::new(
            ["lusid", "lusid", "LUSID error", "lusid::ErrorCode"],
            &[
                ("code", Field::Code),
                ("name", Field::Of(|code| code.name().into())),
                ("title", Field::Title),
                ("description", Field::Description),
                ("status", Field::Status),
            ],
            Body::Own(|code| ProblemDetails::new(code).into_http_response()),
        )
    };
}

fn details(code: ErrorCode) -> Vec<(&'static str, String)> {
    let by = match code.is_name_published() {
        true => "as FINBOURNE's SDKs publish it",
        false => CRATE_CHOICE,
    };
    vec![("name", format!("{}  ({by})", code.name()))]
}

fn json_details(code: ErrorCode) -> Vec<(&'static str, Json)> {
    let choices = match code.is_name_published() {
        true => vec!["status"],
        false => vec!["name", "status"],
    };
    vec![("crate_choice", choices.into())]
}

fn example(code: ErrorCode) -> Option<Example> {
    let body = ProblemDetails::new(code)
        .with_instance("https://example.lusid.com/app/insights/logs/0HN00000000:00000001");
    Some(Example::of(code.status(), &body, None))
}
