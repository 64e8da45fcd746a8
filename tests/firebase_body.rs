//! Firebase's error body, Google's envelope: `error.message` required and kept verbatim, the
//! server code cut from it at the first `" : "` as the JS SDK cuts it, `errors[]` and
//! `details[]` lists of objects and every other member kept in place, the client code the SDK
//! would throw, and `Error::from_parts` for `Vendor::Firebase`.

use identity_errors::firebase::{ErrorBody, ErrorCode};
use identity_errors::http::{HeaderMap, StatusCode};
use identity_errors::{Body, Error, Kind, ParseError, Retry, Vendor};

#[test]
fn a_plain_code_round_trips_with_its_client_code() -> Result<(), ParseError> {
    let sent = r#"{"error":{"code":400,"message":"EMAIL_NOT_FOUND","errors":[{"message":"EMAIL_NOT_FOUND","domain":"global","reason":"invalid"}]}}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(body.code(), "EMAIL_NOT_FOUND");
    assert_eq!(body.message(), "EMAIL_NOT_FOUND");
    assert_eq!(body.detail(), None);
    assert_eq!(body.known_code(), Some(ErrorCode::EmailNotFound));
    assert_eq!(body.client_code(), "auth/user-not-found");
    assert_eq!(body.error_code(), Some(400));
    assert_eq!(body.status(), 400);
    assert_eq!(body.errors().len(), 1);
    assert_eq!(body.errors()[0].reason(), Some("invalid"));
    assert_eq!((body.kind(), body.retry()), (Kind::NotFound, Retry::Never));
    assert_eq!(body.to_json(), sent);
    assert_eq!(ErrorBody::new(ErrorCode::EmailNotFound).to_json(), sent);
    Ok(())
}

#[test]
fn a_detail_is_cut_as_the_sdk_cuts_it_and_the_message_kept_whole() -> Result<(), ParseError> {
    let sent = r#"{"error":{"code":400,"message":"INVALID_CUSTOM_TOKEN : a : b","errors":[]}}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(body.code(), "INVALID_CUSTOM_TOKEN");
    // `'INVALID_CUSTOM_TOKEN : a : b'.split(' : ')` is ['INVALID_CUSTOM_TOKEN', 'a', 'b']: the
    // SDK's detail is 'a'.
    assert_eq!(body.detail(), Some("a"));
    assert_eq!(body.message(), "INVALID_CUSTOM_TOKEN : a : b");
    assert_eq!(body.to_json(), sent);
    // No spaces around the colon: no cut, as in the SDK.
    let body = ErrorBody::from_slice(br#"{"error":{"message":"WEAK_PASSWORD:short"}}"#)?;
    assert_eq!(body.code(), "WEAK_PASSWORD:short");
    assert_eq!(body.known_code(), None);
    Ok(())
}

#[test]
fn newer_answers_keep_status_details_and_unknown_members_in_place() -> Result<(), ParseError> {
    let sent = r#"{"error":{"code":400,"message":"INVALID_ARGUMENT : x","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","metadata":{"service":"identitytoolkit.googleapis.com"}}],"new":true},"top":[1,2]}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(body.rpc_status(), Some("INVALID_ARGUMENT"));
    assert_eq!(body.details().len(), 1);
    assert_eq!(
        body.details()[0].type_url(),
        Some("type.googleapis.com/google.rpc.ErrorInfo")
    );
    assert!(body.details()[0].extra().get("metadata").is_some());
    assert_eq!(body.errors(), &[]);
    assert_eq!(body.to_json(), sent);
    Ok(())
}

#[test]
fn an_unknown_code_is_kept_and_gets_the_sdks_fallback_client_code() -> Result<(), ParseError> {
    let sent = r#"{"error":{"code":403,"message":"SOME_NEW__CODE : why"}}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(body.code(), "SOME_NEW__CODE");
    assert_eq!(body.known_code(), None);
    // `.toLowerCase().replace(/[_\s]+/g, '-')`: the double underscore is one dash.
    assert_eq!(body.client_code(), "auth/some-new-code");
    assert_eq!(body.status(), 403, "error.code, no status received");
    assert_eq!((body.kind(), body.retry()), (Kind::Forbidden, Retry::Never));
    assert_eq!(body.to_json(), sent);
    // The status received wins over error.code.
    let read = ErrorBody::from_parts(
        StatusCode::TOO_MANY_REQUESTS,
        &HeaderMap::new(),
        sent.as_bytes(),
    )?;
    assert_eq!(read.status(), 429);
    assert_eq!(read.retry(), Retry::AfterWindow);
    Ok(())
}

#[test]
fn malformed_bodies_are_typed_errors() {
    for sent in [
        &b"{}"[..],
        br#"{"error":{}}"#,
        br#"{"error":"EMAIL_NOT_FOUND"}"#,
        br#"{"error":{"message":null}}"#,
        br#"{"error":{"message":3}}"#,
        br#"{"error":{"message":"A","code":"400"}}"#,
        br#"{"error":{"message":"A","code":400.5}}"#,
        br#"{"error":{"message":"A","errors":{}}}"#,
        br#"{"error":{"message":"A","errors":["A"]}}"#,
        br#"{"error":{"message":"A","details":[3]}}"#,
        br#"{"error":{"message":"A","status":1}}"#,
        br#"{"error":{"message":"A","message":"B"}}"#,
        b"[]",
        b"{\"error\":{\"message\":\"A\"}",
    ] {
        assert!(
            ErrorBody::from_slice(sent).is_err(),
            "{}",
            String::from_utf8_lossy(sent)
        );
    }
}

#[test]
fn error_from_parts_reads_a_firebase_answer() {
    let sent = br#"{"error":{"code":400,"message":"INVALID_ID_TOKEN","errors":[{"message":"INVALID_ID_TOKEN","domain":"global","reason":"invalid"}]}}"#;
    let error = Error::from_parts(
        Vendor::Firebase,
        StatusCode::BAD_REQUEST,
        &HeaderMap::new(),
        sent,
    )
    .expect("a 400 is an error");
    let Error::Firebase(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(body.known_code(), Some(ErrorCode::InvalidIdToken));
    assert_eq!(body.client_code(), "auth/invalid-user-token");
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::Unauthenticated, Retry::AfterReauthenticating)
    );
    assert_eq!(error.into_http_response().body(), &sent.to_vec());
    // Not a Firebase body: kept as received.
    let error = Error::from_parts(
        Vendor::Firebase,
        StatusCode::BAD_GATEWAY,
        &HeaderMap::new(),
        b"<html>",
    )
    .unwrap();
    assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
    assert_eq!(error.retry(), Retry::WithBackoff);
    assert!(
        Error::from_parts(Vendor::Firebase, StatusCode::OK, &HeaderMap::new(), b"{}").is_none()
    );
    assert_eq!(
        <ErrorBody as Body>::CONTENT_TYPE,
        "application/json; charset=UTF-8"
    );
}

#[test]
fn display_says_the_code_the_detail_and_the_rpc_status() -> Result<(), ParseError> {
    let body = ErrorBody::from_slice(
        br#"{"error":{"code":400,"message":"WEAK_PASSWORD : Password should be at least 6 characters","status":"INVALID_ARGUMENT"}}"#,
    )?;
    assert_eq!(
        body.to_string(),
        r#"WEAK_PASSWORD: Password should be at least 6 characters (causes: "status INVALID_ARGUMENT")"#
    );
    Ok(())
}
