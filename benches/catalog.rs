//! Lookups and templates against the obvious alternatives, each case and its baselines in the
//! same run. `cargo bench`; results and method in BENCHMARKS.md (bodies: `benches/bodies.rs`,
//! growing inputs: `benches/scaling.rs`).

use divan::{black_box, Bencher};
use identity_errors::{identity_cloud, lusid, okta, Catalog};
use std::collections::HashMap;

fn main() {
    divan::main();
}

/// Keys each catalog lacks, near and far, for looking up misses.
trait Misses: Catalog {
    fn misses() -> Vec<Self::Code<'static>>;
}

impl Misses for okta::ErrorCode {
    fn misses() -> Vec<&'static str> {
        let near = [
            "E0000106", "E0000999", "E9999999", "e0000007", "E000007", "0000007",
        ];
        near.into_iter().chain(["", "invalid_client"]).collect()
    }
}

impl Misses for okta::OAuthErrorCode {
    fn misses() -> Vec<&'static str> {
        vec![
            "invalid_clients",
            "INVALID_CLIENT",
            "access",
            "",
            "E0000007",
            "invalid",
        ]
    }
}

impl Misses for okta::LoginFailure {
    fn misses() -> Vec<&'static str> {
        vec![
            "LOCKED",
            "locked_out",
            "LOCKED_OUT_",
            "",
            "E0000069",
            "UNKNOWN",
        ]
    }
}

impl Misses for identity_cloud::ErrorCode {
    fn misses() -> Vec<i64> {
        Self::ALL.iter().map(|c| c.code() + 1000).collect()
    }
}

/// Numbers between and around the AADSTS codes, which a binary search must tell from them.
#[cfg(feature = "entra")]
impl Misses for identity_errors::entra::ErrorCode {
    fn misses() -> Vec<i64> {
        Self::ALL.iter().map(|c| c.code() + 1).collect()
    }
}

impl Misses for lusid::ErrorCode {
    fn misses() -> Vec<i64> {
        Self::ALL.iter().map(|c| c.code() + 10_000).collect()
    }
}

fn hits<C: Catalog>() -> Vec<C::Code<'static>> {
    C::ALL.iter().map(|c| c.code()).collect()
}

/// `from_code` over every code of a catalog, and over keys it lacks, against a `HashMap` and a
/// linear scan over `ALL`. One generic set of cases, instantiated for each catalog below.
fn lookup_crate<C: Catalog>(bencher: Bencher, keys: Vec<C::Code<'static>>) {
    bencher.bench_local(|| {
        keys.iter()
            .filter(|k| C::from_code(black_box(**k)).is_some())
            .count()
    });
}

fn lookup_hashmap<C: Catalog>(bencher: Bencher, keys: Vec<C::Code<'static>>) {
    let map: HashMap<C::Code<'static>, C> = C::ALL.iter().map(|c| (c.code(), *c)).collect();
    bencher.bench_local(|| {
        keys.iter()
            .filter(|k| map.contains_key(black_box(*k)))
            .count()
    });
}

fn lookup_linear_scan<C: Catalog>(bencher: Bencher, keys: Vec<C::Code<'static>>) {
    bencher.bench_local(|| {
        keys.iter()
            .filter(|k| C::ALL.iter().any(|c| c.code() == *black_box(*k)))
            .count()
    });
}

/// A module of `from_code` cases for each catalog.
macro_rules! from_code_benches {
    ($($module:ident: $catalog:ty),+ $(,)?) => {$(
        mod $module {
            use super::*;

            #[divan::bench]
            fn every_code_crate(bencher: Bencher) {
                lookup_crate::<$catalog>(bencher, hits::<$catalog>());
            }

            #[divan::bench]
            fn every_code_hashmap(bencher: Bencher) {
                lookup_hashmap::<$catalog>(bencher, hits::<$catalog>());
            }

            #[divan::bench]
            fn every_code_linear_scan(bencher: Bencher) {
                lookup_linear_scan::<$catalog>(bencher, hits::<$catalog>());
            }

            #[divan::bench]
            fn misses_crate(bencher: Bencher) {
                lookup_crate::<$catalog>(bencher, <$catalog>::misses());
            }

            #[divan::bench]
            fn misses_hashmap(bencher: Bencher) {
                lookup_hashmap::<$catalog>(bencher, <$catalog>::misses());
            }

            #[divan::bench]
            fn misses_linear_scan(bencher: Bencher) {
                lookup_linear_scan::<$catalog>(bencher, <$catalog>::misses());
            }
        }
    )+};
}

from_code_benches!(
    okta_from_code: okta::ErrorCode,
    okta_oauth_from_code: okta::OAuthErrorCode,
    okta_login_from_code: okta::LoginFailure,
    identity_cloud_from_code: identity_cloud::ErrorCode,
    lusid_from_code: lusid::ErrorCode,
);

// Entra's AADSTS codes are too sparse for a dense table: a binary search of them sorted (run with
// `--features entra`).
#[cfg(feature = "entra")]
from_code_benches!(entra_from_code: identity_errors::entra::ErrorCode);

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

/// Filling an Entra description by name (AADSTS500011: `{name}` and `{tenant}`).
#[cfg(feature = "entra")]
mod named_template {
    use super::*;
    use identity_errors::entra::ErrorCode;

    const ARGS: [(&str, &str); 2] = [
        ("tenant", "contoso.onmicrosoft.com"),
        ("name", "https://graph.example"),
    ];

    #[divan::bench]
    fn two_names_crate() -> String {
        let code = ErrorCode::from_code(500011).unwrap();
        code.fill(black_box(&ARGS)).unwrap()
    }

    #[divan::bench]
    fn two_names_str_replace() -> String {
        let code = ErrorCode::from_code(500011).unwrap();
        let [(a, x), (b, y)] = black_box(ARGS);
        black_box(code.description().unwrap())
            .replace(&format!("{{{a}}}"), x)
            .replace(&format!("{{{b}}}"), y)
    }
}
