//! Okta OAuth 2.0 / OpenID Connect errors (`invalid_client`).

use super::{rate_limit, Body, Example, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};

impl Registered for OAuthErrorCode {
    const SPEC: Spec<Self> = Spec {
        samples: rate_limit::SAMPLES,
        details,
        json_details,
        example,
        ..Spec::new(
            [
                "okta_oauth",
                "okta-oauth",
                "Okta OAuth error",
                "okta::OAuthErrorCode",
            ],
            &[
                ("error", Field::Code),
                ("status", Field::Status),
                ("description", Field::Description),
            ],
            // With Okta's rate-limit headers, which it sends with every answer.
            Body::Own(|code| {
                OAuthErrorBody::new(code)
                    .with_rate_limit(rate_limit::sample(code.status()))
                    .into_http_response()
            }),
        )
    };
}

fn details(code: OAuthErrorCode) -> Vec<(&'static str, String)> {
    if code.sent_as() == code {
        return Vec::new();
    }
    let sent = format!(
        "{}  (what Okta puts in `error` for this one)",
        code.sent_as().code()
    );
    vec![("sent as", sent)]
}

fn json_details(code: OAuthErrorCode) -> Vec<(&'static str, Json)> {
    vec![("sent_as", code.sent_as().code().into())]
}

fn example(code: OAuthErrorCode) -> Option<Example> {
    Some(Example::of(code.status(), &OAuthErrorBody::new(code), None))
}
