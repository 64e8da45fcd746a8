//! Akamai Identity Cloud Registration errors (`415`): an `error` string, read as the code is
//! (two codes share `unknown_application`), a category, and the catch-all rule for codes the
//! catalog lacks (applied in `lookup`).

use super::{Body, Example, Field, Registered, Spec};
use identity_errors::identity_cloud::{ErrorBody, ErrorCode};

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        numbered: Some(&["415"]),
        // The title is the `error` string.
        title_is_name: true,
        details: |code| {
            let category = code.category();
            vec![(
                "category",
                format!("{category}: {}", category.description()),
            )]
        },
        example,
        ..Spec::new(
            [
                "identity_cloud",
                "identity-cloud",
                "Identity Cloud",
                "identity_cloud::ErrorCode",
            ],
            &[
                ("code", Field::Code),
                ("name", Field::Variant),
                ("error", Field::Title),
                ("description", Field::Description),
                (
                    "category",
                    Field::Of(|code| code.category().as_str().into()),
                ),
            ],
            Body::Own(|code| ErrorBody::new(code).into_http_response()),
        )
    };
}

fn example(code: ErrorCode) -> Option<Example> {
    let body = ErrorBody::new(code);
    let note = Some("Capture answers every error with it".to_owned());
    Some(Example::of(body.status(), &body, note))
}
