//! The `reqwest-retry` feature: reqwest-retry's own middleware, with `VendorStrategy` deciding
//! what is worth sending again, against a wiremock server on 127.0.0.1 answering as Okta and
//! LUSID do. Its backoff is reqwest-retry's (1 ms here), so the test counts requests.

use identity_errors::reqwest_retry::VendorStrategy;
use identity_errors::Vendor;
use reqwest_retry::policies::ExponentialBackoff;
use reqwest_retry::RetryTransientMiddleware;
use std::time::Duration;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(vendor: Vendor) -> reqwest_middleware::ClientWithMiddleware {
    let backoff = ExponentialBackoff::builder()
        .retry_bounds(Duration::from_millis(1), Duration::from_millis(2))
        .build_with_max_retries(3);
    let retry = RetryTransientMiddleware::new_with_policy_and_strategy(
        backoff,
        VendorStrategy::new(vendor),
    );
    reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(retry)
        .build()
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    assert!(server.address().ip().is_loopback());
    server
}

/// How many requests `vendor`'s client sends to a server that answers `first` `times` times,
/// then 200.
async fn requests(vendor: Vendor, first: ResponseTemplate, times: u64) -> (u16, usize) {
    let server = server().await;
    Mock::given(method("GET"))
        .respond_with(first)
        .up_to_n_times(times)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    let response = client(vendor).get(server.uri()).send().await.unwrap();
    let sent = server.received_requests().await.unwrap().len();
    (response.status().as_u16(), sent)
}

fn okta(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .insert_header("content-type", "application/json")
        .set_body_string(format!(
            r#"{{"errorCode":"{code}","errorSummary":"s","errorLink":"{code}","errorId":"oae1","errorCauses":[]}}"#
        ))
}

#[tokio::test]
async fn okta_429s_are_sent_again() {
    let too_many = okta(429, "E0000047")
        .insert_header("date", "Mon, 23 Nov 2026 10:00:00 GMT")
        .insert_header("x-rate-limit-reset", "1795428000");
    assert_eq!(requests(Vendor::Okta, too_many, 2).await, (200, 3));
}

#[tokio::test]
async fn a_404_is_given_back_at_once() {
    assert_eq!(
        requests(Vendor::Okta, okta(404, "E0000007"), 1).await,
        (404, 1)
    );
}

#[tokio::test]
async fn a_401_challenge_needs_a_new_token_not_a_retry() {
    let challenge = ResponseTemplate::new(401).insert_header(
        "www-authenticate",
        r#"Bearer authorization_uri="http://example.okta.com/oauth2/v1/authorize", realm="http://example.okta.com", scope="openid", error="invalid_token", error_description="The token has expired.", resource="/api/v1/users""#,
    );
    assert_eq!(requests(Vendor::Okta, challenge, 1).await, (401, 1));
}

#[tokio::test]
async fn a_501_is_not_sent_again_though_reqwest_retry_would() {
    // reqwest-retry's default strategy calls every 5xx transient; 501 Not Implemented
    // answers the same whenever it is asked.
    assert_eq!(
        requests(Vendor::Okta, ResponseTemplate::new(501), 1).await,
        (501, 1)
    );
}

#[tokio::test]
async fn a_lusid_409_is_sent_again_as_finbourne_s_sdk_does() {
    let conflict = ResponseTemplate::new(409)
        .insert_header("content-type", "application/problem+json")
        .set_body_string(r#"{"name":"ConcurrencyConflict","code":0,"status":409}"#);
    assert_eq!(requests(Vendor::Lusid, conflict, 1).await, (200, 2));
    // The same status from Okta is a conflict another try does not change.
    assert_eq!(
        requests(Vendor::Okta, okta(409, "E0000001"), 1).await,
        (409, 1)
    );
}

#[tokio::test]
async fn the_attempt_budget_is_reqwest_retry_s() {
    // Four 503s: the first request and the policy's three retries, then the last answer.
    assert_eq!(
        requests(Vendor::Okta, ResponseTemplate::new(503), 10).await,
        (503, 4)
    );
}
