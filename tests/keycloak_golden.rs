//! Golden tests over every Keycloak answer in `tests/fixtures/keycloak_examples.json` (see its
//! README line for where each comes from): each parses as the body its entry says
//! (`expect_shape`: the OAuth `{"error"}` or the admin `{"errorMessage"}`) and as no other, says
//! the `error` or `errorMessage` the entry states, is the catalog code the entry states (an OAuth
//! error or an event error) or, where the entry gives a reason it has none, no code; it is written
//! back byte for byte (a pretty-printed quote compact), and read as a response it is an
//! `Error::KeycloakOAuth` or `Error::KeycloakAdmin` whose bytes pass on unchanged.

use identity_errors::http::{HeaderMap, StatusCode};
use identity_errors::keycloak::{AdminErrorBody, EventError, OAuthErrorBody, OAuthErrorCode};
use identity_errors::{Body, Error, Kind, Vendor};
use serde_json::Value;

// The golden tests of every vendor read their fixture through one type.
#[allow(dead_code)]
mod common {
    pub mod fixture;
}

use common::fixture::Example;

const FIXTURE: &str = include_str!("fixtures/keycloak_examples.json");

fn examples() -> Vec<Example> {
    common::fixture::examples(FIXTURE)
}

/// What an entry says of itself, besides its body: its provenance and what it expects.
fn entries() -> Vec<Value> {
    serde_json::from_str::<Vec<Value>>(FIXTURE).unwrap()
}

/// The code an entry states (`oauth:<error>` or `event:<error>`), as the crate's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    OAuth(OAuthErrorCode),
    Event(EventError),
}

fn stated_code(entry: &Value) -> Option<Code> {
    let stated = entry["expect_code"].as_str()?;
    let (catalog, value) = stated.split_once(':').expect("catalog:value");
    Some(match catalog {
        "oauth" => Code::OAuth(OAuthErrorCode::from_code(value).unwrap_or_else(|| {
            panic!("{stated}: no OAuth error of Keycloak's catalog");
        })),
        "event" => Code::Event(
            EventError::from_code(value)
                .unwrap_or_else(|| panic!("{stated}: no event error of Keycloak's catalog")),
        ),
        other => panic!("{other}: no catalog"),
    })
}

/// `json` without the whitespace between its tokens: the compact form of a pretty-printed body.
/// Independent of serde_json's writer: it copies every byte but whitespace outside strings.
fn compact(json: &str) -> String {
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn status_of(example: &Example) -> StatusCode {
    StatusCode::from_u16(example.http_status.unwrap_or(400)).unwrap()
}

#[test]
fn the_fixture_holds_what_its_readme_says() {
    let entries = entries();
    assert_eq!(entries.len(), 15);
    let shape = |s: &str| entries.iter().filter(|e| e["expect_shape"] == s).count();
    assert_eq!((shape("oauth"), shape("admin")), (13, 2));
    let with_code = entries.iter().filter(|e| e["expect_code"].is_string());
    assert_eq!(with_code.count(), 11);
    for (index, entry) in entries.iter().enumerate() {
        // Every entry says where it comes from and what request produced it.
        assert!(entry["source_repo"].is_string(), "{index}");
        assert!(entry["origin"].is_string(), "{index}");
        assert!(
            entry["request"].as_str().is_some_and(|r| !r.is_empty()),
            "{index}"
        );
        assert!(entry["verified"].is_string(), "{index}");
        let in_repository = entry["source_path"].is_string()
            && entry["source_commit"]
                .as_str()
                .is_some_and(|c| c.len() == 40)
            && entry["source_line"].is_u64();
        let in_issue = entry["source_url"]
            .as_str()
            .is_some_and(|url| url.starts_with("https://github.com/"));
        assert!(in_repository != in_issue, "{index}: one source");
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
            "oauth" => {
                let body = OAuthErrorBody::from_slice(sent).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert!(AdminErrorBody::from_slice(sent).is_err(), "{at}");
                assert_eq!(body.code(), error, "{at}");
                assert_eq!(body.code(), value["error"].as_str().unwrap(), "{at}");
                assert_eq!(
                    body.description(),
                    value["error_description"].as_str(),
                    "{at}"
                );
                let read = match (body.known_code(), body.known_event_error()) {
                    (Some(code), _) => Some(Code::OAuth(code)),
                    (None, Some(event)) => Some(Code::Event(event)),
                    (None, None) => None,
                };
                assert_eq!(read, stated_code(entry), "{at}");
            }
            "admin" => {
                let body = AdminErrorBody::from_slice(sent).unwrap_or_else(|e| panic!("{at}: {e}"));
                assert!(OAuthErrorBody::from_slice(sent).is_err(), "{at}");
                assert_eq!(body.message(), error, "{at}");
                assert_eq!(
                    body.message(),
                    value["errorMessage"].as_str().unwrap(),
                    "{at}"
                );
                assert_eq!(body.field(), value["field"].as_str(), "{at}");
                let read = body.known_code().map(Code::Event);
                assert_eq!(read, stated_code(entry), "{at}");
            }
            other => panic!("{at}: {other}"),
        }
    }
}

#[test]
fn every_body_is_written_back_byte_for_byte() {
    let examples = examples();
    let (mut exact, mut compacted) = (0, 0);
    for (index, example) in examples.iter().enumerate() {
        let sent = example.body();
        let written = match OAuthErrorBody::from_slice(sent.as_bytes()) {
            Ok(body) => {
                let written = body.to_json();
                let again = OAuthErrorBody::from_slice(written.as_bytes()).unwrap();
                assert_eq!(again, body, "{index}");
                written
            }
            Err(_) => {
                let body = AdminErrorBody::from_slice(sent.as_bytes()).unwrap();
                let written = body.to_json();
                let again = AdminErrorBody::from_slice(written.as_bytes()).unwrap();
                assert_eq!(again, body, "{index}");
                written
            }
        };
        // Pretty-printed quotes are written compact: the same bytes, less the whitespace
        // between tokens.
        assert_eq!(written, compact(sent), "{index}");
        if written == sent {
            exact += 1;
        } else {
            compacted += 1;
        }
    }
    assert_eq!((exact, compacted), (12, 3));
}

#[test]
fn every_answer_is_read_as_keycloaks_and_passed_on_as_received() {
    let (examples, entries) = (examples(), entries());
    for (index, (example, entry)) in examples.iter().zip(&entries).enumerate() {
        let at = format!("#{index} ({})", example.source());
        let sent = example.body().as_bytes();
        let status = status_of(example);
        let error = Error::from_parts(Vendor::Keycloak, status, &example.headers(), sent)
            .unwrap_or_else(|| panic!("{at}: no error"));
        let stated = stated_code(entry);
        let kind = match (&error, entry["expect_shape"].as_str().unwrap()) {
            (Error::KeycloakOAuth(body), "oauth") => {
                assert_eq!(Body::status(&**body), status, "{at}");
                body.kind()
            }
            (Error::KeycloakAdmin(body), "admin") => {
                assert_eq!(Body::status(&**body), status, "{at}");
                body.kind()
            }
            (other, shape) => panic!("{at}: {shape} read as {other:?}"),
        };
        // The kind is the stated code's, else the status's.
        let expected = match stated {
            Some(Code::OAuth(code)) => code.kind(),
            Some(Code::Event(event)) => event.kind(),
            None => Kind::of_status(status).unwrap(),
        };
        assert_eq!(kind, expected, "{at}");
        assert_eq!(error.kind(), expected, "{at}");
        assert_eq!(error.status(), status, "{at}");
        assert_eq!(error.into_http_response().body(), &sent.to_vec(), "{at}");
    }
}

#[test]
fn the_answers_without_a_code_are_admin_sentences_at_their_status() {
    let (examples, entries) = (examples(), entries());
    let without: Vec<(u16, &str)> = (examples.iter().zip(&entries))
        .filter(|(_, entry)| entry["expect_code"].is_null())
        .map(|(example, entry)| {
            (
                example.http_status.unwrap(),
                entry["expect_error"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        without,
        [
            (409, "User exists with same username"),
            (409, "Client test-client already exists"),
            (404, "Realm not found."),
            (500, "unknown_error"),
        ]
    );
    // The admin API's 404 in the OAuth shape: a sentence, read by its status.
    let body = OAuthErrorBody::from_parts(
        StatusCode::NOT_FOUND,
        &HeaderMap::new(),
        examples[4].body().as_bytes(),
    )
    .unwrap();
    assert_eq!(body.code(), "Realm not found.");
    assert_eq!(body.kind(), Kind::NotFound);
    assert_eq!(body.known_code(), None);
    assert_eq!(body.known_event_error(), None);
}

#[test]
fn body_trait_reads_them_too() {
    fn code_of<B: Body>(bytes: &[u8]) -> Option<B::Catalog> {
        B::from_slice(bytes).ok()?.known_code()
    }
    let examples = examples();
    assert_eq!(
        code_of::<OAuthErrorBody>(examples[0].body().as_bytes()),
        Some(OAuthErrorCode::InvalidGrant)
    );
    assert_eq!(
        code_of::<AdminErrorBody>(examples[2].body().as_bytes()),
        None
    );
}
