//! `body`: the exact status, headers and body the vendor sends.
//!
//! Header checks name the headers they expect rather than the whole list: the library may add
//! headers of its own (a generated `X-Okta-Request-Id`), which `body` prints as they come.

use crate::{fails, json, run};
use identity_errors::http::{HeaderMap, HeaderName, HeaderValue};
use identity_errors::okta::RateLimit;
use std::time::{Duration, UNIX_EPOCH};

/// A successful run's standard output and standard error.
fn answer(args: &[&str]) -> (String, String) {
    let assert = run(args).success();
    let output = assert.get_output();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The status line, the headers and the body of `body`'s text.
fn parts(out: &str) -> (&str, HeaderMap, &str) {
    let (head, body) = out
        .split_once("\n\n")
        .expect("headers, a blank line, the body");
    let mut lines = head.lines();
    let status = lines.next().expect("a status line");
    let mut headers = HeaderMap::new();
    for line in lines {
        let (name, value) = line.split_once(": ").expect("name: value");
        let name = HeaderName::from_bytes(name.as_bytes()).expect("a header name");
        headers.append(name, HeaderValue::from_str(value).expect("a header value"));
    }
    (status, headers, body)
}

/// The rate-limit headers Okta sends with every answer, as a client reads them.
fn rate_limit(headers: &HeaderMap) -> RateLimit {
    RateLimit::from_headers(headers).expect("Okta's rate-limit headers")
}

#[test]
fn okta_fills_the_template() {
    let (out, _) = answer(&["body", "E0000007", "User 00u1"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    assert_eq!(headers["content-type"], "application/json");
    assert!(body.starts_with(r#"{"errorCode":"E0000007","errorSummary":"Not found: User 00u1","errorLink":"E0000007","errorId":"oae"#), "{body}");
    assert!(body.ends_with("\"errorCauses\":[]}\n"), "{body}");
    let parsed = identity_errors::okta::ErrorBody::from_slice(body.trim_end().as_bytes());
    assert_eq!(
        parsed.map(|b| b.summary().to_owned()).ok().as_deref(),
        Some("Not found: User 00u1")
    );
}

#[test]
fn a_429_carries_okta_rate_limit_headers() {
    // The issue's case: E0000047 printed no X-Rate-Limit-* headers.
    let (out, err) = answer(&["body", "E0000047"]);
    let (status, headers, _) = parts(&out);
    assert_eq!(status, "HTTP/1.1 429 Too Many Requests");
    assert_eq!(headers["x-rate-limit-limit"], "1200");
    assert_eq!(headers["x-rate-limit-remaining"], "0");
    let limit = rate_limit(&headers);
    // The window resets at a whole minute, within a minute of the response's Date; the wait a
    // client computes from them (Reset - Date + 1 s, as Okta's SDKs do) is 1 to 61 seconds.
    let reset = limit.reset().expect("X-Rate-Limit-Reset");
    let date = limit.date().expect("Date");
    let reset_seconds = reset
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    assert_eq!(reset_seconds % 60, 0, "{reset_seconds}");
    let wait = limit.wait().expect("a wait");
    assert!(
        wait >= Duration::from_secs(1) && wait <= Duration::from_secs(61),
        "{wait:?}"
    );
    assert!(reset > date);
    // The values that are this run's are said to be.
    assert!(
        err.contains("note: header values of this run, not the vendor's: date (this machine's clock), x-rate-limit-limit (a sample: Okta's limit depends on the endpoint and the org), x-rate-limit-remaining (a sample: 0 on a 429, else one used), x-rate-limit-reset (the next whole minute by this machine's clock), x-okta-request-id (generated for this answer: new on every run)\n"),
        "{err}"
    );
    let out = json(&["body", "E0000047"]);
    for name in [
        "date",
        "x-rate-limit-limit",
        "x-rate-limit-remaining",
        "x-rate-limit-reset",
        "x-okta-request-id",
    ] {
        assert!(out["headers"][name].is_string(), "{name}: {out}");
        assert!(out["samples"][name].is_string(), "{name}: {out}");
    }
    assert_eq!(out["headers"]["x-rate-limit-remaining"], "0");
    // Only the headers printed are listed.
    assert!(out["samples"].get("dpop-nonce").is_none(), "{out}");
}

#[test]
fn generated_ids_are_said_to_be_new_on_every_run() {
    let generated = "generated for this answer: new on every run";
    let (out, err) = answer(&["body", "use_dpop_nonce"]);
    let (_, headers, _) = parts(&out);
    // Two runs, two nonces and two request ids: the note says why.
    let (again, _) = answer(&["body", "use_dpop_nonce"]);
    let (_, again, _) = parts(&again);
    for name in ["dpop-nonce", "x-okta-request-id"] {
        assert_ne!(headers[name], again[name], "{name}");
        assert!(
            err.contains(&format!("{name} ({generated})")),
            "{name}: {err}"
        );
        let out = json(&["body", "use_dpop_nonce"]);
        assert_eq!(out["samples"][name], generated, "{name}: {out}");
    }
    // No nonce, none said.
    let (_, err) = answer(&["body", "okta-oauth:invalid_client"]);
    assert!(!err.contains("dpop-nonce"), "{err}");
}

#[test]
fn the_real_headers() {
    let (out, _) = answer(&["body", "okta-oauth:invalid_client"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 401 Unauthorized");
    assert_eq!(headers["content-type"], "application/json");
    // A new id of the shape Okta sends (32 lowercase hexadecimal digits) on every run.
    let id = headers["x-okta-request-id"].to_str().expect("ASCII");
    assert!(
        id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
        "{id}"
    );
    assert_eq!(
        headers["www-authenticate"],
        "Bearer error=\"invalid_client\", error_description=\"The specified client isn't valid.\""
    );
    // Okta sends its rate-limit headers with every answer, OAuth ones too.
    assert_eq!(rate_limit(&headers).remaining(), Some(1199));
    assert_eq!(
        body,
        "{\"error\":\"invalid_client\",\"error_description\":\"The specified client isn't valid.\"}\n"
    );
    let (out, _) = answer(&["body", "E0000007", "x"]);
    assert_eq!(rate_limit(&parts(&out).1).limit(), Some(1200));

    let (out, err) = answer(&["body", "UserNotFoundException"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(headers["content-type"], "application/x-amz-json-1.1");
    assert_eq!(body, "{\"__type\":\"UserNotFoundException\"}\n");
    assert_eq!(err, "");
    let (out, _) = answer(&["body", "cognito:InternalErrorException"]);
    assert_eq!(parts(&out).0, "HTTP/1.1 500 Internal Server Error");

    let (out, err) = answer(&["body", "EMAIL_NOT_FOUND"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(headers["content-type"], "application/json; charset=UTF-8");
    assert_eq!(
        body,
        "{\"error\":{\"code\":400,\"message\":\"EMAIL_NOT_FOUND\",\"errors\":[{\"message\":\"EMAIL_NOT_FOUND\",\"domain\":\"global\",\"reason\":\"invalid\"}]}}\n"
    );
    assert_eq!(err, "");

    let (out, err) = answer(&["body", "keycloak:invalid_client"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 401 Unauthorized");
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(body, "{\"error\":\"invalid_client\"}\n");
    assert_eq!(err, "");
    let (out, _) = answer(&["body", "keycloak:temporarily_unavailable"]);
    assert_eq!(parts(&out).0, "HTTP/1.1 503 Service Unavailable");
    // An event error is recorded, not sent: no body, and why.
    let (out, err) = fails(&["body", "keycloak-event:user_not_found"], 2);
    assert_eq!(out, "");
    assert!(err.contains("user_not_found is an event error"), "{err}");

    let (out, err) = answer(&["body", "invalid_user_password"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 401 Unauthorized");
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(body, "{\"error\":\"invalid_user_password\"}\n");
    assert_eq!(err, "");
    let (out, _) = answer(&["body", "auth0:too_many_attempts"]);
    assert_eq!(parts(&out).0, "HTTP/1.1 429 Too Many Requests");
    // A Guardian code has no body, and why.
    let (out, err) = fails(&["body", "auth0-guardian:invalid_otp"], 2);
    assert_eq!(out, "");
    assert!(
        err.contains("invalid_otp is a Guardian (MFA) error code"),
        "{err}"
    );
    // A library login error that is an Authentication API value answers with that value's
    // body, with its prefix or without (the two readings are one body, not a choice).
    let (linked, _) = answer(&["body", "auth0-login:too_many_attempts"]);
    assert_eq!(parts(&linked).0, "HTTP/1.1 429 Too Many Requests");
    assert!(
        parts(&linked)
            .2
            .starts_with("{\"error\":\"too_many_attempts\""),
        "{linked}"
    );
    let (plain, _) = answer(&["body", "too_many_attempts"]);
    assert_eq!(parts(&plain).2, parts(&linked).2);
    // A sign-up error answers with /dbconnections/signup's body.
    let (out, _) = answer(&["body", "auth0-signup:user_exists"]);
    assert_eq!(parts(&out).0, "HTTP/1.1 400 Bad Request");
    assert_eq!(
        parts(&out).2.trim_end(),
        r#"{"name":"BadRequestError","code":"user_exists","statusCode":400}"#
    );
    // One the Authentication API page lacks has none, and why.
    let (out, err) = fails(&["body", "auth0-login:mfa_required"], 2);
    assert_eq!(out, "");
    assert!(
        err.contains("mfa_required is an error Auth0's libraries report"),
        "{err}"
    );

    let (out, err) = answer(&["body", "lusid:657"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    assert_eq!(headers["content-type"], "application/problem+json");
    assert!(RateLimit::from_headers(&headers).is_none(), "{out}");
    assert!(body.starts_with("{\"name\":\"UserDoesNotExist\""), "{out}");
    assert_eq!(err, "");
    let (out, err) = answer(&["body", "identity-cloud:414"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(headers["content-type"], "application/json");
    assert!(
        body.starts_with("{\"stat\":\"error\",\"code\":414,"),
        "{out}"
    );
    assert_eq!(err, "");
}

#[test]
fn a_sign_in_failure_is_answered_with_its_linked_code() {
    let (out, err) = answer(&["body", "LOCKED_OUT"]);
    let (status, headers, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 403 Forbidden");
    assert_eq!(headers["content-type"], "application/json");
    assert!(
        body.starts_with("{\"errorCode\":\"E0000069\",\"errorSummary\":\"User Locked\""),
        "{out}"
    );
    assert!(err.starts_with("note: LOCKED_OUT is an Okta sign-in failure, which has no body of its own; Okta answers it with E0000069 (Factor user locked exception)\n"), "{err}");
    // With the linked code's arguments.
    let (out, _) = answer(&["body", "UNKNOWN_USER", "User 00u1"]);
    assert!(
        out.contains("\"errorSummary\":\"Not found: User 00u1\""),
        "{out}"
    );
    // No linked code: a usage error.
    let (out, err) = fails(&["body", "PASSWORD_EXPIRED"], 2);
    assert_eq!(out, "");
    assert!(err.starts_with("error: PASSWORD_EXPIRED is an Okta sign-in failure reason (a System Log outcome), which has no body, and Okta links no API error code to it\n"), "{err}");
}

#[test]
fn without_arguments_a_template_is_said_to_be_one() {
    // Before, `body E0000007` was a usage error; an unfilled body is now printed as what it is.
    let (out, err) = answer(&["body", "E0000007"]);
    let (status, _, body) = parts(&out);
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    assert!(
        body.contains("\"errorSummary\":\"Not found: {0}\""),
        "{body}"
    );
    assert!(
        err.contains("note: no arguments given: errorSummary is E0000007's template, {0} unfilled; `identity-errors body E0000007 ARG` fills it\n"),
        "{err}"
    );
    let out = json(&["body", "E0000007"]);
    assert_eq!(out["unfilled"], serde_json::json!(["{0}"]));
    assert_eq!(out["body"]["errorSummary"], "Not found: {0}");
    let out = json(&["body", "E0000007", "User 00u1"]);
    assert_eq!(out["unfilled"], serde_json::json!([]));
    // Through a sign-in failure: the linked code's template, and how to fill it.
    let (out, err) = answer(&["body", "UNKNOWN_USER"]);
    assert!(out.contains("\"errorSummary\":\"Not found: {0}\""), "{out}");
    assert!(
        err.contains("errorSummary is E0000007's template, {0} unfilled; `identity-errors body UNKNOWN_USER ARG` fills it\n"),
        "{err}"
    );
    // A code without placeholders says nothing of templates.
    let (_, err) = answer(&["body", "E0000047"]);
    assert!(!err.contains("template"), "{err}");
    assert_eq!(
        json(&["body", "E0000047"])["unfilled"],
        serde_json::json!([])
    );
}

#[test]
fn json_body_is_an_object() {
    let out = json(&["body", "E0000007", "User 00u1"]);
    assert_eq!(out["catalog"], "okta");
    assert_eq!(out["code"], "E0000007");
    assert_eq!(out["status"], 404);
    assert_eq!(out["reason"], "Not Found");
    assert_eq!(out["headers"]["content-type"], "application/json");
    assert!(out["body"].is_object(), "{out}");
    assert_eq!(out["body"]["errorSummary"], "Not found: User 00u1");
    let out = json(&["body", "LOCKED_OUT"]);
    assert_eq!(out["code"], "E0000069");
    assert_eq!(out["for"]["code"], "LOCKED_OUT");
    let out = json(&["body", "okta-oauth:insufficient_scope"]);
    assert_eq!(out["status"], 403);
    assert!(out["headers"]["www-authenticate"]
        .as_str()
        .is_some_and(|h| h.starts_with("Bearer error=\"insufficient_scope\"")));
    let out = json(&["body", "lusid:-1"]);
    assert_eq!(out["code"], -1);
    assert_eq!(out["body"]["code"], -1);
    assert_eq!(out["samples"], serde_json::json!({}));
}
