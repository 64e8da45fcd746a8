//! Every body the crate writes is one its own parser reads back unchanged, and no body can be
//! written with a member twice, whatever is put in its extra members.

use identity_errors::okta::{ErrorBody, ErrorCause, OAuthErrorBody};
use identity_errors::{identity_cloud, lusid, okta, InsertError};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeSet;
use std::fmt;

/// JSON text checked, while it is read, to have no object with a key twice (at any depth).
struct NoDuplicateKeys;

impl<'de> Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Check;

        impl<'de> Visitor<'de> for Check {
            type Value = NoDuplicateKeys;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoDuplicateKeys, A::Error> {
                let mut keys = BTreeSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !keys.insert(key.clone()) {
                        return Err(serde::de::Error::custom(format!("`{key}` twice")));
                    }
                    map.next_value::<NoDuplicateKeys>()?;
                }
                Ok(NoDuplicateKeys)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NoDuplicateKeys, A::Error> {
                while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
                Ok(NoDuplicateKeys)
            }

            fn visit_str<E>(self, _: &str) -> Result<NoDuplicateKeys, E> {
                Ok(NoDuplicateKeys)
            }

            fn visit_bool<E>(self, _: bool) -> Result<NoDuplicateKeys, E> {
                Ok(NoDuplicateKeys)
            }

            fn visit_i64<E>(self, _: i64) -> Result<NoDuplicateKeys, E> {
                Ok(NoDuplicateKeys)
            }

            fn visit_u64<E>(self, _: u64) -> Result<NoDuplicateKeys, E> {
                Ok(NoDuplicateKeys)
            }

            fn visit_f64<E>(self, _: f64) -> Result<NoDuplicateKeys, E> {
                Ok(NoDuplicateKeys)
            }

            fn visit_unit<E>(self) -> Result<NoDuplicateKeys, E> {
                Ok(NoDuplicateKeys)
            }
        }

        deserializer.deserialize_any(Check)
    }
}

fn assert_no_duplicate_keys(json: &str) {
    if let Err(error) = serde_json::from_str::<NoDuplicateKeys>(json) {
        panic!("{error}: {json}");
    }
}

/// Writes `body`, checks the text has no key twice, and reads it back with the body's own
/// parser: the same body, the same bytes.
macro_rules! assert_reads_back {
    ($ty:ty, $body:expr) => {{
        let body: &$ty = $body;
        let json = body.to_json();
        assert_no_duplicate_keys(&json);
        let back = <$ty>::from_slice(json.as_bytes())
            .unwrap_or_else(|e| panic!("{e}: {:?}: {json}", std::error::Error::source(&e)));
        assert_eq!(&back, body, "{json}");
        assert_eq!(back.to_json(), json);
    }};
}

/// Inserts each of `names` (the members the vendor's wire shape gives the body, listed here
/// from the design, not from the crate) as an extra member: each is refused, and the body
/// still reads back unchanged.
macro_rules! assert_owned_names_refused {
    ($ty:ty, $body:expr, $names:expr) => {{
        let mut body: $ty = $body;
        let before = body.clone();
        for name in $names {
            let refused = body.extra_mut().insert(name, &"second");
            assert!(matches!(refused, Err(InsertError::Owned(n)) if n == name), "{name}");
        }
        assert_eq!(body, before);
        body.extra_mut().insert("an_extra", &[1, 2]).unwrap();
        assert_reads_back!($ty, &body);
        assert!(body.to_json().ends_with(r#""an_extra":[1,2]}"#));
    }};
}

const OKTA_MEMBERS: [&str; 5] = [
    "errorCode",
    "errorSummary",
    "errorLink",
    "errorId",
    "errorCauses",
];
const OAUTH_MEMBERS: [&str; 4] = ["error", "error_description", "error_uri", "state"];
const IDENTITY_CLOUD_MEMBERS: [&str; 7] = [
    "stat",
    "code",
    "error",
    "sub_error",
    "error_description",
    "request_id",
    "request_token",
];
const LUSID_MEMBERS: [&str; 9] = [
    "name",
    "errorDetails",
    "code",
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "extensions",
];

/// Arguments for a code's template.
fn args(code: okta::ErrorCode) -> Vec<String> {
    (0..code.arity()).map(|i| format!("argument {i}")).collect()
}

#[test]
fn okta_bodies_refuse_their_own_members_as_extras() {
    let body = ErrorBody::resource_not_found("User 00u1").with_cause("login: required");
    assert_owned_names_refused!(ErrorBody, body, OKTA_MEMBERS);
    // A body parsed with only the required members, whose optional ones are absent.
    let parsed = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"s"}"#).unwrap();
    assert_owned_names_refused!(ErrorBody, parsed, OKTA_MEMBERS);
    let mut cause = ErrorCause::new("login: required");
    assert!(cause.extra_mut().insert("errorSummary", &"second").is_err());
}

#[test]
fn oauth_bodies_refuse_their_own_members_as_extras() {
    let body = OAuthErrorBody::new(okta::OAuthErrorCode::AccessDenied).with_state("xyz");
    assert_owned_names_refused!(OAuthErrorBody, body, OAUTH_MEMBERS);
    let parsed = OAuthErrorBody::from_slice(br#"{"error":"slow_down"}"#).unwrap();
    assert_owned_names_refused!(OAuthErrorBody, parsed, OAUTH_MEMBERS);
}

#[test]
fn identity_cloud_bodies_refuse_their_own_members_as_extras() {
    let body = identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AccessTokenExpired);
    assert_owned_names_refused!(identity_cloud::ErrorBody, body, IDENTITY_CLOUD_MEMBERS);
    let parsed = identity_cloud::ErrorBody::from_slice(
        br#"{"stat":"error","code":414,"error":"access_token_expired","request_token":"t"}"#,
    )
    .unwrap();
    assert_owned_names_refused!(identity_cloud::ErrorBody, parsed, IDENTITY_CLOUD_MEMBERS);
}

#[test]
fn lusid_bodies_refuse_their_own_members_as_extras() {
    let body = lusid::ProblemDetails::new(lusid::ErrorCode::AccessDenied);
    assert_owned_names_refused!(lusid::ProblemDetails, body, LUSID_MEMBERS);
    let parsed = lusid::ProblemDetails::from_slice(br#"{"code":657}"#).unwrap();
    assert_owned_names_refused!(lusid::ProblemDetails, parsed, LUSID_MEMBERS);
}

#[test]
fn every_body_built_for_every_code_reads_back() {
    for &code in okta::ErrorCode::ALL {
        let args = args(code);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let body = ErrorBody::try_new(code, &args).unwrap();
        assert_reads_back!(ErrorBody, &body);
        assert_reads_back!(ErrorBody, &body.clone().with_cause("a cause"));
    }
    for &error in okta::OAuthErrorCode::ALL {
        let body = OAuthErrorBody::new(error);
        assert_reads_back!(OAuthErrorBody, &body);
        let body = body.with_state("s").with_error_uri("https://example.com/e");
        assert_reads_back!(OAuthErrorBody, &body);
    }
    for &error in identity_cloud::ErrorCode::ALL {
        assert_reads_back!(
            identity_cloud::ErrorBody,
            &identity_cloud::ErrorBody::new(error)
        );
        let oauth = identity_cloud::ErrorBody::oauth("invalid_request", error);
        assert_reads_back!(identity_cloud::ErrorBody, &oauth);
    }
    for &error in lusid::ErrorCode::ALL {
        let body = lusid::ProblemDetails::new(error).with_instance("https://example.com/logs/1");
        assert_reads_back!(lusid::ProblemDetails, &body);
    }
    let raw = ErrorBody::from_raw("E0009999", "Something new");
    assert_reads_back!(ErrorBody, &raw);
}

/// The status override is not part of the body: it changes the response, never the JSON.
#[test]
fn a_status_override_leaves_the_body_alone() {
    let body = ErrorBody::too_many_requests().with_error_id("oae1");
    let status = http::StatusCode::SERVICE_UNAVAILABLE;
    let overridden = body.clone().with_status(status);
    assert_eq!(overridden.to_json(), body.to_json());
    let response = overridden.into_http_response();
    assert_eq!(response.status(), status);
    assert_eq!(response.body(), &body.to_json());
}

#[test]
fn debug_shows_what_was_set_and_nothing_internal() {
    let body = ErrorBody::resource_not_found("User 00u1")
        .with_error_id("oaeMzddieo5QvW8lOZVv0uV6w")
        .with_status(http::StatusCode::GONE);
    assert_eq!(
        format!("{body:?}"),
        r#"ErrorBody { code: "E0000007", summary: "Not found: User 00u1", link: "E0000007", error_id: "oaeMzddieo5QvW8lOZVv0uV6w", causes: [], http_status: 410 }"#
    );
    let parsed =
        lusid::ProblemDetails::from_slice(br#"{"code":657,"traceId":"0HN1","extensions":{}}"#)
            .unwrap();
    assert_eq!(
        format!("{parsed:?}"),
        r#"ProblemDetails { code: 657, extensions: "{}", extra: {"traceId": "\"0HN1\""} }"#
    );
}

/// Causes and challenges show what they hold, not the types or places that hold it.
#[test]
fn debug_of_causes_and_challenges_shows_no_bookkeeping() {
    let body = ErrorBody::from_slice(
        br#"{"errorCode":"E1","errorSummary":"x","errorCauses":["a",{"errorSummary":"b","reason":"R"},{}]}"#,
    )
    .unwrap();
    assert_eq!(
        format!("{:?}", body.causes()),
        r#"[ErrorCause("a"), ErrorCause { summary: "b", extra: {"reason": "\"R\""} }, ErrorCause]"#
    );
    let built = OAuthErrorBody::from_raw("invalid_token", "d").with_realm("api");
    assert_eq!(
        format!("{built:?}"),
        r#"OAuthErrorBody { code: "invalid_token", description: "d", challenge: Bearer { realm: "api" } }"#
    );
    let header = br#"DPoP realm="x", error="invalid_token", algs="ES256 PS256""#;
    let read = OAuthErrorBody::from_www_authenticate(header).unwrap();
    assert_eq!(
        format!("{read:?}"),
        r#"OAuthErrorBody { code: "invalid_token", challenge: DPoP { realm: "x", algs: "ES256 PS256" } }"#
    );
}
