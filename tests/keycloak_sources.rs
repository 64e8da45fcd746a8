//! The generated Keycloak catalogs, read through the library's API, equal the Java files kept
//! in `data/sources/keycloak/`: every `String NAME = "value";` of `OAuthErrorException.java` is
//! an `OAuthErrorCode` with its constant and section, every one of `Errors.java` an
//! `EventError` with its constant, in the files' order, and nothing more. The advice of every
//! row follows the written rules of data/README.md ("Keycloak").

use identity_errors::keycloak::{EventError, OAuthErrorCode};
use identity_errors::{Catalog, Kind, Retry, Vendor};

/// `(constant, value, section)` of every string constant of a Java file, in order; the
/// section is the last `//` comment above it that is not a URL.
fn constants(java: &str) -> Vec<(&str, &str, &str)> {
    let mut section = "";
    let mut found = Vec::new();
    for line in java.lines() {
        let line = line.trim();
        if let Some(comment) = line.strip_prefix("//") {
            if !comment.trim_start().starts_with("http") {
                section = comment.trim();
            }
            continue;
        }
        let Some(rest) = line
            .strip_prefix("public static final String ")
            .or_else(|| line.strip_prefix("String "))
        else {
            continue;
        };
        let (constant, value) = rest.split_once('=').expect("a constant has a value");
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix("\";"))
            .unwrap_or_else(|| panic!("not a string literal: {line}"));
        found.push((constant.trim(), value, section));
    }
    found
}

/// The kind the retry rule of data/README.md gives a kind.
fn retry_of(kind: Kind) -> Retry {
    match kind {
        Kind::RateLimited => Retry::AfterWindow,
        Kind::Unavailable | Kind::ServerFault => Retry::WithBackoff,
        Kind::Unauthenticated => Retry::AfterReauthenticating,
        _ => Retry::Never,
    }
}

#[test]
fn every_oauth_constant_is_a_code_with_its_constant_and_section() {
    let java = include_str!("../data/sources/keycloak/OAuthErrorException.java");
    let found = constants(java);
    assert_eq!(found.len(), 26);
    assert_eq!(OAuthErrorCode::ALL.len(), 26);
    for (i, &(constant, value, section)) in found.iter().enumerate() {
        let code = OAuthErrorCode::from_code(value).unwrap_or_else(|| panic!("{value}"));
        assert_eq!(OAuthErrorCode::ALL[i], code, "file order");
        assert_eq!(code.code(), value);
        assert_eq!(code.to_string(), value);
        assert_eq!(code.title(), constant);
        assert_eq!(code.section(), section, "{value}");
        assert_eq!(Catalog::description(code), None);
        assert_eq!(Catalog::status(code), Some(code.status()));
    }
    for code in OAuthErrorCode::ALL {
        assert!(
            found.iter().any(|&(_, value, _)| value == code.code()),
            "{code}: not in the file"
        );
    }
    let dpop = OAuthErrorCode::from_code("invalid_dpop_proof").unwrap();
    assert_eq!(
        (dpop.title(), dpop.section()),
        ("INVALID_DPOP_PROOF", "DPoP")
    );
    assert_eq!(OAuthErrorCode::VENDOR, Vendor::Keycloak);
}

#[test]
fn every_event_constant_is_an_event_error_with_its_constant() {
    let java = include_str!("../data/sources/keycloak/Errors.java");
    let found = constants(java);
    assert_eq!(found.len(), 84);
    assert_eq!(EventError::ALL.len(), 84);
    for (i, &(constant, value, _)) in found.iter().enumerate() {
        let code = EventError::from_code(value).unwrap_or_else(|| panic!("{value}"));
        assert_eq!(EventError::ALL[i], code, "file order");
        assert_eq!(code.code(), value);
        assert_eq!(code.title(), constant);
        assert_eq!(Catalog::status(code), None);
        assert_eq!(Catalog::description(code), None);
    }
    for code in EventError::ALL {
        assert!(
            found.iter().any(|&(_, value, _)| value == code.code()),
            "{code}: not in the file"
        );
    }
    // The source's quirks are kept: six constants are not their values upper-cased, and one
    // declaration has no space before its `=` (read above all the same).
    let renamed: Vec<&str> = found
        .iter()
        .filter(|(constant, value, _)| *constant != value.to_uppercase())
        .map(|&(constant, _, _)| constant)
        .collect();
    assert_eq!(
        renamed,
        [
            "INVALID_SAML_AUTHN_REQUEST",
            "INVALID_SAML_LOGOUT_REQUEST",
            "INVALID_SAML_LOGOUT_RESPONSE",
            "INVALID_SAML_ARTIFACT",
            "INVALID_SAML_ARTIFACT_RESPONSE",
            "FEDERATED_IDENTITY_EXISTS",
        ]
    );
    assert!(java.contains("String GENERIC_AUTHENTICATION_ERROR= \"generic_authentication_error\";"));
    assert!(java.contains("String UNAUTHORIZED_CLIENT =\"unauthorized_client\";"));
}

#[test]
fn oauth_statuses_and_advice_follow_the_written_rule() {
    // data/README.md, "Keycloak": the RFC's status where it gives one, else the crate's.
    let rfc = [
        ("invalid_request", 400),
        ("invalid_client", 401),
        ("invalid_grant", 400),
        ("unauthorized_client", 400),
        ("unsupported_grant_type", 400),
        ("invalid_scope", 400),
        ("invalid_token", 401),
        ("insufficient_scope", 403),
    ];
    let crate_choice = [
        ("access_denied", 403),
        ("server_error", 500),
        ("temporarily_unavailable", 503),
    ];
    let mut published = 0;
    for code in OAuthErrorCode::ALL {
        let expected = rfc
            .iter()
            .chain(&crate_choice)
            .find(|(error, _)| *error == code.code())
            .map_or(400, |&(_, status)| status);
        assert_eq!(code.status().as_u16(), expected, "{code}");
        let by_rfc = rfc.iter().any(|(error, _)| *error == code.code());
        assert_eq!(code.is_status_published(), by_rfc, "{code}");
        published += usize::from(by_rfc);
        let (kind, retry) = match code.code() {
            "temporarily_unavailable" => (Kind::Unavailable, Retry::WithBackoff),
            "authorization_pending" => (Kind::Unavailable, Retry::AfterWindow),
            "slow_down" => (Kind::RateLimited, Retry::AfterWindow),
            _ => {
                let kind = match expected {
                    401 => Kind::Unauthenticated,
                    403 => Kind::Forbidden,
                    500 => Kind::ServerFault,
                    503 => Kind::Unavailable,
                    _ => Kind::InvalidRequest,
                };
                (kind, retry_of(kind))
            }
        };
        assert_eq!((code.kind(), code.retry()), (kind, retry), "{code}");
    }
    assert_eq!(published, 8);
}

/// The event errors' kind rule of data/README.md ("Keycloak"), first match wins.
fn event_kind(value: &str) -> Kind {
    let has = |words: &[&str]| words.iter().any(|word| value.contains(word));
    if value == "slow_down" {
        Kind::RateLimited
    } else if has(&["not_found"]) || value.starts_with("unknown_") {
        Kind::NotFound
    } else if has(&["_in_use", "_exists", "already"]) {
        Kind::Conflict
    } else if has(&["unsupported"]) {
        Kind::Unsupported
    } else if has(&[
        "disabled",
        "denied",
        "not_allowed",
        "unauthorized",
        "rejected_by_user",
        "ssl_required",
        "illegal_origin",
        "permission",
    ]) {
        Kind::Forbidden
    } else if value == "invalid_code"
        || has(&[
            "credentials",
            "token",
            "expired",
            "session",
            "verifier",
            "pkce",
            "dpop",
            "signature",
            "authentication",
            "_user",
            "not_logged_in",
            "invalid_client",
            "device_code",
        ])
    {
        Kind::Unauthenticated
    } else if has(&["send_failed"]) {
        Kind::Unavailable
    } else {
        Kind::InvalidRequest
    }
}

#[test]
fn event_advice_follows_the_written_rule() {
    let mut counts = std::collections::BTreeMap::new();
    for code in EventError::ALL {
        let kind = event_kind(code.code());
        assert_eq!(code.kind(), kind, "{code}");
        assert_eq!(code.retry(), retry_of(kind), "{code}");
        *counts.entry(format!("{kind:?}")).or_insert(0) += 1;
    }
    let counts: Vec<(String, i32)> = counts.into_iter().collect();
    let expected = [
        ("Conflict", 6),
        ("Forbidden", 14),
        ("InvalidRequest", 29),
        ("NotFound", 8),
        ("RateLimited", 1),
        ("Unauthenticated", 23),
        ("Unavailable", 1),
        ("Unsupported", 2),
    ];
    let expected: Vec<(String, i32)> = expected.iter().map(|&(k, n)| (k.to_owned(), n)).collect();
    assert_eq!(counts, expected);
}
