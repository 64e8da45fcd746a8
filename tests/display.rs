//! What a log line says: each body's `Display` holds its code, summary, causes and correlation
//! id on one line, whatever the vendor sent, and `{:#}` puts them on lines of their own.

use identity_errors::http::{HeaderMap, StatusCode};
use identity_errors::{identity_cloud, lusid, okta, Error, Vendor};
use std::fmt::Display;

/// Checks the two forms of `body`'s `Display` against what a person needs: the one-line form
/// holds `parts` in order and no control character; `{:#}` has exactly `lines` lines, the first
/// starting with the first part and each later line indented.
fn assert_reports(body: &impl Display, parts: &[&str], lines: usize) {
    let line = body.to_string();
    assert!(!line.contains(char::is_control), "{line:?}");
    let mut rest = line.as_str();
    for part in parts {
        let at = rest
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing, or out of order, in {line:?}"));
        rest = &rest[at + part.len()..];
    }
    let long = format!("{body:#}");
    let long_lines: Vec<&str> = long.lines().collect();
    assert_eq!(long_lines.len(), lines, "{long}");
    assert!(long_lines[0].starts_with(parts[0]), "{long}");
    assert!(
        long_lines[1..].iter().all(|l| l.starts_with("  ")),
        "{long}"
    );
}

#[test]
fn okta_bodies_say_code_summary_causes_and_error_id() {
    let sent = br#"{"errorCode":"E0000001","errorSummary":"Api validation failed: name","errorLink":"E0000001","errorId":"oaewk2oR68IRx-vNe-w_Hcelg","errorCauses":[{"errorSummary":"errors in the field: name"},{"errorSummary":"errors in the field: agentType"}]}"#;
    let body = okta::ErrorBody::from_slice(sent).unwrap();
    assert_eq!(
        body.to_string(),
        r#"E0000001: Api validation failed: name (causes: "errors in the field: name", "errors in the field: agentType"; errorId: oaewk2oR68IRx-vNe-w_Hcelg)"#
    );
    assert_eq!(
        format!("{body:#}"),
        "E0000001: Api validation failed: name\n  cause: errors in the field: name\n  cause: errors in the field: agentType\n  errorId: oaewk2oR68IRx-vNe-w_Hcelg"
    );

    // No errorId: the X-Okta-Request-Id received; a cause with no summary shows its members.
    let mut headers = HeaderMap::new();
    headers.insert("x-okta-request-id", "aGk2ZXR4c2Vk".parse().unwrap());
    let sent = br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error","errorCauses":[{"reason":"TIMEOUT"},"Busy"]}"#;
    let body =
        okta::ErrorBody::from_parts(StatusCode::INTERNAL_SERVER_ERROR, &headers, sent).unwrap();
    assert_eq!(
        body.to_string(),
        r#"E0000009: Internal Server Error (causes: "{\"reason\":\"TIMEOUT\"}", "Busy"; request id: aGk2ZXR4c2Vk)"#
    );
    assert_reports(&body, &["E0000009", "TIMEOUT", "Busy", "aGk2ZXR4c2Vk"], 4);

    // Nothing to add: the code and summary alone, on one line in both forms.
    let bare = okta::ErrorBody::from_slice(
        br#"{"errorCode":"E0000004","errorSummary":"Authentication failed"}"#,
    )
    .unwrap();
    assert_eq!(bare.to_string(), "E0000004: Authentication failed");
    assert_eq!(format!("{bare:#}"), "E0000004: Authentication failed");
}

#[test]
fn the_other_vendors_say_the_same_things() {
    let oauth = okta::OAuthErrorBody::from_raw("invalid_client", "No client credentials found.")
        .with_request_id("reqid1");
    assert_eq!(
        oauth.to_string(),
        "invalid_client: No client credentials found. (request id: reqid1)"
    );
    assert_eq!(
        okta::OAuthErrorBody::from_slice(br#"{"error":"login_required"}"#)
            .unwrap()
            .to_string(),
        "login_required"
    );

    let sent = br#"{"stat":"error","code":540,"error_description":"an error was triggered in the flow","error":"triggered_error","request_id":"wy9phq44563h722z","message":"that account is social signin only","invalid_fields":{"email":["taken"]}}"#;
    let ic = identity_cloud::ErrorBody::from_slice(sent).unwrap();
    assert_eq!(
        ic.to_string(),
        r#"540 triggered_error: an error was triggered in the flow (causes: "message: that account is social signin only", "invalid_fields: {\"email\":[\"taken\"]}"; request_id: wy9phq44563h722z)"#
    );
    assert_reports(
        &ic,
        &["540 triggered_error", "social signin", "wy9phq44563h722z"],
        4,
    );

    let sent = br#"{"name":"ValidationError","errorDetails":[{"id":"a","detail":"Scope is too long"},"plain",{"id":"b"}],"code":104,"title":"Validation failed","lusid-extra":1}"#;
    let lusid = lusid::ProblemDetails::from_slice(sent).unwrap();
    assert_eq!(
        lusid.to_string(),
        r#"104 ValidationError: Validation failed (causes: "Scope is too long", "plain", "{\"id\":\"b\"}")"#
    );
    // errorDetails that is not a list is one cause, as sent.
    let odd = lusid::ProblemDetails::from_slice(br#"{"code":1,"errorDetails":{"x":1}}"#).unwrap();
    assert_eq!(odd.to_string(), r#"1 (causes: "{\"x\":1}")"#);
}

#[test]
fn no_text_a_vendor_sends_can_break_the_line() {
    let sent = br#"{"errorCode":"E0000001","errorSummary":"Api validation failed: 3 errors\nField error in 'password'\r\n\tmore","errorId":"oae1","errorCauses":[{"errorSummary":"line one\nline \"two\""}]}"#;
    let body = okta::ErrorBody::from_slice(sent).unwrap();
    assert_eq!(
        body.to_string(),
        r#"E0000001: Api validation failed: 3 errors Field error in 'password'   more (causes: "line one\nline \"two\""; errorId: oae1)"#
    );
    // `{:#}`: a line break inside a text continues, indented deeper, under its line.
    assert_eq!(
        format!("{body:#}"),
        "E0000001: Api validation failed: 3 errors\n    Field error in 'password' \n     more\n  cause: line one\n    line \"two\"\n  errorId: oae1"
    );
    let ic = identity_cloud::ErrorBody::from_raw(1, "a\nb", "c\u{7}d");
    assert_eq!(ic.to_string(), "1 a b: c d");
}

#[test]
fn every_fixture_reads_on_one_line() {
    let okta: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/okta_error_examples.json")).unwrap();
    let mut checked = 0;
    for example in okta.iter().filter(|e| e["kind"] == "okta_api") {
        let body = okta::ErrorBody::from_slice(example["body"].as_str().unwrap().as_bytes());
        let body = body.unwrap();
        // Each cause as the one-line form quotes it.
        let causes: Vec<String> = body
            .causes()
            .iter()
            .map(|c| format!("{:?}", c.summary().unwrap()))
            .collect();
        let mut parts = vec![body.code()];
        parts.extend(causes.iter().map(String::as_str));
        parts.extend(body.error_id());
        let breaks: usize = [body.summary()]
            .into_iter()
            .chain(body.causes().iter().filter_map(|c| c.summary()))
            .map(|text| text.matches('\n').count())
            .sum();
        let lines = 1 + causes.len() + usize::from(body.error_id().is_some()) + breaks;
        assert_reports(&body, &parts, lines);
        checked += 1;
    }
    assert_eq!(checked, 20);
    let ic: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/identity_cloud_examples.json")).unwrap();
    for example in ic.iter().filter(|e| e["body"].is_object()) {
        let text = example["body"].to_string();
        let body = identity_cloud::ErrorBody::from_slice(text.as_bytes()).unwrap();
        let code = body.code().to_string();
        let lines = 1 + body.extra().len() + usize::from(body.request_id().is_some());
        assert_reports(&body, &[&code, body.error()], lines);
    }
    let lusid: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/lusid_examples.json")).unwrap();
    for example in &lusid {
        let text = example["body"].to_string();
        let body = lusid::ProblemDetails::from_slice(text.as_bytes()).unwrap();
        let code = body.code().to_string();
        let id = body
            .correlation_id()
            .expect("every fixture has an instance");
        assert_reports(&body, &[&code, body.detail().unwrap(), id], 2);
    }
}

#[test]
fn an_error_says_who_answered_and_its_body_says_the_rest_once() {
    let body = okta::ErrorBody::api_validation("login")
        .with_cause("login: An object with this field already exists")
        .with_error_id("oaeHfmOAx1iRLa0H10DeMz5fQ");
    let error = Error::from(body.clone());
    // `{}` and the source chain: each thing once.
    assert_eq!(error.to_string(), "Okta answered HTTP 400 Bad Request");
    let source = std::error::Error::source(&error).unwrap().to_string();
    assert_eq!(source, body.to_string());
    assert!(!source.contains("400") && !error.to_string().contains("E0000001"));
    // `{:#}`: the whole story, the body's lines indented under the headline.
    assert_eq!(
        format!("{error:#}"),
        "Okta answered HTTP 400 Bad Request\n  E0000001: Api validation failed: login\n    cause: login: An object with this field already exists\n    errorId: oaeHfmOAx1iRLa0H10DeMz5fQ"
    );
    // An unrecognized body has no more to say.
    let page = Error::from_parts(
        Vendor::Lusid,
        StatusCode::BAD_GATEWAY,
        &HeaderMap::new(),
        b"<html>",
    )
    .unwrap();
    assert_eq!(format!("{page:#}"), page.to_string());
}
