//! What a log line says: each body's `Display` holds its code, summary, causes and correlation
//! id on one line, whatever the vendor sent, and `{:#}` puts them on lines of their own.

use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
use identity_errors::{identity_cloud, lusid, okta, Error, Vendor};
use std::fmt::Display;

/// Checks the two forms of `body`'s `Display` against what a person needs: the one-line form
/// holds `parts` in order and no control character; `{:#}` has exactly `lines` lines, the first
/// starting with the first part and each later line indented.
fn assert_reports(body: &impl Display, parts: &[&str], lines: usize) {
    let line = body.to_string();
    assert!(!line.contains(char::is_control), "{line:?}");
    // The bound (2,000 characters) holds every recorded body whole.
    assert!(!line.contains("more characters]"), "{line:?}");
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
fn an_error_says_who_answered_what_on_one_line_and_has_no_source_to_repeat_it() {
    let body = okta::ErrorBody::api_validation("login")
        .with_cause("login: An object with this field already exists")
        .with_error_id("oaeHfmOAx1iRLa0H10DeMz5fQ");
    let error = Error::from(body.clone());
    // `{}`: vendor, status, code, summary, causes and id, the body's own line after `with`.
    assert_eq!(
        error.to_string(),
        r#"Okta answered HTTP 400 Bad Request with E0000001: Api validation failed: login (causes: "login: An object with this field already exists"; errorId: oaeHfmOAx1iRLa0H10DeMz5fQ)"#
    );
    // No source: a chain printer (anyhow's `{:#}` writes `a: b: c`) adds nothing, so nothing
    // is said twice.
    assert!(std::error::Error::source(&error).is_none());
    // `{:#}`: the whole story, the body's lines indented under the headline.
    assert_eq!(
        format!("{error:#}"),
        "Okta answered HTTP 400 Bad Request\n  E0000001: Api validation failed: login\n    cause: login: An object with this field already exists\n    errorId: oaeHfmOAx1iRLa0H10DeMz5fQ"
    );
    // As anyhow prints a chain: `{:#}` joins every error's `{}` with `: `, `{:?}` adds a
    // `Caused by:` list. Each says the error once.
    let report = anyhow::Error::from(error.clone()).context("fetching user 00u1");
    assert_eq!(
        format!("{report:#}"),
        format!("fetching user 00u1: {error}")
    );
    let debug = format!("{report:?}");
    // (A backtrace follows where RUST_BACKTRACE asks for one.)
    let chain = debug.split("\n\nStack backtrace:").next().unwrap();
    assert_eq!(
        chain,
        format!("fetching user 00u1\n\nCaused by:\n    {error}")
    );
    // Each vendor says its code and summary.
    let oauth = Error::from(okta::OAuthErrorBody::from_raw(
        "invalid_client",
        "No client.",
    ));
    assert_eq!(
        oauth.to_string(),
        "Okta answered HTTP 401 Unauthorized with invalid_client: No client."
    );
    let ic = Error::from(identity_cloud::ErrorBody::from_raw(
        540,
        "triggered_error",
        "a flow",
    ));
    assert_eq!(
        ic.to_string(),
        "Identity Cloud answered HTTP 200 OK with 540 triggered_error: a flow"
    );
    let lusid = Error::from(
        lusid::ProblemDetails::from_slice(
            br#"{"code":657,"name":"UserDoesNotExist","title":"User does not exist","status":404}"#,
        )
        .unwrap(),
    );
    assert_eq!(
        lusid.to_string(),
        "LUSID answered HTTP 404 Not Found with 657 UserDoesNotExist: User does not exist"
    );
    // An unrecognized body has no more to say.
    let page = Error::from_parts(
        Vendor::Lusid,
        StatusCode::BAD_GATEWAY,
        &HeaderMap::new(),
        b"<html>",
    )
    .unwrap();
    assert_eq!(
        page.to_string(),
        "LUSID answered HTTP 502 Bad Gateway with a body that is not its error body (6 bytes, no Content-Type)"
    );
    assert_eq!(format!("{page:#}"), page.to_string());
}

/// Characters that break a log line, or that a terminal or log viewer applies or hides instead
/// of showing: the C0 and C1 controls that matter, the line and paragraph separators, the bidi
/// controls (embeddings, overrides, isolates, marks), zero-width characters and the BOM.
const HOSTILE: &[char] = &[
    '\t',
    '\n',
    '\r',
    '\u{0}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{2028}',
    '\u{2029}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{200e}',
    '\u{200f}',
    '\u{61c}',
    '\u{200b}',
    '\u{200d}',
    '\u{2060}',
    '\u{feff}',
    '\u{ad}',
    '\u{e0041}',
];

/// The format characters of `HOSTILE`, which are shown as their escapes.
const FORMAT: &[&str] = &[
    r"\u{202a}",
    r"\u{202b}",
    r"\u{202c}",
    r"\u{202d}",
    r"\u{202e}",
    r"\u{2066}",
    r"\u{2067}",
    r"\u{2068}",
    r"\u{2069}",
    r"\u{200e}",
    r"\u{200f}",
    r"\u{61c}",
    r"\u{200b}",
    r"\u{200d}",
    r"\u{2060}",
    r"\u{feff}",
    r"\u{ad}",
    r"\u{e0041}",
];

/// Checks that `text` holds none of the hostile characters, and shows every format one.
fn assert_shows_what_it_holds(text: &str, lines: usize) {
    assert!(!text.contains(HOSTILE), "{text:?}");
    assert_eq!(text.split('\n').count(), lines, "{text:?}");
    for escape in FORMAT {
        assert!(text.contains(escape), "{escape} missing in {text:?}");
    }
}

#[test]
fn no_hostile_character_reaches_any_display_and_each_format_one_is_shown() {
    let hostile: String = HOSTILE.iter().collect();
    let text = format!("a{hostile}z");
    let json = serde_json::to_string(&text).unwrap();
    let okta = okta::ErrorBody::from_slice(
        format!(r#"{{"errorCode":"E0000001","errorSummary":{json},"errorId":{json}}}"#).as_bytes(),
    )
    .unwrap();
    let oauth =
        okta::OAuthErrorBody::from_raw(text.as_str(), text.as_str()).with_request_id(text.as_str());
    let ic = identity_cloud::ErrorBody::from_raw(1, text.as_str(), text.as_str());
    let lusid = lusid::ProblemDetails::from_slice(
        format!(r#"{{"code":1,"name":{json},"title":{json},"instance":{json}}}"#).as_bytes(),
    )
    .unwrap();
    let displays: [&dyn Display; 4] = [&okta, &oauth, &ic, &lusid];
    for body in displays {
        assert_shows_what_it_holds(&body.to_string(), 1);
        // `{:#}`: the one line feed of each text starts a line, nothing else does.
        let long = format!("{body:#}");
        assert!(long.lines().count() >= 2, "{long:?}");
        assert!(
            !long.contains(&HOSTILE[..1]) && !long.contains('\r') && !long.contains('\u{2028}'),
            "{long:?}"
        );
    }
    for error in [
        Error::from(okta),
        Error::from(oauth),
        Error::from(ic),
        Error::from(lusid),
    ] {
        assert_shows_what_it_holds(&error.to_string(), 1);
        assert!(std::error::Error::source(&error).is_none());
    }
}

#[test]
fn an_unrecognized_content_type_is_shown_as_one_line() {
    // The Content-Type as sent, with a tab and UTF-8 text holding a right-to-left override
    // (HeaderValue takes any byte but controls other than tab).
    let mut headers = HeaderMap::new();
    let sent = "text/html;\tcharset=\u{202e}8-FTU\u{2028}".as_bytes();
    headers.insert("content-type", HeaderValue::from_bytes(sent).unwrap());
    let error =
        Error::from_parts(Vendor::Okta, StatusCode::BAD_GATEWAY, &headers, b"<html>").unwrap();
    assert_eq!(
        error.to_string(),
        r"Okta answered HTTP 502 Bad Gateway with a body that is not its error body (6 bytes of text/html; charset=\u{202e}8-FTU )"
    );
    assert_eq!(format!("{error:#}"), error.to_string());
}

#[test]
fn a_line_is_bounded_and_says_how_much_it_left_out() {
    // A 3,000,000-character summary: the line is its first 2,000 characters and the count of
    // the rest, `E0000001: ` (10) + 3,000,000 - 2,000.
    let summary = "x".repeat(3_000_000);
    let sent = format!(r#"{{"errorCode":"E0000001","errorSummary":"{summary}"}}"#);
    let body = okta::ErrorBody::from_slice(sent.as_bytes()).unwrap();
    let line = body.to_string();
    assert_eq!(
        line,
        format!("E0000001: {}…[2998010 more characters]", "x".repeat(1990))
    );
    // The error's line holds the same 2,000 characters in all: the headline (`Okta answered
    // HTTP 400 Bad Request with `, 40) and the start of the body's line.
    let error = Error::from(body.clone());
    let line = error.to_string();
    assert_eq!(
        line,
        format!(
            "Okta answered HTTP 400 Bad Request with E0000001: {}…[2998050 more characters]",
            "x".repeat(1950)
        )
    );
    // A precision sets another bound, as for `str`.
    assert_eq!(
        format!("{body:.12}"),
        "E0000001: xx…[2999998 more characters]"
    );
    assert_eq!(
        format!("{error:.10}"),
        "Okta answe…[3000040 more characters]"
    );
    // An escape is written whole or not at all, and counted whole.
    let bidi =
        okta::ErrorBody::from_slice(br#"{"errorCode":"E0000001","errorSummary":"ab\u202e"}"#)
            .unwrap();
    assert_eq!(format!("{bidi:.13}"), "E0000001: ab…[8 more characters]");
    // Exactly full: nothing left out, no mark.
    assert_eq!(format!("{bidi:.20}"), r"E0000001: ab\u{202e}");
    // `{:#}`, the whole story for a person, is not bounded.
    assert_eq!(format!("{error:#}").len(), 34 + 3 + 10 + 3_000_000);
    // A huge Content-Type is bounded too.
    let mut headers = HeaderMap::new();
    headers.insert(
        "content-type",
        HeaderValue::from_str(&"t".repeat(1_000_000)).unwrap(),
    );
    let page = Error::from_parts(Vendor::Lusid, StatusCode::BAD_GATEWAY, &headers, b"<<").unwrap();
    let line = page.to_string();
    assert!(
        line.ends_with("…[998088 more characters]"),
        "{}",
        &line[1900..]
    );
    assert_eq!(
        line.chars().count(),
        2000 + "…[998088 more characters]".chars().count()
    );
}

/// Whether `c` is of a category a displayed line must not hold as such: a control (other than
/// the line feed `{:#}` lays out with), a format character, a line or paragraph separator.
fn unshown(c: char, lines: bool) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if lines && c == '\n' {
        return false;
    }
    matches!(
        get_general_category(c),
        G::Control | G::Format | G::LineSeparator | G::ParagraphSeparator
    )
}

proptest::proptest! {
    #[test]
    fn any_text_displays_as_what_it_shows(
        chars in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::prelude::any::<char>(),
                proptest::sample::select(HOSTILE.to_vec()),
                proptest::char::range('a', 'z'),
            ],
            0..800,
        )
    ) {
        let text: String = chars.iter().collect();
        let json = serde_json::to_string(&text).unwrap();
        let formats = text.chars().filter(|&c| unshown(c, false) && !c.is_control() && c != '\u{2028}' && c != '\u{2029}').count();
        let okta = okta::ErrorBody::from_slice(format!(r#"{{"errorCode":{json},"errorSummary":{json},"errorCauses":[{json}]}}"#).as_bytes()).unwrap();
        let oauth = okta::OAuthErrorBody::from_raw("invalid_request", text.as_str());
        let ic = identity_cloud::ErrorBody::from_raw(1, text.as_str(), text.as_str());
        let lusid = lusid::ProblemDetails::from_slice(format!(r#"{{"code":1,"title":{json}}}"#).as_bytes()).unwrap();
        let errors = [Error::from(okta.clone()), Error::from(oauth.clone()), Error::from(ic.clone()), Error::from(lusid.clone())];
        let displays: [&dyn Display; 8] = [&okta, &oauth, &ic, &lusid, &errors[0], &errors[1], &errors[2], &errors[3]];
        for shown in displays {
            let line = shown.to_string();
            proptest::prop_assert!(!line.chars().any(|c| unshown(c, false)), "{:?}", line);
            // 2,000 characters and, if cut, the mark.
            let kept = line.split("…[").next().unwrap_or_default();
            proptest::prop_assert!(kept.chars().count() <= 2000 + 1, "{}", kept.chars().count());
            let long = format!("{shown:#}");
            proptest::prop_assert!(!long.chars().any(|c| unshown(c, true)), "{:?}", long);
        }
        // `{:#}` is whole: each format character of the description is there, escaped.
        let long = format!("{oauth:#}");
        let escapes = long.matches(r"\u{").count();
        proptest::prop_assert!(escapes >= formats, "{} escapes for {} format characters", escapes, formats);
    }
}

/// Found by the stranger trial: `?error=` with no value ended the line "with ", and an error
/// with no body at all was "a body that is not its error body (0 bytes of no stated type)".
#[test]
fn an_empty_code_and_an_empty_body_are_said() {
    let parts = |status: u16, name: &'static str, value: &'static str| {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_static(value));
        let status = StatusCode::from_u16(status).unwrap();
        Error::from_parts(Vendor::Okta, status, &headers, b"").unwrap()
    };
    let error = parts(302, "location", "https://a.example/cb?error=&state=x");
    assert_eq!(
        error.to_string(),
        "Okta answered HTTP 302 Found with an empty code"
    );
    assert_eq!(
        format!("{error:#}"),
        "Okta answered HTTP 302 Found\n  an empty code"
    );
    let error = parts(401, "www-authenticate", r#"Bearer realm="api""#);
    assert_eq!(
        error.to_string(),
        "Okta answered HTTP 401 Unauthorized with no error body"
    );
    let error = parts(500, "content-type", "application/json");
    assert_eq!(
        format!("{error:#}"),
        "Okta answered HTTP 500 Internal Server Error with no error body"
    );
}
