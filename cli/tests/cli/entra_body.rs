//! `body` for Entra ID: the OAuth error named after the AADSTS code, placeholders by name,
//! compared with a body Entra really sent (the library's tests/fixtures/entra_examples.json).

use crate::{fails, json, run};
use identity_errors::entra::{ErrorCode, OAuthErrorBody};
use identity_errors::http::{HeaderMap, StatusCode};

/// Standard output and standard error of a successful run.
fn answer(args: &[&str]) -> (String, String) {
    let assert = run(args).success();
    let output = assert.get_output();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The status line, the content type and the body of `body`'s text.
fn parts(out: &str) -> (&str, &str, &str) {
    let (head, body) = out
        .split_once("\n\n")
        .expect("headers, a blank line, the body");
    let mut lines = head.lines();
    let status = lines.next().expect("a status line");
    let content_type = lines
        .find_map(|line| line.strip_prefix("content-type: "))
        .expect("a content type");
    (status, content_type, body)
}

/// The members of a JSON object, in order.
fn members(body: &str) -> Vec<String> {
    let value: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(body).expect("a JSON object");
    value.keys().cloned().collect()
}

/// The body azure-cli#18647 shows Entra answering an ROPC sign-in with a wrong password (HTTP
/// 400): entry 6 of the fixtures, with its provenance there.
fn real_50126() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/entra_examples.json"
    );
    let fixtures: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect(path)).expect("JSON");
    let entry = &fixtures[6];
    assert_eq!(
        entry["source_url"],
        "https://github.com/Azure/azure-cli/issues/18647"
    );
    entry["body"].as_str().expect("a body").to_owned()
}

#[test]
fn an_aadsts_code_with_its_error_answers_as_entra_does() {
    let (out, err) = answer(&["body", "AADSTS50126", "invalid_grant"]);
    let (status, content_type, body) = parts(&out);
    let real = real_50126();
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(content_type, "application/json");
    // The members Entra sends, in its order (the real body also ends with error_uri).
    assert_eq!(members(body), members(&real), "{body}");
    let body: serde_json::Value = serde_json::from_str(body).unwrap();
    let real: serde_json::Value = serde_json::from_str(&real).unwrap();
    for same in ["error", "error_codes", "error_uri"] {
        assert_eq!(body[same], real[same], "{same}");
    }
    // The description: the code and Microsoft's text (the page's, which says more than the
    // service), then the ids and time on lines of their own, as the real one has them.
    let description = body["error_description"].as_str().unwrap();
    let real_description = real["error_description"].as_str().unwrap();
    let message = "AADSTS50126: Error validating credentials due to invalid username or password.";
    assert!(real_description.starts_with(&format!("{message}\r\nTrace ID: ")));
    assert!(
        description.starts_with(&format!("{message} The user didn't enter")),
        "{description}"
    );
    for line in ["\r\nTrace ID: ", "\r\nCorrelation ID: ", "\r\nTimestamp: "] {
        assert!(
            description.contains(line) && real_description.contains(line),
            "{line:?}"
        );
    }
    // The ids in the text are the members' (a support ticket quotes either).
    let trace = body["trace_id"].as_str().unwrap();
    let correlation = body["correlation_id"].as_str().unwrap();
    let timestamp = body["timestamp"].as_str().unwrap();
    assert!(description.ends_with(&format!(
        "\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}\r\nTimestamp: {timestamp}"
    )));
    // Same shapes as the real ones: a UUID, `YYYY-MM-DD HH:MM:SSZ`.
    let shape = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_ascii_hexdigit() { 'h' } else { c })
            .collect()
    };
    for (ours, member) in [
        (trace, "trace_id"),
        (correlation, "correlation_id"),
        (timestamp, "timestamp"),
    ] {
        let theirs = real[member].as_str().unwrap();
        assert_eq!(shape(ours), shape(theirs), "{member}: {ours} / {theirs}");
    }
    // Those values are said to be this run's.
    assert!(err.contains("note: body member values of this run, not the vendor's: trace_id (generated for this answer: new on every run), correlation_id (generated for this answer: new on every run), timestamp (this machine's clock)\n"), "{err}");
    let (again, _) = answer(&["body", "aadsts50126", "invalid_grant"]);
    let again: serde_json::Value = serde_json::from_str(parts(&again).2).unwrap();
    assert_ne!(again["trace_id"], body["trace_id"]);
    // The library reads it back as the code it is.
    let read = OAuthErrorBody::from_parts(
        StatusCode::BAD_REQUEST,
        &HeaderMap::new(),
        parts(&out).2.as_bytes(),
    )
    .expect("an Entra body");
    assert_eq!(
        read.known_codes().collect::<Vec<_>>(),
        [ErrorCode::InvalidUserNameOrPassword]
    );
    assert_eq!(read.correlation_id(), Some(correlation));
}

#[test]
fn placeholders_are_named() {
    let (out, err) = answer(&[
        "body",
        "AADSTS500011",
        "invalid_resource",
        "name=https://vault.azure.net",
        "tenant=contoso",
    ]);
    assert!(
        parts(&out).2.contains(r#""error_description":"AADSTS500011: The resource principal named https://vault.azure.net wasn't found in the tenant named contoso."#),
        "{out}"
    );
    assert!(!err.contains("unfilled"), "{err}");
    // None given: Microsoft's text as it is, and how to fill it.
    let (out, err) = answer(&["body", "AADSTS500011", "invalid_resource"]);
    assert!(out.contains(
        "The resource principal named {name} wasn't found in the tenant named {tenant}."
    ));
    assert!(
        err.contains("note: no arguments given: error_description is AADSTS500011's template, {name}, {tenant} unfilled; `identity-errors body AADSTS500011 invalid_resource name=ARG tenant=ARG` fills it\n"),
        "{err}"
    );
    let out = json(&["body", "AADSTS500011", "invalid_resource"]);
    assert_eq!(out["unfilled"], serde_json::json!(["{name}", "{tenant}"]));
}

#[test]
fn what_is_missing_or_wrong_is_said() {
    for (args, says) in [
        (
            &["body", "AADSTS50126"][..],
            "error: AADSTS50126 needs the OAuth error Entra sends with it as its first argument",
        ),
        (
            &["body", "AADSTS50126", "invalid_grnt"],
            "error: \"invalid_grnt\" is not an Entra OAuth error",
        ),
        (
            &["body", "AADSTS50126", "invalid_grant", "x"],
            "error: \"x\": after the OAuth error, AADSTS50126 takes its placeholders by name, name=value (AADSTS50126 has no placeholders)",
        ),
        (
            &["body", "AADSTS500011", "invalid_resource", "name=x"],
            "but {tenant} was not given",
        ),
        (
            &["body", "AADSTS50126", "invalid_grant", "tenant=x"],
            "tenant",
        ),
        (
            &["body", "entra-oauth:invalid_grant"],
            "error: invalid_grant makes no body alone",
        ),
    ] {
        let (out, err) = fails(args, 2);
        assert_eq!(out, "", "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn a_word_several_vendors_share_names_the_codes_that_make_a_body() {
    // Okta's and Keycloak's invalid_client make a body; Entra's needs an AADSTS code too and
    // Keycloak's event error has none: the two are named.
    let (out, err) = fails(&["body", "invalid_client"], 2);
    assert_eq!(out, "");
    assert!(
        err.contains(
            "\"invalid_client\" names 2 codes: okta-oauth:invalid_client, keycloak:invalid_client; write one of them"
        ),
        "{err}"
    );
    // invalid_grant: Okta's, Keycloak's and Auth0's.
    let (_, err) = fails(&["body", "invalid_grant"], 2);
    assert!(
        err.contains(
            "\"invalid_grant\" names 3 codes: okta-oauth:invalid_grant, keycloak:invalid_grant, auth0:invalid_grant; write one of them"
        ),
        "{err}"
    );
    let (out, _) = answer(&["body", "okta-oauth:invalid_client"]);
    assert!(out.contains("x-okta-request-id: "), "{out}");
    assert!(out.contains(r#"{"error":"invalid_client","#), "{out}");
    // Where one reading alone makes a body, it is printed: Firebase's USER_DISABLED, not
    // Keycloak's event error user_disabled.
    let (out, _) = answer(&["body", "User_Disabled"]);
    assert!(out.contains(r#""message":"USER_DISABLED""#), "{out}");
}
