//! The axum integration through a real server: a router answering with each vendor's errors is
//! served on 127.0.0.1 (an OS-chosen port) and called with a real HTTP client over loopback.

use axum::body::Body;
use axum::extract::{Path, Query};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::StatusCode;
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use identity_errors::{identity_cloud, lusid, okta, Error, Vendor};
use std::net::SocketAddr;

fn router() -> Router {
    Router::new()
        .route(
            "/okta",
            get(|| async {
                Err::<String, _>(
                    okta::ErrorBody::resource_not_found("Resource not found: 00u1 (User)")
                        .with_error_id("oaeMzddieo5QvW8lOZVv0uV6w"),
                )
            }),
        )
        .route(
            "/okta-code",
            get(|| async {
                okta::ErrorBody::try_new(okta::ErrorCode::E0000004, &[]).expect("no arguments")
            }),
        )
        .route(
            "/oauth",
            get(|| async { okta::OAuthErrorCode::InvalidToken }),
        )
        .route(
            "/identity-cloud",
            get(|| async {
                identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AccessTokenExpired)
                    .with_request_id("h7yyk55jjnc39bw2")
            }),
        )
        .route(
            "/lusid",
            get(|| async {
                lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist)
                    .with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000001")
            }),
        )
        .route(
            "/oauth-long",
            get(|| async { okta::OAuthErrorBody::from_raw("invalid_token", long_description()) }),
        )
        .route(
            "/lusid-code",
            get(|| async { lusid::ErrorCode::AccessDenied }),
        )
}

/// A 1 MB description, quotes and backslashes in it (each escaped in the header).
fn long_description() -> String {
    let unit = "The \"access\" token \\ ";
    unit.repeat(1_000_000 / unit.len() + 1)
}

/// Serves the router on 127.0.0.1 and returns its address.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    assert!(address.ip().is_loopback());
    tokio::spawn(async move { axum::serve(listener, router()).await.unwrap() });
    address
}

struct Answer {
    status: u16,
    content_type: String,
    www_authenticate: Option<String>,
    body: String,
}

async fn get_path(address: SocketAddr, path: &str) -> Answer {
    let client = Client::builder(TokioExecutor::new()).build_http::<String>();
    let uri: http::Uri = format!("http://{address}{path}").parse().unwrap();
    let response = tokio::time::timeout(std::time::Duration::from_secs(10), client.get(uri))
        .await
        .expect("the server answers within 10 s")
        .unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let content_type = header("content-type").unwrap();
    let www_authenticate = header("www-authenticate");
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        content_type,
        www_authenticate,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

#[tokio::test]
async fn each_vendor_answers_through_a_real_socket() {
    let address = serve().await;

    let okta = get_path(address, "/okta").await;
    assert_eq!(
        (okta.status, okta.content_type.as_str()),
        (404, "application/json")
    );
    assert_eq!(
        okta.body,
        r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00u1 (User)","errorLink":"E0000007","errorId":"oaeMzddieo5QvW8lOZVv0uV6w","errorCauses":[]}"#
    );
    assert_eq!(okta.www_authenticate, None);

    let code = get_path(address, "/okta-code").await;
    assert_eq!(code.status, 401);
    assert!(code.body.starts_with(r#"{"errorCode":"E0000004","errorSummary":"Authentication failed","errorLink":"E0000004","errorId":"oae"#));

    let oauth = get_path(address, "/oauth").await;
    assert_eq!(
        (oauth.status, oauth.content_type.as_str()),
        (401, "application/json")
    );
    let description = okta::OAuthErrorCode::InvalidToken.description();
    assert_eq!(
        oauth.www_authenticate.as_deref(),
        Some(
            format!(r#"Bearer error="invalid_token", error_description="{description}""#).as_str()
        )
    );
    assert_eq!(
        oauth.body,
        format!(r#"{{"error":"invalid_token","error_description":"{description}"}}"#)
    );

    let identity_cloud = get_path(address, "/identity-cloud").await;
    assert_eq!(
        (identity_cloud.status, identity_cloud.content_type.as_str()),
        (200, "application/json")
    );
    assert_eq!(
        identity_cloud.body,
        r#"{"stat":"error","code":414,"error":"access_token_expired","error_description":"The supplied access token has expired.","request_id":"h7yyk55jjnc39bw2"}"#
    );

    let lusid = get_path(address, "/lusid").await;
    assert_eq!(
        (lusid.status, lusid.content_type.as_str()),
        (404, "application/problem+json")
    );
    assert_eq!(
        lusid.body,
        r#"{"name":"UserDoesNotExist","errorDetails":[],"code":657,"type":"https://docs.lusid.com/#section/Error-Codes/657","title":"User does not exist","status":404,"detail":"The specified user does not exist","instance":"https://example.lusid.com/app/insights/logs/0HN1:00000001","extensions":{}}"#
    );

    let lusid_code = get_path(address, "/lusid-code").await;
    assert_eq!(lusid_code.status, 403);
    assert!(lusid_code.body.contains(r#""code":186"#));
}

// ---- a gateway passing upstream errors on, and a redirect that cannot be built ----

/// A response as an upstream vendor sent it.
#[derive(Clone)]
struct Sent {
    vendor: Vendor,
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// What the gateway is asked to pass on: every recorded body in `tests/fixtures/`, with the
/// status and headers recorded with it, and answers the fixtures cannot hold (a redirect, a
/// proxy's page in Latin-1, pretty-printed JSON with headers the crate does not read).
fn upstream_answers() -> Vec<Sent> {
    let mut sent = Vec::new();
    let json = |text: &str| -> Vec<serde_json::Value> { serde_json::from_str(text).unwrap() };
    for example in json(include_str!("fixtures/okta_error_examples.json")) {
        let mut headers = vec![("content-type".to_owned(), "application/json".to_owned())];
        if let Some(recorded) = example["headers"].as_object() {
            for (name, value) in recorded {
                headers.push((name.to_lowercase(), value.as_str().unwrap().to_owned()));
            }
        }
        sent.push(Sent {
            vendor: Vendor::Okta,
            // Two documentation examples state no status: E0000001's, 400.
            status: example["http_status"].as_u64().unwrap_or(400) as u16,
            headers,
            body: example["body"].as_str().unwrap().as_bytes().to_vec(),
        });
    }
    for (vendor, text, content_type) in [
        (
            Vendor::IdentityCloud,
            include_str!("fixtures/identity_cloud_examples.json"),
            "application/json",
        ),
        (
            Vendor::Lusid,
            include_str!("fixtures/lusid_examples.json"),
            "application/problem+json",
        ),
    ] {
        for example in json(text) {
            let status = example["http_status_if_known"].as_u64().unwrap_or(400) as u16;
            sent.push(Sent {
                vendor,
                status,
                headers: vec![("content-type".to_owned(), content_type.to_owned())],
                body: example["body"].to_string().into_bytes(),
            });
        }
    }
    let header = |name: &str, value: &str| (name.to_owned(), value.to_owned());
    sent.push(Sent {
        vendor: Vendor::Okta,
        status: 302,
        headers: vec![header(
            "location",
            "https://app.example.com/cb?error=access_denied&error_description=User%20said%20no&state=xyz",
        )],
        body: Vec::new(),
    });
    sent.push(Sent {
        vendor: Vendor::Lusid,
        status: 502,
        headers: vec![
            header("content-type", "text/html; charset=iso-8859-1"),
            header("connection", "close, x-hop"),
            header("x-hop", "only for this connection"),
            header("keep-alive", "timeout=5"),
        ],
        body: b"<html>Passerelle d\xe9faillante</html>".to_vec(),
    });
    sent.push(Sent {
        vendor: Vendor::Okta,
        status: 429,
        headers: vec![
            header("content-type", "application/json"),
            header("x-okta-request-id", "aGk2ZXR4c2Vk"),
            header("x-rate-limit-limit", "600"),
            header("x-rate-limit-remaining", "0"),
            header("x-rate-limit-reset", "1795428030"),
            header("strict-transport-security", "max-age=315360000; includeSubDomains"),
            header("set-cookie", "sid=1; Path=/"),
            header("set-cookie", "JSESSIONID=2; Path=/"),
        ],
        body: b"{\n  \"errorCode\" : \"E0000047\",\n  \"errorSummary\" : \"API call exceeded rate limit due to too many requests.\",\n  \"errorCauses\" : [ ]\n}".to_vec(),
    });
    sent
}

/// Serves `router` on 127.0.0.1 and returns its address.
async fn serve_router(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    address
}

/// A whole response: status, headers, bytes.
async fn fetch(uri: String) -> (StatusCode, HeaderMap, Vec<u8>) {
    let client = Client::builder(TokioExecutor::new()).build_http::<String>();
    let response = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        client.get(uri.parse().unwrap()),
    )
    .await
    .expect("the server answers within 10 s")
    .unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

#[tokio::test]
async fn a_gateway_passes_each_upstream_error_on_exactly_as_received() {
    let answers = upstream_answers();
    assert_eq!(answers.len(), 25 + 11 + 9 + 3);
    // The vendor: answers case `i` as recorded.
    let recorded = answers.clone();
    let vendor = Router::new().route(
        "/{case}",
        get(move |Path(case): Path<usize>| {
            let sent = recorded[case].clone();
            async move {
                let mut response = Response::new(Body::from(sent.body));
                // The vendor's clock, fixed: the test calls the vendor and the gateway calls it
                // again, maybe a second later, and the `Date` passed on must be the one received.
                response.headers_mut().insert(
                    "date",
                    HeaderValue::from_static("Mon, 23 Nov 2026 10:00:00 GMT"),
                );
                *response.status_mut() = StatusCode::from_u16(sent.status).unwrap();
                for (name, value) in sent.headers {
                    let value = HeaderValue::from_str(&value).unwrap();
                    response
                        .headers_mut()
                        .append(HeaderName::try_from(name).unwrap(), value);
                }
                response
            }
        }),
    );
    let vendor = serve_router(vendor).await;
    // The gateway: calls the vendor, and answers with the error it got.
    let vendors: Vec<Vendor> = answers.iter().map(|sent| sent.vendor).collect();
    let gateway = Router::new().route(
        "/{case}",
        get(move |Path(case): Path<usize>| {
            let called = vendors[case];
            async move {
                let (status, headers, body) = fetch(format!("http://{vendor}/{case}")).await;
                match Error::from_parts(called, status, &headers, &body) {
                    Some(error) => Err(error),
                    None => Ok(body),
                }
            }
        }),
    );
    let gateway = serve_router(gateway).await;

    let mut unrecognized = Vec::new();
    for (case, sent) in answers.iter().enumerate() {
        let (status, headers, body) = fetch(format!("http://{vendor}/{case}")).await;
        let error = Error::from_parts(sent.vendor, status, &headers, &body)
            .unwrap_or_else(|| panic!("case {case} is an error"));
        if matches!(error, Error::Unrecognized(_)) {
            unrecognized.push(case);
        }
        let (passed_status, passed_headers, passed_body) =
            fetch(format!("http://{gateway}/{case}")).await;
        assert_eq!(passed_status, status, "case {case}");
        assert_eq!(passed_body, body, "case {case}: the bytes as received");
        assert_eq!(passed_body, sent.body, "case {case}");
        // Every header as received (values in order), but those of the vendor's connection.
        let hop_by_hop = ["connection", "keep-alive", "x-hop"];
        for name in headers.keys() {
            let received: Vec<_> = headers.get_all(name).iter().collect();
            let passed: Vec<_> = passed_headers.get_all(name).iter().collect();
            if hop_by_hop.contains(&name.as_str()) {
                assert!(passed.is_empty(), "case {case}: {name} passed on");
            } else {
                assert_eq!(passed, received, "case {case}: {name}");
            }
        }
        for name in passed_headers.keys() {
            assert!(headers.contains_key(name), "case {case}: {name} added");
        }
    }
    assert!(
        unrecognized.contains(&(answers.len() - 2)),
        "the proxy page"
    );
}

#[tokio::test]
async fn an_error_built_in_code_answers_what_its_body_sends() {
    let body = okta::ErrorBody::too_many_requests()
        .with_error_id("oae_A2-4_P9RtWIEh-N4O0qfg")
        .with_request_id("aGk2ZXR4c2Vk");
    let expected = body.clone().into_http_response();
    let app = Router::new().route(
        "/",
        get(move || {
            let body = body.clone();
            async move { Err::<(), _>(Error::from(body)) }
        }),
    );
    let address = serve_router(app).await;
    let (status, headers, bytes) = fetch(format!("http://{address}/")).await;
    assert_eq!(status, expected.status());
    assert_eq!(bytes, expected.body().as_bytes());
    for (name, value) in expected.headers() {
        assert_eq!(headers.get(name), Some(value), "{name}");
    }
}

#[tokio::test]
async fn a_redirect_that_cannot_be_built_answers_invalid_request_and_does_not_redirect() {
    let app = Router::new().route(
        "/authorize",
        get(|Query(query): Query<Vec<(String, String)>>| async move {
            let redirect_uri = &query.iter().find(|(k, _)| k == "redirect_uri").unwrap().1;
            okta::OAuthErrorBody::new(okta::OAuthErrorCode::AccessDenied)
                .with_state("xyz")
                .into_redirect_response(redirect_uri, okta::ResponseMode::Query)
        }),
    );
    let address = serve_router(app).await;
    // A fragment (RFC 6749, section 3.1.2), then CR LF, which cannot go in a Location.
    for (redirect_uri, description) in [
        (
            "https%3A%2F%2Fapp.example.com%2Fcb%23top",
            "a redirect URI must not have a fragment (RFC 6749, section 3.1.2)",
        ),
        (
            "https%3A%2F%2Fapp.example.com%2Fcb%0D%0ASet-Cookie%3A%20x%3D1",
            "a redirect URI must not hold control characters: it goes in a Location header",
        ),
    ] {
        let (status, headers, bytes) = fetch(format!(
            "http://{address}/authorize?redirect_uri={redirect_uri}"
        ))
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{redirect_uri}");
        assert!(!headers.contains_key("location"));
        assert!(!headers.contains_key("set-cookie"));
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            body,
            serde_json::json!({"error": "invalid_request", "error_description": description})
        );
        assert!(headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"));
    }
    // A redirect URI that can carry the error is redirected to, as before.
    let (status, headers, _) = fetch(format!(
        "http://{address}/authorize?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb"
    ))
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert!(headers["location"]
        .to_str()
        .unwrap()
        .starts_with("https://app.example.com/cb?error=access_denied&"));
}

/// A 1 MB description went whole into `WWW-Authenticate`, and hyper's client (which refuses a
/// response head over about 400 KiB) got neither the status nor the body. The challenge is now
/// bounded; the JSON body carries the whole text.
#[tokio::test]
async fn a_megabyte_description_is_read_by_a_real_client_with_its_status_and_body() {
    let address = serve().await;
    let answer = get_path(address, "/oauth-long").await;
    assert_eq!(answer.status, 401);
    let description = long_description();
    assert!(description.len() > 1_000_000);
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["error"], "invalid_token");
    assert_eq!(json["error_description"], description.as_str());
    let challenge = answer.www_authenticate.expect("a 401 carries a challenge");
    assert!(challenge.len() <= okta::OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN);
    let read = okta::OAuthErrorBody::from_www_authenticate(challenge.as_bytes()).unwrap();
    assert_eq!(read.code(), "invalid_token");
    assert!(description.starts_with(read.description().unwrap()));
}

#[cfg(feature = "entra")]
#[tokio::test]
async fn an_entra_handler_answers_with_entras_body_and_a_gateway_passes_it_on() {
    use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};
    // A token endpoint double: the error as a handler's `Err`.
    let built = OAuthErrorBody::try_new(
        OAuthErrorCode::InvalidResource,
        ErrorCode::InvalidResourceServicePrincipalNotFound,
        &[("name", "https://vault.azure.net"), ("tenant", "contoso")],
    )
    .unwrap();
    let expected = built.clone().into_http_response();
    let app = Router::new().route(
        "/token",
        get(move || {
            let body = built.clone();
            async move { Err::<(), OAuthErrorBody>(body) }
        }),
    );
    let upstream = serve_router(app).await;
    let (status, headers, bytes) = fetch(format!("http://{upstream}/token")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(bytes, expected.body().as_bytes());
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with(r#"{"error":"invalid_resource","error_description":"AADSTS500011: The resource principal named https://vault.azure.net wasn't found in the tenant named contoso."#), "{text}");

    // A gateway in front of it returns the `Error` it read: the same answer.
    let gateway = Router::new().route(
        "/",
        get(move || async move {
            let (status, headers, bytes) = fetch(format!("http://{upstream}/token")).await;
            match Error::from_parts(Vendor::Entra, status, &headers, &bytes) {
                Some(error) => Err(error),
                None => Ok(bytes),
            }
        }),
    );
    let address = serve_router(gateway).await;
    let (status, _, passed) = fetch(format!("http://{address}/")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(passed, bytes);
}

#[cfg(feature = "cognito")]
#[tokio::test]
async fn a_cognito_handler_answers_with_cognitos_body_and_a_gateway_passes_it_on() {
    use identity_errors::cognito::{ErrorBody, ErrorCode};
    // An InitiateAuth double: the error as a handler's `Err`, and a catalog code alone.
    let built = ErrorBody::new(ErrorCode::NotAuthorized)
        .with_message("Incorrect username or password.")
        .with_request_id("req-1");
    let expected = built.clone().into_http_response();
    let app = Router::new()
        .route(
            "/",
            get(move || {
                let body = built.clone();
                async move { Err::<(), ErrorBody>(body) }
            }),
        )
        .route("/code", get(|| async { ErrorCode::InternalError }));
    let upstream = serve_router(app).await;
    let (status, headers, bytes) = fetch(format!("http://{upstream}/")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers["content-type"], "application/x-amz-json-1.1");
    assert_eq!(headers["x-amzn-requestid"], "req-1");
    assert_eq!(bytes, expected.body().as_bytes());
    assert_eq!(
        bytes,
        br#"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#
    );
    let (status, _, bytes) = fetch(format!("http://{upstream}/code")).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(bytes, br#"{"__type":"InternalErrorException"}"#);

    let gateway = Router::new().route(
        "/",
        get(move || async move {
            let (status, headers, bytes) = fetch(format!("http://{upstream}/")).await;
            match Error::from_parts(Vendor::Cognito, status, &headers, &bytes) {
                Some(error) => Err(error),
                None => Ok(bytes),
            }
        }),
    );
    let address = serve_router(gateway).await;
    let (status, headers, passed) = fetch(format!("http://{address}/")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers["x-amzn-requestid"], "req-1");
    assert_eq!(passed, expected.body().as_bytes());
}

#[cfg(feature = "firebase")]
#[tokio::test]
async fn a_firebase_handler_answers_with_googles_envelope_and_a_gateway_passes_it_on() {
    use identity_errors::firebase::{ErrorBody, ErrorCode};
    // A signInWithPassword double: the error as a handler's `Err`, and a catalog code alone.
    let built = ErrorBody::new(ErrorCode::InvalidLoginCredentials);
    let expected = built.clone().into_http_response();
    let app = Router::new()
        .route(
            "/",
            get(move || {
                let body = built.clone();
                async move { Err::<(), ErrorBody>(body) }
            }),
        )
        .route("/code", get(|| async { ErrorCode::EmailNotFound }));
    let upstream = serve_router(app).await;
    let (status, headers, bytes) = fetch(format!("http://{upstream}/")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers["content-type"], "application/json; charset=UTF-8");
    assert_eq!(bytes, expected.body().as_bytes());
    assert_eq!(
        bytes,
        br#"{"error":{"code":400,"message":"INVALID_LOGIN_CREDENTIALS","errors":[{"message":"INVALID_LOGIN_CREDENTIALS","domain":"global","reason":"invalid"}]}}"#
    );
    let (status, _, bytes) = fetch(format!("http://{upstream}/code")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        bytes,
        br#"{"error":{"code":400,"message":"EMAIL_NOT_FOUND","errors":[{"message":"EMAIL_NOT_FOUND","domain":"global","reason":"invalid"}]}}"#
    );

    let gateway = Router::new().route(
        "/",
        get(move || async move {
            let (status, headers, bytes) = fetch(format!("http://{upstream}/")).await;
            match Error::from_parts(Vendor::Firebase, status, &headers, &bytes) {
                Some(error) => Err(error),
                None => Ok(bytes),
            }
        }),
    );
    let address = serve_router(gateway).await;
    let (status, _, passed) = fetch(format!("http://{address}/")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(passed, expected.body().as_bytes());
}

#[cfg(feature = "keycloak")]
#[tokio::test]
async fn a_keycloak_handler_answers_with_keycloaks_bodies_and_a_gateway_passes_them_on() {
    use identity_errors::keycloak::{AdminErrorBody, OAuthErrorBody, OAuthErrorCode};
    // A token endpoint and an admin endpoint double.
    let token = OAuthErrorBody::new(OAuthErrorCode::InvalidGrant)
        .with_description("Invalid user credentials")
        .with_status(StatusCode::UNAUTHORIZED);
    let admin =
        AdminErrorBody::new("User exists with same username").with_status(StatusCode::CONFLICT);
    let app = Router::new()
        .route(
            "/token",
            get(move || {
                let body = token.clone();
                async move { Err::<(), OAuthErrorBody>(body) }
            }),
        )
        .route(
            "/users",
            get(move || {
                let body = admin.clone();
                async move { Err::<(), AdminErrorBody>(body) }
            }),
        )
        .route("/code", get(|| async { OAuthErrorCode::InvalidClient }));
    let upstream = serve_router(app).await;
    let (status, headers, bytes) = fetch(format!("http://{upstream}/token")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(
        bytes,
        br#"{"error":"invalid_grant","error_description":"Invalid user credentials"}"#
    );
    let (status, _, bytes) = fetch(format!("http://{upstream}/users")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        bytes,
        br#"{"errorMessage":"User exists with same username"}"#
    );
    let (status, _, bytes) = fetch(format!("http://{upstream}/code")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(bytes, br#"{"error":"invalid_client"}"#);

    let gateway = Router::new().route(
        "/{*path}",
        get(
            move |axum::extract::Path(path): axum::extract::Path<String>| async move {
                let (status, headers, bytes) = fetch(format!("http://{upstream}/{path}")).await;
                match Error::from_parts(Vendor::Keycloak, status, &headers, &bytes) {
                    Some(error) => Err(error),
                    None => Ok(bytes),
                }
            },
        ),
    );
    let address = serve_router(gateway).await;
    for (path, status, sent) in [
        (
            "token",
            StatusCode::UNAUTHORIZED,
            &br#"{"error":"invalid_grant","error_description":"Invalid user credentials"}"#[..],
        ),
        (
            "users",
            StatusCode::CONFLICT,
            br#"{"errorMessage":"User exists with same username"}"#,
        ),
    ] {
        let (got, _, passed) = fetch(format!("http://{address}/{path}")).await;
        assert_eq!(got, status, "{path}");
        assert_eq!(passed, sent, "{path}");
    }
}

#[cfg(feature = "auth0")]
#[tokio::test]
async fn an_auth0_handler_answers_with_auth0s_bodies_and_a_gateway_passes_them_on() {
    use identity_errors::auth0::{AuthErrorBody, AuthErrorCode, ManagementErrorBody};
    // An Authentication API endpoint and a Management API endpoint double.
    let token = AuthErrorBody::new(AuthErrorCode::InvalidUserPassword)
        .with_description("Wrong email or password.");
    let users = ManagementErrorBody::new(StatusCode::NOT_FOUND, "The user does not exist.")
        .with_error_code("inexistent_user");
    let app = Router::new()
        .route(
            "/token",
            get(move || {
                let body = token.clone();
                async move { Err::<(), AuthErrorBody>(body) }
            }),
        )
        .route(
            "/users",
            get(move || {
                let body = users.clone();
                async move { Err::<(), ManagementErrorBody>(body) }
            }),
        )
        .route("/code", get(|| async { AuthErrorCode::TooManyAttempts }));
    let upstream = serve_router(app).await;
    let token_sent =
        &br#"{"error":"invalid_user_password","error_description":"Wrong email or password."}"#[..];
    let users_sent = &br#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#[..];
    let (status, headers, bytes) = fetch(format!("http://{upstream}/token")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(bytes, token_sent);
    let (status, _, bytes) = fetch(format!("http://{upstream}/users")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(bytes, users_sent);
    let (status, _, bytes) = fetch(format!("http://{upstream}/code")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(bytes, br#"{"error":"too_many_attempts"}"#);

    let gateway = Router::new().route(
        "/{*path}",
        get(
            move |axum::extract::Path(path): axum::extract::Path<String>| async move {
                let (status, headers, bytes) = fetch(format!("http://{upstream}/{path}")).await;
                match Error::from_parts(Vendor::Auth0, status, &headers, &bytes) {
                    Some(error) => {
                        match (path.as_str(), &error) {
                            ("token", Error::Auth0Auth(_))
                            | ("users", Error::Auth0Management(_)) => {}
                            _ => panic!("{path} read as {error:?}"),
                        }
                        Err(error)
                    }
                    None => Ok(bytes),
                }
            },
        ),
    );
    let address = serve_router(gateway).await;
    for (path, status, sent) in [
        ("token", StatusCode::UNAUTHORIZED, token_sent),
        ("users", StatusCode::NOT_FOUND, users_sent),
    ] {
        let (got, _, passed) = fetch(format!("http://{address}/{path}")).await;
        assert_eq!(got, status, "{path}");
        assert_eq!(passed, sent, "{path}");
    }
}
