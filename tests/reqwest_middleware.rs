//! The `reqwest-middleware` feature: a reqwest client with `RetryMiddleware` calls a wiremock
//! server on 127.0.0.1 that answers as Okta does, and retries as Okta's headers and codes say.

use identity_errors::reqwest::ResponseExt;
use identity_errors::reqwest_middleware::RetryMiddleware;
use identity_errors::retry_policy::RetryPolicy;
use identity_errors::{okta, Error, Vendor};
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Okta's E0000047 body, as the README's client examples show it (its summary is the catalog's).
const OKTA_429: &str = r#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}"#;

/// A 404 Okta answered, recorded in okta/okta-sdk-python@f6850979's cassette
/// `tests/integration/cassettes/test_users_it/TestUsersResource.test_create_get_user.yaml`.
const OKTA_404: &str = r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00usfhrjbkppPBkoY4x6 (User)","errorLink":"E0000007","errorId":"oaeMzddieo5QvW8lOZVv0uV6w","errorCauses":[]}"#;

/// A 429 whose `X-Rate-Limit-Reset` is `reset_in` seconds after its `Date`, by Okta's clock
/// (so the wait does not depend on this machine's).
fn too_many(reset_in: u64) -> ResponseTemplate {
    let date = 1_795_428_000; // Mon, 23 Nov 2026 10:00:00 GMT
    ResponseTemplate::new(429)
        .insert_header("content-type", "application/json")
        .insert_header("date", "Mon, 23 Nov 2026 10:00:00 GMT")
        .insert_header("x-rate-limit-limit", "600")
        .insert_header("x-rate-limit-remaining", "0")
        .insert_header("x-rate-limit-reset", (date + reset_in).to_string().as_str())
        .set_body_string(OKTA_429)
}

fn client(middleware: RetryMiddleware) -> reqwest_middleware::ClientWithMiddleware {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    reqwest_middleware::ClientBuilder::new(client)
        .with(middleware)
        .build()
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    assert!(server.address().ip().is_loopback());
    server
}

#[tokio::test]
async fn two_okta_429s_then_a_success_wait_what_the_headers_say() {
    let server = server().await;
    // Reset = Date: Okta's SDKs wait the difference, and the crate one second more (the reset
    // second itself), so each retry waits 1 s.
    Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .respond_with(too_many(0))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .expect(1)
        .mount(&server)
        .await;
    let start = Instant::now();
    let response = client(RetryMiddleware::new(Vendor::Okta))
        .get(format!("{}/api/v1/users", server.uri()))
        .send()
        .await
        .unwrap();
    let took = start.elapsed();
    assert_eq!(response.status(), 200);
    assert_eq!(response.bytes().await.unwrap(), "[]");
    assert!(
        took >= Duration::from_secs(2),
        "waited {took:?}, not 2 x 1 s"
    );
    assert!(took < Duration::from_secs(10), "waited {took:?}");
    server.verify().await;
}

#[tokio::test]
async fn a_never_retried_error_is_given_back_at_once_as_it_came() {
    let server = server().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-okta-request-id", "aGk2ZXR4c2Vk")
                .set_body_string(OKTA_404),
        )
        .expect(1)
        .mount(&server)
        .await;
    let url = format!("{}/api/v1/users/00usfhrjbkppPBkoY4x6", server.uri());
    let start = Instant::now();
    let response = client(RetryMiddleware::new(Vendor::Okta))
        .get(&url)
        .send()
        .await
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(1));
    assert_eq!(response.status(), 404);
    assert_eq!(response.url().as_str(), url);
    assert_eq!(response.headers()["x-okta-request-id"], "aGk2ZXR4c2Vk");
    let error = response.bytes_or_error(Vendor::Okta).await.unwrap_err();
    let Some(Error::Okta(body)) = error.vendor_error() else {
        panic!("{error:?}")
    };
    assert_eq!(body.known_code(), Some(okta::ErrorCode::E0000007));
    assert_eq!(body.to_json(), OKTA_404);
    server.verify().await;
}

#[tokio::test]
async fn it_stops_at_the_attempt_budget() {
    let server = server().await;
    Mock::given(method("GET"))
        .respond_with(too_many(0))
        .expect(2)
        .mount(&server)
        .await;
    let policy = RetryPolicy::new().with_max_attempts(2);
    let response = client(RetryMiddleware::new(Vendor::Okta).with_policy(policy))
        .get(format!("{}/api/v1/users", server.uri()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["x-rate-limit-reset"], "1795428000");
    assert_eq!(response.bytes().await.unwrap(), OKTA_429);
    server.verify().await;
}

#[tokio::test]
async fn a_wait_longer_than_the_cap_is_not_waited() {
    let server = server().await;
    Mock::given(method("GET"))
        .respond_with(too_many(300))
        .expect(1)
        .mount(&server)
        .await;
    let start = Instant::now();
    let response = client(RetryMiddleware::new(Vendor::Okta))
        .get(format!("{}/api/v1/users", server.uri()))
        .send()
        .await
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(1));
    assert_eq!(response.status(), 429);
    server.verify().await;
}
