//! Hostile and edge inputs to templates, bodies, redirects and headers: each gets a typed error
//! or a documented result, and nothing that is kept is altered.

use identity_errors::okta::{ErrorBody, ErrorCode, OAuthErrorBody, OAuthErrorCode, ResponseMode};
use identity_errors::{identity_cloud, lusid, ParseError};
use std::error::Error;
use std::fmt::Debug;

/// The error of a parse that must fail, printed with its whole source chain as an error
/// reporter prints it (`outer: cause: ..`), after checking that no part of the chain says what
/// another part says.
fn parse_error<T: Debug>(result: Result<T, ParseError>) -> (ParseError, String) {
    let error = result.expect_err("the input is malformed");
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        parts.push(cause.to_string());
        source = cause.source();
    }
    for (i, a) in parts.iter().enumerate() {
        assert!(!a.is_empty(), "an empty message in {parts:?}");
        for b in &parts[i + 1..] {
            assert!(
                !a.contains(b.as_str()) && !b.contains(a.as_str()),
                "a message repeats its cause: {parts:?}"
            );
        }
    }
    (error, parts.join(": "))
}

// ---- templates ----

#[test]
fn arguments_holding_placeholders_are_not_expanded_again() {
    let summary = ErrorCode::E0000250
        .fill(&["{1}", "{0}", "{3}", "{2}"])
        .unwrap();
    assert_eq!(
        summary,
        "You can't {1} {0} because its Trust claims setting isn't enabled on any other identity provider. \
         To {1} this identity provider, update the applicable rules in your {3} and {2} policies to remove \
         the dependency on Trust claims."
    );
}

#[test]
fn a_repeated_placeholder_takes_the_same_argument() {
    let summary = ErrorCode::E0000251
        .fill(&["deactivate", "Acme IdP", "sign-on"])
        .unwrap();
    assert_eq!(summary.matches("deactivate").count(), 2);
    assert!(summary.starts_with("You can't deactivate Acme IdP because"));
}

#[test]
fn wrong_argument_counts_are_typed_errors() {
    let error = ErrorBody::try_new(ErrorCode::ResourceNotFound, &["a", "b"]).unwrap_err();
    assert_eq!(
        (error.code(), error.expected(), error.given()),
        ("E0000007", 1, 2)
    );
    assert_eq!(error.template(), "Not found: {0}");
    let error = ErrorCode::E0000004.fill(&["surplus"]).unwrap_err();
    assert_eq!((error.expected(), error.given()), (0, 1));
    assert!(ErrorCode::E0000250.fill(&["1", "2", "3"]).is_err());
}

#[test]
fn every_generated_constructor_matches_its_runtime_equivalent() {
    let body = ErrorBody::resource_not_found("User 00u1");
    let runtime = ErrorBody::try_new(ErrorCode::E0000007, &["User 00u1"]).unwrap();
    assert_eq!(body.summary(), runtime.summary());
    assert_eq!(body.code(), "E0000007");
    let body = ErrorBody::idp_in_use_by_app_sign_on_and_global_session_policies(
        "delete", "Acme", "global", "app",
    );
    assert_eq!(
        body.summary(),
        ErrorCode::E0000250
            .fill(&["delete", "Acme", "global", "app"])
            .unwrap()
    );
}

// ---- Okta API bodies ----

#[test]
fn built_okta_bodies_have_okta_shape() {
    let body = ErrorBody::resource_not_found("User 00u1").with_cause("id: unknown");
    let id = body.error_id().unwrap().to_owned();
    assert_eq!(id.len(), 25);
    assert!(id.starts_with("oae"));
    let expected = format!(
        r#"{{"errorCode":"E0000007","errorSummary":"Not found: User 00u1","errorLink":"E0000007","errorId":"{id}","errorCauses":[{{"errorSummary":"id: unknown"}}]}}"#
    );
    assert_eq!(serde_json::to_string(&body).unwrap(), expected);
    assert_ne!(
        ErrorBody::resource_not_found("x").error_id(),
        Some(id.as_str())
    );
}

#[test]
fn unknown_okta_codes_are_kept_verbatim() {
    let original = r#"{"errorCode":"E0009999","errorSummary":"New in a later release","errorLink":"E0009999","errorId":"oaeAAAAAAAAAAAAAAAAAAAAAA","errorCauses":[]}"#;
    let body = ErrorBody::from_slice(original.as_bytes()).unwrap();
    assert_eq!(body.code(), "E0009999");
    assert_eq!(body.known_code(), None);
    assert_eq!(body.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(serde_json::to_string(&body).unwrap(), original);
}

#[test]
fn missing_optional_okta_members_stay_missing() {
    let original =
        r#"{"errorCode":"E0000009","errorSummary":"Your last request took too long to complete."}"#;
    let body = ErrorBody::from_slice(original.as_bytes()).unwrap();
    assert_eq!(
        (body.link(), body.error_id(), body.causes().len()),
        (None, None, 0)
    );
    assert_eq!(serde_json::to_string(&body).unwrap(), original);
}

#[test]
fn unknown_members_keep_their_place_and_text() {
    let original = r#"{"x":[1, 2],"errorCode":"E0000001","y":{"b":1,"a":"\u00e9"},"errorSummary":"Api validation failed: name","errorCauses":[{"domain":"d","errorSummary":"s","reason":null}]}"#;
    let body = ErrorBody::from_slice(original.as_bytes()).unwrap();
    assert_eq!(
        body.extra().get("y").unwrap().get(),
        r#"{"b":1,"a":"\u00e9"}"#
    );
    assert_eq!(body.causes()[0].extra().len(), 2);
    assert_eq!(serde_json::to_string(&body).unwrap(), original);
}

#[test]
fn repeated_members() {
    // A repeated known member is ambiguous: an error.
    let (_, report) = parse_error(ErrorBody::from_slice(
        br#"{"errorCode":"E0000001","errorCode":"E0000002","errorSummary":"s"}"#,
    ));
    assert_eq!(
        report,
        "malformed Okta error body: duplicate field `errorCode` at line 1 column 35"
    );
    // A repeated unknown member is kept twice, in place.
    let original = r#"{"errorCode":"E0000001","a":1,"errorSummary":"s","a":2}"#;
    let body = ErrorBody::from_slice(original.as_bytes()).unwrap();
    assert_eq!(body.extra().len(), 2);
    assert_eq!(serde_json::to_string(&body).unwrap(), original);
}

#[test]
fn malformed_okta_bodies_are_typed_errors() {
    let cases: [&[u8]; 9] = [
        b"",
        b"[]",
        b"null",
        b"\"E0000007\"",
        b"{",
        br#"{"errorCode":7,"errorSummary":"s"}"#,
        br#"{"errorSummary":"s"}"#,
        br#"{"errorCode":"E0000007"}"#,
        br#"{"errorCode":"E0000007","errorSummary":"s","errorCauses":{}}"#,
    ];
    for case in cases {
        let (error, report) = parse_error(ErrorBody::from_slice(case));
        assert!(matches!(error, ParseError::Json { .. }));
        assert!(error.source().is_some());
        assert!(
            report.starts_with("malformed Okta error body: "),
            "{report}"
        );
    }
}

// ---- OAuth: JSON, redirects, WWW-Authenticate ----

#[test]
fn redirect_parameters_cannot_be_injected() {
    let hostile = "x&state=evil&error=other#frag=1 +%20=";
    let body = OAuthErrorBody::from_raw("invalid_request", hostile).with_state("s&t=u");
    for mode in [ResponseMode::Query, ResponseMode::Fragment] {
        let url = body.to_redirect("https://example.com/cb", mode).unwrap();
        let part = match mode {
            ResponseMode::Query => url.split_once('?').unwrap().1,
            ResponseMode::Fragment => url.split_once('#').unwrap().1,
        };
        assert_eq!(part.matches('&').count(), 2, "{url}");
        assert_eq!(
            url.matches('#').count(),
            usize::from(mode == ResponseMode::Fragment),
            "{url}"
        );
        let back = OAuthErrorBody::from_redirect(&url).unwrap();
        assert_eq!(back, body, "{url}");
        assert!(back.extra().is_empty());
    }
}

#[test]
fn redirects_join_an_existing_query() {
    let body = OAuthErrorBody::from_raw("access_denied", "no");
    let cases = [
        (
            "https://a.example/cb",
            "https://a.example/cb?error=access_denied&error_description=no",
        ),
        (
            "https://a.example/cb?",
            "https://a.example/cb?error=access_denied&error_description=no",
        ),
        (
            "https://a.example/cb?x=1",
            "https://a.example/cb?x=1&error=access_denied&error_description=no",
        ),
        (
            "https://a.example/cb?x=1&",
            "https://a.example/cb?x=1&error=access_denied&error_description=no",
        ),
    ];
    for (redirect_uri, expected) in cases {
        let url = body.to_redirect(redirect_uri, ResponseMode::Query).unwrap();
        assert_eq!(url, expected);
        let back = OAuthErrorBody::from_redirect(&url).unwrap();
        assert_eq!(
            (back.code(), back.description()),
            ("access_denied", Some("no"))
        );
    }
    assert!(body
        .to_redirect("https://a.example/cb#x", ResponseMode::Fragment)
        .is_err());
}

#[test]
fn the_seed_pages_redirect_example_parses() {
    let url = "https://example.com?error=access_denied&error_description=The%20resource%20owner%20or%20authorization%20server%20denied%20the%20request";
    let body = OAuthErrorBody::from_redirect(url).unwrap();
    assert_eq!(body.known_code(), Some(OAuthErrorCode::AccessDenied));
    assert_eq!(
        body.description(),
        Some("The resource owner or authorization server denied the request")
    );
    assert_eq!(
        body.to_redirect("https://example.com", ResponseMode::Query)
            .unwrap(),
        url
    );
}

#[test]
fn malformed_redirects_are_typed_errors() {
    for url in [
        "https://example.com/cb",
        "https://example.com/cb?code=abc",
        "https://example.com/cb?error=a&error=b",
        "https://example.com/cb#state=1",
    ] {
        let (error, report) = parse_error(OAuthErrorBody::from_redirect(url));
        assert!(
            matches!(error, ParseError::Malformed { .. }),
            "{url}: {report}"
        );
    }
    // Unknown parameters are kept, as strings.
    let body =
        OAuthErrorBody::from_redirect("https://e.example/?iss=https%3A%2F%2Fidp&error=x").unwrap();
    assert_eq!(body.extra().get("iss").unwrap().get(), r#""https://idp""#);
}

#[test]
fn the_part_of_a_redirect_with_the_error_is_the_one_read() {
    // A query without `error` is the client's own, whatever it holds (even a parameter given
    // twice): the error is in the fragment.
    let body =
        OAuthErrorBody::from_redirect("https://e.example/cb?a=1&a=2#error=x&state=s").unwrap();
    assert_eq!((body.code(), body.state()), ("x", Some("s")));
    assert!(body.extra().is_empty());
    // In the part with the error, a member given twice is malformed, before or after `error`.
    for url in [
        "https://e.example/cb?state=1&state=2&error=x",
        "https://e.example/cb?error=x&state=1&state=2",
        "https://e.example/cb?state=1&error=x&state=2",
        "https://e.example/cb?a=1&a=2#error=x&error=y",
    ] {
        let (error, report) = parse_error(OAuthErrorBody::from_redirect(url));
        assert!(
            matches!(error, ParseError::Malformed { .. }),
            "{url}: {report}"
        );
        assert!(report.contains("given twice"), "{url}: {report}");
    }
    // Both parts with an error: the query's is the one.
    let body = OAuthErrorBody::from_redirect("https://e.example/cb?error=q#error=f").unwrap();
    assert_eq!(body.code(), "q");
}

#[test]
fn header_values_cannot_break_or_inject_into_the_header() {
    let hostile = "bad\"\\ token\r\nSet-Cookie: a=b\u{0}\u{7f}\t\", error=\"x";
    let body = OAuthErrorBody::from_raw("invalid_token", hostile);
    let header = body.www_authenticate();
    let bytes = header.as_bytes();
    assert!(!bytes.iter().any(|&b| b < 0x20 || b == 0x7f), "{header:?}");
    let back = OAuthErrorBody::from_www_authenticate(bytes).unwrap();
    assert_eq!(back.code(), "invalid_token");
    // Quotes and backslashes come back exactly; control characters became spaces.
    assert_eq!(
        back.description(),
        Some("bad\"\\ token  Set-Cookie: a=b   \", error=\"x")
    );
    assert!(back.extra().is_empty());
}

#[test]
fn header_values_within_rfc_6750_round_trip_unchanged() {
    let description =
        "The access token expired at 12:00; see https://example.com/help?x=1 (#42) ~ok!";
    let body = OAuthErrorBody::from_raw("invalid_token", description)
        .with_error_uri("https://example.com/e");
    let back = OAuthErrorBody::from_www_authenticate(body.www_authenticate().as_bytes()).unwrap();
    assert_eq!(back, body);
    let non_ascii = OAuthErrorBody::from_raw("invalid_token", "jeton expiré");
    let back =
        OAuthErrorBody::from_www_authenticate(non_ascii.www_authenticate().as_bytes()).unwrap();
    assert_eq!(back.description(), Some("jeton expiré"));
}

#[test]
fn malformed_headers_are_typed_errors() {
    let cases: [&[u8]; 9] = [
        b"",
        b"Basic realm=\"x\"",
        b"Bearer",
        b"Bearer realm=\"x\"",
        b"Bearer error=\"unterminated",
        b"Bearer error=\"a\", error=\"b\"",
        b"Bearer error",
        b"Bearer error=\"a\" error_description=\"b\"",
        b"Bearer error=\"\xff\"",
    ];
    for case in cases {
        let (error, report) = parse_error(OAuthErrorBody::from_www_authenticate(case));
        assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
    }
    let body =
        OAuthErrorBody::from_www_authenticate(b"bearer error=invalid_token,scope=\"a b\"").unwrap();
    assert_eq!(body.code(), "invalid_token");
    // Auth-params stay in the challenge, as the strings they were; none leaks into the JSON.
    assert_eq!(body.auth_param("scope"), Some("a b"));
    assert!(body.extra().is_empty());
    assert_eq!(body.to_json(), r#"{"error":"invalid_token"}"#);
    assert_eq!(
        body.www_authenticate(),
        r#"bearer error="invalid_token", scope="a b""#
    );
}

#[test]
fn oauth_responses_carry_the_challenge_on_401_and_insufficient_scope() {
    let response = OAuthErrorBody::new(OAuthErrorCode::InvalidClient).into_http_response();
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(
        response.headers()["www-authenticate"],
        "Bearer error=\"invalid_client\", error_description=\"The specified client isn't valid.\""
    );
    let response = OAuthErrorBody::new(OAuthErrorCode::InvalidGrant).into_http_response();
    assert_eq!(response.status(), 400);
    assert!(!response.headers().contains_key("www-authenticate"));
    let response = OAuthErrorBody::new(OAuthErrorCode::InsufficientScope).into_http_response();
    assert_eq!(response.status(), 403);
    assert!(response.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Bearer error=\"insufficient_scope\""));
    let unknown = OAuthErrorBody::from_raw("brand_new_error", "d");
    assert_eq!(
        (unknown.known_code(), unknown.status().as_u16()),
        (None, 400)
    );
}

// ---- Identity Cloud ----

#[test]
fn identity_cloud_bodies() {
    let body = identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AuthorizationCodeExpired);
    let id = body.request_id().unwrap().to_owned();
    assert_eq!(id.len(), 16);
    let response = body.into_http_response();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(
        response.body(),
        &format!(
            r#"{{"stat":"error","code":415,"error":"authorization_code_expired","error_description":"The supplied authorization code has expired.","request_id":"{id}"}}"#
        )
    );

    let oauth = identity_cloud::ErrorBody::oauth(
        "invalid_client",
        identity_cloud::ErrorCode::InvalidClientCredentials,
    );
    assert_eq!(oauth.status(), 401);
}

#[test]
fn identity_cloud_request_token_is_an_alias_kept_by_name() {
    let original = r#"{"stat":"error","code":310,"error":"record_not_found","error_description":"record not found","request_token":"abcdefgh12345678"}"#;
    let body = identity_cloud::ErrorBody::from_slice(original.as_bytes()).unwrap();
    assert_eq!(body.request_id(), Some("abcdefgh12345678"));
    assert_eq!(serde_json::to_string(&body).unwrap(), original);
    let replaced = body.with_request_id("zzzzzzzz12345678");
    assert_eq!(replaced.request_id(), Some("zzzzzzzz12345678"));
    assert!(serde_json::to_string(&replaced)
        .unwrap()
        .ends_with(r#""request_token":"zzzzzzzz12345678"}"#));
    // With both names present, the new value goes where the getter reads it.
    let both = identity_cloud::ErrorBody::from_slice(
        br#"{"stat":"error","code":310,"error":"e","request_id":"a","request_token":"b"}"#,
    )
    .unwrap()
    .with_request_id("c");
    assert_eq!(both.request_id(), Some("c"));
}

#[test]
fn identity_cloud_codes_outside_the_catalog() {
    let parse = |code: &str| {
        identity_cloud::ErrorBody::from_slice(
            format!(r#"{{"stat":"error","code":{code},"error":"e"}}"#).as_bytes(),
        )
    };
    let body = parse("225").unwrap();
    assert_eq!((body.code(), body.known_code()), (225, None));
    assert_eq!(
        body.catch_all(),
        Some(identity_cloud::ErrorCode::InvalidArgument)
    );
    assert_eq!(parse("999").unwrap().known_code(), None);
    let negative = parse("-415").unwrap();
    assert_eq!((negative.code(), negative.known_code()), (-415, None));
    let huge = parse("70000").unwrap();
    assert_eq!((huge.code(), huge.known_code()), (70000, None));
    assert!(matches!(
        parse_error(parse("1e400")).0,
        ParseError::Json { .. }
    ));
    assert!(matches!(
        parse_error(parse("99999999999999999999")).0,
        ParseError::Json { .. }
    ));
    assert!(matches!(
        parse_error(parse("4.15")).0,
        ParseError::Json { .. }
    ));
    assert!(matches!(
        parse_error(parse("\"415\"")).0,
        ParseError::Json { .. }
    ));
}

// ---- LUSID ----

#[test]
fn lusid_problem_details() {
    let body = lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist)
        .with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000001");
    let response = body.clone().into_http_response();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let back = lusid::ProblemDetails::from_slice(response.body().as_bytes()).unwrap();
    assert_eq!(back, body);
    assert_eq!(
        back.to_string(),
        "657 UserDoesNotExist: The specified user does not exist (request id: 0HN1:00000001)"
    );

    let unknown =
        lusid::ProblemDetails::from_slice(br#"{"code":5000000000,"status":999}"#).unwrap();
    assert_eq!(unknown.known_code(), None);
    assert_eq!(unknown.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        parse_error(lusid::ProblemDetails::from_slice(br#"{"status":404}"#))
            .1
            .starts_with("malformed ")
    );
    assert!(parse_error(lusid::ProblemDetails::from_slice(
        br#"{"code":1,"status":70000}"#
    ))
    .1
    .starts_with("malformed "));
}

#[test]
fn bodies_are_std_errors_with_readable_messages() {
    let errors: [Box<dyn Error>; 4] = [
        Box::new(ErrorBody::resource_not_found("User 00u1").with_error_id("oae1")),
        Box::new(OAuthErrorBody::new(OAuthErrorCode::InvalidClient).with_request_id("r2")),
        Box::new(
            identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AccessTokenExpired)
                .with_request_id("h7yyk55jjnc39bw2"),
        ),
        Box::new(lusid::ProblemDetails::new(lusid::ErrorCode::AccessDenied)),
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "E0000007: Not found: User 00u1 (errorId: oae1)",
            "invalid_client: The specified client isn't valid. (request id: r2)",
            "414 access_token_expired: The supplied access token has expired. (request_id: h7yyk55jjnc39bw2)",
            "186 AccessDenied: Access Denied",
        ]
    );
}

// ---- oversized, deep and malformed documents ----

#[test]
fn a_10_mb_summary_is_kept_whole() {
    let summary = "x".repeat(10 * 1024 * 1024);
    let text = format!(r#"{{"errorCode":"E0000001","errorSummary":"{summary}"}}"#);
    let body = ErrorBody::from_slice(text.as_bytes()).unwrap();
    assert_eq!(body.summary().len(), summary.len());
    assert_eq!(serde_json::to_string(&body).unwrap(), text);
}

#[test]
fn ten_thousand_causes_are_kept_in_order() {
    let causes: Vec<String> = (0..10_000)
        .map(|i| format!(r#"{{"errorSummary":"cause {i}"}}"#))
        .collect();
    let text = format!(
        r#"{{"errorCode":"E0000001","errorSummary":"Api validation failed: x","errorCauses":[{}]}}"#,
        causes.join(",")
    );
    let body = ErrorBody::from_slice(text.as_bytes()).unwrap();
    assert_eq!(body.causes().len(), 10_000);
    assert_eq!(body.causes()[9_999].summary(), Some("cause 9999"));
    assert_eq!(serde_json::to_string(&body).unwrap(), text);
}

#[test]
fn causes_nested_1000_deep_are_kept_without_recursion() {
    // A cause holding causes holding causes..: below the first level they are extra members,
    // which are kept as raw JSON; serde_json skips raw values without recursing.
    let mut cause = r#"{"errorSummary":"innermost"}"#.to_owned();
    for depth in 0..1000 {
        cause = format!(r#"{{"errorSummary":"level {depth}","errorCauses":[{cause}]}}"#);
    }
    let text = format!(r#"{{"errorCode":"E0000001","errorSummary":"s","errorCauses":[{cause}]}}"#);
    let body = ErrorBody::from_slice(text.as_bytes()).unwrap();
    assert_eq!(body.causes()[0].summary(), Some("level 999"));
    assert_eq!(serde_json::to_string(&body).unwrap(), text);
    // 1000 arrays deep where a cause object belongs: a typed error.
    let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
    let text = format!(r#"{{"errorCode":"E0000001","errorSummary":"s","errorCauses":{deep}}}"#);
    assert!(matches!(
        parse_error(ErrorBody::from_slice(text.as_bytes())).0,
        ParseError::Json { .. }
    ));
}

/// Runs `test` in a thread with a 2 MiB stack, the default of a spawned thread and of a test
/// thread (whatever `RUST_MIN_STACK` says), so that a recursion per level would overflow it.
fn on_a_default_stack(test: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(test)
        .unwrap()
        .join()
        .expect("no overflow, no panic");
}

#[test]
fn a_million_levels_inside_unknown_members_are_kept_without_recursion() {
    on_a_default_stack(|| {
        const LEVELS: usize = 1_000_000;
        let arrays = format!("{}{}", "[".repeat(LEVELS), "]".repeat(LEVELS));
        let objects = format!("{}1{}", r#"{"a":"#.repeat(LEVELS), "}".repeat(LEVELS));
        for deep in [&arrays, &objects] {
            let bodies = [
                (
                    identity_errors::Vendor::Okta,
                    400,
                    format!(
                        r#"{{"errorCode":"E0000001","errorSummary":"s","errorCauses":[{{"errorSummary":"c","x":{deep}}}],"x":{deep}}}"#
                    ),
                ),
                (
                    identity_errors::Vendor::Okta,
                    401,
                    format!(r#"{{"error":"invalid_client","x":{deep}}}"#),
                ),
                (
                    identity_errors::Vendor::IdentityCloud,
                    200,
                    format!(
                        r#"{{"stat":"error","code":100,"error":"missing_argument","x":{deep}}}"#
                    ),
                ),
                (
                    identity_errors::Vendor::Lusid,
                    400,
                    format!(
                        r#"{{"code":1,"errorDetails":[{deep}],"extensions":{deep},"x":{deep}}}"#
                    ),
                ),
            ];
            for (vendor, status, text) in bodies {
                let status = identity_errors::http::StatusCode::from_u16(status).unwrap();
                let headers = identity_errors::http::HeaderMap::new();
                let error =
                    identity_errors::Error::from_parts(vendor, status, &headers, text.as_bytes())
                        .unwrap();
                assert!(
                    !matches!(error, identity_errors::Error::Unrecognized(_)),
                    "{vendor}: parsed"
                );
                // Written back whole, displayed on a bounded line and on several.
                let written = match &error {
                    identity_errors::Error::Okta(body) => body.to_json(),
                    identity_errors::Error::OAuth(body) => body.to_json(),
                    identity_errors::Error::IdentityCloud(body) => body.to_json(),
                    identity_errors::Error::Lusid(body) => body.to_json(),
                    other => panic!("{other:?}"),
                };
                assert!(written == text, "{vendor}: written back as received");
                assert!(error.to_string().chars().count() < 2100);
                assert!(format!("{error:#}").starts_with(&format!("{vendor} answered")));
                assert_eq!(error.clone().into_http_response().body(), text.as_bytes());
            }
        }
        // A million levels where the body has a member of its own: a typed error (serde_json
        // stops at 128 levels), not an overflow.
        let text =
            format!(r#"{{"errorCode":"E0000001","errorSummary":"s","errorCauses":{arrays}}}"#);
        assert!(matches!(
            ErrorBody::from_slice(text.as_bytes()),
            Err(ParseError::Json { .. })
        ));
    });
}

#[test]
fn invalid_utf8_and_lone_surrogates_are_typed_errors() {
    // Bytes that are not UTF-8, in a known member, an unknown member and a code: the error says
    // so and where the first bad byte is.
    let cases: [(&[u8], usize); 3] = [
        (
            b"{\"errorCode\":\"E0000001\",\"errorSummary\":\"\xc3\x28\"}",
            40,
        ),
        (
            b"{\"errorCode\":\"E0000001\",\"errorSummary\":\"s\",\"x\":\"\xff\"}",
            48,
        ),
        (b"{\"errorCode\":\"E\xff\",\"errorSummary\":\"s\"}", 15),
    ];
    for (case, at) in cases {
        let (error, report) = parse_error(ErrorBody::from_slice(case));
        match error {
            ParseError::Utf8 { what, source } => {
                assert_eq!(what, "an Okta error body");
                assert_eq!(source.valid_up_to(), at, "{report}");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            report.starts_with("malformed Okta error body: invalid utf-8"),
            "{report}"
        );
    }
    // A problem before the first bad byte is the one reported, as reading from the start finds
    // it; so is a body cut in the middle of a character, which is cut short.
    let cases: [(&[u8], &str); 3] = [
        (
            b"{\"errorCode\":7,\"errorSummary\":\"\xff\"}",
            "invalid type: integer `7`, expected a string at line 1 column 14",
        ),
        (
            b"<html><body>Passerelle indisponible \xe9</body></html>",
            "expected value at line 1 column 1",
        ),
        (
            b"{\"errorCode\":\"E0000001\",\"errorSummary\":\"caf\xc3",
            "EOF while parsing a string at line 1 column 43",
        ),
    ];
    for (case, expected) in cases {
        match parse_error(ErrorBody::from_slice(case)).0 {
            ParseError::Json { source, .. } => assert_eq!(source.to_string(), expected),
            other => panic!("{other:?}"),
        }
    }
    // Escapes that do not make a character: serde_json's error, with its line and column.
    let cases: [&[u8]; 2] = [
        br#"{"errorCode":"E0000001","errorSummary":"\ud800"}"#,
        br#"{"errorCode":"E0000001","errorSummary":"\udc00 alone"}"#,
    ];
    for case in cases {
        assert!(matches!(
            parse_error(ErrorBody::from_slice(case)).0,
            ParseError::Json { .. }
        ));
    }
    // A lone surrogate inside an extra member is kept as written (its raw text is valid JSON
    // text; only decoding it as a string would fail).
    let text = r#"{"errorCode":"E0000001","errorSummary":"s","x":"\ud800"}"#;
    let body = ErrorBody::from_slice(text.as_bytes()).unwrap();
    assert_eq!(serde_json::to_string(&body).unwrap(), text);
    // A valid surrogate pair decodes.
    let body = ErrorBody::from_slice(br#"{"errorCode":"E0000001","errorSummary":"\ud83d\ude00"}"#)
        .unwrap();
    assert_eq!(body.summary(), "\u{1f600}");
}

#[test]
fn integer_codes_beyond_their_catalog_types() {
    // Bodies keep any i64 code; codes outside the catalogs resolve to nothing.
    for code in ["65536", "-1", "9223372036854775807", "-9223372036854775808"] {
        let text = format!(r#"{{"stat":"error","code":{code},"error":"e"}}"#);
        let body = identity_cloud::ErrorBody::from_slice(text.as_bytes()).unwrap();
        assert_eq!(body.code().to_string(), code);
        assert_eq!(body.known_code(), None);
        assert_eq!(serde_json::to_string(&body).unwrap(), text);
    }
    for code in ["2147483648", "-2147483649", "9223372036854775807"] {
        let body =
            lusid::ProblemDetails::from_slice(format!(r#"{{"code":{code}}}"#).as_bytes()).unwrap();
        assert_eq!(body.known_code(), None);
    }
    // Past i64, or not whole: typed errors.
    for code in ["9223372036854775808", "1.5", "1e3", "true", "null"] {
        let text = format!(r#"{{"stat":"error","code":{code},"error":"e"}}"#);
        assert!(
            parse_error(identity_cloud::ErrorBody::from_slice(text.as_bytes()))
                .1
                .starts_with("malformed "),
            "{code}"
        );
        assert!(
            parse_error(lusid::ProblemDetails::from_slice(
                format!(r#"{{"code":{code}}}"#).as_bytes()
            ))
            .1
            .starts_with("malformed "),
            "{code}"
        );
    }
}

#[test]
fn wrong_json_types_empty_bodies_and_arrays() {
    let cases: [&[u8]; 6] = [
        b"",
        b"   ",
        b"[]",
        b"[{}]",
        b"{}",
        br#"{"errorCode":["E0000001"],"errorSummary":"s"}"#,
    ];
    for case in cases {
        assert!(matches!(
            parse_error(ErrorBody::from_slice(case)).0,
            ParseError::Json { .. }
        ));
        assert!(parse_error(OAuthErrorBody::from_slice(case))
            .1
            .starts_with("malformed "));
        assert!(parse_error(identity_cloud::ErrorBody::from_slice(case))
            .1
            .starts_with("malformed "));
        assert!(parse_error(lusid::ProblemDetails::from_slice(case))
            .1
            .starts_with("malformed "));
    }
    assert!(
        parse_error(OAuthErrorBody::from_slice(br#"{"error":null}"#))
            .1
            .starts_with("malformed ")
    );
    assert!(parse_error(identity_cloud::ErrorBody::from_slice(
        br#"{"stat":"error","code":"415","error":"e"}"#
    ))
    .1
    .starts_with("malformed "));
    assert!(parse_error(lusid::ProblemDetails::from_slice(
        br#"{"code":657,"errorDetails":[],"status":"404"}"#
    ))
    .1
    .starts_with("malformed "));
}

#[test]
fn trailing_bytes_after_a_body_are_an_error() {
    let (_, report) = parse_error(ErrorBody::from_slice(
        br#"{"errorCode":"E0000001","errorSummary":"s"} {"#,
    ));
    assert_eq!(
        report,
        "malformed Okta error body: trailing characters at line 1 column 45"
    );
}

/// Auth-param names are case-insensitive (RFC 9110, section 11.2): a member given twice in two
/// spellings is given twice, and so is any other auth-param.
#[test]
fn challenge_parameters_given_twice_in_any_case_are_refused() {
    let cases: [&[u8]; 6] = [
        br#"Bearer error="invalid_token", ERROR="injected""#,
        br#"Bearer Error="invalid_token", error="injected""#,
        br#"Bearer error="invalid_token", error_description="a", Error_Description="b""#,
        br#"Bearer error="invalid_token", error_uri="https://a.example", ERROR_URI="https://b.example""#,
        br#"Bearer realm="a", error="invalid_token", REALM="b""#,
        br#"DPoP error="invalid_token", scope="a", Scope="b""#,
    ];
    for case in cases {
        let (error, report) = parse_error(OAuthErrorBody::from_www_authenticate(case));
        assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
        assert!(report.contains("given twice"), "{report}");
    }
}

#[test]
fn challenge_members_are_read_in_any_case_and_written_once() {
    let header = br#"Bearer ERROR="invalid_token", Error_Description="Expired.", ERROR_URI="https://e.example/x""#;
    let body = OAuthErrorBody::from_www_authenticate(header).unwrap();
    assert_eq!(body.code(), "invalid_token");
    assert_eq!(body.description(), Some("Expired."));
    assert_eq!(body.error_uri(), Some("https://e.example/x"));
    assert_eq!(body.auth_param("ERROR"), None);
    assert_eq!(
        body.www_authenticate(),
        r#"Bearer error="invalid_token", error_description="Expired.", error_uri="https://e.example/x""#
    );
}

/// A response whose JSON body parses but whose challenge names `error` twice in two cases: the
/// challenge is not kept, so the written response cannot carry two `error`s.
#[test]
fn a_received_challenge_with_a_second_error_in_another_case_is_not_written_back() {
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "www-authenticate",
        http::HeaderValue::from_static(r#"Bearer error="invalid_token", ERROR="injected""#),
    );
    let body = OAuthErrorBody::from_parts(
        http::StatusCode::UNAUTHORIZED,
        &headers,
        br#"{"error":"invalid_token","error_description":"Expired."}"#,
    )
    .unwrap();
    let response = body.into_http_response();
    let written = response.headers()["www-authenticate"].to_str().unwrap();
    assert_eq!(
        written,
        r#"Bearer error="invalid_token", error_description="Expired.""#
    );
    // The client half reads the same response the same way: the header alone is refused.
    let error = identity_errors::Error::from_parts(
        identity_errors::Vendor::Okta,
        http::StatusCode::UNAUTHORIZED,
        &headers,
        b"",
    )
    .expect("a 401 is an error");
    assert!(
        !matches!(error, identity_errors::Error::OAuth(_)),
        "{error:?}"
    );
}

/// However long its texts, a challenge stays within the bound, keeps its `error`, and carries
/// the start of the description; the JSON body keeps every text whole.
#[test]
fn challenges_are_bounded_and_the_body_keeps_the_whole_text() {
    let max = OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN;
    // Escapes and multi-byte characters around the cut: it never splits either.
    for description in [
        "x".repeat(1_000_000),
        "\"".repeat(100_000),
        "é".repeat(100_000),
        format!("{}\"", "a".repeat(max)),
        "\\\u{1F600}".repeat(10_000),
    ] {
        let body = OAuthErrorBody::from_raw("invalid_token", description.clone());
        let header = body.www_authenticate();
        assert!(header.len() <= max, "{}", header.len());
        assert!(header.len() > max - 8, "{}", header.len());
        let back = OAuthErrorBody::from_www_authenticate(header.as_bytes()).unwrap();
        assert_eq!(back.code(), "invalid_token");
        let cut = back.description().unwrap();
        assert!(description.starts_with(cut) && !cut.is_empty(), "{cut}");
        let response = body.into_http_response();
        let json: serde_json::Value = serde_json::from_str(response.body()).unwrap();
        assert_eq!(json["error_description"], description.as_str());
    }
    // Long auth-params are left out, from the last, before `error` is cut.
    let header = format!(
        r#"Bearer realm="{}", error="invalid_token", scope="{}", error_uri="{}""#,
        "r".repeat(1_000),
        "s".repeat(1_100),
        "u".repeat(1_000)
    );
    let body = OAuthErrorBody::from_www_authenticate(header.as_bytes()).unwrap();
    let written = body.www_authenticate();
    assert!(written.len() <= max);
    let back = OAuthErrorBody::from_www_authenticate(written.as_bytes()).unwrap();
    assert_eq!(back.auth_param("realm"), Some("r".repeat(1_000).as_str()));
    assert_eq!(back.auth_param("scope"), None);
    assert_eq!(back.error_uri(), None);
    assert_eq!(back.code(), "invalid_token");
    let huge = OAuthErrorBody::from_raw("e".repeat(10_000), "d");
    let written = huge.www_authenticate();
    assert!(written.len() <= max);
    let back = OAuthErrorBody::from_www_authenticate(written.as_bytes()).unwrap();
    assert!(huge.code().starts_with(back.code()) && back.code().len() > max - 32);
}

#[test]
fn request_ids_are_sent_as_given_within_the_header_bound() {
    // UTF-8 beyond ASCII was read by from_parts but dropped on writing; a megabyte id made a
    // response no ordinary client reads.
    let okta = |id: &str| {
        ErrorBody::resource_not_found("x")
            .with_request_id(id)
            .into_http_response()
            .headers()["x-okta-request-id"]
            .as_bytes()
            .to_vec()
    };
    assert_eq!(okta("requête-1"), "requête-1".as_bytes());
    let long = "a".repeat(1 << 20);
    let sent = okta(&long);
    assert_eq!(sent.len(), 32, "a new id of Okta's shape instead");
    let oauth = OAuthErrorBody::new(OAuthErrorCode::InvalidClient)
        .with_request_id(long.as_str())
        .into_http_response();
    assert_eq!(oauth.headers()["x-okta-request-id"].len(), 32);
    let lusid_id = |id: &str| {
        lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist)
            .with_request_id(id)
            .into_http_response()
            .headers()
            .get("lusid-meta-requestid")
            .map(|v| v.as_bytes().to_vec())
    };
    assert_eq!(lusid_id("requête-1"), Some("requête-1".as_bytes().to_vec()));
    assert_eq!(lusid_id(&long), None);
    let bound = "a".repeat(OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN);
    assert_eq!(lusid_id(&bound), Some(bound.into_bytes()));
}

/// A redirect longer than a `Location` may be: the description is cut (the longest start that
/// fits), then `error_uri` left out; the URI, `error` and `state` are kept whole, or refused.
#[test]
fn long_redirects_are_cut_in_the_description_then_refused() {
    use identity_errors::okta::RedirectError;
    const MAX: usize = OAuthErrorBody::MAX_LOCATION_LEN;
    assert_eq!(MAX, 2048);
    let base = "https://app.example.com/cb";
    for description in [
        "d".repeat(100_000),
        "é ".repeat(40_000),
        "%&".repeat(50_000),
    ] {
        for mode in [ResponseMode::Query, ResponseMode::Fragment] {
            let body = OAuthErrorBody::from_raw("access_denied", description.as_str())
                .with_error_uri("https://developer.okta.com/docs")
                .with_state("xyz");
            let url = body.to_redirect(base, mode).unwrap();
            assert!(url.len() <= MAX, "{} bytes", url.len());
            let back = OAuthErrorBody::from_redirect(&url).unwrap();
            let cut = back.description().unwrap();
            assert!(description.starts_with(cut));
            // Not one more character would have fitted (RFC 3986's unreserved characters are
            // written as they are, every other byte as %XX).
            let next = description[cut.len()..].chars().next().unwrap();
            let next_len = if next.is_ascii_alphanumeric() || "-._~".contains(next) {
                1
            } else {
                3 * next.len_utf8()
            };
            assert!(url.len() + next_len > MAX, "{} + {next_len}", url.len());
            assert_eq!(
                (back.code(), back.state(), back.error_uri()),
                (
                    "access_denied",
                    Some("xyz"),
                    Some("https://developer.okta.com/docs")
                )
            );
        }
    }
    // A state that leaves no room: the description, then error_uri, go; state is whole.
    let state = "s".repeat(MAX - base.len() - "?error=access_denied&state=".len());
    let body = OAuthErrorBody::from_raw("access_denied", "no")
        .with_error_uri("https://developer.okta.com/docs")
        .with_state(state.as_str());
    let url = body.to_redirect(base, ResponseMode::Query).unwrap();
    assert_eq!(url.len(), MAX);
    assert_eq!(url, format!("{base}?error=access_denied&state={state}"));
    // One byte more, and the redirect is refused, with its length.
    let body = body.with_state(format!("{state}s"));
    let error = body.to_redirect(base, ResponseMode::Query).unwrap_err();
    // The length of what cannot be cut, not of the description it would have cut.
    assert_eq!(error, RedirectError::TooLong(MAX + 1));
    assert!(body
        .into_redirect_response(base, ResponseMode::Query)
        .is_err());
    // A short one is not touched.
    let body = OAuthErrorBody::from_raw("access_denied", "no").with_state("xyz");
    assert_eq!(
        body.to_redirect(base, ResponseMode::Query).unwrap(),
        format!("{base}?error=access_denied&error_description=no&state=xyz")
    );
}

// ---- Entra claims challenges: the headers thrown at Okta's challenge above, and more ----

#[cfg(feature = "entra")]
mod entra {
    use super::{on_a_default_stack, parse_error};
    use identity_errors::entra::ClaimsChallenge;
    use identity_errors::ParseError;

    const MAX: usize = ClaimsChallenge::MAX_WWW_AUTHENTICATE_LEN;

    /// `{}`, the smallest claims request, in base64.
    const EMPTY: &str = "e30=";

    fn read(header: &[u8]) -> ClaimsChallenge {
        ClaimsChallenge::from_www_authenticate(header)
            .unwrap_or_else(|error| panic!("{}: {error}", String::from_utf8_lossy(header)))
    }

    #[test]
    fn header_values_cannot_break_or_inject_into_the_header() {
        let hostile = "bad\"\\ token\r\nSet-Cookie: a=b\u{0}\u{7f}\t\", error=\"x";
        let challenge = ClaimsChallenge::new("{}")
            .unwrap()
            .with_realm(hostile)
            .with_client_id(hostile)
            .with_authorization_uri(hostile);
        let header = challenge.www_authenticate();
        let bytes = header.as_bytes();
        assert!(!bytes.iter().any(|&b| b < 0x20 || b == 0x7f), "{header:?}");
        let back = read(bytes);
        // Quotes and backslashes come back exactly; control characters became spaces.
        let spaced = "bad\"\\ token  Set-Cookie: a=b   \", error=\"x";
        assert_eq!(back.realm(), Some(spaced));
        assert_eq!(back.client_id(), Some(spaced));
        assert_eq!(back.authorization_uri(), Some(spaced));
        assert_eq!(back.error(), "insufficient_claims");
        assert_eq!(back.claims(), "{}");
        assert_eq!(back.auth_params().count(), 5);
        // A received header can hold no control character at all: it is refused, not mended.
        let (error, report) = parse_error(ClaimsChallenge::from_www_authenticate(
            b"Bearer error=\"a\r\nSet-Cookie: x\", claims=\"e30=\"",
        ));
        assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
        assert!(report.contains("control character"), "{report}");
    }

    #[test]
    fn header_values_round_trip_unchanged() {
        let realm = "The tenant; see https://example.com/help?x=1 (#42) ~ok! é";
        let challenge = ClaimsChallenge::new(r#"{"access_token":{"nbf":{"essential":true}}}"#)
            .unwrap()
            .with_realm(realm);
        let header = challenge.www_authenticate();
        let back = read(header.as_bytes());
        assert_eq!(back.claims(), challenge.claims());
        assert_eq!(back.claims_raw(), challenge.claims_raw());
        assert_eq!(back.realm(), Some(realm));
        assert_eq!(back.www_authenticate(), header);
    }

    #[test]
    fn malformed_headers_are_typed_errors() {
        let cases: [(&[u8], &str); 16] = [
            (b"", "no Bearer challenge"),
            (b"Basic realm=\"x\"", "no Bearer challenge"),
            (b"Bearer", "no `claims`"),
            (b"Bearer realm=\"x\"", "no `claims`"),
            (b"Bearer error=\"invalid_token\"", "no `claims`"),
            (b"Bearer error=\"a\", claims=\"unterminated", "unterminated"),
            (
                b"Bearer error=\"a\", error=\"b\", claims=\"e30=\"",
                "given twice",
            ),
            (b"Bearer claims", "no `claims`"),
            (
                b"Bearer error=\"a\" claims=\"e30=\"",
                "not separated by commas",
            ),
            (b"Bearer error=\"\xff\", claims=\"e30=\"", "not UTF-8"),
            (b"Bearer claims=\"e30=\"", "no `error`"),
            (b"Bearer error=a, claims=e30=", "neither a token"),
            (b"Bearer error=a, claims=\"e30!\"", "not base64"),
            (b"Bearer error=a, claims=\"\"", "EOF"),
            (b"Bearer error=a, claims=\"WzFd\"", "not a JSON object"),
            (
                b"\"Bearer\" error=a, claims=\"e30=\"",
                "does not start with a scheme",
            ),
        ];
        for (case, why) in cases {
            let (error, report) = parse_error(ClaimsChallenge::from_www_authenticate(case));
            assert!(
                matches!(
                    error,
                    ParseError::Malformed { .. } | ParseError::Json { .. }
                ),
                "{report}"
            );
            assert!(report.contains(why), "{report}");
        }
        // Claims that are base64 but not JSON, or not UTF-8: the claims request is malformed,
        // and serde_json says where.
        for claims in ["bm90IGpzb24=", "eyL/Ijox"] {
            let header = format!("Bearer error=a, claims=\"{claims}\"");
            let (error, report) =
                parse_error(ClaimsChallenge::from_www_authenticate(header.as_bytes()));
            assert!(
                matches!(error, ParseError::Json { .. } | ParseError::Utf8 { .. }),
                "{report}"
            );
            assert!(
                report.starts_with("malformed Entra claims request: "),
                "{report}"
            );
        }
        // An error that is not Microsoft's is kept as it came.
        let challenge = read(b"bearer error=brand_new_error,claims=e30");
        assert_eq!(challenge.error(), "brand_new_error");
        assert_eq!(challenge.scheme(), "bearer");
        assert_eq!(
            challenge.www_authenticate(),
            "bearer error=brand_new_error,claims=e30"
        );
    }

    /// Auth-param names are case-insensitive (RFC 9110, section 11.2): a name given twice in two
    /// spellings is given twice, whichever it is.
    #[test]
    fn challenge_parameters_given_twice_in_any_case_are_refused() {
        let cases: [&[u8]; 6] = [
            br#"Bearer error="insufficient_claims", ERROR="injected", claims="e30=""#,
            br#"Bearer Error="insufficient_claims", error="injected", claims="e30=""#,
            br#"Bearer error="insufficient_claims", claims="e30=", CLAIMS="eyJ4IjoxfQ==""#,
            br#"Bearer realm="a", error="insufficient_claims", REALM="b", claims="e30=""#,
            br#"Bearer authorization_uri="https://a.example", Authorization_Uri="https://b.example", error=x, claims="e30=""#,
            br#"PoP nonce="n", Bearer error=x, claims="e30=", client_id="a", Client_Id="b""#,
        ];
        for case in cases {
            let (error, report) = parse_error(ClaimsChallenge::from_www_authenticate(case));
            assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
            assert!(report.contains("given twice"), "{report}");
        }
    }

    #[test]
    fn challenge_parameters_are_read_in_any_case_and_written_as_read() {
        let header = br#"BEARER REALM="", Authorization_URI="https://login.microsoftonline.com/common/oauth2/authorize", ERROR="insufficient_claims", Claims="e30=""#;
        let challenge = read(header);
        assert_eq!(challenge.realm(), Some(""));
        assert_eq!(
            challenge.authorization_uri(),
            Some("https://login.microsoftonline.com/common/oauth2/authorize")
        );
        assert_eq!(challenge.error(), "insufficient_claims");
        assert_eq!(challenge.claims(), "{}");
        assert_eq!(challenge.auth_param("claims"), Some(EMPTY));
        assert_eq!(challenge.www_authenticate(), &header[..]);
        // Set again, a name keeps the spelling read; its value is written anew.
        let edited = challenge.with_realm("contoso.com");
        assert!(edited
            .www_authenticate()
            .to_str()
            .unwrap()
            .starts_with(r#"BEARER REALM="contoso.com", Authorization_URI="#));
    }

    /// Several challenges in one value (RFC 9110, section 11.6.1): the first `Bearer` with
    /// `claims` is the one, and the others are kept as written around it.
    #[test]
    fn the_claims_challenge_is_found_among_others_and_they_are_kept() {
        for header in [
            r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", PoP nonce="n1", Bearer error="insufficient_claims", claims="e30=""#,
            r#"Negotiate, NTLM dG9rZW42OA==, Bearer error="insufficient_claims", claims="e30=", Basic realm="x""#,
            r#"Bearer error="insufficient_claims", claims="e30=",PoP nonce=n1 , "#,
        ] {
            let challenge = read(header.as_bytes());
            assert_eq!(challenge.claims(), "{}", "{header}");
            assert_eq!(challenge.realm(), None, "{header}");
            assert_eq!(challenge.auth_param("nonce"), None, "{header}");
            assert_eq!(challenge.www_authenticate(), header);
            // Edited, the others stay.
            let edited = challenge.with_client_id("c").www_authenticate();
            let edited = edited.to_str().unwrap();
            assert!(
                edited.contains(r#"client_id="c", error="insufficient_claims""#),
                "{edited}"
            );
            assert_eq!(edited.len(), header.len() + r#"client_id="c", "#.len());
        }
        for (header, why) in [
            (
                r#"Bearer error=a, claims="e30=" PoP nonce="n""#,
                "not separated by commas",
            ),
            (r#"PoP nonce="n", Bearer realm="""#, "no `claims`"),
            (r#"PoP claims="e30=", error=a"#, "no Bearer challenge"),
            (r#"Bearer error=a, claims="e30=", , =x"#, "not a token"),
            (
                r#"Bearer error=a, claims="e30=", PoP"nonce""#,
                "not followed by a space",
            ),
        ] {
            let (error, report) =
                parse_error(ClaimsChallenge::from_www_authenticate(header.as_bytes()));
            assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
            assert!(report.contains(why), "{header}: {report}");
        }
    }

    /// However long its texts, a challenge stays within the bound and keeps `error` and
    /// `claims` whole; a challenge whose `error` and `claims` alone would be longer is refused.
    #[test]
    fn challenges_are_bounded_and_claims_are_never_cut() {
        for realm in [
            "x".repeat(1_000_000),
            "\"".repeat(100_000),
            "é".repeat(100_000),
            "\\\u{1F600}".repeat(10_000),
        ] {
            let challenge = ClaimsChallenge::new("{}").unwrap().with_realm(realm);
            let header = challenge.www_authenticate();
            assert_eq!(
                header,
                r#"Bearer error="insufficient_claims", claims="e30=""#
            );
        }
        // Read: the other challenges go first, then auth-params other than error and claims
        // from the last back.
        let header = format!(
            r#"PoP nonce="{}", Bearer realm="{}", error="insufficient_claims", client_id="{}", claims="e30=", authorization_uri="{}""#,
            "n".repeat(500),
            "r".repeat(1_000),
            "c".repeat(500),
            "u".repeat(600),
        );
        let challenge = read(header.as_bytes());
        let written = challenge.www_authenticate();
        assert!(written.len() <= MAX, "{}", written.len());
        let back = read(written.as_bytes());
        assert_eq!(back.realm(), Some("r".repeat(1_000).as_str()));
        assert_eq!(back.client_id(), Some("c".repeat(500).as_str()));
        assert_eq!(back.authorization_uri(), None);
        assert_eq!(back.claims(), "{}");
        assert!(written.to_str().unwrap().starts_with("Bearer realm="));
        // Claims too long for any challenge: refused when built and when read.
        let long = format!(r#"{{"a":"{}"}}"#, "x".repeat(1_600));
        let (error, report) = parse_error(ClaimsChallenge::new(long.as_str()));
        assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
        let claims = "e".repeat(MAX);
        let header = format!(r#"Bearer error=a, claims="{claims}""#);
        let (error, report) =
            parse_error(ClaimsChallenge::from_www_authenticate(header.as_bytes()));
        assert!(matches!(error, ParseError::Malformed { .. }), "{report}");
        assert!(report.contains("longer than 2048 bytes"), "{report}");
        // Just within the bound, built: whole.
        let fits = format!(r#"{{"a":"{}"}}"#, "x".repeat(1_450));
        let header = ClaimsChallenge::new(fits.as_str())
            .unwrap()
            .www_authenticate();
        assert!(header.len() <= MAX);
        assert_eq!(read(header.as_bytes()).claims(), fits);
    }

    /// Claims nested as deep as the bound allows are checked without recursion (no stack
    /// overflow, and no depth limit refuses them); a million levels are refused for their
    /// length before any JSON is read.
    #[test]
    fn deeply_nested_claims_are_read_without_recursion() {
        on_a_default_stack(|| {
            let deep = format!(r#"{{"a":{}{}}}"#, "[".repeat(700), "]".repeat(700));
            let challenge = ClaimsChallenge::new(deep.as_str()).unwrap();
            let header = challenge.www_authenticate();
            assert_eq!(read(header.as_bytes()).claims(), deep);
            // Sent as JSON itself.
            let header = format!("Bearer error=a, claims=\"{}\"", deep.replace('"', "\\\""));
            assert_eq!(read(header.as_bytes()).claims(), deep);
            let unclosed = format!(r#"{{"a":{}"#, "[".repeat(700));
            let (error, report) = parse_error(ClaimsChallenge::new(unclosed));
            assert!(matches!(error, ParseError::Json { .. }), "{report}");
            let header = format!("Bearer error=a, claims=\"{{{}\"", "[".repeat(1_000_000));
            let (_, report) =
                parse_error(ClaimsChallenge::from_www_authenticate(header.as_bytes()));
            assert!(report.contains("longer than"), "{report}");
        });
    }
}
