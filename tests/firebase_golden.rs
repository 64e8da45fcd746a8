//! Golden tests over every Firebase Auth answer in `tests/fixtures/firebase_examples.json` (see
//! its README line for where each comes from): each parses, its server code is the one its own
//! text names (the table below was read from the fixture, not from the crate), a code of the
//! catalog where the table says so, and it is written back byte for byte; read as a response,
//! each is an `Error::Firebase` whose bytes pass on unchanged.

use identity_errors::firebase::{ErrorBody, ErrorCode};
use identity_errors::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use identity_errors::{Error, Vendor};
use std::collections::BTreeMap;

/// One fixture entry (only what these tests read).
#[derive(serde::Deserialize)]
struct Example {
    http_status: Option<u16>,
    headers: Option<BTreeMap<String, String>>,
    body: String,
    source_url: Option<String>,
    source_index_id: Option<String>,
}

impl Example {
    fn source(&self) -> &str {
        self.source_url
            .as_deref()
            .or(self.source_index_id.as_deref())
            .unwrap_or("?")
    }

    fn headers(&self) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in self.headers.iter().flatten() {
            map.insert(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }
}

fn examples() -> Vec<Example> {
    serde_json::from_str(include_str!("fixtures/firebase_examples.json")).unwrap()
}

/// Every entry by index: the server code its `error.message` names (before any ` : `), and
/// whether it is a catalog code.
const EXPECTED: &[(usize, &str, bool)] = &[
    (0, "INVALID_EMAIL", true),
    (1, "USER_DISABLED", true),
    (2, "EMAIL_NOT_FOUND", true),
    (3, "TOO_MANY_ATTEMPTS_TRY_LATER", true),
    (4, "EMAIL_EXISTS", true),
    (5, "PASSWORD_LOGIN_DISABLED", true),
    (6, "INVALID_PASSWORD", true),
    (7, "EMAIL_NOT_FOUND", true),
    (8, "INVALID_LOGIN_CREDENTIALS", true),
    (9, "WEAK_PASSWORD", true),
    (10, "INVALID_ID_TOKEN", true),
    (11, "API key not valid. Please pass a valid API key.", false),
    (12, "API Key not found. Please pass a valid API key.", false),
    (13, "The request is missing a valid API key.", false),
];

#[test]
fn the_fixture_holds_what_the_table_says() {
    let examples = examples();
    assert_eq!(examples.len(), EXPECTED.len());
    let known = EXPECTED.iter().filter(|(_, _, known)| *known).count();
    assert_eq!(known, 11);
}

#[test]
fn every_body_round_trips_byte_for_byte_with_the_code_its_text_names() {
    let examples = examples();
    for &(index, code, known) in EXPECTED {
        let example = &examples[index];
        let at = format!("#{index} ({})", example.source());
        let body =
            ErrorBody::from_slice(example.body.as_bytes()).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(body.code(), code, "{at}");
        assert_eq!(body.known_code().is_some(), known, "{at}");
        if let Some(catalog) = body.known_code() {
            assert_eq!(catalog.code(), code, "{at}");
            assert_eq!(body.client_code(), catalog.client_code(), "{at}");
        }
        assert_eq!(body.to_json(), example.body, "{at}: byte for byte");
        // Read as a response, with the status and headers the source gives.
        let status = StatusCode::from_u16(example.http_status.unwrap_or(400)).unwrap();
        let error = Error::from_parts(
            Vendor::Firebase,
            status,
            &example.headers(),
            example.body.as_bytes(),
        )
        .unwrap_or_else(|| panic!("{at}: no error"));
        let Error::Firebase(read) = &error else {
            panic!("{at}: {error:?}");
        };
        assert_eq!(read.code(), code, "{at}");
        assert_eq!(read.status(), status, "{at}");
        let passed = error.into_http_response();
        assert_eq!(passed.body(), example.body.as_bytes(), "{at}: passed on");
    }
}

#[test]
fn the_details_the_sources_show_are_read_as_the_sdk_reads_them() {
    let examples = examples();
    let body = ErrorBody::from_slice(examples[3].body.as_bytes()).unwrap();
    assert_eq!(body.known_code(), Some(ErrorCode::TooManyAttemptsTryLater));
    assert_eq!(
        body.detail(),
        Some("Access to this account has been temporarily disabled due to many failed login attempts. You can immediately restore it by resetting your password or you can try again later.")
    );
    let body = ErrorBody::from_slice(examples[9].body.as_bytes()).unwrap();
    assert_eq!(
        body.detail(),
        Some("Password should be at least 6 characters")
    );
    assert_eq!(body.client_code(), "auth/weak-password");
    // The order of an entry's members is kept as the server wrote it.
    let body = ErrorBody::from_slice(examples[1].body.as_bytes()).unwrap();
    assert_eq!(body.errors()[0].reason(), Some("invalid"));
    assert_eq!(body.client_code(), "auth/user-disabled");
}

#[test]
fn an_api_key_answer_gets_the_client_code_the_sdk_was_seen_to_throw() {
    // The JS SDK's fallback on "API key not valid. Please pass a valid API key.": a real
    // report of it is "Firebase: Error (auth/api-key-not-valid.-please-pass-a-valid-api-key.)."
    // (itsmefarhan/react-firebase-chat#3, 2024-05-19).
    let examples = examples();
    let body = ErrorBody::from_slice(examples[11].body.as_bytes()).unwrap();
    assert_eq!(
        body.client_code(),
        "auth/api-key-not-valid.-please-pass-a-valid-api-key."
    );
    assert_eq!(body.rpc_status(), Some("INVALID_ARGUMENT"));
    assert_eq!(body.status(), 400, "error.code");
    let body = ErrorBody::from_slice(examples[13].body.as_bytes()).unwrap();
    assert_eq!(body.status(), 403, "error.code");
}
