//! The crate against the obvious alternatives, each case and its baselines in the same run.
//! `cargo bench`; results and method in BENCHMARKS.md.

use divan::{black_box, Bencher};
use identity_errors::{identity_cloud, lusid, okta};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

fn main() {
    divan::main();
}

/// Codes the Okta catalog lacks, near and far.
const OKTA_MISSES: [&str; 8] = [
    "E0000106",
    "E0000999",
    "E9999999",
    "e0000007",
    "E000007",
    "0000007",
    "",
    "invalid_client",
];

fn okta_codes() -> Vec<&'static str> {
    okta::ErrorCode::ALL.iter().map(|c| c.code()).collect()
}

fn okta_map() -> HashMap<&'static str, okta::ErrorCode> {
    okta::ErrorCode::ALL
        .iter()
        .map(|c| (c.code(), *c))
        .collect()
}

/// `okta::ErrorCode::from_code` over all 251 codes, and over 8 misses.
mod okta_from_code {
    use super::*;

    #[divan::bench]
    fn every_code_crate(bencher: Bencher) {
        let codes = okta_codes();
        bencher.bench_local(|| {
            codes
                .iter()
                .filter(|c| okta::ErrorCode::from_code(black_box(c)).is_some())
                .count()
        });
    }

    #[divan::bench]
    fn every_code_hashmap(bencher: Bencher) {
        let (codes, map) = (okta_codes(), okta_map());
        bencher.bench_local(|| {
            codes
                .iter()
                .filter(|c| map.contains_key(black_box(*c)))
                .count()
        });
    }

    #[divan::bench]
    fn every_code_linear_scan(bencher: Bencher) {
        let codes = okta_codes();
        bencher.bench_local(|| {
            codes
                .iter()
                .filter(|c| {
                    okta::ErrorCode::ALL
                        .iter()
                        .any(|e| e.code() == **black_box(c))
                })
                .count()
        });
    }

    #[divan::bench]
    fn misses_crate(bencher: Bencher) {
        bencher.bench_local(|| {
            OKTA_MISSES
                .iter()
                .filter(|c| okta::ErrorCode::from_code(black_box(c)).is_some())
                .count()
        });
    }

    #[divan::bench]
    fn misses_hashmap(bencher: Bencher) {
        let map = okta_map();
        bencher.bench_local(|| {
            OKTA_MISSES
                .iter()
                .filter(|c| map.contains_key(black_box(*c)))
                .count()
        });
    }

    #[divan::bench]
    fn misses_linear_scan(bencher: Bencher) {
        bencher.bench_local(|| {
            OKTA_MISSES
                .iter()
                .filter(|c| {
                    okta::ErrorCode::ALL
                        .iter()
                        .any(|e| e.code() == **black_box(c))
                })
                .count()
        });
    }
}

/// Integer lookups over every code plus as many misses.
mod integer_from_code {
    use super::*;

    fn identity_cloud_keys() -> Vec<u16> {
        let codes = identity_cloud::ErrorCode::ALL.iter().map(|c| c.code());
        codes.clone().chain(codes.map(|c| c + 1000)).collect()
    }

    fn lusid_keys() -> Vec<i32> {
        let codes = lusid::ErrorCode::ALL.iter().map(|c| c.code());
        codes.clone().chain(codes.map(|c| c + 10_000)).collect()
    }

    #[divan::bench]
    fn identity_cloud_crate(bencher: Bencher) {
        let keys = identity_cloud_keys();
        bencher.bench_local(|| {
            keys.iter()
                .filter(|k| identity_cloud::ErrorCode::from_code(black_box(**k)).is_some())
                .count()
        });
    }

    #[divan::bench]
    fn identity_cloud_hashmap(bencher: Bencher) {
        let keys = identity_cloud_keys();
        let map: HashMap<u16, identity_cloud::ErrorCode> = identity_cloud::ErrorCode::ALL
            .iter()
            .map(|c| (c.code(), *c))
            .collect();
        bencher.bench_local(|| {
            keys.iter()
                .filter(|k| map.contains_key(black_box(*k)))
                .count()
        });
    }

    #[divan::bench]
    fn lusid_crate(bencher: Bencher) {
        let keys = lusid_keys();
        bencher.bench_local(|| {
            keys.iter()
                .filter(|k| lusid::ErrorCode::from_code(black_box(**k)).is_some())
                .count()
        });
    }

    #[divan::bench]
    fn lusid_hashmap(bencher: Bencher) {
        let keys = lusid_keys();
        let map: HashMap<i32, lusid::ErrorCode> = lusid::ErrorCode::ALL
            .iter()
            .map(|c| (c.code(), *c))
            .collect();
        bencher.bench_local(|| {
            keys.iter()
                .filter(|k| map.contains_key(black_box(*k)))
                .count()
        });
    }
}

/// Filling a summary template with one argument (E0000007) and with four (E0000250).
mod template {
    use super::*;

    const FOUR: [&str; 4] = ["deactivate", "Acme IdP", "global session", "authentication"];

    #[divan::bench]
    fn one_argument_crate() -> String {
        okta::ErrorCode::E0000007
            .fill(black_box(&["Resource not found: 00u1 (User)"]))
            .unwrap()
    }

    #[divan::bench]
    fn one_argument_str_replace() -> String {
        black_box(okta::ErrorCode::E0000007.summary())
            .replace("{0}", black_box("Resource not found: 00u1 (User)"))
    }

    #[divan::bench]
    fn four_arguments_crate() -> String {
        okta::ErrorCode::E0000250.fill(black_box(&FOUR)).unwrap()
    }

    #[divan::bench]
    fn four_arguments_str_replace() -> String {
        let [a, b, c, d] = black_box(FOUR);
        black_box(okta::ErrorCode::E0000250.summary())
            .replace("{0}", a)
            .replace("{1}", b)
            .replace("{2}", c)
            .replace("{3}", d)
    }
}

/// The same fields as `okta::ErrorBody`, the way one would write them by hand.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct HandWrittenBody {
    error_code: String,
    error_summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_link: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_causes: Option<Vec<HandWrittenCause>>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct HandWrittenCause {
    #[serde(skip_serializing_if = "Option::is_none")]
    error_summary: Option<String>,
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
        let body = HandWrittenBody {
            error_code: "E0000001".into(),
            error_summary: "Api validation failed: providerType".into(),
            error_link: Some("E0000001".into()),
            error_id: Some("oaeZIYYDaVWSqacHGsycfP0zA".into()),
            error_causes: Some(vec![
                HandWrittenCause {
                    error_summary: Some("providerType: The field cannot be left blank".into()),
                },
                HandWrittenCause {
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

/// Parsing every real Okta API body of the test fixtures (20).
mod parse {
    use super::*;

    fn bodies() -> Vec<String> {
        let examples: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../tests/fixtures/okta_error_examples.json"))
                .unwrap();
        examples
            .iter()
            .filter(|e| e["kind"] == "okta_api")
            .map(|e| e["body"].as_str().unwrap().to_owned())
            .collect()
    }

    #[divan::bench]
    fn okta_bodies_crate(bencher: Bencher) {
        let bodies = bodies();
        bencher.bench_local(|| {
            for body in &bodies {
                black_box(okta::ErrorBody::from_slice(black_box(body.as_bytes())).unwrap());
            }
        });
    }

    #[divan::bench]
    fn okta_bodies_derive(bencher: Bencher) {
        let bodies = bodies();
        bencher.bench_local(|| {
            for body in &bodies {
                black_box(
                    serde_json::from_slice::<HandWrittenBody>(black_box(body.as_bytes())).unwrap(),
                );
            }
        });
    }
}
