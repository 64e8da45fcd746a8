//! `body`: the exact status, headers and body the vendor sends.

use crate::{fails, json, ok};

/// `out` without its `x-okta-request-id` header line, which must be there with a new id of the
/// shape Okta sends (32 lowercase hexadecimal digits): the rest of the output is fixed.
fn without_request_id(out: &str) -> String {
    let line = out
        .lines()
        .find(|line| line.starts_with("x-okta-request-id: "))
        .unwrap_or_else(|| panic!("no request id in {out}"));
    let id = &line["x-okta-request-id: ".len()..];
    assert!(
        id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
        "{line}"
    );
    out.replacen(&format!("{line}\n"), "", 1)
}

#[test]
fn okta_fills_the_template() {
    let out = without_request_id(&ok(&["body", "E0000007", "User 00u1"]));
    let (head, body) = out
        .split_once("\n\n")
        .expect("headers, a blank line, the body");
    assert_eq!(
        head,
        "HTTP/1.1 404 Not Found\ncontent-type: application/json"
    );
    assert!(body.starts_with(r#"{"errorCode":"E0000007","errorSummary":"Not found: User 00u1","errorLink":"E0000007","errorId":"oae"#), "{body}");
    assert!(body.ends_with("\"errorCauses\":[]}\n"), "{body}");
    let parsed = identity_errors::okta::ErrorBody::from_slice(body.trim_end().as_bytes());
    assert_eq!(
        parsed.map(|b| b.summary().to_owned()).ok().as_deref(),
        Some("Not found: User 00u1")
    );
}

#[test]
fn the_real_headers() {
    let out = without_request_id(&ok(&["body", "invalid_client"]));
    assert_eq!(
        out,
        "HTTP/1.1 401 Unauthorized\n\
         content-type: application/json\n\
         www-authenticate: Bearer error=\"invalid_client\", error_description=\"The specified client isn't valid.\"\n\
         \n\
         {\"error\":\"invalid_client\",\"error_description\":\"The specified client isn't valid.\"}\n"
    );
    let out = ok(&["body", "lusid:657"]);
    assert!(out.starts_with("HTTP/1.1 404 Not Found\ncontent-type: application/problem+json\n\n{\"name\":\"UserDoesNotExist\""), "{out}");
    let out = ok(&["body", "identity-cloud:414"]);
    assert!(
        out.starts_with(
            "HTTP/1.1 200 OK\ncontent-type: application/json\n\n{\"stat\":\"error\",\"code\":414,"
        ),
        "{out}"
    );
}

#[test]
fn a_sign_in_failure_is_answered_with_its_linked_code() {
    let assert = crate::run(&["body", "LOCKED_OUT"]).success();
    let out = without_request_id(&String::from_utf8_lossy(&assert.get_output().stdout));
    let err = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(out.starts_with("HTTP/1.1 403 Forbidden\ncontent-type: application/json\n\n{\"errorCode\":\"E0000069\",\"errorSummary\":\"User Locked\""), "{out}");
    assert_eq!(err, "note: LOCKED_OUT is an Okta sign-in failure, which has no body of its own; Okta answers it with E0000069 (Factor user locked exception)\n");
    // With the linked code's arguments.
    let out = crate::run(&["body", "UNKNOWN_USER", "User 00u1"]).success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
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
    let out = json(&["body", "insufficient_scope"]);
    assert_eq!(out["status"], 403);
    assert!(out["headers"]["www-authenticate"]
        .as_str()
        .is_some_and(|h| h.starts_with("Bearer error=\"insufficient_scope\"")));
    let out = json(&["body", "lusid:-1"]);
    assert_eq!(out["code"], -1);
    assert_eq!(out["body"]["code"], -1);
}
