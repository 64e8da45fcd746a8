//! The `reqwest` feature: a reqwest client calls a wiremock server on 127.0.0.1, and
//! `bytes_or_error` gives the body of a success and the vendor's typed error of anything else,
//! an error redirect the client followed included.

use identity_errors::http::StatusCode;
use identity_errors::reqwest::{CallError, RequestBuilderExt, ResponseExt};
use identity_errors::{identity_cloud, okta, Error, Kind, Retry, Vendor};
use std::net::TcpListener;
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A 404 Okta answered, recorded in okta/okta-sdk-python@f6850979's cassette
/// `tests/integration/cassettes/test_users_it/TestUsersResource.test_create_get_user.yaml`
/// (tests/fixtures/okta_error_examples.json, its first entry).
const OKTA_404: &str = r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00usfhrjbkppPBkoY4x6 (User)","errorLink":"E0000007","errorId":"oaeMzddieo5QvW8lOZVv0uV6w","errorCauses":[]}"#;

/// Identity Cloud's error at HTTP 200, from its documentation (tests/fixtures/identity_cloud_examples.json).
const IDENTITY_CLOUD_200: &str = r#"{"code":100,"error":"missing_argument","argument_name":"uuid","error_description":"missing required argument: uuid","stat":"error"}"#;

async fn server() -> MockServer {
    let server = MockServer::start().await;
    assert!(server.address().ip().is_loopback());
    server
}

async fn answer(server: &MockServer, route: &str, template: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(template)
        .mount(server)
        .await;
}

fn client(follow: bool) -> reqwest::Client {
    let policy = if follow {
        reqwest::redirect::Policy::default()
    } else {
        reqwest::redirect::Policy::none()
    };
    reqwest::Client::builder()
        .redirect(policy)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// `GET url` through `send_or_error`.
async fn call(vendor: Vendor, url: &str, follow: bool) -> Result<bytes::Bytes, CallError> {
    client(follow).get(url).send_or_error(vendor).await
}

/// `GET url` through `send()`, then `bytes_or_error`: the same but for a followed redirect.
async fn call_response(vendor: Vendor, url: &str, follow: bool) -> Result<bytes::Bytes, CallError> {
    let response = client(follow).get(url).send().await.unwrap();
    response.bytes_or_error(vendor).await
}

#[tokio::test]
async fn a_success_gives_its_body() {
    let server = server().await;
    let user = r#"{"id":"00u1xyz","status":"ACTIVE"}"#;
    answer(
        &server,
        "/api/v1/users/me",
        ResponseTemplate::new(200).set_body_string(user),
    )
    .await;
    let url = format!("{}/api/v1/users/me", server.uri());
    let body = call(Vendor::Okta, &url, true).await.unwrap();
    assert_eq!(&body[..], user.as_bytes());

    let response = client(true).get(&url).send().await.unwrap();
    let value: serde_json::Value = response.json_or_error(Vendor::Okta).await.unwrap();
    assert_eq!(value["status"], "ACTIVE");
    let request = client(true).get(&url);
    let value: serde_json::Value = request.send_json_or_error(Vendor::Okta).await.unwrap();
    assert_eq!(value["id"], "00u1xyz");
}

#[tokio::test]
async fn an_okta_404_is_its_typed_error_with_the_headers_it_came_with() {
    let server = server().await;
    let template = ResponseTemplate::new(404)
        .insert_header("content-type", "application/json")
        .insert_header("x-okta-request-id", "aGk2ZXR4c2Vk")
        .set_body_string(OKTA_404);
    answer(&server, "/api/v1/users/00usfhrjbkppPBkoY4x6", template).await;
    let url = format!("{}/api/v1/users/00usfhrjbkppPBkoY4x6", server.uri());
    let error = call(Vendor::Okta, &url, true).await.unwrap_err();
    let same = call_response(Vendor::Okta, &url, true).await.unwrap_err();
    assert_eq!(same.vendor_error(), error.vendor_error());
    let Some(Error::Okta(body)) = error.vendor_error() else {
        panic!("not Okta's error: {error:?}")
    };
    assert_eq!(body.known_code(), Some(okta::ErrorCode::E0000007));
    assert_eq!(body.to_json(), OKTA_404);
    let error = error.vendor_error().unwrap();
    assert_eq!(error.status(), StatusCode::NOT_FOUND);
    assert_eq!(error.kind(), Kind::NotFound);
    assert_eq!(error.retry(), Retry::Never);
    assert_eq!(error.correlation_id(), Some("oaeMzddieo5QvW8lOZVv0uV6w"));
}

#[tokio::test]
async fn an_identity_cloud_error_at_http_200_is_no_success() {
    let server = server().await;
    let template = ResponseTemplate::new(200).set_body_string(IDENTITY_CLOUD_200);
    answer(&server, "/entity", template).await;
    let url = format!("{}/entity", server.uri());
    let error = call(Vendor::IdentityCloud, &url, true).await.unwrap_err();
    let Some(Error::IdentityCloud(body)) = error.vendor_error() else {
        panic!("not Identity Cloud's error: {error:?}")
    };
    assert_eq!(
        body.known_code(),
        Some(identity_cloud::ErrorCode::MissingArgument)
    );

    let response = client(true).get(&url).send().await.unwrap();
    let json = response.json_or_error::<serde_json::Value>(Vendor::IdentityCloud);
    assert!(matches!(json.await, Err(CallError::Vendor(_))));
}

#[tokio::test]
async fn an_error_redirect_is_read_whether_or_not_the_client_follows_it() {
    let server = server().await;
    let callback = format!(
        "{}/callback?error=access_denied&error_description=User+is+not+assigned+to+the+client+application.&state=xyzABC123",
        server.uri()
    );
    answer(
        &server,
        "/oauth2/v1/authorize",
        ResponseTemplate::new(302).insert_header("location", callback.as_str()),
    )
    .await;
    // The client's own callback page, which answers 200 whatever the query says.
    answer(
        &server,
        "/callback",
        ResponseTemplate::new(200).set_body_string("<html>signed in?</html>"),
    )
    .await;
    let url = format!("{}/oauth2/v1/authorize", server.uri());
    for follow in [false, true] {
        let error = call(Vendor::Okta, &url, follow).await.unwrap_err();
        let Some(Error::OAuth(body)) = error.vendor_error() else {
            panic!("follow {follow}: not Okta's OAuth error: {error:?}")
        };
        assert_eq!(
            body.known_code(),
            Some(okta::OAuthErrorCode::AccessDenied),
            "follow {follow}"
        );
        assert_eq!(body.state(), Some("xyzABC123"), "follow {follow}");
        assert_eq!(
            body.description(),
            Some("User is not assigned to the client application."),
            "follow {follow}"
        );
        assert_eq!(error.vendor_error().unwrap().status(), StatusCode::FOUND);
    }
    // A page of the client's own whose URL has no error is a success.
    answer(
        &server,
        "/home",
        ResponseTemplate::new(200).set_body_string("home"),
    )
    .await;
    let home = call(
        Vendor::Okta,
        &format!("{}/home?state=xyz", server.uri()),
        true,
    )
    .await;
    assert_eq!(&home.unwrap()[..], b"home");
    // Nor is one that has an `error` parameter of its own, asked for without a redirect.
    let own = call(
        Vendor::Okta,
        &format!("{}/home?error=none", server.uri()),
        true,
    )
    .await;
    assert_eq!(&own.unwrap()[..], b"home");
    // A response already received does not say where it was asked for: the followed redirect
    // is the callback page's success, and the redirect itself an error when not followed.
    let followed = call_response(Vendor::Okta, &url, true).await;
    assert_eq!(&followed.unwrap()[..], b"<html>signed in?</html>");
    let not_followed = call_response(Vendor::Okta, &url, false).await.unwrap_err();
    assert!(matches!(not_followed.vendor_error(), Some(Error::OAuth(_))));
}

#[tokio::test]
async fn a_success_that_is_not_the_json_asked_for_says_so() {
    let server = server().await;
    answer(
        &server,
        "/page",
        ResponseTemplate::new(200).set_body_string("<html></html>"),
    )
    .await;
    let response = client(true)
        .get(format!("{}/page", server.uri()))
        .send()
        .await
        .unwrap();
    let json = response
        .json_or_error::<serde_json::Value>(Vendor::Okta)
        .await;
    assert!(matches!(json, Err(CallError::Json(_))), "{json:?}");
}

#[tokio::test]
async fn a_body_cut_short_is_a_transport_error() {
    // A server on 127.0.0.1 that promises 100 bytes and sends 2, then closes.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let thread = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0u8; 1024];
        let _ = stream.read(&mut request).unwrap();
        stream
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{}")
            .unwrap();
    });
    let response = client(true)
        .get(format!("http://{address}/"))
        .send()
        .await
        .unwrap();
    let read = response.bytes_or_error(Vendor::Okta).await;
    assert!(matches!(read, Err(CallError::Transport(_))), "{read:?}");
    thread.join().unwrap();
}
