//! Golden tests over every Auth0 answer in `tests/fixtures/auth0_examples.json` (see its README
//! line for where each comes from): each parses as the body its entry says (`expect_shape`: the
//! Authentication API's `{"error","error_description"}`, the Management API's
//! `{"statusCode","error","message","errorCode"}` or a sign-up's
//! `{"name","code","description","statusCode"}`), says the `error`, `errorCode` or `code` the
//! entry states, is the catalog code the entry states or, where the entry gives a reason it has
//! none, no code; it is written back byte for byte, and read as a response it is an
//! `Error::Auth0Auth`, `Error::Auth0Management` or `Error::Auth0Signup` whose bytes pass on
//! unchanged.

use identity_errors::auth0::{
    AuthErrorBody, AuthErrorCode, ManagementErrorBody, SignupErrorBody, SignupErrorCode,
};
use identity_errors::http::StatusCode;
use identity_errors::{Body, Error, Kind, Vendor};
use serde_json::Value;

// The golden tests of every vendor read their fixture through one type.
#[allow(dead_code)]
mod common {
    pub mod fixture;
}

use common::fixture::Example;

const FIXTURE: &str = include_str!("fixtures/auth0_examples.json");

fn examples() -> Vec<Example> {
    common::fixture::examples(FIXTURE)
}

/// What an entry says of itself, besides its body: its provenance and what it expects.
fn entries() -> Vec<Value> {
    serde_json::from_str::<Vec<Value>>(FIXTURE).unwrap()
}

/// The catalog and value an entry states (`auth:<error>`, `signup:<code>`).
fn stated(entry: &Value) -> Option<(&str, &str)> {
    let stated = entry["expect_code"].as_str()?;
    let (catalog, value) = stated.split_once(':').expect("catalog:value");
    assert!(
        ["auth", "signup"].contains(&catalog),
        "{stated}: no catalog"
    );
    Some((catalog, value))
}

/// The Authentication API code an entry states (`auth:<error>`), as the crate's type.
fn stated_code(entry: &Value) -> Option<AuthErrorCode> {
    let (_, value) = stated(entry).filter(|(catalog, _)| *catalog == "auth")?;
    Some(AuthErrorCode::from_code(value).unwrap_or_else(|| {
        panic!("{value}: no error of Auth0's Authentication API catalog");
    }))
}

/// The sign-up code an entry states (`signup:<code>`), as the crate's type.
fn stated_signup(entry: &Value) -> Option<SignupErrorCode> {
    let (_, value) = stated(entry).filter(|(catalog, _)| *catalog == "signup")?;
    Some(SignupErrorCode::from_code(value).unwrap_or_else(|| {
        panic!("{value}: no sign-up error of Auth0's library errors page");
    }))
}

fn status_of(example: &Example) -> StatusCode {
    StatusCode::from_u16(example.http_status.expect("every entry has its status")).unwrap()
}

#[test]
fn the_fixture_holds_what_its_readme_says() {
    let entries = entries();
    assert_eq!(entries.len(), 15);
    let shape = |s: &str| entries.iter().filter(|e| e["expect_shape"] == s).count();
    assert_eq!(
        (shape("auth"), shape("management"), shape("signup")),
        (5, 7, 3)
    );
    let with_code = entries.iter().filter(|e| e["expect_code"].is_string());
    assert_eq!(with_code.count(), 6);
    for (index, entry) in entries.iter().enumerate() {
        // Every entry says where it comes from and what request produced it.
        assert!(entry["source_repo"].is_string(), "{index}");
        assert!(entry["origin"].is_string(), "{index}");
        assert!(
            entry["request"].as_str().is_some_and(|r| !r.is_empty()),
            "{index}"
        );
        assert!(entry["verified"].is_string(), "{index}");
        assert!(entry["source_path"].is_string(), "{index}");
        assert!(
            entry["source_commit"]
                .as_str()
                .is_some_and(|c| c.len() == 40 && c.bytes().all(|b| b.is_ascii_hexdigit())),
            "{index}"
        );
        assert!(entry["source_line"].is_u64(), "{index}");
        assert!(entry["http_status"].is_u64(), "{index}");
        // A code, or a reason there is none; never both.
        assert_ne!(
            entry["expect_code"].is_string(),
            entry["no_code_reason"].is_string(),
            "{index}"
        );
    }
}

#[test]
fn every_body_parses_as_its_shape_and_says_what_its_entry_says() {
    let (examples, entries) = (examples(), entries());
    for (index, (example, entry)) in examples.iter().zip(&entries).enumerate() {
        let at = format!("#{index} ({})", example.source());
        let sent = example.body().as_bytes();
        let error = entry["expect_error"].as_str().unwrap();
        let value: Value = serde_json::from_slice(sent).unwrap();
        match entry["expect_shape"].as_str().unwrap() {
            "auth" => {
                let body = AuthErrorBody::from_slice(sent).unwrap_or_else(|e| panic!("{at}: {e}"));
                // No statusCode or message: never a Management API body.
                assert!(ManagementErrorBody::from_slice(sent).is_err(), "{at}");
                assert_eq!(body.code(), error, "{at}");
                assert_eq!(body.code(), value["error"].as_str().unwrap(), "{at}");
                assert_eq!(
                    body.description(),
                    value["error_description"].as_str(),
                    "{at}"
                );
                assert_eq!(body.known_code(), stated_code(entry), "{at}");
            }
            "management" => {
                let body =
                    ManagementErrorBody::from_slice(sent).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert_eq!(body.code(), error, "{at}");
                assert_eq!(
                    u64::from(body.status_code()),
                    entry["expect_status_code"].as_u64().unwrap(),
                    "{at}"
                );
                assert_eq!(body.error(), value["error"].as_str().unwrap(), "{at}");
                assert_eq!(body.message(), value["message"].as_str().unwrap(), "{at}");
                assert_eq!(body.error_code(), value["errorCode"].as_str(), "{at}");
                assert_eq!(body.known_code(), stated_code(entry), "{at}");
                // The `error` member is a string too, so the Authentication API shape reads it
                // as well; Error::from_parts tries the Management API's first (below).
                assert!(AuthErrorBody::from_slice(sent).is_ok(), "{at}");
            }
            "signup" => {
                let body =
                    SignupErrorBody::from_slice(sent).unwrap_or_else(|e| panic!("{at}: {e}"));
                // No `error`: neither of the other shapes.
                assert!(AuthErrorBody::from_slice(sent).is_err(), "{at}");
                assert!(ManagementErrorBody::from_slice(sent).is_err(), "{at}");
                assert_eq!(body.code(), error, "{at}");
                assert_eq!(body.code(), value["code"].as_str().unwrap(), "{at}");
                assert_eq!(body.name(), value["name"].as_str(), "{at}");
                assert_eq!(body.message(), value["message"].as_str(), "{at}");
                assert_eq!(body.policy(), value["policy"].as_str(), "{at}");
                let description = body.description().map(|raw| raw.get());
                let description: Value = serde_json::from_str(description.unwrap()).unwrap();
                assert_eq!(description, value["description"], "{at}");
                assert_eq!(
                    body.status_code().map(u64::from),
                    value["statusCode"].as_u64(),
                    "{at}"
                );
                assert_eq!(body.known_code(), stated_signup(entry), "{at}");
            }
            other => panic!("{at}: {other}"),
        }
    }
}

#[test]
fn every_body_is_written_back_byte_for_byte() {
    let (examples, entries) = (examples(), entries());
    for (index, (example, entry)) in examples.iter().zip(&entries).enumerate() {
        let sent = example.body();
        let written = match entry["expect_shape"].as_str().unwrap() {
            "auth" => {
                let body = AuthErrorBody::from_slice(sent.as_bytes()).unwrap();
                let written = body.to_json();
                assert_eq!(AuthErrorBody::from_slice(written.as_bytes()).unwrap(), body);
                written
            }
            "signup" => {
                let body = SignupErrorBody::from_slice(sent.as_bytes()).unwrap();
                let written = body.to_json();
                assert_eq!(
                    SignupErrorBody::from_slice(written.as_bytes()).unwrap(),
                    body
                );
                written
            }
            _ => {
                let body = ManagementErrorBody::from_slice(sent.as_bytes()).unwrap();
                let written = body.to_json();
                assert_eq!(
                    ManagementErrorBody::from_slice(written.as_bytes()).unwrap(),
                    body
                );
                // And with the content type the Management API sends.
                let response = body.into_http_response();
                assert_eq!(
                    response.headers()["content-type"],
                    example.headers()["content-type"],
                    "{index}"
                );
                written
            }
        };
        assert_eq!(written, sent, "{index}");
    }
}

#[test]
fn every_answer_is_read_as_auth0s_and_passed_on_as_received() {
    let (examples, entries) = (examples(), entries());
    for (index, (example, entry)) in examples.iter().zip(&entries).enumerate() {
        let at = format!("#{index} ({})", example.source());
        let sent = example.body().as_bytes();
        let status = status_of(example);
        let error = Error::from_parts(Vendor::Auth0, status, &example.headers(), sent)
            .unwrap_or_else(|| panic!("{at}: no error"));
        let kind = match (&error, entry["expect_shape"].as_str().unwrap()) {
            (Error::Auth0Auth(body), "auth") => {
                assert_eq!(Body::status(&**body), status, "{at}");
                body.kind()
            }
            (Error::Auth0Management(body), "management") => {
                assert_eq!(Body::status(&**body), status, "{at}");
                body.kind()
            }
            (Error::Auth0Signup(body), "signup") => {
                assert_eq!(Body::status(&**body), status, "{at}");
                body.kind()
            }
            (other, shape) => panic!("{at}: {shape} read as {other:?}"),
        };
        // The kind is the stated code's, else the status's.
        let expected = match (stated_code(entry), stated_signup(entry)) {
            (Some(code), _) => code.kind(),
            (None, Some(code)) => code.kind(),
            (None, None) => Kind::of_status(status).unwrap(),
        };
        assert_eq!(kind, expected, "{at}");
        assert_eq!(error.kind(), expected, "{at}");
        assert_eq!(error.status(), status, "{at}");
        assert_eq!(error.into_http_response().body(), &sent.to_vec(), "{at}");
    }
}

#[test]
fn a_status_received_wins_over_the_errors_page() {
    // invalid_grant came with 403 and access_denied with 400, where the Errors page has them
    // under 400 and 403: the status read is the one received, the code's the page's.
    let (examples, entries) = (examples(), entries());
    let pairs: Vec<(u16, &str, u16)> = (examples.iter().zip(&entries))
        .filter_map(|(example, entry)| {
            let code = stated_code(entry)?;
            Some((
                example.http_status.unwrap(),
                code.code(),
                code.status().as_u16(),
            ))
        })
        .collect();
    assert_eq!(
        pairs,
        [
            (403, "invalid_grant", 400),
            (400, "access_denied", 403),
            (400, "invalid_request", 400),
        ]
    );
}
