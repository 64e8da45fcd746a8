//! Every body type against a hand-written `#[derive(Deserialize)]` struct with the same members,
//! parsing the real bodies of `tests/fixtures/` (and writing one Okta body), each case and its
//! baseline in the same run. The derived structs drop what they have no field for; the crate's
//! types keep it, and the order members came in.

use divan::{black_box, Bencher};
use identity_errors::{identity_cloud, lusid, okta};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

fn main() {
    divan::main();
}

#[derive(Deserialize)]
struct Fixture {
    kind: Option<String>,
    body: Box<RawValue>,
}

/// The fixture bodies of `file` (of `kind`, where the file mixes kinds) as their exact text.
fn bodies(fixtures: &str, kind: Option<&str>) -> Vec<String> {
    let fixtures: Vec<Fixture> = serde_json::from_str(fixtures).unwrap();
    fixtures
        .into_iter()
        .filter(|f| kind.is_none() || f.kind.as_deref() == kind)
        .filter_map(|f| match serde_json::from_str::<String>(f.body.get()) {
            Ok(text) => Some(text),
            Err(_) if f.body.get().starts_with('{') => Some(f.body.get().to_owned()),
            Err(_) => None,
        })
        .filter(|text| {
            text.starts_with('{') && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
        })
        .collect()
}

const OKTA: &str = include_str!("../tests/fixtures/okta_error_examples.json");

/// The same members as `okta::ErrorBody`, the way one would write them by hand.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OktaDerived {
    error_code: String,
    error_summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_link: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_causes: Option<Vec<CauseDerived>>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CauseDerived {
    #[serde(skip_serializing_if = "Option::is_none")]
    error_summary: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct OAuthDerived {
    error: String,
    error_description: Option<String>,
    error_uri: Option<String>,
    state: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct IdentityCloudDerived {
    stat: String,
    code: i64,
    error: String,
    sub_error: Option<String>,
    error_description: Option<String>,
    request_id: Option<String>,
    request_token: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "camelCase")]
struct LusidDerived {
    name: Option<String>,
    error_details: Option<Box<RawValue>>,
    code: i64,
    #[serde(rename = "type")]
    type_uri: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    extensions: Option<Box<RawValue>>,
}

/// Parses every body of a fixture file with `parse`.
fn parse_all<T>(bencher: Bencher, bodies: Vec<String>, parse: fn(&[u8]) -> T) {
    assert!(!bodies.is_empty());
    bencher.bench_local(|| {
        for body in &bodies {
            black_box(parse(black_box(body.as_bytes())));
        }
    });
}

/// The derived struct read as the crate reads: the body checked as UTF-8 once, then parsed with
/// serde_json's `str` reader (which checks no string again). `from_slice`, the usual way to parse
/// a response's bytes, checks each string as it reads it.
fn derived_from_str<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> T {
    serde_json::from_str(std::str::from_utf8(bytes).unwrap()).unwrap()
}

/// Declares the three benchmarks of one body type, under the names given: parsing `$bodies` with
/// the crate's type, with the derived struct and `from_slice`, and with the derived struct and
/// [`derived_from_str`].
macro_rules! parse_benches {
    (
        $crate_case:ident, $derive_case:ident, $derive_str_case:ident:
        $body:ty, $derived:ty, $bodies:expr
    ) => {
        #[divan::bench]
        fn $crate_case(bencher: Bencher) {
            parse_all(bencher, $bodies, |b| <$body>::from_slice(b).unwrap());
        }

        #[divan::bench]
        fn $derive_case(bencher: Bencher) {
            parse_all(bencher, $bodies, |b| {
                serde_json::from_slice::<$derived>(b).unwrap()
            });
        }

        #[divan::bench]
        fn $derive_str_case(bencher: Bencher) {
            parse_all(bencher, $bodies, derived_from_str::<$derived>);
        }
    };
}

/// Parsing the real bodies of each vendor: the crate's type, then the derived baseline with
/// `from_slice`, then with [`derived_from_str`].
mod parse {
    use super::*;

    const IDENTITY_CLOUD: &str = include_str!("../tests/fixtures/identity_cloud_examples.json");
    const LUSID: &str = include_str!("../tests/fixtures/lusid_examples.json");

    parse_benches!(okta_crate, okta_derive, okta_derive_str:
        okta::ErrorBody, OktaDerived, bodies(OKTA, Some("okta_api")));
    parse_benches!(oauth_crate, oauth_derive, oauth_derive_str:
        okta::OAuthErrorBody, OAuthDerived, bodies(OKTA, Some("oauth")));
    parse_benches!(identity_cloud_crate, identity_cloud_derive, identity_cloud_derive_str:
        identity_cloud::ErrorBody, IdentityCloudDerived, bodies(IDENTITY_CLOUD, None));
    parse_benches!(lusid_crate, lusid_derive, lusid_derive_str:
        lusid::ProblemDetails, LusidDerived, bodies(LUSID, None));
}

/// Writing an Okta body with two causes as JSON (into a reused buffer).
mod serialize {
    use super::*;

    #[divan::bench]
    fn okta_body_crate(bencher: Bencher) {
        let body = okta::ErrorBody::api_validation("providerType")
            .with_error_id("oaeZIYYDaVWSqacHGsycfP0zA")
            .with_cause("providerType: The field cannot be left blank")
            .with_cause("configuration: The field cannot be left blank");
        let mut buffer = Vec::with_capacity(512);
        bencher.bench_local(|| {
            buffer.clear();
            serde_json::to_writer(&mut buffer, black_box(&body)).unwrap();
        });
    }

    #[divan::bench]
    fn okta_body_derive(bencher: Bencher) {
        let body = OktaDerived {
            error_code: "E0000001".into(),
            error_summary: "Api validation failed: providerType".into(),
            error_link: Some("E0000001".into()),
            error_id: Some("oaeZIYYDaVWSqacHGsycfP0zA".into()),
            error_causes: Some(vec![
                CauseDerived {
                    error_summary: Some("providerType: The field cannot be left blank".into()),
                },
                CauseDerived {
                    error_summary: Some("configuration: The field cannot be left blank".into()),
                },
            ]),
        };
        let mut buffer = Vec::with_capacity(512);
        bencher.bench_local(|| {
            buffer.clear();
            serde_json::to_writer(&mut buffer, black_box(&body)).unwrap();
        });
    }
}
