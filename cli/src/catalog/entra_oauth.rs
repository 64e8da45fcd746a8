//! Microsoft Entra ID OAuth 2.0 errors (`invalid_grant`): Microsoft's description and client
//! action; statuses from Microsoft's samples or the crate's choice. Okta has errors of the same
//! names: without a prefix, `explain` shows both.

use super::entra::NO_BODY;
use super::{Body, Field, Registered, Spec};
use crate::json::Json;
use identity_errors::entra::OAuthErrorCode;

impl Registered for OAuthErrorCode {
    const SPEC: Spec<Self> = Spec {
        // The reference table's columns: its Description is the title, its Client Action the
        // description.
        title_label: Some("description"),
        description_label: "client action",
        details,
        json_details,
        ..Spec::new(
            [
                "entra_oauth",
                "entra-oauth",
                "Entra OAuth error",
                "entra::OAuthErrorCode",
            ],
            &[
                ("error", Field::Code),
                ("status", Field::Status),
                ("description", Field::Title),
                ("client_action", Field::Description),
            ],
            Body::Linked {
                to: |_| None,
                none: NO_BODY,
            },
        )
    };
}

fn details(code: OAuthErrorCode) -> Vec<(&'static str, String)> {
    let status = match code.is_status_published() {
        true => "as Microsoft's samples show it",
        false => "the crate's choice, by the status rule of data/README.md",
    };
    let source = match code.is_from_reference() {
        true => "the error-code reference's table of OAuth errors",
        false => "the native authentication API reference",
    };
    vec![
        ("status by", status.to_owned()),
        ("source", source.to_owned()),
    ]
}

fn json_details(code: OAuthErrorCode) -> Vec<(&'static str, Json)> {
    let mut choices = Vec::new();
    if !code.is_status_published() {
        choices.push("status");
    }
    if !code.is_advice_published() {
        choices.push("kind");
        choices.push("retry");
    }
    vec![("crate_choice", choices.into())]
}
