//! Every parser on inputs that grow by factors of 10: time should grow as the input does
//! (linearly), never faster. BENCHMARKS.md fits the growth of each series.

use divan::{black_box, Bencher};
use identity_errors::okta;

fn main() {
    divan::main();
}

/// A redirect URL with `n` parameters: `error` and `n - 1` of the application's own.
fn redirect(n: usize) -> String {
    let mut url = String::from("https://app.example.com/cb?error=access_denied");
    for i in 1..n {
        url.push_str(&format!("&p{i}=value%20{i}"));
    }
    url
}

/// A `WWW-Authenticate` challenge with `n` auth-params: `error` and `n - 1` others.
fn challenge(n: usize) -> String {
    let mut header = String::from("Bearer error=\"invalid_token\"");
    for i in 1..n {
        header.push_str(&format!(", p{i}=\"value {i}\""));
    }
    header
}

/// An Okta body with `n` causes.
fn causes(n: usize) -> String {
    let causes: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"errorSummary":"field{i}: must not be empty"}}"#))
        .collect();
    format!(
        r#"{{"errorCode":"E0000001","errorSummary":"Api validation failed: x","errorCauses":[{}]}}"#,
        causes.join(",")
    )
}

/// An Okta body whose summary is `n` bytes.
fn summary(n: usize) -> String {
    format!(
        r#"{{"errorCode":"E0000001","errorSummary":"{}","errorId":"oae1"}}"#,
        "x".repeat(n)
    )
}

#[divan::bench(args = [1, 10, 100, 1_000, 10_000])]
fn redirect_parameters(bencher: Bencher, n: usize) {
    let url = redirect(n);
    bencher.bench_local(|| okta::OAuthErrorBody::from_redirect(black_box(&url)).unwrap());
}

#[divan::bench(args = [1, 10, 100, 1_000, 10_000])]
fn challenge_auth_params(bencher: Bencher, n: usize) {
    let header = challenge(n);
    bencher.bench_local(|| {
        okta::OAuthErrorBody::from_www_authenticate(black_box(header.as_bytes())).unwrap()
    });
}

#[divan::bench(args = [1, 10, 100, 1_000, 10_000, 100_000])]
fn okta_body_causes(bencher: Bencher, n: usize) {
    let body = causes(n);
    bencher.bench_local(|| okta::ErrorBody::from_slice(black_box(body.as_bytes())).unwrap());
}

#[divan::bench(args = [1_000, 10_000, 100_000, 1_000_000, 10_000_000])]
fn okta_summary_bytes(bencher: Bencher, n: usize) {
    let body = summary(n);
    bencher.bench_local(|| okta::ErrorBody::from_slice(black_box(body.as_bytes())).unwrap());
}
