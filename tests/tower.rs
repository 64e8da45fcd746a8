//! The `tower` feature: a hyper client wrapped in tower's `Retry` with `VendorRetry` calls a
//! wiremock server on 127.0.0.1 that answers as Okta does, and retries as Okta's headers say.

use http_body_util::Full;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use identity_errors::retry_policy::RetryPolicy;
use identity_errors::tower::VendorRetry;
use identity_errors::Vendor;
use std::time::{Duration, Instant};
use tower::retry::RetryLayer;
use tower::{Layer, ServiceExt};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Okta's E0000047 body, as the README's client examples show it (its summary is the catalog's).
const OKTA_429: &str = r#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}"#;

/// A 429 whose `X-Rate-Limit-Reset` is `reset_in` seconds after its `Date`, by Okta's clock.
fn too_many(reset_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(429)
        .insert_header("content-type", "application/json")
        .insert_header("date", "Mon, 23 Nov 2026 10:00:00 GMT")
        .insert_header(
            "x-rate-limit-reset",
            (1_795_428_000 + reset_in).to_string().as_str(),
        )
        .set_body_string(OKTA_429)
}

/// `GET {server}/api/v1/users` through tower's `Retry` with `policy`: the status received.
async fn get(server: &MockServer, policy: VendorRetry) -> http::StatusCode {
    assert!(server.address().ip().is_loopback());
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<&'static [u8]>>();
    let service = RetryLayer::new(policy).layer(client);
    let request = http::Request::get(format!("{}/api/v1/users", server.uri()))
        .body(Full::new(&b""[..]))
        .unwrap();
    let call = tokio::time::timeout(Duration::from_secs(20), service.oneshot(request));
    call.await.expect("an answer within 20 s").unwrap().status()
}

#[tokio::test]
async fn two_okta_429s_then_a_success_wait_what_the_headers_say() {
    let server = MockServer::start().await;
    // Reset = Date: each retry waits the reset second, 1 s, by Okta's clock.
    Mock::given(method("GET"))
        .respond_with(too_many(0))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .expect(1)
        .mount(&server)
        .await;
    let start = Instant::now();
    assert_eq!(get(&server, VendorRetry::new(Vendor::Okta)).await, 200);
    let took = start.elapsed();
    assert!(
        took >= Duration::from_secs(2),
        "waited {took:?}, not 2 x 1 s"
    );
    assert!(took < Duration::from_secs(10), "waited {took:?}");
    server.verify().await;
}

#[tokio::test]
async fn a_never_retried_status_is_given_back_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404))
        .expect(1)
        .mount(&server)
        .await;
    let start = Instant::now();
    assert_eq!(get(&server, VendorRetry::new(Vendor::Okta)).await, 404);
    assert!(start.elapsed() < Duration::from_secs(1));
    server.verify().await;
}

#[tokio::test]
async fn it_stops_at_the_attempt_budget_and_at_a_wait_past_the_cap() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(too_many(0))
        .expect(2)
        .mount(&server)
        .await;
    let policy = RetryPolicy::new().with_max_attempts(2);
    let retry = VendorRetry::new(Vendor::Okta).with_policy(policy);
    assert_eq!(get(&server, retry).await, 429);
    server.verify().await;

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(too_many(300))
        .expect(1)
        .mount(&server)
        .await;
    let start = Instant::now();
    assert_eq!(get(&server, VendorRetry::new(Vendor::Okta)).await, 429);
    assert!(start.elapsed() < Duration::from_secs(1));
    server.verify().await;
}
