//! Microsoft Entra ID native authentication suberrors (`password_too_weak`): what refines an
//! `error`; no status of their own.

use super::entra::NO_BODY;
use super::{Body, Field, Registered, Spec};
use identity_errors::entra::Suberror;

impl Registered for Suberror {
    const SPEC: Spec<Self> = Spec {
        // Microsoft gives one text: the title.
        title_label: Some("description"),
        ..Spec::new(
            [
                "entra_suberrors",
                "entra-suberror",
                "Entra suberror",
                "entra::Suberror",
            ],
            &[("suberror", Field::Code), ("description", Field::Title)],
            Body::Linked {
                to: |_| None,
                none: NO_BODY,
            },
        )
    };
}
