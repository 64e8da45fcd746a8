//! A failed call is never a success. `Error::from_parts` says "not an error" (`None`) only for a
//! status below 400 whose body is not the vendor's error and which is no OAuth error redirect;
//! anything else is an error, typed where it reads as the vendor's body, else `Unrecognized`
//! with status, headers and bytes kept.
//!
//! The rule, as written in `src/answer.rs` (`Answer::of`) and restated here independently:
//!
//! 1. every status from 400 to 599 is an error, whatever the body;
//! 2. a 3xx whose `Location` (any of them) has an `error` parameter (its name percent-decoded)
//!    in its query or fragment is an error;
//! 3. below 400, a body that says it is the vendor's error is an error: for Identity Cloud a
//!    top-level `"stat":"error"` member, for Okta top-level `errorCode` and `errorSummary`
//!    strings (LUSID, Entra ID, Cognito: never);
//! 4. nothing else is.
//!
//! The generators below know, by construction, which of these each input meets.

use http::header::{HeaderMap, HeaderValue, LOCATION};
use http::StatusCode;
use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode, RedirectError, ResponseMode};
use identity_errors::{identity_cloud, lusid, okta, Error, Kind, Retry, Vendor};
use proptest::prelude::*;
use serde_json::Value;

/// Entra ID and Amazon Cognito say nothing below 400 either: their errors come with 4xx and
/// 5xx (Entra's token endpoint; AWS JSON 1.1).
const VENDORS: &[Vendor] = &[
    Vendor::Okta,
    Vendor::IdentityCloud,
    Vendor::Lusid,
    #[cfg(feature = "entra")]
    Vendor::Entra,
    #[cfg(feature = "cognito")]
    Vendor::Cognito,
];

fn statuses() -> impl Iterator<Item = StatusCode> {
    (100..=599).map(|status| StatusCode::from_u16(status).unwrap())
}

fn with_location(value: &[u8]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.append(LOCATION, HeaderValue::from_bytes(value).unwrap());
    headers
}

/// `from_parts` keeps what was received: the status always, and for an unrecognized body the
/// headers and every byte.
fn assert_kept(error: &Error, status: StatusCode, headers: &HeaderMap, body: &[u8]) {
    assert_eq!(error.status(), status);
    if let Error::Unrecognized(other) = error {
        assert_eq!(other.body(), body);
        assert_eq!(other.headers(), headers);
    }
}

// ---- Identity Cloud: `"stat":"error"` at HTTP 200 ----

#[test]
fn identity_cloud_bodies_that_say_error_are_errors_whatever_else_they_hold() {
    let none = HeaderMap::new();
    for body in [
        &br#"{"stat":"error"}"#[..],
        br#"{"stat":"error","code":414}"#,
        br#"{"stat":"error","code":"414","error":"access_token_expired"}"#,
        br#"{"stat":"error","code":414.0,"error":"access_token_expired"}"#,
        br#"{"stat":"error","code":99999999999999999999,"error":"access_token_expired"}"#,
        br#"{"stat":"error","code":-9223372036854775809,"error":"x"}"#,
        br#"{"stat":"error","code":null,"error":"x"}"#,
        br#"{"stat":"error","code":414,"error":"x","stat":"error"}"#,
        br#"{"stat":"ok","stat":"error","code":414,"error":"x"}"#,
        // A byte that is not UTF-8, elsewhere than `stat` (a note carried over from fuzzing).
        b"{\"stat\":\"error\",\"code\":414,\"error\":\"access_token_expired\",\"error_description\":\"caf\xe9\"}",
        // Cut short, and followed by bytes that are not JSON.
        br#"{"stat":"error","code":414,"error":"access_tok"#,
        br#"{"stat":"error","code":414,"error":"x"}<html>"#,
    ] {
        for status in [StatusCode::OK, StatusCode::CREATED, StatusCode::FOUND] {
            let error = Error::from_parts(Vendor::IdentityCloud, status, &none, body)
                .unwrap_or_else(|| panic!("{} read as a success", String::from_utf8_lossy(body)));
            assert!(
                matches!(error, Error::Unrecognized(_)),
                "{}: {error:?}",
                String::from_utf8_lossy(body)
            );
            assert_kept(&error, status, &none, body);
            // The vendor refused the request without saying why: nothing says it would not
            // refuse it again.
            assert_eq!((error.kind(), error.retry()), (Kind::InvalidRequest, Retry::Never));
        }
    }
    // What reads as the vendor's body is typed, at 200 as at 400.
    let body = br#"{"stat":"error","code":414,"error":"access_token_expired"}"#;
    for status in [StatusCode::OK, StatusCode::BAD_REQUEST] {
        let error = Error::from_parts(Vendor::IdentityCloud, status, &none, body).unwrap();
        let Error::IdentityCloud(parsed) = &error else {
            panic!("{error:?}")
        };
        assert_eq!(
            parsed.known_code(),
            Some(identity_cloud::ErrorCode::AccessTokenExpired)
        );
    }
    // A success says `"ok"`; a `stat` of `"error"` nested deeper is not the body's.
    for body in [
        &br#"{"stat":"ok"}"#[..],
        br#"{"stat":"ok","result":{"stat":"error","code":414,"error":"x"}}"#,
        br#"[{"stat":"error","code":414,"error":"x"}]"#,
        br#"{"stat":"Error"}"#,
    ] {
        assert_eq!(
            Error::from_parts(Vendor::IdentityCloud, StatusCode::OK, &none, body),
            None
        );
    }
}

// ---- Okta: `E0000070` comes with HTTP 202 ----

#[test]
fn an_okta_error_body_the_crate_builds_reads_back_as_an_error_whatever_its_status() {
    let built = okta::ErrorBody::try_new(okta::ErrorCode::E0000070, &[]).unwrap();
    let response = built.clone().into_http_response();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let error = Error::from_response(Vendor::Okta, &response).expect("E0000070 is an error");
    let Error::Okta(read) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(read.known_code(), Some(okta::ErrorCode::E0000070));
    // A code the catalog lacks, below 400: a refusal that says not why.
    let unknown = br#"{"errorCode":"E9999999","errorSummary":"new"}"#;
    let error =
        Error::from_parts(Vendor::Okta, StatusCode::OK, &HeaderMap::new(), unknown).unwrap();
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::InvalidRequest, Retry::Never)
    );
    // An Okta resource is not an error, whatever its status.
    let user = br#"{"id":"00u1","status":"ACTIVE","profile":{"errorCode":"x","errorSummary":"y"}}"#;
    for status in [StatusCode::OK, StatusCode::ACCEPTED] {
        assert_eq!(
            Error::from_parts(Vendor::Okta, status, &HeaderMap::new(), user),
            None
        );
    }
}

// ---- redirects the crate writes ----

#[test]
fn a_base_uri_holding_a_parameter_the_redirect_sets_is_refused_by_name() {
    let body = OAuthErrorBody::new(OAuthErrorCode::AccessDenied).with_state("xyz");
    for (base, mode, name) in [
        (
            "https://app.example.com/cb?state=abc",
            ResponseMode::Query,
            "state",
        ),
        (
            "https://app.example.com/cb?x=1&error=login_required",
            ResponseMode::Query,
            "error",
        ),
        (
            "https://app.example.com/cb?error_description=a",
            ResponseMode::Query,
            "error_description",
        ),
        (
            "https://app.example.com/cb?error_uri=https%3A%2F%2Fx",
            ResponseMode::Query,
            "error_uri",
        ),
        // Names are compared decoded, as a reader decodes them.
        (
            "https://app.example.com/cb?st%61te=abc",
            ResponseMode::Query,
            "state",
        ),
        // A reader takes the query's `error` before the fragment's.
        (
            "https://app.example.com/cb?error=x",
            ResponseMode::Fragment,
            "error",
        ),
    ] {
        let expected = Err(RedirectError::HasParameter(name));
        assert_eq!(body.to_redirect(base, mode), expected, "{base}");
        assert_eq!(
            body.clone().into_redirect_response(base, mode).map(|_| ()),
            expected.map(|_: String| ()),
            "{base}"
        );
        let message = RedirectError::HasParameter(name).to_string();
        assert!(message.contains(&format!("`{name}`")), "{message}");
    }
    // In fragment mode the query's `state` is the application's and stays.
    let body = OAuthErrorBody::from_raw("access_denied", "No").with_state("xyz");
    assert_eq!(
        body.to_redirect("https://app.example.com/cb?state=abc", ResponseMode::Fragment),
        Ok("https://app.example.com/cb?state=abc#error=access_denied&error_description=No&state=xyz".to_owned())
    );
    // Names that only look alike are the application's.
    for base in [
        "https://app.example.com/cb?states=1&errors=2&Error=3",
        "https://error.example.com/error?x=state",
    ] {
        assert!(
            body.to_redirect(base, ResponseMode::Query).is_ok(),
            "{base}"
        );
    }
}

#[test]
fn to_redirect_refuses_control_characters_as_into_redirect_response_does() {
    let body = OAuthErrorBody::new(OAuthErrorCode::AccessDenied);
    for base in [
        "https://app.example.com/cb\r\nSet-Cookie: a=b",
        "https://app.example.com/cb?x=\n",
        "https://app.example.com/\tcb",
        "https://app.example.com/cb\u{7f}",
        "https://app.example.com/cb\u{85}",
        "https://app.example.com/cb\0",
    ] {
        for mode in [ResponseMode::Query, ResponseMode::Fragment] {
            assert_eq!(
                body.to_redirect(base, mode),
                Err(RedirectError::NotAHeaderValue),
                "{base:?}"
            );
            assert_eq!(
                body.clone().into_redirect_response(base, mode).unwrap_err(),
                RedirectError::NotAHeaderValue
            );
        }
    }
}

// ---- redirects read ----

#[test]
fn a_redirect_with_an_error_is_an_error_even_when_its_parameters_do_not_parse() {
    for (vendor, value) in [
        (
            Vendor::Okta,
            &b"https://app.example.com/cb?state=abc&error=access_denied&state=xyz"[..],
        ),
        (
            Vendor::Okta,
            b"https://app.example.com/cb?error=access_denied&error=login_required",
        ),
        (
            Vendor::Okta,
            b"https://app.example.com/cb#error=x&error_description=a&error_description=b",
        ),
        (
            Vendor::Okta,
            b"https://app.example.com/cb?error=access_denied&error_description=caf\xe9",
        ),
        (
            Vendor::Okta,
            b"https://app.example.com/cb?%65rror=access_denied&state=1&state=2",
        ),
        (
            Vendor::IdentityCloud,
            b"https://app.example.com/cb?error=access_denied",
        ),
        (
            Vendor::Lusid,
            b"https://app.example.com/cb?error=access_denied",
        ),
    ] {
        let headers = with_location(value);
        for status in [301, 302, 303, 307, 308].map(|s| StatusCode::from_u16(s).unwrap()) {
            let error = Error::from_parts(vendor, status, &headers, b"")
                .unwrap_or_else(|| panic!("{} read as a success", String::from_utf8_lossy(value)));
            assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");
            assert_kept(&error, status, &headers, b"");
        }
    }
    // An `error` without a value is an error with an empty code.
    let headers = with_location(b"https://app.example.com/cb?error");
    let error = Error::from_parts(Vendor::Okta, StatusCode::FOUND, &headers, b"").unwrap();
    assert_eq!(error.status(), StatusCode::FOUND);

    // Two `Location` headers, one with an error: which one was meant is not known.
    let mut two = with_location(b"https://app.example.com/cb?code=abc");
    two.append(
        LOCATION,
        HeaderValue::from_static("https://app.example.com/cb?error=access_denied"),
    );
    let error = Error::from_parts(Vendor::Okta, StatusCode::FOUND, &two, b"").unwrap();
    assert!(matches!(error, Error::Unrecognized(_)), "{error:?}");

    // What the crate builds reads back as what it holds.
    let built = OAuthErrorBody::new(OAuthErrorCode::AccessDenied).with_state("xyz");
    let response = built
        .clone()
        .into_redirect_response("https://app.example.com/cb?tenant=1", ResponseMode::Query)
        .unwrap();
    let Some(Error::OAuth(read)) = Error::from_response(Vendor::Okta, &response) else {
        panic!("{response:?}")
    };
    assert_eq!(
        (read.code(), read.description(), read.state()),
        (built.code(), built.description(), built.state())
    );
}

// ---- the rule, over the whole input space ----

/// Names for a generated object's members: those the rule looks at, the body types' other
/// members, names that only look like them, and any text.
fn member_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(&[
            "stat", "errorCode", "errorSummary", "code", "error", "error_description",
            "request_id", "errorCauses", "name", "title", "status", "Stat", "stat ", "errorcode",
        ][..])
        .prop_map(str::to_owned),
        1 => "\\PC{0,8}",
    ]
}

/// Any JSON value, small.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        prop_oneof![Just("error".to_owned()), Just("ok".to_owned()), "\\PC{0,8}"]
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec(("\\PC{0,6}|stat", inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A member's value: often the one that makes the rule say "error", often a near miss.
fn member_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => Just(Value::from("error")),
        1 => Just(Value::from("ok")),
        1 => Just(Value::from("E0000070")),
        1 => Just(Value::from(414)),
        1 => Just(Value::from("414")),
        1 => Just(serde_json::json!(414.0)),
        2 => json_value(),
    ]
}

/// A generated body: its bytes, and what the rule's point 3 says of it for each vendor.
#[derive(Debug, Clone)]
struct Body {
    bytes: Vec<u8>,
    identity_cloud_error: bool,
    okta_error: bool,
}

/// What point 3 says of an object's members that were read whole.
fn says(members: &[(String, Value)]) -> (bool, bool) {
    let string = |name: &str| members.iter().any(|(n, v)| n == name && v.is_string());
    let stat = members
        .iter()
        .any(|(n, v)| n == "stat" && v.as_str() == Some("error"));
    (stat, string("errorCode") && string("errorSummary"))
}

/// An object written member by member (names may repeat), then perhaps spoiled: a byte that is
/// not UTF-8 in a member of its own, a cut anywhere, bytes after it. Only the members whose
/// value was written whole before a cut count.
fn object_body() -> impl Strategy<Value = Body> {
    (
        proptest::collection::vec((member_name(), member_value()), 0..8),
        0..4_u8,
        any::<proptest::sample::Index>(),
    )
        .prop_map(|(members, spoil, cut)| {
            let mut bytes = b"{".to_vec();
            // Where each member's value ends in `bytes`.
            let mut ends = Vec::new();
            for (i, (name, value)) in members.iter().enumerate() {
                if i > 0 {
                    bytes.push(b',');
                }
                bytes.extend(Value::from(name.as_str()).to_string().bytes());
                bytes.push(b':');
                bytes.extend(value.to_string().bytes());
                ends.push(bytes.len());
            }
            let mut counted = members.len();
            match spoil {
                1 => {
                    if !members.is_empty() {
                        bytes.push(b',');
                    }
                    bytes.extend(b"\"note\":\"caf\xe9\"");
                    bytes.push(b'}');
                }
                2 => {
                    let at = cut.index(bytes.len() + 1);
                    bytes.truncate(at);
                    counted = ends.iter().take_while(|&&end| end <= at).count();
                }
                3 => bytes.extend(b"}<html>"),
                _ => bytes.push(b'}'),
            }
            let (identity_cloud_error, okta_error) = says(&members[..counted]);
            Body {
                bytes,
                identity_cloud_error,
                okta_error,
            }
        })
}

/// Bodies no vendor calls an error: JSON that is not an object, HTML, bytes.
fn other_body() -> impl Strategy<Value = Body> {
    prop_oneof![
        json_value()
            .prop_filter("not an object", |v| !v.is_object())
            .prop_map(|v| v.to_string().into_bytes()),
        Just(b"<html><body>stat error errorCode errorSummary</body></html>".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..32).prop_map(|mut bytes| {
            bytes.insert(0, b'<');
            bytes
        }),
    ]
    .prop_map(|bytes| Body {
        bytes,
        identity_cloud_error: false,
        okta_error: false,
    })
}

/// Valid bodies the crate writes, which must read back as errors at any status.
fn written_body() -> impl Strategy<Value = Body> {
    prop_oneof![
        proptest::sample::select(identity_cloud::ErrorCode::ALL).prop_map(|code| Body {
            bytes: identity_cloud::ErrorBody::new(code).to_json().into_bytes(),
            identity_cloud_error: true,
            okta_error: false,
        }),
        // An OAuth error and a LUSID problem say nothing at a success status (point 3): the
        // crate sends them only with error statuses.
        proptest::sample::select(okta::OAuthErrorCode::ALL).prop_map(|code| Body {
            bytes: OAuthErrorBody::new(code).to_json().into_bytes(),
            identity_cloud_error: false,
            okta_error: false,
        }),
        proptest::sample::select(lusid::ErrorCode::ALL).prop_map(|code| Body {
            bytes: lusid::ProblemDetails::new(code).to_json().into_bytes(),
            identity_cloud_error: false,
            okta_error: false,
        }),
        proptest::sample::select(okta::ErrorCode::ALL).prop_map(|code| Body {
            bytes: okta::ErrorBody::try_new(code, &["x"; 4][..code.arity()])
                .unwrap()
                .to_json()
                .into_bytes(),
            identity_cloud_error: false,
            okta_error: true,
        }),
    ]
}

fn body() -> impl Strategy<Value = Body> {
    prop_oneof![6 => object_body(), 2 => other_body(), 1 => written_body()]
}

/// A `Location`, and whether it has an `error` parameter (rule's point 2): parameters from a
/// pool of names, raw or percent-encoded, with or without a value, repeated, in the query or
/// the fragment or both, with now and then a byte that is not UTF-8.
fn location_value() -> impl Strategy<Value = (Vec<u8>, bool)> {
    // (as written, decoded)
    const NAMES: &[(&str, &str)] = &[
        ("error", "error"),
        ("%65rror", "error"),
        ("err%6Fr", "error"),
        ("state", "state"),
        ("error_description", "error_description"),
        ("code", "code"),
        ("errors", "errors"),
        ("Error", "Error"),
        ("error%20", "error "),
        ("x", "x"),
    ];
    let parameter = (
        proptest::sample::select(NAMES),
        proptest::option::of("[a-zA-Z0-9%+._=-]{0,8}"),
    );
    let part = proptest::option::of(proptest::collection::vec(parameter, 0..5));
    (
        prop_oneof![
            Just("https://app.example.com/cb"),
            Just("https://error.example.com/error"),
            Just("/error"),
        ],
        part.clone(),
        part,
        any::<bool>(),
    )
        .prop_map(|(base, query, fragment, bad_byte)| {
            let mut url = base.as_bytes().to_vec();
            let mut has_error = false;
            for (mark, part) in [(b'?', &query), (b'#', &fragment)] {
                let Some(parameters) = part else { continue };
                url.push(mark);
                for (i, ((written, decoded), value)) in parameters.iter().enumerate() {
                    if i > 0 {
                        url.push(b'&');
                    }
                    url.extend(written.bytes());
                    if let Some(value) = value {
                        url.push(b'=');
                        url.extend(value.bytes());
                    }
                    has_error |= *decoded == "error";
                }
            }
            if bad_byte {
                url.extend(b"&note=caf\xe9");
            }
            (url, has_error)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn from_parts_says_not_an_error_only_for_a_success_that_is_not_the_vendors_error(
        body in body(),
        location in proptest::option::of(location_value()),
    ) {
        let (headers, redirect_error) = match &location {
            Some((value, has_error)) => (with_location(value), *has_error),
            None => (HeaderMap::new(), false),
        };
        for &vendor in VENDORS {
            let says_error = match vendor {
                Vendor::IdentityCloud => body.identity_cloud_error,
                Vendor::Okta => body.okta_error,
                _ => false,
            };
            for status in statuses() {
                let expected = status.as_u16() >= 400
                    || (status.is_redirection() && redirect_error)
                    || says_error;
                let error = Error::from_parts(vendor, status, &headers, &body.bytes);
                prop_assert_eq!(
                    error.is_some(),
                    expected,
                    "{:?} {} {:?} Location {:?}",
                    vendor,
                    status,
                    String::from_utf8_lossy(&body.bytes),
                    location.as_ref().map(|(v, _)| String::from_utf8_lossy(v))
                );
                if let Some(error) = &error {
                    prop_assert_eq!(error.vendor(), vendor);
                    prop_assert_eq!(error.status(), status);
                    if let Error::Unrecognized(other) = error {
                        prop_assert_eq!(other.body(), &body.bytes[..]);
                        prop_assert_eq!(other.headers(), &headers);
                    }
                }
            }
        }
    }

    #[test]
    fn a_redirect_the_crate_writes_reads_back_as_its_error_or_is_refused(
        error in "[a-z_]{1,20}",
        description in proptest::option::of("\\PC{0,20}"),
        state in proptest::option::of("\\PC{0,12}"),
        base in proptest::collection::vec(
            (
                proptest::sample::select(&[
                    ("error", "error"), ("st%61te", "state"), ("state", "state"),
                    ("error_description", "error_description"), ("error_uri", "error_uri"),
                    ("tenant", "tenant"), ("errors", "errors"),
                ][..]),
                "[a-z0-9]{0,4}",
            ),
            0..3,
        ),
        fragment_mode in any::<bool>(),
    ) {
        let mut body = match description {
            Some(description) => OAuthErrorBody::from_raw(error, description),
            None => OAuthErrorBody::from_slice(format!(r#"{{"error":"{error}"}}"#).as_bytes()).unwrap(),
        };
        if let Some(state) = state {
            body = body.with_state(state);
        }
        let mode = if fragment_mode { ResponseMode::Fragment } else { ResponseMode::Query };
        let mut redirect_uri = "https://app.example.com/cb".to_owned();
        for (i, ((written, _), value)) in base.iter().enumerate() {
            redirect_uri.push(if i == 0 { '?' } else { '&' });
            redirect_uri.push_str(&format!("{written}={value}"));
        }
        // The parameters the redirect sets, in the part a reader takes them from.
        let sets: &[&str] = if fragment_mode {
            &["error"]
        } else {
            &["error", "error_description", "error_uri", "state"]
        };
        let clash = base.iter().map(|((_, decoded), _)| *decoded).find(|name| sets.contains(name));
        let written = body.to_redirect(&redirect_uri, mode);
        match clash {
            Some(name) => prop_assert_eq!(written, Err(RedirectError::HasParameter(name))),
            None => {
                let url = written.unwrap();
                let response = body.clone().into_redirect_response(&redirect_uri, mode).unwrap();
                prop_assert_eq!(&response.headers()[LOCATION], url.as_str());
                let read = Error::from_response(Vendor::Okta, &response);
                let Some(Error::OAuth(read)) = read else {
                    return Err(TestCaseError::fail(format!("{url} read as {read:?}")));
                };
                prop_assert_eq!(read.code(), body.code());
                prop_assert_eq!(read.description(), body.description());
                prop_assert_eq!(read.state(), body.state());
                prop_assert_eq!(read.status(), StatusCode::FOUND);
            }
        }
    }
}

#[test]
fn every_body_the_crate_builds_reads_back_as_an_error_at_its_own_status() {
    // The statuses the property above takes as the vendor's: the crate never sends an OAuth
    // error or a LUSID problem with a success status, so point 3 need not cover them.
    let okta = okta::ErrorCode::ALL.iter().map(|&code| {
        let args = ["x"; 4];
        okta::ErrorBody::try_new(code, &args[..code.arity()])
            .unwrap()
            .into_http_response()
    });
    let oauth = okta::OAuthErrorCode::ALL
        .iter()
        .map(|&code| OAuthErrorBody::new(code).into_http_response());
    let identity_cloud = identity_cloud::ErrorCode::ALL
        .iter()
        .map(|&code| identity_cloud::ErrorBody::new(code).into_http_response());
    let lusid = lusid::ErrorCode::ALL
        .iter()
        .map(|&code| lusid::ProblemDetails::new(code).into_http_response());
    for (vendor, response) in okta
        .chain(oauth)
        .map(|r| (Vendor::Okta, r))
        .chain(identity_cloud.map(|r| (Vendor::IdentityCloud, r)))
        .chain(lusid.map(|r| (Vendor::Lusid, r)))
    {
        let error = Error::from_response(vendor, &response);
        let error = error.unwrap_or_else(|| panic!("{response:?} read as a success"));
        assert!(!matches!(error, Error::Unrecognized(_)), "{error:?}");
        assert_eq!(error.status(), response.status());
    }
}

#[cfg(feature = "entra")]
#[test]
fn every_entra_body_the_crate_builds_reads_back_as_an_error_at_its_own_status() {
    use identity_errors::entra;
    let mut checked = 0;
    for &error in entra::OAuthErrorCode::ALL {
        for &code in entra::ErrorCode::ALL {
            let args: Vec<(&str, &str)> = code
                .placeholders()
                .iter()
                .map(|name| (*name, "x"))
                .collect();
            let response = entra::OAuthErrorBody::try_new(error, code, &args)
                .unwrap()
                .into_http_response();
            let read = Error::from_response(Vendor::Entra, &response);
            let read = read.unwrap_or_else(|| panic!("{response:?} read as a success"));
            let Error::Entra(body) = &read else {
                panic!("{read:?}");
            };
            assert_eq!(body.code(), error.code());
            assert_eq!(body.known_aadsts(), Some(code));
            assert_eq!(read.status(), response.status());
            assert!(response.status().as_u16() >= 400);
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        entra::OAuthErrorCode::ALL.len() * entra::ErrorCode::ALL.len()
    );
}

#[test]
fn the_generators_reach_every_branch_of_the_rule() {
    // Guards the property above against generators that never make an error body, a near miss
    // or an error redirect.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (bodies, locations) = (body(), location_value());
    let mut seen = [0usize; 6];
    for _ in 0..2_000 {
        let body = bodies.new_tree(&mut runner).unwrap().current();
        let (_, redirect_error) = locations.new_tree(&mut runner).unwrap().current();
        let typed = identity_cloud::ErrorBody::from_slice(&body.bytes).is_ok();
        seen[0] += usize::from(body.identity_cloud_error && !typed);
        seen[1] += usize::from(typed);
        seen[2] += usize::from(!body.identity_cloud_error && body.bytes.starts_with(b"{"));
        seen[3] += usize::from(body.okta_error);
        seen[4] += usize::from(redirect_error);
        seen[5] += usize::from(!redirect_error);
    }
    assert!(seen.iter().all(|&n| n >= 50), "{seen:?}");
}

#[test]
fn a_question_mark_inside_the_query_is_not_its_start() {
    // Found by the `writers` fuzz target: a base whose query ends in `?` had `error` glued to its
    // last value (`a=1?error=..`), so the redirect read back as no error at all.
    let body = OAuthErrorBody::from_raw("access_denied", "no");
    let cases = [
        (
            "https://app.example.com/cb?a=1?",
            "https://app.example.com/cb?a=1?&error=access_denied&error_description=no",
        ),
        (
            "https://app.example.com/cb?",
            "https://app.example.com/cb?error=access_denied&error_description=no",
        ),
        (
            "https://app.example.com/cb?a=1&",
            "https://app.example.com/cb?a=1&error=access_denied&error_description=no",
        ),
        (
            "https://app.example.com/cb??",
            "https://app.example.com/cb??&error=access_denied&error_description=no",
        ),
    ];
    for (base, expected) in cases {
        let url = body.to_redirect(base, ResponseMode::Query).unwrap();
        assert_eq!(url, expected);
        assert_eq!(
            OAuthErrorBody::from_redirect(&url).unwrap().code(),
            "access_denied"
        );
    }
}
