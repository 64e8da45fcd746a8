//! Golden tests over every Entra ID error body in `tests/fixtures/entra_examples.json` (see its
//! README for where each comes from): each parses, says the `error`, AADSTS codes and
//! correlation id the fixture's own text says (the table below was read from the fixture, not
//! from the crate), and is written back byte for byte; the three that are not JSON as their
//! source shows them are refused, never read as something else.

use identity_errors::entra::{ErrorCode, OAuthErrorBody};
use identity_errors::http::{HeaderMap, StatusCode};
use identity_errors::{Body, Error, ParseError, Vendor};
use serde_json::Value;

// The golden tests of every vendor read their fixture through one type.
#[allow(dead_code)]
mod common {
    pub mod fixture;
}

use common::fixture::Example;

fn examples() -> Vec<Example> {
    common::fixture::examples(include_str!("fixtures/entra_examples.json"))
}

/// Every JSON body of the fixture, by its index: the `error`, the AADSTS codes (its
/// `error_codes`, else, for the one body without them, the `AADSTS<n>:` of its description) and
/// the correlation id a support ticket needs (the `correlation_id`, else the description's; `None`
/// where the reporter emptied both), as the fixture's text gives them.
const EXPECTED: &[(usize, &str, &[i64], Option<&str>)] = &[
    (
        0,
        "invalid_grant",
        &[70002, 70000],
        Some("c7f33b6a-5683-4fff-be74-ffba44a27abc"),
    ),
    (
        1,
        "invalid_grant",
        &[70002, 500133],
        Some("b823c2c0-55df-4131-b9ab-6192fb5f5bd8"),
    ),
    (
        2,
        "invalid_grant",
        &[9002313],
        Some("196c96ec-1310-4afb-8d4b-ab70d77bb816"),
    ),
    (
        3,
        "invalid_grant",
        &[9002313],
        Some("5b7c06c8-f9d2-46be-9fd0-c1aa18c278a9"),
    ),
    (
        4,
        "invalid_client",
        &[7000215],
        Some("e86bc24d-ad70-4946-b6ce-f62ee209d70b"),
    ),
    (
        5,
        "invalid_client",
        &[7000215],
        Some("54752956-bf4f-48f1-b808-6ecae2522f59"),
    ),
    (
        6,
        "invalid_grant",
        &[50126],
        Some("7f85270a-1b07-401e-b684-a19533c1b5ea"),
    ),
    (
        7,
        "invalid_grant",
        &[50173],
        Some("eb217b32-36ad-410b-9b1e-f71cd6947581"),
    ),
    (
        8,
        "invalid_grant",
        &[50173],
        Some("1960f17b-46e2-49f1-8eb1-c399c1d85529"),
    ),
    // adal4j's re-serialization: no error_codes, no correlation_id member.
    (
        9,
        "invalid_grant",
        &[50173],
        Some("2db77dbd-5dca-4842-b26f-5fec4564c60d"),
    ),
    (
        10,
        "invalid_tenant",
        &[90002],
        Some("22a58ae7-fe96-44eb-8610-5eeb970d5089"),
    ),
    (
        11,
        "invalid_tenant",
        &[90002],
        Some("0774b819-134d-4815-9573-a31a98397420"),
    ),
    (
        12,
        "invalid_grant",
        &[700082],
        Some("0e87b495-1e24-4882-be85-d012c216f4f6"),
    ),
    (
        14,
        "invalid_grant",
        &[65001],
        Some("73d7243c-43ba-4d8a-865a-0b8957def6c6"),
    ),
    // The reporter emptied trace_id and correlation_id, in the description too.
    (15, "invalid_resource", &[500011], None),
    // The reporter wrote GUID for the ids.
    (17, "invalid_grant", &[50076], Some("GUID")),
    (
        18,
        "interaction_required",
        &[50079],
        Some("e421d7f3-0160-4431-bc41-d675aa4007e8"),
    ),
    (
        19,
        "invalid_scope",
        &[70011],
        Some("fb3d2015-bc17-4bb9-bb85-30c5cf1aaaa7"),
    ),
    (
        20,
        "invalid_scope",
        &[70011],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        21,
        "interaction_required",
        &[50079],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        22,
        "user_already_exists",
        &[1003037],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        23,
        "invalid_request",
        &[901007],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (24, "credential_required", &[55103], Some("3944-...-60d6")),
    (
        26,
        "invalid_grant",
        &[399246],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    // The native-auth page's samples: error_codes and the description's AADSTS disagree
    // (552003 and 901007, 50126 and 901007); the list is what the body carries.
    (
        27,
        "expired_token",
        &[552003],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        28,
        "invalid_request",
        &[50126],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        29,
        "invalid_grant",
        &[50126],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        30,
        "invalid_request",
        &[55200],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        31,
        "expired_token",
        &[552003],
        Some("aaaa0000-bb11-2222-33cc-444444dddddd"),
    ),
    (
        32,
        "invalid_grant",
        &[70002, 70008],
        Some("04bb0cae-580b-49ac-9a10-b6c3316b1eaa"),
    ),
    (
        33,
        "invalid_resource",
        &[500011],
        Some("77145480-bc5a-4ebe-ae4d-e4a8b7d727cf"),
    ),
    (
        34,
        "invalid_client",
        &[7000218],
        Some("3d483b09-1198-4acb-929f-c648674e32bd"),
    ),
    (
        35,
        "invalid_request",
        &[90010],
        Some("f11508ab-067f-40d4-83cb-ccc67bf57e45"),
    ),
    // MSAL.NET's made-up throttling body.
    (
        36,
        "Server overload",
        &[90010],
        Some("f11508ab-067f-40d4-83cb-ccc67bf57e45"),
    ),
    (
        37,
        "invalid_instance",
        &[50049],
        Some("e7619cf4-53ea-443c-b76a-194c032e9840"),
    ),
    (
        38,
        "authorization_pending",
        &[70016],
        Some("36fe3e82-442f-4418-b9f4-9f4b9295831d"),
    ),
];

/// The bodies that are not JSON as their source shows them: an issue's line break inside a
/// string (13), a console's (16), a trailing comma as the native-auth page publishes it (25).
const NOT_JSON: [usize; 3] = [13, 16, 25];

/// The one body whose bytes the crate does not write back as they came: adal4j escaped the
/// slashes of `error_uri` (`https:\/\/`), which JSON allows and serde_json does not write.
const ESCAPED_SLASHES: usize = 9;

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

/// The AADSTS codes Microsoft's page lists (its table rows `| AADSTS<n> | .. |`), read from the
/// snapshot itself, not from the crate's table.
fn listed_codes() -> Vec<i64> {
    include_str!("../data/sources/entra/reference-error-codes.md")
        .lines()
        .filter_map(|line| line.strip_prefix("| AADSTS"))
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            rest[digits.len()..]
                .trim_start()
                .starts_with('|')
                .then(|| digits.parse().ok())
                .flatten()
        })
        .collect()
}

#[test]
fn the_fixture_holds_what_its_readme_says() {
    let examples = examples();
    assert_eq!(examples.len(), 44);
    let count = |kind: &str| examples.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count("token_error"), 29);
    assert_eq!(count("native_auth_error"), 10);
    assert_eq!(count("throttle_plain"), 1);
    assert_eq!(count("claims_challenge"), 4);
    // Every JSON body is in the table or refused below, and nothing else is.
    let with_body: Vec<usize> = (examples.iter().enumerate())
        .filter(|(_, e)| matches!(e.kind.as_str(), "token_error" | "native_auth_error"))
        .map(|(i, _)| i)
        .collect();
    let mut covered: Vec<usize> = EXPECTED.iter().map(|row| row.0).chain(NOT_JSON).collect();
    covered.sort_unstable();
    assert_eq!(with_body, covered);
}

#[test]
fn every_body_says_what_its_text_says() {
    let examples = examples();
    let listed = listed_codes();
    assert_eq!(listed.len(), 346, "the page's AADSTS rows");
    for &(index, error, codes, correlation) in EXPECTED {
        let example = &examples[index];
        let sent = example.body();
        let body = OAuthErrorBody::from_slice(sent.as_bytes())
            .unwrap_or_else(|e| panic!("{index} ({}): {e}", example.source()));
        assert_eq!(body.code(), error, "{index}");
        assert_eq!(body.codes().collect::<Vec<_>>(), codes, "{index}");
        assert_eq!(body.correlation_id(), correlation, "{index}");
        // A code is known exactly when Microsoft's page lists it.
        let known: Vec<i64> = body.known_codes().map(ErrorCode::code).collect();
        let expected_known: Vec<i64> = (codes.iter().copied())
            .filter(|code| listed.contains(code))
            .collect();
        assert_eq!(known, expected_known, "{index}");
        // The members the fixture's JSON has, as it has them.
        let value: Value = serde_json::from_str(sent).unwrap();
        assert_eq!(
            body.description(),
            value["error_description"].as_str(),
            "{index}"
        );
        assert_eq!(body.suberror(), value["suberror"].as_str(), "{index}");
        assert_eq!(body.claims(), value["claims"].as_str(), "{index}");
        assert_eq!(body.error_uri(), value["error_uri"].as_str(), "{index}");
    }
}

#[test]
fn every_body_is_written_back_byte_for_byte() {
    let examples = examples();
    let (mut exact, mut compacted) = (0, 0);
    for &(index, ..) in EXPECTED {
        let sent = examples[index].body();
        let body = OAuthErrorBody::from_slice(sent.as_bytes()).unwrap();
        let written = body.to_json();
        if index == ESCAPED_SLASHES {
            assert_eq!(written, compact(sent).replace(r"\/", "/"));
            continue;
        }
        // Pretty-printed bodies are written compact: the same bytes, less the whitespace
        // between tokens.
        assert_eq!(written, compact(sent), "{index}");
        if written == sent {
            exact += 1;
        } else {
            compacted += 1;
        }
        // Parsed again, the same body, written the same way.
        let again = OAuthErrorBody::from_slice(written.as_bytes()).unwrap();
        assert_eq!(again, body, "{index}");
        assert_eq!(again.to_json(), written, "{index}");
    }
    assert_eq!((exact, compacted), (18, 17));
}

#[test]
fn every_answer_is_passed_on_as_received() {
    let examples = examples();
    for &(index, error, ..) in EXPECTED {
        let example = &examples[index];
        let sent = example.body();
        let status = StatusCode::from_u16(example.http_status.unwrap_or(400)).unwrap();
        let received = Error::from_parts(Vendor::Entra, status, &HeaderMap::new(), sent.as_bytes())
            .expect("an error status is an error");
        let Error::Entra(body) = &received else {
            panic!("{index}: {received:?}");
        };
        assert_eq!(body.code(), error);
        assert_eq!(Body::status(&**body), status);
        assert_eq!(received.status(), status);
        assert_eq!(received.into_http_response().body(), sent.as_bytes());
    }
}

#[test]
fn bodies_that_are_not_json_are_refused_and_kept() {
    let examples = examples();
    for index in NOT_JSON {
        let sent = examples[index].body();
        let error = OAuthErrorBody::from_slice(sent.as_bytes()).unwrap_err();
        assert!(matches!(error, ParseError::Json { .. }), "{index}: {error}");
        let received = Error::from_parts(
            Vendor::Entra,
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            sent.as_bytes(),
        )
        .unwrap();
        let Error::Unrecognized(other) = &received else {
            panic!("{index}: {received:?}");
        };
        assert_eq!(other.body(), sent.as_bytes());
    }
}

#[test]
fn the_order_of_real_bodies_is_kept() {
    let examples = examples();
    // MSAL.js#5491: all nine members, in the order the type declares them.
    let all_nine = examples[17].body();
    let body = OAuthErrorBody::from_slice(all_nine.as_bytes()).unwrap();
    assert_eq!(body.suberror(), Some("basic_action"));
    assert!(body
        .claims()
        .unwrap()
        .starts_with(r#"{"access_token":{"capolids""#));
    assert_eq!(body.to_json(), all_nine);
    // ADAL.NET, 2018: claims before suberror, no error_uri; adal4j: error last but one.
    for index in [18, ESCAPED_SLASHES] {
        let sent = examples[index].body();
        let body = OAuthErrorBody::from_slice(sent.as_bytes()).unwrap();
        let keys = |json: &str| -> Vec<String> {
            let value: serde_json::Map<String, Value> = serde_json::from_str(json).unwrap();
            value.keys().cloned().collect()
        };
        // serde_json's Map sorts its keys: compare the order as the texts write them.
        let order = |json: &str| {
            let mut keys = keys(json);
            keys.sort_by_key(|key| json.find(&format!("\"{key}\":")).unwrap());
            keys
        };
        assert_eq!(order(&body.to_json()), order(sent), "{index}");
    }
}

#[test]
fn a_resources_claims_challenge_with_an_empty_body_is_an_entra_error() {
    use identity_errors::http::HeaderValue;
    use identity_errors::{Kind, Retry};
    let examples: Vec<Value> =
        serde_json::from_str(include_str!("fixtures/entra_examples.json")).unwrap();
    let challenges: Vec<&Value> = (examples.iter())
        .filter(|e| e["kind"] == "claims_challenge")
        .collect();
    assert_eq!(challenges.len(), 4);
    for entry in &challenges {
        // The CAE page breaks its value into lines "for legibility only": one line on the wire.
        let header = entry["headers"]["WWW-Authenticate"].as_str().unwrap();
        let header = header.replace("\n  ", " ");
        // MSAL.NET's JSON-in-claims case carries the claims of its base64 sibling.
        let claims = (entry["claims_decoded"].as_str())
            .or_else(|| {
                challenges
                    .iter()
                    .find(|other| other["source_path"] == entry["source_path"])
                    .and_then(|other| other["claims_decoded"].as_str())
            })
            .unwrap();
        let mut headers = HeaderMap::new();
        headers.insert("www-authenticate", HeaderValue::from_str(&header).unwrap());
        let received = Error::from_parts(Vendor::Entra, StatusCode::UNAUTHORIZED, &headers, b"")
            .expect("a 401 is an error");
        let Error::Entra(body) = &received else {
            panic!("{header}: {received:?}");
        };
        assert_eq!(body.code(), "insufficient_claims", "{header}");
        assert_eq!(body.claims(), Some(claims), "{header}");
        assert_eq!(body.claims_challenge().unwrap().claims(), claims);
        assert_eq!(received.kind(), Kind::Unauthenticated);
        assert_eq!(received.retry(), Retry::AfterReauthenticating);
        // Written back as the vendor would: the challenge as received.
        let written = body.as_ref().clone().into_http_response();
        assert_eq!(written.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(written.headers()["www-authenticate"], header.as_str());
        // Passed on as received: the same header, the same empty body.
        let passed = received.into_http_response();
        assert_eq!(passed.headers()["www-authenticate"], header.as_str());
        assert!(passed.body().is_empty());
    }
    // A 401 with no claims challenge is no Entra body.
    let mut headers = HeaderMap::new();
    headers.insert(
        "www-authenticate",
        HeaderValue::from_static(r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize""#),
    );
    let received =
        Error::from_parts(Vendor::Entra, StatusCode::UNAUTHORIZED, &headers, b"").unwrap();
    assert!(matches!(received, Error::Unrecognized(_)), "{received:?}");
}

/// Two redirects Entra sent back to an application (MicrosoftDocs/azure-docs#114009, as the
/// search tool's issues corpus stores it; the reporter wrote the query one parameter a line,
/// joined here without those line breaks): a declined consent and a guest from another tenant
/// (`%<id>` and `%<app>` are the reporter's redactions, left as they are).
const REDIRECTS: [&str; 2] = [
    "?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID%3a+7c839d05-4806-48f2-ba40-bf4128382500%0d%0aCorrelation+ID%3a+b94f5bce-b15e-48c6-a713-fc07c5c41a77%0d%0aTimestamp%3a+2023-08-28+11%3a25%3a19Z&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d65004&admin_consent=True&state=d66b10a0-8f6f-4631-9336-2d2201c984e1#",
    "?error=access_denied&error_description=AADSTS50020%3a+User+account+%27%7bEmailHidden%7d%27+from+identity+provider+%27https%3a%2f%2fsts.windows.net%<id>%2f%27+does+not+exist+in+tenant+%27ExampleDotCom%27+and+cannot+access+the+application+%<app>+in+that+tenant.+The+account+needs+to+be+added+as+an+external+user+in+the+tenant+first.+Sign+out+and+sign+in+again+with+a+different+Azure+Active+Directory+user+account.%0d%0aTrace+ID%3a+3834489b-3100-4983-aa26-829196f82700%0d%0aCorrelation+ID%3a+49c5d71e-1688-4bc7-b84c-9948c58a3eaa%0d%0aTimestamp%3a+2023-08-28+11%3a39%3a39Z",
];

#[test]
fn error_redirects_read_as_entra_errors() {
    let expected = [
        (
            65004,
            "b94f5bce-b15e-48c6-a713-fc07c5c41a77",
            "User declined to consent to access the app.",
        ),
        (
            50020,
            "49c5d71e-1688-4bc7-b84c-9948c58a3eaa",
            "User account '{EmailHidden}' from identity provider",
        ),
    ];
    for (query, (code, correlation, text)) in REDIRECTS.iter().zip(expected) {
        let url = format!("https://app.example.com/signin-oidc{query}");
        let body = OAuthErrorBody::from_redirect(&url).unwrap();
        assert_eq!(body.code(), "access_denied");
        assert_eq!(body.known_aadsts().map(|c| c.code()), Some(code), "{url}");
        assert_eq!(body.correlation_id(), Some(correlation));
        assert!(body
            .description()
            .unwrap()
            .starts_with(&format!("AADSTS{code}: {text}")));
        // A client gets the redirect as an Entra error, and a gateway passes it on unchanged.
        let mut headers = HeaderMap::new();
        headers.insert("location", url.parse().unwrap());
        let error = Error::from_parts(Vendor::Entra, StatusCode::FOUND, &headers, b"")
            .expect("an error redirect is an error");
        let Error::Entra(read) = &error else {
            panic!("{url}: {error:?}");
        };
        assert_eq!(read.correlation_id(), Some(correlation));
        let passed = error.into_http_response();
        assert_eq!(passed.status(), 302);
        assert_eq!(passed.headers()["location"], url.as_str());
    }
    // The first also carries `admin_consent` and `state`, kept in order as extra members.
    let body = OAuthErrorBody::from_redirect(REDIRECTS[0]).unwrap();
    let json = body.to_json();
    let at = |key: &str| {
        json.find(&format!("\"{key}\":"))
            .unwrap_or_else(|| panic!("{key}: {json}"))
    };
    let keys = [
        "error",
        "error_description",
        "error_uri",
        "admin_consent",
        "state",
    ];
    assert!(
        keys.windows(2).all(|pair| at(pair[0]) < at(pair[1])),
        "{json}"
    );
    assert!(
        json.ends_with(
            r#","admin_consent":"True","state":"d66b10a0-8f6f-4631-9336-2d2201c984e1"}"#
        ),
        "{json}"
    );
    // A parameter twice, or none named error, is no Entra body.
    for url in [
        "?error=a&error=b",
        "?error_description=x",
        "?error=a&error_codes=50126",
    ] {
        assert!(OAuthErrorBody::from_redirect(url).is_err(), "{url}");
    }
}
