//! Cognito's AWS JSON 1.1 error body: `__type` kept verbatim and cut as botocore cuts it,
//! `message` or `Message` written back as it came, `reasonCode`, other members in place, the
//! request-id and error-type headers, and `Error::from_parts` for `Vendor::Cognito`.

use identity_errors::cognito::{ErrorBody, ErrorCode};
use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
use identity_errors::{Body, Error, Kind, ParseError, Retry, Vendor};

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(*name, HeaderValue::from_str(value).unwrap());
    }
    map
}

#[test]
fn a_plain_type_and_message_round_trip() -> Result<(), ParseError> {
    let sent = r#"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(body.code(), "NotAuthorizedException");
    assert_eq!(body.error_name(), "NotAuthorizedException");
    assert_eq!(body.known_code(), Some(ErrorCode::NotAuthorized));
    assert_eq!(body.message(), Some("Incorrect username or password."));
    assert!(!body.is_message_capitalized());
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::Unauthenticated, Retry::AfterReauthenticating)
    );
    assert_eq!(body.to_json(), sent);
    Ok(())
}

#[test]
fn a_capital_message_and_a_namespace_are_kept_as_they_came() -> Result<(), ParseError> {
    let sent = r#"{"__type":"com.amazonaws.cognito.identity.idp.model#UserNotFoundException","Message":"User does not exist."}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(
        body.code(),
        "com.amazonaws.cognito.identity.idp.model#UserNotFoundException"
    );
    assert_eq!(body.error_name(), "UserNotFoundException");
    assert_eq!(body.known_code(), Some(ErrorCode::UserNotFound));
    assert_eq!(body.message(), Some("User does not exist."));
    assert!(body.is_message_capitalized());
    assert_eq!(body.to_json(), sent);
    // A new message goes where the old one was.
    let changed = body.with_message("Gone.");
    assert_eq!(
        changed.to_json(),
        r#"{"__type":"com.amazonaws.cognito.identity.idp.model#UserNotFoundException","Message":"Gone."}"#
    );
    Ok(())
}

#[test]
fn the_type_is_cut_as_botocore_cuts_it() {
    // botocore/parsers.py, BaseJSONParser._do_error_parse: split(':')[0], then rsplit('#')[-1].
    let cases = [
        ("UserNotFoundException", "UserNotFoundException"),
        ("a.b#UserNotFoundException", "UserNotFoundException"),
        ("a#b#UserNotFoundException", "UserNotFoundException"),
        (
            "UserNotFoundException:http://internal.amazon.com/",
            "UserNotFoundException",
        ),
        ("a.b#UserNotFoundException:x#y", "UserNotFoundException"),
        ("", ""),
        (":", ""),
        ("#", ""),
        ("NoSuchException", "NoSuchException"),
    ];
    for (sent, name) in cases {
        let body = ErrorBody::from_raw(sent);
        assert_eq!(body.error_name(), name, "{sent:?}");
        assert_eq!(body.code(), sent);
    }
}

#[test]
fn reason_code_and_other_members_are_kept_in_place() -> Result<(), ParseError> {
    let sent = r#"{"__type":"InvalidParameterException","message":"1 validation error detected","reasonCode":"INVALID_PHONE_NUMBER","extra":[1,{"a":null}]}"#;
    let body = ErrorBody::from_slice(sent.as_bytes())?;
    assert_eq!(body.reason_code(), Some("INVALID_PHONE_NUMBER"));
    assert_eq!(body.to_json(), sent);
    assert_eq!(
        body.to_string(),
        r#"InvalidParameterException: 1 validation error detected (causes: "reasonCode INVALID_PHONE_NUMBER")"#
    );
    let reordered = r#"{"message":"m","extra":true,"__type":"TooManyRequestsException"}"#;
    let body = ErrorBody::from_slice(reordered.as_bytes())?;
    assert_eq!(body.to_json(), reordered);
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    Ok(())
}

#[test]
fn headers_are_read_and_written() -> Result<(), ParseError> {
    let sent = br#"{"__type":"TooManyRequestsException","message":"Rate exceeded"}"#;
    let received = headers(&[
        ("x-amzn-requestid", "f8c8a6a1-0000-4000-8000-000000000001"),
        ("x-amzn-errortype", "TooManyRequestsException:"),
        ("content-type", "application/x-amz-json-1.1"),
    ]);
    let body = ErrorBody::from_parts(StatusCode::BAD_REQUEST, &received, sent)?;
    assert_eq!(
        body.correlation_id(),
        Some("f8c8a6a1-0000-4000-8000-000000000001")
    );
    assert_eq!(body.error_type_header(), Some("TooManyRequestsException:"));
    assert_eq!(body.status(), StatusCode::BAD_REQUEST);
    let response = body.into_http_response();
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.headers()["content-type"],
        "application/x-amz-json-1.1"
    );
    assert_eq!(
        response.headers()["x-amzn-requestid"],
        "f8c8a6a1-0000-4000-8000-000000000001"
    );
    assert_eq!(
        response.headers()["x-amzn-errortype"],
        "TooManyRequestsException:"
    );
    assert_eq!(response.body().as_bytes(), sent);
    Ok(())
}

#[test]
fn statuses_are_the_catalogs_unless_received() -> Result<(), ParseError> {
    assert_eq!(ErrorBody::new(ErrorCode::InternalError).status(), 500);
    assert_eq!(ErrorBody::new(ErrorCode::UserNotFound).status(), 400);
    // A code the catalog lacks: 400, advice from the status.
    let unknown = ErrorBody::from_raw("SomethingNewException");
    assert_eq!(unknown.known_code(), None);
    assert_eq!(
        (unknown.status(), unknown.kind()),
        (StatusCode::BAD_REQUEST, Kind::InvalidRequest)
    );
    let unknown = unknown.with_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        (unknown.kind(), unknown.retry()),
        (Kind::Unavailable, Retry::WithBackoff)
    );
    Ok(())
}

#[test]
fn malformed_bodies_are_errors_not_panics() {
    for sent in [
        &b""[..],
        b"{}",
        br#"{"message":"no type"}"#,
        br#"{"__type":17}"#,
        br#"{"__type":"A","message":3}"#,
        br#"{"__type":"A","Message":null}"#,
        br#"{"__type":"A","reasonCode":[]}"#,
        b"[]",
        b"{\"__type\":\"A\"",
    ] {
        assert!(
            ErrorBody::from_slice(sent).is_err(),
            "{}",
            String::from_utf8_lossy(sent)
        );
    }
}

#[test]
fn error_from_parts_reads_a_cognito_answer() {
    let sent = br#"{"__type":"UserNotFoundException","message":"User does not exist."}"#;
    let received = headers(&[("x-amzn-requestid", "req-1")]);
    let error = Error::from_parts(Vendor::Cognito, StatusCode::BAD_REQUEST, &received, sent)
        .expect("a 400 is an error");
    let Error::Cognito(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(body.known_code(), Some(ErrorCode::UserNotFound));
    assert_eq!(error.kind(), Kind::NotFound);
    assert_eq!(error.correlation_id(), Some("req-1"));
    assert_eq!(error.into_http_response().body(), &sent.to_vec());
    // Not a Cognito body: kept as received.
    let error = Error::from_parts(
        Vendor::Cognito,
        StatusCode::BAD_GATEWAY,
        &HeaderMap::new(),
        b"<html>",
    )
    .unwrap();
    assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
    assert_eq!(error.retry(), Retry::WithBackoff);
    assert!(Error::from_parts(Vendor::Cognito, StatusCode::OK, &HeaderMap::new(), b"{}").is_none());
    assert_eq!(
        <ErrorBody as Body>::CONTENT_TYPE,
        "application/x-amz-json-1.1"
    );
}
