//! `auth0::AuthErrorBody`, `auth0::ManagementErrorBody` and `auth0::SignupErrorBody`: what they
//! read, keep and write,
//! what they refuse, and `Error::from_parts` for `Vendor::Auth0`. The bodies are the shapes
//! Auth0's pages show (data/sources/auth0/legacy-authentication-api-errors.md for the
//! Authentication API).

use identity_errors::auth0::{
    AuthErrorBody, AuthErrorCode, LoginErrorCode, ManagementErrorBody, SignupErrorBody,
    SignupErrorCode,
};
use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
use identity_errors::{Body, Error, Kind, Retry, Vendor};
use std::time::Duration;

#[test]
fn an_auth_body_is_kept_verbatim_with_unknown_members_in_place() {
    // The page's row, with a curly apostrophe; the page writes spaces after `{` and `,`, which
    // the body reads and writes compact (the engine keeps members, not white space).
    let compact = "{\"error\":\"password_leaked\",\"error_description\":\"This login has been blocked because your password has been leaked in another website. We’ve sent you an email with instructions on how to unblock it.\"}";
    let spaced = compact.replacen('{', "{ ", 1).replacen(",\"", ", \"", 1);
    for sent in [compact, spaced.as_str()] {
        let body = AuthErrorBody::from_slice(sent.as_bytes()).unwrap();
        assert_eq!(body.known_code(), Some(AuthErrorCode::PasswordLeaked));
        assert_eq!(body.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(body.to_json(), compact);
    }
    let sent = br#"{"x":{"a":[1,2]},"error":"mfa_required","error_description":"Multifactor authentication required","mfa_token":"Fe26.2*abc"}"#;
    let body = AuthErrorBody::from_parts(StatusCode::FORBIDDEN, &HeaderMap::new(), sent).unwrap();
    assert_eq!(body.code(), "mfa_required");
    assert_eq!(body.known_code(), None);
    assert_eq!(
        body.description(),
        Some("Multifactor authentication required")
    );
    assert_eq!(body.status(), StatusCode::FORBIDDEN);
    // Not on the errors page, but a library login error: its advice, not the 403's.
    assert_eq!(body.login_code(), Some(LoginErrorCode::MfaRequired));
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::Unauthenticated, Retry::AfterReauthenticating)
    );
    assert_eq!(body.to_json().as_bytes(), sent);
    assert_eq!(
        body.to_string(),
        "mfa_required: Multifactor authentication required"
    );
}

#[test]
fn an_auth_body_takes_the_catalogs_status_and_advice_then_the_status() {
    let body = AuthErrorBody::new(AuthErrorCode::TooManyAttempts);
    assert_eq!(body.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    let body = AuthErrorBody::from_raw("bad.connection").with_description("Connection is disabled");
    assert_eq!(body.known_code(), Some(AuthErrorCode::BadConnection));
    assert_eq!(
        body.into_http_response().body(),
        r#"{"error":"bad.connection","error_description":"Connection is disabled"}"#
    );
    let body = AuthErrorBody::from_raw("unknown").with_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::Unavailable, Retry::WithBackoff)
    );
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", HeaderValue::from_static("7"));
    let body = AuthErrorBody::from_parts(
        StatusCode::TOO_MANY_REQUESTS,
        &headers,
        br#"{"error":"too_many_logins","error_description":"..."}"#,
    )
    .unwrap();
    assert_eq!(body.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(body.into_http_response().headers()["retry-after"], "7");
}

#[test]
fn a_management_body_is_kept_verbatim_with_unknown_members_in_place() {
    let sent = br#"{"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'Missing required property: connection'.","errorCode":"invalid_body","extra":[true]}"#;
    let body =
        ManagementErrorBody::from_parts(StatusCode::BAD_REQUEST, &HeaderMap::new(), sent).unwrap();
    assert_eq!(body.status_code(), 400);
    assert_eq!(body.error(), "Bad Request");
    assert_eq!(body.error_code(), Some("invalid_body"));
    assert_eq!(body.code(), "invalid_body");
    assert_eq!(body.to_json().as_bytes(), sent);
    // Without errorCode the code is the reason phrase; without a received status, statusCode's.
    let sent = br#"{"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached"}"#;
    let body = ManagementErrorBody::from_slice(sent).unwrap();
    assert_eq!(body.code(), "Too Many Requests");
    assert_eq!(body.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    assert_eq!(body.to_json().as_bytes(), sent);
    assert_eq!(
        body.to_string(),
        "Too Many Requests: Global limit has been reached"
    );
    // A statusCode that is no error status does not become the status.
    let sent = br#"{"statusCode":200,"error":"OK","message":"m"}"#;
    assert_eq!(
        ManagementErrorBody::from_slice(sent).unwrap().status(),
        StatusCode::BAD_REQUEST
    );
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
        br#"{"error":"a","error_description":null}"#,
        br#"{"error":"a","error":"b"}"#,
        b"{\"error\":\"a\"",
        b"\xff",
    ] {
        assert!(
            AuthErrorBody::from_slice(sent).is_err(),
            "{}",
            String::from_utf8_lossy(sent)
        );
    }
    for sent in [
        &b"{}"[..],
        br#"{"error":"Not Found","message":"m"}"#,
        br#"{"statusCode":"404","error":"Not Found","message":"m"}"#,
        br#"{"statusCode":-1,"error":"Not Found","message":"m"}"#,
        br#"{"statusCode":70000,"error":"Not Found","message":"m"}"#,
        br#"{"statusCode":404,"message":"m"}"#,
        br#"{"statusCode":404,"error":"Not Found"}"#,
        br#"{"statusCode":404,"error":"Not Found","message":"m","errorCode":1}"#,
        br#"{"statusCode":404,"statusCode":404,"error":"Not Found","message":"m"}"#,
    ] {
        assert!(
            ManagementErrorBody::from_slice(sent).is_err(),
            "{}",
            String::from_utf8_lossy(sent)
        );
    }
}

#[test]
fn error_from_parts_reads_either_auth0_body_and_never_a_success() {
    let management = br#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#;
    let error = Error::from_parts(
        Vendor::Auth0,
        StatusCode::NOT_FOUND,
        &HeaderMap::new(),
        management,
    )
    .expect("a 404 is an error");
    let Error::Auth0Management(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(body.message(), "The user does not exist.");
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::NotFound, Retry::Never)
    );
    assert_eq!(error.into_http_response().body(), &management.to_vec());

    let auth =
        br#"{"error":"invalid_user_password","error_description":"Wrong email or password."}"#;
    let error = Error::from_parts(
        Vendor::Auth0,
        StatusCode::UNAUTHORIZED,
        &HeaderMap::new(),
        auth,
    )
    .unwrap();
    let Error::Auth0Auth(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(body.known_code(), Some(AuthErrorCode::InvalidUserPassword));
    assert_eq!(error.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::Unauthenticated, Retry::AfterReauthenticating)
    );
    assert_eq!(error.into_http_response().body(), &auth.to_vec());

    // Neither shape: kept as received; a success is never an error, whatever it holds.
    let error = Error::from_parts(
        Vendor::Auth0,
        StatusCode::BAD_GATEWAY,
        &HeaderMap::new(),
        b"<html>",
    )
    .unwrap();
    assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
    assert_eq!(error.retry(), Retry::WithBackoff);
    for sent in [&auth[..], management] {
        assert!(
            Error::from_parts(Vendor::Auth0, StatusCode::OK, &HeaderMap::new(), sent).is_none()
        );
    }
    assert_eq!(<AuthErrorBody as Body>::CONTENT_TYPE, "application/json");
    // As every recorded Management API answer says (tests/fixtures/auth0_examples.json).
    assert_eq!(
        <ManagementErrorBody as Body>::CONTENT_TYPE,
        "application/json; charset=utf-8"
    );
    assert_eq!(<ManagementErrorBody as Body>::VENDOR, Vendor::Auth0);
}

#[test]
fn the_request_id_header_is_the_correlation_id_and_is_written_back() {
    // As a live tenant sends it (Voronenko/kong-compose-template's README at 751bf038).
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-auth0-requestid",
        HeaderValue::from_static("c629c3e05e0881e81315"),
    );
    let sent = br#"{"error":"access_denied","error_description":"Unauthorized"}"#;
    let body = AuthErrorBody::from_parts(StatusCode::FORBIDDEN, &headers, sent).unwrap();
    assert_eq!(body.request_id(), Some("c629c3e05e0881e81315"));
    assert_eq!(body.correlation_id(), Some("c629c3e05e0881e81315"));
    assert_eq!(
        body.to_string(),
        "access_denied: Unauthorized (X-Auth0-RequestId: c629c3e05e0881e81315)"
    );
    let response = body.into_http_response();
    assert_eq!(
        response.headers()["x-auth0-requestid"],
        "c629c3e05e0881e81315"
    );
    assert_eq!(response.body().as_bytes(), sent);

    let sent = br#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#;
    let error = Error::from_parts(Vendor::Auth0, StatusCode::NOT_FOUND, &headers, sent)
        .expect("an error status is an error");
    assert!(matches!(error, Error::Auth0Management(_)), "{error:?}");
    assert_eq!(error.correlation_id(), Some("c629c3e05e0881e81315"));
    let body = ManagementErrorBody::from_parts(StatusCode::NOT_FOUND, &HeaderMap::new(), sent)
        .unwrap()
        .with_request_id("id-1");
    assert_eq!(
        body.into_http_response().headers()["x-auth0-requestid"],
        "id-1"
    );
}

#[test]
fn a_429_waits_for_the_x_ratelimit_reset_by_auth0s_clock_and_writes_it_back() {
    // Auth0's spelling (X-RateLimit-*, as a live tenant sends it: Voronenko/kong-compose-template's
    // README at 751bf038), a reset 30 s after the response's Date, and no Retry-After.
    let mut headers = HeaderMap::new();
    headers.insert(
        "date",
        HeaderValue::from_static("Mon, 06 Jan 2020 11:58:45 GMT"),
    );
    headers.insert("x-ratelimit-limit", HeaderValue::from_static("30"));
    headers.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
    headers.insert("x-ratelimit-reset", HeaderValue::from_static("1578311955"));
    let sent =
        br#"{"error":"too_many_requests","error_description":"Global limit has been reached"}"#;
    let error = Error::from_parts(Vendor::Auth0, StatusCode::TOO_MANY_REQUESTS, &headers, sent)
        .expect("a 429 is an error");
    // Reset - Date + 1 s, as the crate waits for Okta's headers of the same meaning.
    assert_eq!(error.retry_after(), Some(Duration::from_secs(31)));
    assert_eq!(error.retry(), Retry::AfterWindow);
    let Error::Auth0Auth(body) = &error else {
        panic!("{error:?}")
    };
    let limit = body.rate_limit().expect("the headers");
    assert_eq!((limit.limit(), limit.remaining()), (Some(30), Some(0)));
    // A Retry-After, where one comes, is the server's own word and wins.
    headers.insert("retry-after", HeaderValue::from_static("7"));
    let body = AuthErrorBody::from_parts(StatusCode::TOO_MANY_REQUESTS, &headers, sent).unwrap();
    assert_eq!(body.retry_after(), Some(Duration::from_secs(7)));
    // Written back in Auth0's spelling, never Okta's.
    let response = body.into_http_response();
    for name in [
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "retry-after",
    ] {
        assert_eq!(response.headers()[name], headers[name], "{name}");
    }
    assert!(!response.headers().contains_key("x-rate-limit-reset"));
    // Without the headers, a body has none.
    let body = ManagementErrorBody::from_parts(
        StatusCode::TOO_MANY_REQUESTS,
        &HeaderMap::new(),
        br#"{"statusCode":429,"error":"Too Many Requests","message":"m"}"#,
    )
    .unwrap();
    assert!(body.rate_limit().is_none());
    assert_eq!(body.retry_after(), None);
}

#[test]
fn a_429_that_is_no_auth0_body_still_waits_for_its_rate_limit_headers() {
    let mut headers = HeaderMap::new();
    headers.insert(
        "date",
        HeaderValue::from_static("Mon, 06 Jan 2020 11:58:45 GMT"),
    );
    headers.insert("x-ratelimit-reset", HeaderValue::from_static("1578311935"));
    let error = Error::from_parts(
        Vendor::Auth0,
        StatusCode::TOO_MANY_REQUESTS,
        &headers,
        b"<html>",
    )
    .expect("a 429 is an error");
    assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(11)));
}

#[test]
fn a_sign_up_body_keeps_its_description_as_it_came_and_says_its_code() {
    let body = SignupErrorBody::new(SignupErrorCode::UserExists)
        .with_description("The user \"a\" already exists.");
    assert_eq!(
        body.to_json(),
        r#"{"name":"BadRequestError","code":"user_exists","description":"The user \"a\" already exists.","statusCode":400}"#
    );
    assert_eq!(
        body.description_text().as_deref(),
        Some("The user \"a\" already exists.")
    );
    // A description with escapes is no borrowed sentence: `Display` says the code alone.
    assert_eq!(body.to_string(), "user_exists");
    assert_eq!((body.kind(), body.retry()), (Kind::Conflict, Retry::Never));
    let body =
        SignupErrorBody::new(SignupErrorCode::InvalidSignup).with_description("Invalid sign up");
    assert_eq!(body.to_string(), "invalid_signup: Invalid sign up");

    // statusCode is the status where no status came with it, if it is an error status.
    let sent = br#"{"code":"user_exists","statusCode":409}"#;
    assert_eq!(
        SignupErrorBody::from_slice(sent).unwrap().status(),
        StatusCode::CONFLICT
    );
    let sent = br#"{"code":"user_exists","statusCode":200}"#;
    assert_eq!(
        SignupErrorBody::from_slice(sent).unwrap().status(),
        StatusCode::BAD_REQUEST
    );
    // An object description has no text, and is written back as it came.
    let sent = br#"{"name":"PasswordStrengthError","message":"Password is too weak","code":"invalid_password","description":{"rules":[],"verified":false},"statusCode":400}"#;
    let body = SignupErrorBody::from_slice(sent).unwrap();
    assert_eq!(body.description_text(), None);
    assert_eq!(
        body.description().unwrap().get(),
        r#"{"rules":[],"verified":false}"#
    );
    assert_eq!(body.known_code(), Some(SignupErrorCode::InvalidPassword));
    assert_eq!(body.to_string(), "invalid_password: Password is too weak");
    assert_eq!(body.to_json().as_bytes(), sent);
    // Read as a response, it is Auth0's sign-up error, never another shape's.
    let error = Error::from_parts(
        Vendor::Auth0,
        StatusCode::BAD_REQUEST,
        &HeaderMap::new(),
        sent,
    )
    .expect("a 400 is an error");
    assert!(matches!(error, Error::Auth0Signup(_)), "{error:?}");
    assert_eq!(error.kind(), Kind::InvalidRequest);
    // No code: not a sign-up body.
    assert!(SignupErrorBody::from_slice(br#"{"description":"x"}"#).is_err());
    assert!(SignupErrorBody::from_slice(br#"{"code":1}"#).is_err());
}
