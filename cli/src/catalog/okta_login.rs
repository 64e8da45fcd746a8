//! Okta sign-in failure reasons (`LOCKED_OUT`): a one-line description, troubleshooting steps
//! and, for some, the Okta API code the failure is reported with, whose body Okta answers with.

use super::{entry, Body, Field, Registered, Spec};
use identity_errors::okta::LoginFailure;

impl Registered for LoginFailure {
    const SPEC: Spec<Self> = Spec {
        // The article's columns: its Description is the one-line title, its troubleshooting
        // steps are the description.
        title_label: Some("description"),
        description_label: "troubleshooting",
        more_names: |reason| {
            reason
                .error_code()
                .map(|code| code.code().to_owned())
                .into_iter()
                .collect()
        },
        details,
        ..Spec::new(
            [
                "okta_login_failures",
                "okta-login",
                "Okta sign-in",
                "okta::LoginFailure",
            ],
            &[
                ("reason", Field::Code),
                (
                    "error_code",
                    Field::Of(|reason| reason.error_code().map(|code| code.code()).into()),
                ),
                ("description", Field::Title),
                ("troubleshooting", Field::Description),
            ],
            Body::Linked {
                to: |reason| reason.error_code().and_then(entry),
                none: "is an Okta sign-in failure reason (a System Log outcome), which has no \
                       body, and Okta links no API error code to it",
            },
        )
    };
}

fn details(reason: LoginFailure) -> Vec<(&'static str, String)> {
    let linked = match reason.error_code() {
        Some(code) => format!("{code} ({})", code.title()),
        None => "none".to_owned(),
    };
    vec![("API error code", linked)]
}
