//! `keycloak::OAuthErrorBody` and `keycloak::AdminErrorBody`: what they read, keep and write,
//! what they refuse, and `Error::from_parts` for `Vendor::Keycloak`.

use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
use identity_errors::keycloak::{AdminErrorBody, EventError, OAuthErrorBody, OAuthErrorCode};
use identity_errors::{Body, Error, Kind, Retry, Vendor};
use std::time::Duration;

#[test]
fn an_oauth_body_keeps_unknown_errors_and_other_members_verbatim() {
    let sent = br#"{"error":"Could not find client","x":{"a":[1,2]},"error_description":null}"#;
    // `error_description` as null is no string: refused, typed.
    assert!(OAuthErrorBody::from_slice(sent).is_err());
    let sent = br#"{"x":{"a":[1,2]},"error":"Could not find client"}"#;
    let body = OAuthErrorBody::from_slice(sent).unwrap();
    assert_eq!(body.code(), "Could not find client");
    assert_eq!(body.known_code(), None);
    assert_eq!(body.known_event_error(), None);
    assert_eq!(body.description(), None);
    assert_eq!(body.to_json().as_bytes(), sent);
    let body = OAuthErrorBody::from_parts(StatusCode::NOT_FOUND, &HeaderMap::new(), sent).unwrap();
    assert_eq!(body.status(), StatusCode::NOT_FOUND);
    assert_eq!((body.kind(), body.retry()), (Kind::NotFound, Retry::Never));
}

#[test]
fn an_oauth_body_takes_the_catalogs_advice_then_the_event_errors_then_the_status() {
    let body = OAuthErrorBody::from_raw("invalid_token");
    assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidToken));
    assert_eq!(body.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(body.retry(), Retry::AfterReauthenticating);
    let body = OAuthErrorBody::from_raw("user_not_found");
    assert_eq!(body.known_event_error(), Some(EventError::UserNotFound));
    assert_eq!(body.kind(), Kind::NotFound);
    assert_eq!(body.status(), StatusCode::BAD_REQUEST);
    let body =
        OAuthErrorBody::from_raw("unknown_error").with_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::ServerFault, Retry::WithBackoff)
    );
    // A device-flow poll waits by RFC 8628 without a Retry-After, and by it with one.
    assert_eq!(
        OAuthErrorBody::new(OAuthErrorCode::SlowDown).retry_after(),
        Some(Duration::from_secs(10))
    );
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", HeaderValue::from_static("7"));
    let body = OAuthErrorBody::from_parts(
        StatusCode::BAD_REQUEST,
        &headers,
        br#"{"error":"slow_down"}"#,
    )
    .unwrap();
    assert_eq!(body.retry_after(), Some(Duration::from_secs(7)));
    let response = body.into_http_response();
    assert_eq!(response.headers()["retry-after"], "7");
}

#[test]
fn bad_bodies_are_typed_errors() {
    for sent in [
        &b""[..],
        b"{}",
        b"[]",
        b"null",
        br#"{"error":17}"#,
        br#"{"error":"a","error_description":[]}"#,
        br#"{"error":"a","error":"b"}"#,
        b"{\"error\":\"a\"",
        b"\xff",
    ] {
        assert!(
            OAuthErrorBody::from_slice(sent).is_err(),
            "{}",
            String::from_utf8_lossy(sent)
        );
    }
    for sent in [
        &b"{}"[..],
        br#"{"field":"email"}"#,
        br#"{"errorMessage":null}"#,
        br#"{"errorMessage":"m","params":"email"}"#,
        br#"{"errorMessage":"m","params":[1]}"#,
        br#"{"errorMessage":"m","field":2}"#,
    ] {
        assert!(
            AdminErrorBody::from_slice(sent).is_err(),
            "{}",
            String::from_utf8_lossy(sent)
        );
    }
}

#[test]
fn an_admin_body_keeps_a_validation_errors_members_in_place() {
    let sent = br#"{"field":"username","errorMessage":"error-user-attribute-required","params":["username"],"errors":[{"field":"username"}]}"#;
    let body =
        AdminErrorBody::from_parts(StatusCode::BAD_REQUEST, &HeaderMap::new(), sent).unwrap();
    assert_eq!(body.field(), Some("username"));
    assert_eq!(body.message(), "error-user-attribute-required");
    assert_eq!(body.params(), Some(&["username".to_owned()][..]));
    assert_eq!(body.known_code(), None);
    assert_eq!(body.to_json().as_bytes(), sent);
    let line = body.to_string();
    assert!(line.starts_with("error-user-attribute-required"), "{line}");
    assert!(line.contains("field username"), "{line}");
}

#[test]
fn error_from_parts_reads_either_keycloak_body() {
    let token = br#"{"error":"invalid_grant","error_description":"Invalid user credentials"}"#;
    let error = Error::from_parts(
        Vendor::Keycloak,
        StatusCode::UNAUTHORIZED,
        &HeaderMap::new(),
        token,
    )
    .expect("a 401 is an error");
    let Error::KeycloakOAuth(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidGrant));
    assert_eq!(error.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error.into_http_response().body(), &token.to_vec());

    let admin = br#"{"errorMessage":"User exists with same username"}"#;
    let error = Error::from_parts(
        Vendor::Keycloak,
        StatusCode::CONFLICT,
        &HeaderMap::new(),
        admin,
    )
    .unwrap();
    let Error::KeycloakAdmin(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(body.message(), "User exists with same username");
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::Conflict, Retry::Never)
    );
    assert_eq!(error.into_http_response().body(), &admin.to_vec());

    // Neither shape: kept as received; a success is never an error.
    let error = Error::from_parts(
        Vendor::Keycloak,
        StatusCode::BAD_GATEWAY,
        &HeaderMap::new(),
        b"<html>",
    )
    .unwrap();
    assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
    assert_eq!(error.retry(), Retry::WithBackoff);
    assert!(
        Error::from_parts(Vendor::Keycloak, StatusCode::OK, &HeaderMap::new(), token).is_none()
    );
    assert_eq!(<OAuthErrorBody as Body>::CONTENT_TYPE, "application/json");
    assert_eq!(<AdminErrorBody as Body>::VENDOR, Vendor::Keycloak);
}
