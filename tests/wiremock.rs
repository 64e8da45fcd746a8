//! The `wiremock` feature: a wiremock server on 127.0.0.1 answers with each vendor's bodies, a
//! real HTTP client calls it, and the client helpers read back everything that was sent.

use http::{Response, StatusCode};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use identity_errors::{identity_cloud, lusid, okta, Error, Kind, Retry, Vendor};
use std::time::{Duration, UNIX_EPOCH};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Calls `GET {server}{route}` over loopback and returns the whole response.
async fn get(server: &MockServer, route: &str) -> Response<Vec<u8>> {
    assert!(server.address().ip().is_loopback());
    let client = Client::builder(TokioExecutor::new()).build_http::<String>();
    let uri = format!("{}{route}", server.uri()).parse().unwrap();
    let call = tokio::time::timeout(Duration::from_secs(10), client.get(uri));
    let (parts, body) = call
        .await
        .expect("an answer within 10 s")
        .unwrap()
        .into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    Response::from_parts(parts, bytes.to_vec())
}

#[tokio::test]
async fn an_okta_429_round_trips_with_its_rate_limit_headers() {
    let server = MockServer::start().await;
    let date = UNIX_EPOCH + Duration::from_secs(1_795_428_000);
    let reset = date + Duration::from_secs(30);
    let sent = okta::ErrorBody::too_many_requests()
        .with_error_id("oae_A2-4_P9RtWIEh-N4O0qfg")
        .with_request_id("aGk2ZXR4c2Vk")
        .with_rate_limit(okta::RateLimit::new(600, 0, reset).with_date(date));
    Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .respond_with(sent.clone())
        .expect(2)
        .mount(&server)
        .await;

    for _ in 0..2 {
        let response = get(&server, "/api/v1/users").await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        let headers = response.headers();
        assert_eq!(headers["content-type"], "application/json");
        assert_eq!(headers["x-rate-limit-limit"], "600");
        assert_eq!(headers["x-rate-limit-remaining"], "0");
        assert_eq!(headers["x-rate-limit-reset"], "1795428030");
        assert_eq!(headers["date"], "Mon, 23 Nov 2026 10:00:00 GMT");
        assert_eq!(
            headers.get_all("date").iter().count(),
            1,
            "one Date, the body's"
        );
        assert_eq!(headers["x-okta-request-id"], "aGk2ZXR4c2Vk");
        assert_eq!(response.body(), sent.to_json().as_bytes());

        // The client helpers read back everything that was sent.
        let error = Error::from_response(Vendor::Okta, &response).expect("a 429 is an error");
        assert_eq!(
            (error.kind(), error.retry()),
            (Kind::RateLimited, Retry::AfterWindow)
        );
        assert_eq!(error.retry_after(), Some(Duration::from_secs(31)));
        assert_eq!(error.correlation_id(), Some("oae_A2-4_P9RtWIEh-N4O0qfg"));
        let Error::Okta(received) = error else {
            panic!("not an Okta API error: {error:?}");
        };
        assert_eq!(
            *received,
            sent.clone().with_status(StatusCode::TOO_MANY_REQUESTS)
        );
    }
}

#[tokio::test]
async fn every_body_type_round_trips_through_a_mock() {
    let server = MockServer::start().await;
    let oauth = okta::OAuthErrorBody::new(okta::OAuthErrorCode::InvalidToken)
        .with_realm("api")
        .with_request_id("r1");
    let capture = identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::ApiLimitError)
        .with_retry_after(Duration::from_secs(60));
    let mut problem = lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist)
        .with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000001")
        .with_request_id("0HN1:00000001");
    problem
        .extra_mut()
        .insert("traceId", &"00-ab-cd-01")
        .unwrap();
    let mounts = [
        ("/oauth2/v1/userinfo", ResponseTemplate::from(oauth.clone())),
        ("/entity", ResponseTemplate::from(capture.clone())),
        // A template from a body can be changed further, as any other.
        (
            "/identity/api/users/u1",
            ResponseTemplate::from(problem.clone()).append_header("x-test", "kept"),
        ),
    ];
    for (route, template) in mounts {
        Mock::given(path(route))
            .respond_with(template)
            .mount(&server)
            .await;
    }

    let response = get(&server, "/oauth2/v1/userinfo").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(
        response.headers()["www-authenticate"],
        oauth.www_authenticate()
    );
    let Some(Error::OAuth(received)) = Error::from_response(Vendor::Okta, &response) else {
        panic!("not an OAuth error");
    };
    // What it writes is what was sent. (Not `==`: a challenge built with `with_realm` keeps a
    // place for an `error_uri` it does not have, which one read from a header has no need of.)
    assert_eq!(received.to_json(), oauth.to_json());
    assert_eq!(received.www_authenticate(), oauth.www_authenticate());
    assert_eq!(received.auth_param("realm"), Some("api"));
    assert_eq!(received.request_id(), Some("r1"));
    assert_eq!(received.status(), StatusCode::UNAUTHORIZED);

    // Identity Cloud's error with HTTP 200 is still an error.
    let response = get(&server, "/entity").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["retry-after"], "60");
    let Some(Error::IdentityCloud(received)) =
        Error::from_response(Vendor::IdentityCloud, &response)
    else {
        panic!("not an Identity Cloud error");
    };
    assert_eq!(*received, capture.clone().with_status(StatusCode::OK));

    let response = get(&server, "/identity/api/users/u1").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(response.headers()["x-test"], "kept");
    let Some(Error::Lusid(received)) = Error::from_response(Vendor::Lusid, &response) else {
        panic!("not a LUSID error");
    };
    assert_eq!(
        *received,
        problem.clone().with_status(StatusCode::NOT_FOUND)
    );
    assert_eq!(received.to_json(), problem.to_json());
    assert_eq!(received.request_id(), Some("0HN1:00000001"));
}

#[cfg(feature = "entra")]
#[tokio::test]
async fn entra_token_errors_round_trip_with_their_ids_and_retry_after() {
    use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};
    let server = MockServer::start().await;
    let invalid_grant = OAuthErrorBody::try_new(
        OAuthErrorCode::InvalidGrant,
        ErrorCode::InvalidUserNameOrPassword,
        &[],
    )
    .unwrap()
    .with_correlation_id("7f85270a-1b07-401e-b684-a19533c1b5ea");
    let throttled = OAuthErrorBody::try_new(
        OAuthErrorCode::TemporarilyUnavailable,
        ErrorCode::TenantThrottlingError,
        &[],
    )
    .unwrap()
    .with_status(StatusCode::TOO_MANY_REQUESTS)
    .with_retry_after(Duration::from_secs(30));
    Mock::given(path("/common/oauth2/v2.0/token"))
        .respond_with(invalid_grant.clone())
        .mount(&server)
        .await;
    Mock::given(path("/throttled/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::from(throttled.clone()))
        .mount(&server)
        .await;

    let response = get(&server, "/common/oauth2/v2.0/token").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.body(), invalid_grant.to_json().as_bytes());
    let error = Error::from_response(Vendor::Entra, &response).unwrap();
    assert_eq!(
        error.correlation_id(),
        Some("7f85270a-1b07-401e-b684-a19533c1b5ea")
    );
    assert_eq!(error.retry(), Retry::AfterReauthenticating);
    let Error::Entra(read) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(read.to_json(), invalid_grant.to_json());

    let response = get(&server, "/throttled/oauth2/v2.0/token").await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "30");
    let error = Error::from_response(Vendor::Entra, &response).unwrap();
    assert_eq!(error.kind(), Kind::RateLimited);
    assert_eq!(error.retry(), Retry::AfterWindow);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
}

#[cfg(feature = "cognito")]
#[tokio::test]
async fn cognito_errors_round_trip_with_their_request_id() {
    use identity_errors::cognito::{ErrorBody, ErrorCode};
    let server = MockServer::start().await;
    let throttled = ErrorBody::new(ErrorCode::TooManyRequests)
        .with_message("Rate exceeded")
        .with_request_id("f8c8a6a1-0000-4000-8000-000000000001");
    Mock::given(path("/"))
        .respond_with(throttled.clone())
        .mount(&server)
        .await;
    let response = get(&server, "/").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.headers()["content-type"],
        "application/x-amz-json-1.1"
    );
    assert_eq!(response.body(), throttled.to_json().as_bytes());
    let error = Error::from_response(Vendor::Cognito, &response).unwrap();
    assert_eq!(
        error.correlation_id(),
        Some("f8c8a6a1-0000-4000-8000-000000000001")
    );
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    let Error::Cognito(read) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(read.known_code(), Some(ErrorCode::TooManyRequests));
}

#[cfg(feature = "firebase")]
#[tokio::test]
async fn firebase_errors_round_trip_with_their_retry_after() {
    use identity_errors::firebase::{ErrorBody, ErrorCode};
    use std::time::Duration;
    let server = MockServer::start().await;
    let throttled = ErrorBody::new(ErrorCode::TooManyAttemptsTryLater)
        .with_detail("Too many unsuccessful login attempts. Please try again later.")
        .with_retry_after(Duration::from_secs(30));
    Mock::given(path("/"))
        .respond_with(throttled.clone())
        .mount(&server)
        .await;
    let response = get(&server, "/").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.headers()["content-type"],
        "application/json; charset=UTF-8"
    );
    assert_eq!(response.headers()["retry-after"], "30");
    assert_eq!(response.body(), throttled.to_json().as_bytes());
    let error = Error::from_response(Vendor::Firebase, &response).unwrap();
    assert_eq!(error.correlation_id(), None);
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    let Error::Firebase(read) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(read.known_code(), Some(ErrorCode::TooManyAttemptsTryLater));
    assert_eq!(read.client_code(), "auth/too-many-requests");
    assert_eq!(read.retry_after(), Some(Duration::from_secs(30)));
}

#[cfg(feature = "keycloak")]
#[tokio::test]
async fn keycloak_errors_round_trip_as_their_own_bodies() {
    use identity_errors::keycloak::{AdminErrorBody, OAuthErrorBody, OAuthErrorCode};
    let server = MockServer::start().await;
    let token = OAuthErrorBody::new(OAuthErrorCode::SlowDown).with_description("Slow down");
    let admin = AdminErrorBody::new("invalidEmailMessage")
        .with_field("email")
        .with_params(["email"]);
    Mock::given(path("/token"))
        .respond_with(token.clone())
        .mount(&server)
        .await;
    Mock::given(path("/users"))
        .respond_with(admin.clone())
        .mount(&server)
        .await;
    let response = get(&server, "/token").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.body(), token.to_json().as_bytes());
    let error = Error::from_response(Vendor::Keycloak, &response).unwrap();
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    let Error::KeycloakOAuth(read) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(read.known_code(), Some(OAuthErrorCode::SlowDown));

    let response = get(&server, "/users").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.body(),
        br#"{"field":"email","errorMessage":"invalidEmailMessage","params":["email"]}"#
    );
    let error = Error::from_response(Vendor::Keycloak, &response).unwrap();
    let Error::KeycloakAdmin(read) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(read.field(), Some("email"));
    assert_eq!(read.params(), Some(&["email".to_owned()][..]));
    assert_eq!(error.kind(), Kind::InvalidRequest);
}
